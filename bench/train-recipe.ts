/**
 * The default persuasion model's training recipe (models/persuasion.train-config.json and the goals
 * `npx pnlc train` gives persuasion), shared by bench/train.ts and its synthetic-log child.
 */
import { readFileSync } from "node:fs";
import { PERSUASION_DERIVED_GOALS, PERSUASION_OUTCOME_GROUPS } from "../src/data/persuasion.ts";
import { REACTION_GOALS, REACTION_HORIZON } from "../src/data/reactions.ts";
import { buildTrainConfig, type TrainConfig } from "../src/train/config.ts";
import type { TrainHooks } from "../src/train/iql.ts";

export function recipeConfig(overrides: Partial<TrainConfig> = {}): TrainConfig {
  return buildTrainConfig({ ...JSON.parse(readFileSync(new URL("../models/persuasion.train-config.json", import.meta.url), "utf8")), ...overrides });
}

/** The goals plus timing marks: training starts at onStart, ends with the last member's onMember. */
export function recipeHooks(marks: { start?: number; end?: number } = {}): TrainHooks {
  return {
    outcomeGoalsFor: () => PERSUASION_DERIVED_GOALS,
    outcomeGroupsFor: () => PERSUASION_OUTCOME_GROUPS,
    eventGoalsFor: () => REACTION_GOALS.map(({ text, polarity }) => ({ text, polarity, horizon: REACTION_HORIZON })),
    onStart: () => (marks.start = performance.now()),
    onMember: () => (marks.end = performance.now()),
  };
}
