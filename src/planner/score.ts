import type { Candidate, Goal, ScoredCandidate } from "./types.ts";

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * Attaches the T x G probabilities (row-major by candidate) and ranks best first (stable on ties).
 *
 * The score: when every goal carries a utility (a model whose goal bank is a set of mutually
 * exclusive outcomes with their worth, e.g. WebShop's full / close / partial / wrong purchase), the
 * expected utility. With a version-2 model whose goals are disjoint unions of one exclusive group
 * (derivedFrom), their probabilities are already one distribution: the exact sum(u * p), an outcome
 * the goals leave out counting as worth 0. With independently estimated outcomes (version-1 models)
 * they are renormalised to one distribution, sum(u * p) / sum(p). Otherwise (overlapping or request
 * goals) mean(p of hoped-for outcomes) - mean(p of outcomes to avoid).
 */
export function scoreCandidates(candidates: Candidate[], goals: Goal[], p: Float32Array): ScoredCandidate[] {
  if (p.length !== candidates.length * goals.length)
    throw new Error(`critic returned ${p.length} scores for ${candidates.length} thoughts x ${goals.length} goals`);
  const byUtility = goals.length > 0 && goals.every((g) => typeof g.utility === "number" && Number.isFinite(g.utility));
  const exact = byUtility && disjointInOneGroup(goals);
  const scored = candidates.map((c, t) => {
    const row = goals.map((_, j) => p[t * goals.length + j]!);
    const outcomes = goals.map((g, j) => ({ goal: g.text, polarity: g.polarity, p: round3(row[j]!) }));
    if (exact) return { ...c, outcomes, score: round3(goals.reduce((s, g, j) => s + g.utility! * row[j]!, 0)) };
    if (byUtility) return { ...c, outcomes, score: round3(expectedUtility(goals.map((g) => g.utility!), row)) };
    const pos = outcomes.filter((o) => o.polarity === "positive").map((o) => o.p);
    const neg = outcomes.filter((o) => o.polarity === "negative").map((o) => o.p);
    return { ...c, outcomes, score: round3(mean(pos) - mean(neg)) };
  });
  return scored.map((s, i) => ({ s, i })).sort((a, b) => b.s.score - a.s.score || a.i - b.i).map((x) => x.s);
}

/** True when every goal is a union of outcomes of the same exclusive group and no two share an outcome. */
export function disjointInOneGroup(goals: Goal[]): boolean {
  const group = goals[0]?.derivedFrom?.group;
  if (group === undefined) return false;
  const seen = new Set<number>();
  for (const g of goals) {
    if (g.derivedFrom?.group !== group) return false;
    for (const k of g.derivedFrom.outcomes) {
      if (seen.has(k)) return false;
      seen.add(k);
    }
  }
  return true;
}

/** Candidates without critique (critic "none"): kept in proposal order with score 0. */
export function unscored(candidates: Candidate[]): ScoredCandidate[] {
  return candidates.map((c) => ({ ...c, outcomes: [], score: 0 }));
}

/** sum(u * p) / sum(p) over mutually exclusive outcomes; 0 when the critic gives them all 0. */
export function expectedUtility(utility: number[], p: ArrayLike<number>): number {
  let num = 0, den = 0;
  for (let j = 0; j < utility.length; j++) (num += utility[j]! * p[j]!), (den += p[j]!);
  return den > 0 ? num / den : 0;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The natural-language critique the LLM reads: "0.62: the donor agrees to give $1 (hoped for)". */
export function critiqueText(scored: ScoredCandidate[]): string {
  return scored
    .map((c, i) => {
      const lines = c.outcomes.map((o) => `  ${o.p.toFixed(2)}: ${o.goal} (${o.polarity === "positive" ? "hoped for" : "to avoid"})`);
      return [`Thought ${i + 1} (score ${c.score.toFixed(2)}): ${c.thought}`, ...lines].join("\n");
    })
    .join("\n");
}

export function recommendationText(chosen: ScoredCandidate | null): string {
  if (!chosen) return "No recommendation: no candidate thought was available.";
  if (chosen.outcomes.length === 0) return `Recommended next step: ${chosen.thought}`;
  const lines = chosen.outcomes.map((o) => `- ${o.p.toFixed(2)}: ${o.goal} (${o.polarity === "positive" ? "hoped for" : "to avoid"})`);
  return [`Recommended next step: ${chosen.thought}`, `Critic's estimate of what follows (score ${chosen.score.toFixed(2)}):`, ...lines].join("\n");
}
