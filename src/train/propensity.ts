/**
 * De-confounding by propensity weights (docs/design/deconfounded-training.md). In logged dialogues
 * the thought follows the state (persuaders ask people who already agree to give), so a critic can
 * predict the outcome from the state and learn little about the thought. A softmax regression
 * estimates P(thought class | state) from the state's hashed features, cross-fitted on two halves of
 * the training episodes (each half's weights come from the model fitted on the other); each step is
 * then weighted by the stabilised inverse propensity P(class) / P(class | state), clipped to
 * [1/CLIP, CLIP] and normalised to mean 1. In the reweighted data, which thought was taken no longer
 * depends on the state through what the state's features show, so the critic has to explain the
 * outcomes that follow a thought by the thought.
 */
import type { SparseFeatures } from "../critic/encoder/hash.ts";
import type { EpisodeRec } from "./relabel.ts";
import { Rng } from "./rng.ts";
import { fitSoftmax } from "./softmax-regression.ts";

export const PROPENSITY_CLASSES = 16;
export const PROPENSITY_CLIP = 5;

/** The strategy part of a thought: persuasion thoughts read `strategy. e.g. "what was said"`; other logs use the whole text. */
export function thoughtClass(thought: string): string {
  const cut = thoughtCut(thought);
  return (cut >= 0 ? thought.slice(0, cut) : thought).trim().slice(0, 200);
}

function thoughtCut(t: string): number {
  const eg = t.indexOf('. e.g. "');
  return eg >= 0 ? eg : t.indexOf(". ");
}

export interface PropensityStats {
  classes: number;
  /** Mean log loss of the held-half predictions, and that of the marginal class rates (lower is better). */
  logLoss: number;
  marginalLogLoss: number;
  /** Share of steps whose weight hit the clip, and the effective sample size as a share of the steps. */
  clipped: number;
  ess: number;
}

/** Sets rec.stepWeight on every training episode; returns how well the propensity model did. */
export function setPropensityWeights(recs: EpisodeRec[], texts: string[], feats: SparseFeatures[], dim: number, seed: number): PropensityStats {
  const counts = new Map<string, number>();
  for (const e of recs) for (const th of e.thoughts) { const c = thoughtClass(texts[th]!); counts.set(c, (counts.get(c) ?? 0) + 1); }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, PROPENSITY_CLASSES - 1).map((x) => x[0]);
  const classOf = new Map(top.map((c, i) => [c, i]));
  const C = top.length + 1; // the last class gathers the rare ones
  // x is read when used: with a lazy table (src/train/wasm/feature-cache.ts) no step holds its features
  const steps = recs.flatMap((e) => e.states.map((s, t) => ({ e, t, get x() { return feats[s]!; }, c: classOf.get(thoughtClass(texts[e.thoughts[t]!]!)) ?? C - 1 })));
  const marginal = new Float64Array(C);
  for (const s of steps) marginal[s.c]!++;
  for (let c = 0; c < C; c++) marginal[c]! /= steps.length;
  const rng = new Rng(seed ^ 0x5a5a);
  const half = new Map(recs.map((e) => [e, rng.next() < 0.5 ? 0 : 1]));
  const raw = new Float64Array(steps.length);
  let ll = 0, llm = 0;
  for (const h of [0, 1]) {
    const fit = steps.filter((s) => half.get(s.e) !== h);
    const model = fitSoftmax(fit, C, dim, rng);
    steps.forEach((s, i) => {
      if (half.get(s.e) !== h) return;
      const p = model(s.x);
      raw[i] = marginal[s.c]! / Math.max(p[s.c]!, 1e-6);
      ll -= Math.log(Math.max(p[s.c]!, 1e-9));
      llm -= Math.log(marginal[s.c]!);
    });
  }
  let clipped = 0;
  const w = Array.from(raw, (r) => {
    const x = Math.min(PROPENSITY_CLIP, Math.max(1 / PROPENSITY_CLIP, r));
    if (x !== r) clipped++;
    return x;
  });
  const mean = w.reduce((a, b) => a + b, 0) / w.length;
  for (const e of recs) e.stepWeight = new Float32Array(e.states.length);
  steps.forEach((s, i) => (s.e.stepWeight![s.t] = w[i]! / mean));
  const sumW = w.reduce((a, b) => a + b, 0), sumW2 = w.reduce((a, b) => a + b * b, 0);
  return { classes: C, logLoss: ll / steps.length, marginalLogLoss: llm / steps.length, clipped: clipped / steps.length, ess: (sumW * sumW) / sumW2 / steps.length };
}
