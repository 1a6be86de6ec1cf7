/**
 * Training benchmark: the wall time to train the default persuasion model (default config, seed 1,
 * local held-out split kept out) on one core, and the trainer's throughput in relabelled samples/s.
 * Prints figures; asserts nothing. Run: npm run bench:train
 */
import { corpusPath } from "../src/data/paths.ts";
import { readFileSync } from "node:fs";
import { PERSUASION_DERIVED_GOALS, PERSUASION_OUTCOME_GROUPS, persuasionEpisodes } from "../src/data/persuasion.ts";
import { REACTION_GOALS, REACTION_HORIZON } from "../src/data/reactions.ts";
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
// the shipped model's config and the same goals as `npx pnlc train` gives persuasion: the donation buckets as one
// distribution with the bank goals as its sums, and the persuadee's reactions as event goals
const cfg = buildTrainConfig(JSON.parse(readFileSync(new URL("../models/persuasion.train-config.json", import.meta.url), "utf8")));
const r = await trainIql(episodes, cfg, 1, {
  outcomeGoalsFor: () => PERSUASION_DERIVED_GOALS,
  outcomeGroupsFor: () => PERSUASION_OUTCOME_GROUPS,
  eventGoalsFor: () => REACTION_GOALS.map(({ text, polarity }) => ({ text, polarity, horizon: REACTION_HORIZON })),
});
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
