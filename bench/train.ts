/**
 * Training benchmark: the wall time to train the default persuasion model (default config, seed 1,
 * local held-out split kept out) on one core, and the trainer's throughput in relabelled samples/s.
 * Prints figures; asserts nothing. Run: npm run bench:train
 */
import { corpusPath } from "../src/data/paths.ts";
import { PERSUASION_OUTCOME_GOALS, persuasionEpisodes } from "../src/data/persuasion.ts";
import { buildTrainConfig } from "../src/train/config.ts";
import { trainIql } from "../src/train/iql.ts";
import type { Episode } from "../src/train/trajectory.ts";

const dir = corpusPath("persuasionforgood");
if (!dir) {
  console.error("bench:train needs the persuasionforgood corpus under ../shared/data (or PNLC_DATA_DIR)");
  process.exit(1);
}
const t0 = performance.now();
const episodes: Episode[] = [];
for await (const ep of persuasionEpisodes(dir)) episodes.push(ep);
const tData = performance.now();
const cfg = buildTrainConfig({});
// the same goal bank as `npx pnlc train` gives persuasion (2 positive + 2 negative donation thresholds)
const r = await trainIql(episodes, cfg, 1, { outcomeGoalsFor: () => PERSUASION_OUTCOME_GOALS });
const tTrain = performance.now();
const epochSeconds = r.history.reduce((s, h) => s + h.seconds, 0);
const figures = {
  episodes: episodes.length,
  steps: episodes.reduce((s, e) => s + e.steps.length, 0),
  adapter_seconds: +((tData - t0) / 1000).toFixed(2),
  train_wall_seconds: +((tTrain - tData) / 1000).toFixed(2),
  epochs: r.history.length,
  ensemble: cfg.ensemble,
  samples: r.counts.samplesSeen,
  samples_per_second: Math.round(r.counts.samplesSeen / epochSeconds),
  transitions_per_second: Math.round((r.history.length * r.counts.transitions) / epochSeconds),
  validation_auc: +r.validation.after.auc.toFixed(4),
  node: process.version,
};
console.log(JSON.stringify(figures, null, 2));
