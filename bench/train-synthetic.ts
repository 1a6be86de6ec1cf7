/**
 * Child process of bench/train.ts: trains the persuasion recipe with the wasm backend on a synthetic log
 * `--scale` times PersuasionForGood's size (each copy's states made distinct, so the texts to intern and
 * encode grow with it), streamed from the corpus without holding it, and prints one JSON line with the
 * process's peak RSS (worker threads included: they share the process).
 * Run: npx tsx bench/train-synthetic.ts --scale 10 [--epochs N] [--threads N] [--cache-mb N]
 */
import { parseArgs } from "node:util";
import { corpusPath } from "../src/data/paths.ts";
import { persuasionEpisodes } from "../src/data/persuasion.ts";
import { trainIql } from "../src/train/iql.ts";
import type { Episode } from "../src/train/trajectory.ts";
import { recipeConfig, recipeHooks } from "./train-recipe.ts";

const { values: a } = parseArgs({ options: { scale: { type: "string", default: "10" }, epochs: { type: "string" }, threads: { type: "string" }, "cache-mb": { type: "string" } } });
const scale = Number(a.scale);
const dir = corpusPath("persuasionforgood");
if (!dir || !(scale > 0)) {
  console.error(!dir ? "bench:train needs the persuasionforgood corpus under ../shared/data (or PNLC_DATA_DIR)" : `--scale must be a positive number, got ${a.scale}`);
  process.exit(2);
}

let steps = 0;
let episodes = 0;
async function* synthetic(): AsyncGenerator<Episode> {
  for (let c = 0; c < Math.ceil(scale); c++) {
    let i = 0;
    for await (const ep of persuasionEpisodes(dir!)) {
      // a fractional last copy takes that share of the dialogues
      if (c + 1 > scale && (i++ % 100) / 100 >= scale - c) continue;
      episodes++;
      steps += ep.steps.length;
      yield c === 0 ? ep : { ...ep, id: `${ep.id}~copy${c}`, steps: ep.steps.map((s) => ({ ...s, state: `${s.state} (copy ${c})` })) };
    }
  }
}

const cfg = recipeConfig(a.epochs ? { maxEpochs: Number(a.epochs) } : {});
const marks: { start?: number; end?: number } = {};
const t0 = performance.now();
const r = await trainIql(synthetic(), cfg, 1, recipeHooks(marks), { backend: "wasm", ...(a.threads ? { threads: Number(a.threads) } : {}), ...(a["cache-mb"] ? { featureCacheMB: Number(a["cache-mb"]) } : {}) });
const wall = (performance.now() - t0) / 1000;
console.log(
  JSON.stringify({
    scale,
    episodes,
    steps,
    texts: r.table.texts.length,
    max_epochs: cfg.maxEpochs,
    epochs: r.history.length,
    samples: r.counts.samplesSeen,
    wall_seconds: +wall.toFixed(1),
    samples_per_second: Math.round(r.counts.samplesSeen / ((marks.end! - marks.start!) / 1000)),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    validation_auc: +r.validation.after.auc.toFixed(4),
  }),
);
