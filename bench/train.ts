/**
 * Training benchmark, side by side in one run (docs/design/wasm-trainer.md):
 *  1. the default persuasion model (its recipe: bench/train-recipe.ts; seed 1, local held-out split
 *     kept out) trained by the JS reference trainer and by the wasm trainer (SIMD kernels, one thread
 *     per core): wall time, relabelled samples/s over the training phase, their ratio, and the
 *     validation figures of both (the same split and folds; the random streams differ);
 *  2. a synthetic log 10x PersuasionForGood's size trained by the wasm trainer in a child process
 *     (bench/train-synthetic.ts; the recipe cut to 1 epoch): its peak RSS.
 * Targets (issue 17): ratio >= 8x on this machine, default model < 30 s, 10x log peak RSS < 1 GB.
 * Prints figures and writes bench/results/train.json. Run on an idle machine: npm run bench:train
 * Smoke (seconds; writes nothing): npm run bench:train -- --quick
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { corpusPath } from "../src/data/paths.ts";
import { persuasionEpisodes } from "../src/data/persuasion.ts";
import { trainIql, type TrainResult, type TrainRun } from "../src/train/iql.ts";
import type { Episode } from "../src/train/trajectory.ts";
import { recipeConfig, recipeHooks } from "./train-recipe.ts";

const { values: a } = parseArgs({ options: { quick: { type: "boolean", default: false }, threads: { type: "string" }, "skip-js": { type: "boolean", default: false } } });
const quick = a.quick!;
const dir = corpusPath("persuasionforgood");
if (!dir) {
  console.error("bench:train needs the persuasionforgood corpus under ../shared/data (or PNLC_DATA_DIR)");
  process.exit(1);
}
const t0 = performance.now();
let episodes: Episode[] = [];
for await (const ep of persuasionEpisodes(dir)) episodes.push(ep);
if (quick) episodes = episodes.slice(0, 60);
const adapterSeconds = (performance.now() - t0) / 1000;
const cfg = recipeConfig(quick ? { maxEpochs: 1 } : {});
const threads = a.threads ? Number(a.threads) : availableParallelism();

async function run(backend: "js" | "wasm", threads = 1) {
  const marks: { start?: number; end?: number } = {};
  const runOpts: TrainRun = backend === "wasm" ? { backend, threads } : { backend };
  console.error(`${backend} trainer${backend === "wasm" ? `, ${threads} thread${threads > 1 ? "s" : ""}` : ""}: training the default persuasion recipe on ${episodes.length} dialogues ...`);
  const t = performance.now();
  const r: TrainResult = await trainIql(episodes, cfg, 1, recipeHooks(marks), runOpts);
  const wall = (performance.now() - t) / 1000;
  const phase = (marks.end! - marks.start!) / 1000;
  console.error(`  done in ${wall.toFixed(1)} s (${r.history.length} epochs over the members)`);
  const v = (x: TrainResult["validation"]["before"]) => ({ n: x.n, auc: +x.auc.toFixed(4), log_loss: +x.logLoss.toFixed(4), brier: +x.brier.toFixed(4), ece: +x.ece.toFixed(4) });
  return {
    backend,
    ...(backend === "wasm" ? { threads } : {}),
    train_wall_seconds: +wall.toFixed(2),
    training_phase_seconds: +phase.toFixed(2),
    epochs: r.history.length,
    best_epochs: r.bestEpochs,
    samples: r.counts.samplesSeen,
    samples_per_second: Math.round(r.counts.samplesSeen / phase),
    oof_before_calibration: v(r.validation.before),
    oof_after_calibration: v(r.validation.after),
    event_auc_mean: +(r.eventValidation.reduce((s, e) => s + e.auc, 0) / Math.max(1, r.eventValidation.length)).toFixed(4),
  };
}

const wasm = await run("wasm", threads);
// one thread too: each trainer thread encodes the texts it needs itself, so on a busy machine one may beat two
const wasmOne = threads > 1 ? await run("wasm", 1) : null;
const js = a["skip-js"] ? null : await run("js");
console.error("synthetic log: training in a child process ...");
// one epoch: memory is at its steady state within it (the caches fill, every text is interned), and with the
// default 64 MB feature cache per thread (a tenth of this log's features) every epoch re-encodes its texts
const childArgs = ["tsx", "bench/train-synthetic.ts", "--scale", quick ? "0.1" : "10", "--epochs", "1", "--threads", String(threads)];
const synthetic = JSON.parse(execFileSync("npx", childArgs, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim().split("\n").pop()!);
const figures = {
  quick,
  episodes: episodes.length,
  steps: episodes.reduce((s, e) => s + e.steps.length, 0),
  adapter_seconds: +adapterSeconds.toFixed(2),
  cores: availableParallelism(),
  js,
  wasm,
  wasm_one_thread: wasmOne,
  samples_per_second_ratio: js ? +(wasm.samples_per_second / js.samples_per_second).toFixed(2) : null,
  synthetic_10x: synthetic,
  targets: {
    "samples/s ratio >= 8": js ? wasm.samples_per_second / js.samples_per_second >= 8 : null,
    "default model < 30 s": wasm.train_wall_seconds < 30,
    "10x log peak RSS < 1 GB": synthetic.peak_rss_mb < 1024,
  },
  node: process.version,
};
console.log(JSON.stringify(figures, null, 2));
if (!quick) writeFileSync(new URL("./results/train.json", import.meta.url), JSON.stringify(figures, null, 2) + "\n");
