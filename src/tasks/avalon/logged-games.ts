/**
 * The logged LLM games (../shared/data/avalon_multiround_llm, `npx pnlc data avalon`) in terms of the
 * Merlin critic's goal bank. The adapter labels every seat "my side wins / loses the game"; the
 * Avalon model's bank is how the game ended from the good side ("good won three quests and Merlin
 * survived the assassination", ...). Only good seats (Merlin and loyal servants) are kept, whose
 * states and thoughts are a good player's, and each gets the bank outcome of how its game ended.
 */
import type { Episode as Trajectory } from "../../train/trajectory.ts";
import { rocAuc } from "../../train/metrics.ts";
import { hashString, makeRng } from "../rng.ts";

/**
 * The fixed rule that keeps a quarter of the logged games out of every critic's training, so that
 * how well the critic reads LLM games it never saw can be measured (`npm run avalon:eval-logged`):
 * a game is kept out when hash("avalon-logged:" + game id) % 4 == 0. By game, so no seat of a
 * kept-out game is trained on.
 */
export function loggedGameKeptOut(gameId: string): boolean {
  return hashString(`avalon-logged:${gameId}`) % 4 === 0;
}

/** The game id of a logged-game episode ("<game id>:<player>"). */
export function loggedGameId(episodeId: string): string {
  const i = episodeId.lastIndexOf(":");
  return i > 0 ? episodeId.slice(0, i) : episodeId;
}

export type LoggedPart = "all" | "train" | "kept-out";

const SEAT = /^(\d+) players\. I am ([^,]+), merlin \(good\)\.(?: knows: ([^.]*)\.)? mission (\d+), (.*?)\. score good (\d+) evil (\d+)\. rejected teams this round (\d+)\./;

/**
 * A logged Merlin seat's state (src/data/avalon.ts seatState) in the simulator's words (the
 * AvalonEpisode state text the critic reads when it plays): quest, score, proposal count, and for a
 * vote the team's size, how many evil players Merlin knows are on it and whether Merlin is. Player
 * names and the named history go: with them, a critic trained on 100 logged games memorised them
 * (AUC 0.96 on the games it saw); in the simulator's words, what it learned from thousands of
 * simulated games applies to them. null when the text is not a Merlin seat state.
 */
export function merlinViewState(state: string): string | null {
  const m = SEAT.exec(state);
  if (!m) return null;
  const [, , me, knows, mission, phase, good, evil, rejected] = m;
  const evilNames = new Set((knows ?? "").split(",").map((x) => x.trim()).filter(Boolean));
  const head = `Avalon as Merlin. quest ${mission}, good ${good} - evil ${evil}, proposal ${Number(rejected) + 1} of 5`;
  const vote = /^voting on .+?'s team (.+)$/.exec(phase!);
  if (vote) {
    const team = vote[1]!.split("+").map((x) => x.trim());
    const bad = team.filter((p) => evilNames.has(p)).length;
    return `${head}. vote on a team of ${team.length} with ${bad} evil, ${team.includes(me!.trim()) ? "I am on it" : "I am not on it"}.`;
  }
  if (phase === "proposing a team") return `${head}, I lead and pick a team.`;
  return `${head}. discussion before the vote.`;
}

const BANK_OUTCOME: Record<string, string> = {
  "three missions succeeded and Merlin survived": "good won three quests and Merlin survived the assassination",
  "the assassin found Merlin": "good won three quests but the Assassin found Merlin",
  "three missions failed": "evil won by failing three quests",
};
const GOOD_SEATS = new Set(["merlin", "good"]);

/** `simulatorStates`: Merlin's states in the simulator's words (merlinViewState); other seats keep theirs. */
export function loggedGamesForMerlinBank(episodes: Trajectory[], o: { merlinOnly?: boolean; part?: LoggedPart; simulatorStates?: boolean } = {}): Trajectory[] {
  const out: Trajectory[] = [];
  const part = o.part ?? "all";
  for (const e of episodes) {
    if (part !== "all" && loggedGameKeptOut(loggedGameId(e.id)) !== (part === "kept-out")) continue;
    const role = e.meta?.["role"];
    const how = e.meta?.["how"];
    if (typeof role !== "string" || typeof how !== "string") throw new Error(`${e.id}: meta.role and meta.how are needed (npx pnlc data avalon writes them)`);
    if (!GOOD_SEATS.has(role) || (o.merlinOnly && role !== "merlin")) continue;
    const text = BANK_OUTCOME[how];
    if (!text) throw new Error(`${e.id}: unknown game end "${how}"`);
    const won = e.meta?.["winner"] === "good";
    const steps = o.simulatorStates && role === "merlin" ? e.steps.map((st) => ({ ...st, state: merlinViewState(st.state) ?? st.state })) : e.steps;
    out.push({ ...e, steps, outcome: { text, success: won, value: won ? 1 : 0 } });
  }
  return out;
}

/** good - evil quests won so far, read from a logged Merlin state ("score good X evil Y"): the no-critic reference. */
export function questLead(state: string): number {
  const m = /score good (\d+) evil (\d+)/.exec(state);
  return m ? Number(m[1]) - Number(m[2]) : 0;
}

/**
 * 95% interval of the decision-pooled AUC, resampling whole games: the decisions of one game share its
 * label, so they are not independent draws, and with ~40 games the interval is wide.
 */
export function gameBootstrapAuc(games: Array<{ p: number[]; y: number[] }>, draws = 2000, seed = 16): [number, number] {
  const rng = makeRng(seed);
  const aucs: number[] = [];
  for (let d = 0; d < draws; d++) {
    const p: number[] = [], y: number[] = [];
    for (let i = 0; i < games.length; i++) {
      const g = games[Math.floor(rng() * games.length)]!;
      p.push(...g.p), y.push(...g.y);
    }
    const a = rocAuc(p, y);
    if (Number.isFinite(a)) aucs.push(a);
  }
  aucs.sort((a, b) => a - b);
  return [aucs[Math.floor(0.025 * aucs.length)] ?? NaN, aucs[Math.floor(0.975 * aucs.length)] ?? NaN];
}
