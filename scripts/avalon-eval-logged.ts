/**
 * How well an Avalon critic reads the logged LLM games: P(win) on every decision of Merlin's seat
 * (the bank's exclusive outcomes renormalised, as the planner ranks them) against whether good won,
 * pooled over decisions, for the games the training may use and for the quarter kept out of every
 * training (loggedGameKeptOut). A critic that memorised the games it saw scores far higher on the
 * first than on the second. Each part's AUC comes with a 95% interval resampling whole games (a game's
 * decisions share its label) and beside it the AUC of the quest lead alone (good - evil quests won so
 * far), the no-critic reference. Usage:
 *   npm run avalon:eval-logged -- [--model models/avalon.pnlc] [--in DIR] [--json]
 */
import { Command } from "commander";
import { loadCriticFile } from "../src/critic/node.ts";
import type { Critic } from "../src/critic/types.ts";
import { avalonEpisodesFromDir, loggedGamesDir, NO_LOGGED_GAMES } from "../src/data/avalon.ts";
import { gameBootstrapAuc, loggedGameId, loggedGameKeptOut, loggedGamesForMerlinBank, questLead } from "../src/tasks/avalon/logged-games.ts";
import { brier, ece, rocAuc } from "../src/train/metrics.ts";

const o = new Command()
  .option("--model <file>", "Avalon critic", "models/avalon.pnlc")
  .option("--in <dir>", "folder of the logged games (default: the shared corpus)")
  .option("--simulator-states", "score Merlin's states in the simulator's words (for critics trained on logged games so converted)")
  .option("--json", "print only the JSON figures")
  .parse()
  .opts();
const dir = loggedGamesDir(o.in);
if (!dir) {
  process.stderr.write(`${NO_LOGGED_GAMES}\n`);
  process.exit(2);
}
let critic: Critic;
try {
  critic = loadCriticFile(o.model);
} catch (e) {
  process.stderr.write(`--model: ${(e as Error).message}\n`);
  process.exit(2);
}
const goals = critic.meta.goals;
const win = goals.findIndex((g) => g.polarity === "positive" && g.kind === "outcome");
const outcomes = goals.map((g, i) => (g.kind === "outcome" ? i : -1)).filter((i) => i >= 0);

const all = [];
for await (const e of avalonEpisodesFromDir(dir)) all.push(e);
const merlin = loggedGamesForMerlinBank(all, { merlinOnly: true, simulatorStates: Boolean(o.simulatorStates) });

function figures(part: "train" | "kept-out") {
  const eps = merlin.filter((e) => loggedGameKeptOut(loggedGameId(e.id)) === (part === "kept-out"));
  const p: number[] = [], raw: number[] = [], y: number[] = [], lead: number[] = [];
  const games: Array<{ p: number[]; y: number[] }> = [];
  for (const e of eps) {
    const game = { p: [] as number[], y: [] as number[] };
    games.push(game);
    for (const s of e.steps) {
      lead.push(questLead(s.state));
      const q = critic.scoreQBank(s.state, [s.thought]);
      const sum = outcomes.reduce((a, j) => a + q[j]!, 0);
      raw.push(q[win]!);
      p.push(sum > 0 ? q[win]! / sum : 0);
      y.push(e.outcome.success ? 1 : 0);
      game.p.push(p[p.length - 1]!), game.y.push(y[y.length - 1]!);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  return {
    part, games: eps.length, games_won: eps.filter((e) => e.outcome.success).length, decisions: p.length, win_rate_of_decisions: mean(y),
    auc: rocAuc(p, y), auc_ci95: gameBootstrapAuc(games), auc_quest_lead: rocAuc(lead, y), auc_raw_p_win: rocAuc(raw, y), mean_predicted: mean(p), brier: brier(p, y), ece: ece(p, y),
  };
}

const rows = [figures("train"), figures("kept-out")];
if (o.json) process.stdout.write(JSON.stringify({ model: o.model, parts: rows }) + "\n");
else {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "n/a");
  process.stdout.write(`${o.model} on the logged LLM games, Merlin's decisions (P(win) renormalised over the bank's outcomes):\n`);
  for (const r of rows)
    process.stdout.write(`  ${r.part.padEnd(9)} ${r.games} games (${r.games_won} won), ${r.decisions} decisions: AUC ${f(r.auc)} [${f(r.auc_ci95[0])}, ${f(r.auc_ci95[1])} by game] (raw p(win) ${f(r.auc_raw_p_win)}; quests won so far alone ${f(r.auc_quest_lead)}), mean P(win) ${f(r.mean_predicted)} vs realised ${f(r.win_rate_of_decisions)}, Brier ${f(r.brier)}, ECE ${f(r.ece)}\n`);
}
