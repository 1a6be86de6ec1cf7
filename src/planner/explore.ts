/**
 * Exploration with logged propensities. A greedy planner takes the best-scored candidate with
 * probability 1, which no off-policy estimate can use; with exploration on, the choice is drawn from
 * a known distribution over the candidates and the chosen one's probability (its propensity) is
 * returned so that it can be logged beside the decision. Default off (greedy, propensity 1).
 */
import type { ScoredCandidate } from "./types.ts";

/** softmax: P(c) proportional to exp(score / temperature); epsilon: greedy, or uniform with probability epsilon. */
export type ExploreKnob = { method: "softmax"; temperature: number } | { method: "epsilon"; epsilon: number };

export interface Choice {
  /** Index into the scored candidates (best first). */
  index: number;
  /** Probability with which the policy chose this candidate. */
  propensity: number;
  /** Every candidate's probability under the policy, in the same order. */
  probabilities: number[];
}

/** The policy's probabilities over candidates ranked best first (ties broken towards the first, as greedy does). */
export function choiceProbabilities(scores: number[], explore: ExploreKnob | undefined): number[] {
  const n = scores.length;
  if (n === 0) return [];
  const best = scores.reduce((b, s, i) => (s > scores[b]! ? i : b), 0);
  if (!explore || n === 1) return scores.map((_, i) => (i === best ? 1 : 0));
  if (explore.method === "epsilon") return scores.map((_, i) => explore.epsilon / n + (i === best ? 1 - explore.epsilon : 0));
  const max = scores[best]!;
  const w = scores.map((s) => Math.exp((s - max) / explore.temperature));
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / sum);
}

/** Draws a candidate by the policy (`random` in [0, 1), Math.random by default). */
export function chooseCandidate(scored: ScoredCandidate[], explore: ExploreKnob | undefined, random: () => number = Math.random): Choice | null {
  if (scored.length === 0) return null;
  const probabilities = choiceProbabilities(scored.map((c) => c.score), explore);
  let index = probabilities.findIndex((p) => p === 1);
  if (index < 0) {
    const u = random();
    let acc = 0;
    index = probabilities.length - 1;
    for (let i = 0; i < probabilities.length; i++) if (u < (acc += probabilities[i]!)) { index = i; break; }
  }
  return { index, propensity: probabilities[index]!, probabilities };
}
