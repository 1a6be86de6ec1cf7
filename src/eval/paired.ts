/**
 * Comparisons that use the pairing of a run: every agent of `pnlc eval --agent a,b,c` plays the same
 * episodes (same seed, same split), so the difference of two agents is measured episode by episode
 * and its interval is that of the per-episode differences (much narrower than two separate
 * intervals when both agents find the same episodes hard). And the first-decision calibration check:
 * does the critic's predicted success at an episode's first decision match how often this agent,
 * acting on it, then succeeds?
 */
import type { EpisodeRecord } from "./harness.ts";
import { meanInterval, type Interval } from "./stats.ts";

export interface PairedDifference {
  /** The reference agent (the first of the list) and the one it is compared with: reference - other. */
  reference: string;
  other: string;
  episodes: number;
  /** Score points (0-100). */
  score: Interval;
  /** Success-rate points (0-100). */
  success: Interval;
}

export function pairedDifference(reference: string, a: EpisodeRecord[], other: string, b: EpisodeRecord[]): PairedDifference {
  if (a.length !== b.length) throw new Error(`paired comparison of ${reference} and ${other}: ${a.length} vs ${b.length} episodes`);
  a.forEach((r, i) => {
    if (r.id !== b[i]!.id) throw new Error(`paired comparison of ${reference} and ${other}: episode ${i} is ${r.id} vs ${b[i]!.id}`);
  });
  const succ = (r: EpisodeRecord) => (r.result.success ? 100 : 0);
  return {
    reference,
    other,
    episodes: a.length,
    score: meanInterval(a.map((r, i) => r.result.score - b[i]!.result.score), [-100, 100]),
    success: meanInterval(a.map((r, i) => succ(r) - succ(b[i]!)), [-100, 100]),
  };
}

export interface FirstDecisionCalibration {
  /** Episodes whose first decision carried a prediction. */
  n: number;
  predicted: number;
  realised: number;
  /** predicted - realised, with the interval of the per-episode differences (p - 1{success}). */
  gap: Interval;
}

export function firstDecisionCalibration(recs: EpisodeRecord[]): FirstDecisionCalibration {
  const with_ = recs.filter((r) => r.firstPredicted !== undefined);
  const n = with_.length;
  const predicted = n ? with_.reduce((a, r) => a + r.firstPredicted!, 0) / n : 0;
  const realised = n ? with_.filter((r) => r.result.success).length / n : 0;
  return { n, predicted, realised, gap: meanInterval(with_.map((r) => r.firstPredicted! - (r.result.success ? 1 : 0)), [-1, 1]) };
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

export function calibrationJson(c: FirstDecisionCalibration) {
  return { n: c.n, predicted_success: round(c.predicted, 4), realised_success: round(c.realised, 4), gap: round(c.gap.mean, 4), gap_ci95: [round(c.gap.lo, 4), round(c.gap.hi, 4)] as [number, number] };
}

export function pairedJson(d: PairedDifference) {
  return {
    reference: d.reference,
    other: d.other,
    episodes: d.episodes,
    score_diff: round(d.score.mean, 2),
    score_diff_ci95: [round(d.score.lo, 2), round(d.score.hi, 2)] as [number, number],
    success_diff: round(d.success.mean, 2),
    success_diff_ci95: [round(d.success.lo, 2), round(d.success.hi, 2)] as [number, number],
  };
}
