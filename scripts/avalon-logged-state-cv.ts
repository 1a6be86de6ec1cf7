/**
 * Does anything in Merlin's decision-time state predict who wins the logged LLM games? Out-of-fold
 * AUC (5 folds by game) of a logistic regression on a few public facts of each Merlin decision, on the
 * logged games' TRAIN part only (the kept-out quarter stays unseen: it measures the critic once).
 * Facts: good and evil quests won, their difference, quest number, rejected proposals this round, and
 * how often Merlin's thoughts so far named a player it knows is evil (exposure to the Assassin).
 * A reference for `npm run avalon:eval-logged`: if these facts do not transfer between games, a
 * critic's kept-out AUC is limited by the data, not by its training. Usage:
 *   npm run avalon:logged-state-cv [-- --in DIR]
 */
import { Command } from "commander";
import type { SparseFeatures } from "../src/critic/encoder/hash.ts";
import { avalonEpisodesFromDir, loggedGamesDir, NO_LOGGED_GAMES } from "../src/data/avalon.ts";
import { loggedGameId, loggedGamesForMerlinBank } from "../src/tasks/avalon/logged-games.ts";
import { rocAuc } from "../src/train/metrics.ts";
import { Rng } from "../src/train/rng.ts";
import { fitSoftmax } from "../src/train/softmax-regression.ts";

const o = new Command().option("--in <dir>", "folder of the logged games (default: the shared corpus)").option("--folds <k>", "folds by game", Number, 5).parse().opts();
const dir = loggedGamesDir(o.in);
if (!dir) {
  process.stderr.write(`${NO_LOGGED_GAMES}\n`);
  process.exit(2);
}
const all = [];
for await (const e of avalonEpisodesFromDir(dir)) all.push(e);
const games = loggedGamesForMerlinBank(all, { merlinOnly: true, part: "train" });

const FACTS = ["good quests", "evil quests", "quest lead", "quest number", "rejections", "exposure"] as const;
const rows: Array<{ game: number; y: number; f: number[] }> = [];
games.forEach((e, gi) => {
  let exposure = 0;
  for (const s of e.steps) {
    const known = (/knows: ([^.]*)\./.exec(s.state)?.[1] ?? "").split(",").map((x) => x.trim()).filter(Boolean);
    const score = /score good (\d+) evil (\d+)/.exec(s.state);
    const good = Number(score?.[1] ?? 0), evil = Number(score?.[2] ?? 0);
    exposure += known.filter((n) => s.thought.includes(n)).length;
    rows.push({ game: gi, y: e.outcome.success ? 1 : 0, f: [good, evil, good - evil, Number(/mission (\d+)/.exec(s.state)?.[1] ?? 0), Number(/rejected teams this round (\d+)/.exec(s.state)?.[1] ?? 0), exposure] });
  }
});

function cvAuc(use: number[]): number {
  const rng = new Rng(16);
  const order = rng.shuffle(games.map((_, i) => i));
  const fold = new Map(order.map((g, i) => [g, i % o.folds]));
  const enc = (f: number[]): SparseFeatures => ({ indices: Int32Array.from(use.map((_, k) => k)), values: Float32Array.from(use.map((j) => f[j]! / 3)) });
  const p: number[] = [], y: number[] = [];
  for (let k = 0; k < o.folds; k++) {
    const train = rows.filter((r) => fold.get(r.game) !== k).map((r) => ({ x: enc(r.f), c: r.y }));
    const model = fitSoftmax(train, 2, use.length, new Rng(k + 1), 20, 0.05);
    for (const r of rows.filter((r) => fold.get(r.game) === k)) p.push(model(enc(r.f))[1]!), y.push(r.y);
  }
  return rocAuc(p, y);
}

const won = games.filter((e) => e.outcome.success).length;
process.stdout.write(`logged games, train part: ${games.length} Merlin seats (${won} won), ${rows.length} decisions (${new Set(games.map((e) => loggedGameId(e.id))).size} games); out-of-fold AUC, ${o.folds} folds by game:\n`);
const sets: Array<[string, number[]]> = [["quest lead", [2]], ["good and evil quests", [0, 1]], ["+ quest number, rejections", [0, 1, 3, 4]], ["exposure alone", [5]], ["all six facts", [0, 1, 2, 3, 4, 5]]];
for (const [name, use] of sets) process.stdout.write(`  ${name.padEnd(28)} ${cvAuc(use).toFixed(3)}   (${use.map((j) => FACTS[j]).join(", ")})\n`);
