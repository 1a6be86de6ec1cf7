import { encodeHashed, type SparseFeatures } from "../../critic/encoder/hash.ts";
import type { BankGoal } from "../../critic/types.ts";
import type { DecisionContext, Goal, GoalSource } from "../types.ts";

/**
 * Goals from the model's goal bank, matched to the state by hashed n-gram cosine similarity (cheap,
 * local, and the same text features the critic reads). Ties keep bank order, so an empty state gets
 * the bank's first goals of each polarity.
 */
export class BankGoalSource implements GoalSource {
  private readonly features: SparseFeatures[];

  constructor(private readonly bank: readonly BankGoal[]) {
    this.features = bank.map((g) => encodeHashed(g.text));
  }

  async goals(ctx: DecisionContext, counts: { positive: number; negative: number }): Promise<Goal[]> {
    const state = encodeHashed(ctx.state);
    const ranked = this.bank
      .map((g, i) => ({ g, i, sim: cosine(state, this.features[i]!) }))
      .sort((a, b) => b.sim - a.sim || a.i - b.i);
    const pick = (polarity: "positive" | "negative", n: number) =>
      ranked.filter((r) => r.g.polarity === polarity).slice(0, n).map((r) => bankGoal(r.g, r.i));
    return [...pick("positive", counts.positive), ...pick("negative", counts.negative)];
  }
}

/** Goal `i` of a model's bank as a planner goal (its cached partials are found by bankIndex). */
export function bankGoal(g: BankGoal, i: number): Goal {
  return { text: g.text, polarity: g.polarity, source: "bank", bankIndex: i, ...(g.utility !== undefined ? { utility: g.utility } : {}), ...(g.derivedFrom ? { derivedFrom: g.derivedFrom } : {}) };
}

/** Dot product of two L2-normalised sparse vectors with ascending indices. */
function cosine(a: SparseFeatures, b: SparseFeatures): number {
  let i = 0, j = 0, s = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const x = a.indices[i]!, y = b.indices[j]!;
    if (x === y) s += a.values[i++]! * b.values[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}
