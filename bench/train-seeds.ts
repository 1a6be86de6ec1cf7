/**
 * The default persuasion recipe (bench/train-recipe.ts) trained at several seeds by one backend: the
 * out-of-fold figures trainIql writes to the model meta, per seed and their mean and standard
 * deviation, so two backends can be compared against their seed-to-seed noise
 * (docs/design/wasm-trainer.md). Also each member's best epoch, Platt slope and dead ReLU units.
 *   npx tsx bench/train-seeds.ts --backend wasm --seeds 1,2,3 [--config '{"maxEpochs":6,"patience":100}'] [--threads N]
 * Needs the persuasionforgood corpus (PNLC_DATA_DIR or ../shared/data). Prints one JSON line per seed.
 */
import { parseArgs } from "node:util";
import { corpusPath } from "../src/data/paths.ts";
import { persuasionEpisodes } from "../src/data/persuasion.ts";
import type { FloatHead } from "../src/critic/types.ts";
import { trainIql } from "../src/train/iql.ts";
import { headForward } from "../src/train/network.ts";
import type { EpisodeRec, TextTable } from "../src/train/relabel.ts";
import type { Episode } from "../src/train/trajectory.ts";
import { recipeConfig, recipeHooks } from "./train-recipe.ts";

const { values: a } = parseArgs({ options: { backend: { type: "string", default: "wasm" }, seeds: { type: "string", default: "1,2,3" }, config: { type: "string", default: "{}" }, threads: { type: "string" } } });
const backend = a.backend === "js" ? "js" : "wasm";
const seeds = a.seeds!.split(",").map(Number);
const dir = corpusPath("persuasionforgood");
if (!dir) {
  console.error("bench/train-seeds.ts needs the persuasionforgood corpus under ../shared/data (or PNLC_DATA_DIR)");
  process.exit(1);
}
const episodes: Episode[] = [];
for await (const ep of persuasionEpisodes(dir)) episodes.push(ep);

/** Units of layer 1 and 2 never active on the member's validation steps (toward `goal`). */
function deadUnits(q: FloatHead, hidden: [number, number], val: EpisodeRec[], table: TextTable, goal: number): [number, number] {
  const items = val.flatMap((e) => e.states.map((s, t) => ({ state: s, thought: e.thoughts[t]!, goal })));
  const tape = headForward(q, hidden, table.feats, items, true).tape!;
  const dead = (h: Float32Array, H: number) => Array.from({ length: H }, (_, k) => items.every((_, i) => h[i * H + k]! <= 0)).filter(Boolean).length;
  return [dead(tape.h1, hidden[0]), dead(tape.h2, hidden[1])];
}

const rows: Array<{ after: number; before: number; events: number }> = [];
for (const seed of seeds) {
  const members: Array<{ q: FloatHead; hidden: [number, number]; val: EpisodeRec[] }> = [];
  const hooks = { ...recipeHooks(), onMember: (_m: number, q: FloatHead, hidden: [number, number], val: EpisodeRec[]) => members.push({ q, hidden, val }) };
  const t = performance.now();
  const r = await trainIql(episodes, recipeConfig(JSON.parse(a.config!)), seed, hooks, { backend, ...(a.threads ? { threads: Number(a.threads) } : {}) });
  const events = r.eventValidation.reduce((s, e) => s + e.auc, 0) / Math.max(1, r.eventValidation.length);
  const goal = r.groups[0]?.outcomes[0]?.id ?? r.goals[r.primary]!.id;
  const row = { after: r.validation.after.auc, before: r.validation.before.auc, events };
  rows.push(row);
  const perMember = r.bestEpochs.map((b, m) => b - r.history.filter((h) => (h.member ?? 0) < m).length);
  console.log(JSON.stringify({
    backend, seed, seconds: +((performance.now() - t) / 1000).toFixed(1),
    donates_auc_after: +row.after.toFixed(4), donates_auc_before: +row.before.toFixed(4), reactions_auc_mean: +events.toFixed(4),
    reactions_auc: r.eventValidation.map((e) => +e.auc.toFixed(3)),
    best_epochs: perMember, platt_a: r.calibrations.map((c) => +c.a.toFixed(2)),
    dead_units: members.map((m) => deadUnits(m.q, m.hidden, m.val, r.table, goal)),
  }));
}
const stat = (k: keyof (typeof rows)[number]) => {
  const v = rows.map((r) => r[k]);
  const mean = v.reduce((s, x) => s + x, 0) / v.length;
  const sd = v.length > 1 ? Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / (v.length - 1)) : 0;
  return { mean: +mean.toFixed(4), sd: +sd.toFixed(4) };
};
console.log(JSON.stringify({ backend, seeds, donates_auc_after: stat("after"), donates_auc_before: stat("before"), reactions_auc_mean: stat("events") }));
