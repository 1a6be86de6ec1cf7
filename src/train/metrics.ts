/** Metrics for probabilistic predictions of a binary outcome: ROC AUC, Brier, ECE, reliability bins. */

/** ROC AUC by the rank-sum formula with tied scores sharing their average rank; NaN when one class is absent. */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let rankSumPos = 0;
  let nPos = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (labels[order[k]!]) (rankSumPos += avgRank), nPos++;
    i = j + 1;
  }
  const nNeg = n - nPos;
  if (nPos === 0 || nNeg === 0) return NaN;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

export function brier(p: ArrayLike<number>, labels: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (p[i]! - labels[i]!) ** 2;
  return p.length ? s / p.length : NaN;
}

export function logLoss(p: ArrayLike<number>, labels: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const q = Math.min(1 - 1e-7, Math.max(1e-7, p[i]!));
    s -= labels[i] ? Math.log(q) : Math.log(1 - q);
  }
  return p.length ? s / p.length : NaN;
}

import type { ReliabilityBin } from "../critic/types.ts";

export type { ReliabilityBin };

/** Equal-width bins over [0, 1]; p = 1 falls in the last bin. */
export function reliabilityBins(p: ArrayLike<number>, labels: ArrayLike<number>, bins = 10): ReliabilityBin[] {
  const out = Array.from({ length: bins }, (_, b) => ({ lo: b / bins, hi: (b + 1) / bins, count: 0, meanP: 0, rate: 0 }));
  for (let i = 0; i < p.length; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p[i]! * bins)));
    const bin = out[b]!;
    bin.count++;
    bin.meanP += p[i]!;
    bin.rate += labels[i] ? 1 : 0;
  }
  for (const bin of out) if (bin.count) (bin.meanP /= bin.count), (bin.rate /= bin.count);
  return out;
}

/** Expected calibration error: count-weighted mean |mean p - observed rate| over equal-width bins. */
export function ece(p: ArrayLike<number>, labels: ArrayLike<number>, bins = 10): number {
  if (!p.length) return NaN;
  return reliabilityBins(p, labels, bins).reduce((s, b) => s + (b.count / p.length) * Math.abs(b.meanP - b.rate), 0);
}

/**
 * Platt scaling: a, b minimising the log loss of sigmoid(a * z + b) (Newton's method on 2 parameters).
 * Folded into the last layer (w3 *= a, b3 = a * b3 + b) it changes no ranking, only calibration.
 */
export function fitPlatt(z: ArrayLike<number>, labels: ArrayLike<number>, iters = 50, groups: Array<{ z: number[]; y: number }> = []): { a: number; b: number } {
  let a = 1, b = 0;
  for (let it = 0; it < iters; it++) {
    let ga = 0, gb = 0, haa = 1e-6, hab = 0, hbb = 1e-6;
    // exclusive groups (softmax over a*z + b; b cancels): cross-entropy of the realised outcome y
    for (const g of groups) {
      const m = Math.max(...g.z);
      const e = g.z.map((zk) => Math.exp(a * (zk - m)));
      const s = e.reduce((x, y) => x + y, 0);
      let mean = 0, sq = 0;
      e.forEach((ek, k) => ((mean += (ek / s) * g.z[k]!), (sq += (ek / s) * g.z[k]! * g.z[k]!)));
      ga += mean - g.z[g.y]!;
      haa += sq - mean * mean;
    }
    for (let i = 0; i < z.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * z[i]! + b)));
      const d = p - (labels[i] ? 1 : 0);
      const w = p * (1 - p);
      ga += d * z[i]!;
      gb += d;
      haa += w * z[i]! * z[i]!;
      hab += w * z[i]!;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}
