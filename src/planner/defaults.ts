import type { PlanKnobs } from "./types.ts";

/** The paper's defaults: a few thoughts, 2 positive + 2 negative goals, one refine round. */
export const DEFAULT_KNOBS: PlanKnobs = Object.freeze({
  thoughts: 3,
  goals: Object.freeze({ positive: 2, negative: 2, source: "llm" as const }),
  rounds: 1,
  acceptThreshold: 0.25,
  critic: "learned" as const,
  deadlineMs: 20_000,
}) as PlanKnobs;

/** Offline (no LLM): goals come from the bank, thoughts from the thought bank, nothing to refine. */
export const OFFLINE_KNOBS: PlanKnobs = Object.freeze({
  ...DEFAULT_KNOBS,
  goals: Object.freeze({ positive: 2, negative: 2, source: "bank" as const }),
  rounds: 0,
}) as PlanKnobs;

export function withKnobs(base: PlanKnobs, patch: Partial<Omit<PlanKnobs, "goals">> & { goals?: Partial<PlanKnobs["goals"]> } = {}): PlanKnobs {
  return { ...base, ...patch, goals: { ...base.goals, ...patch.goals } };
}
