/**
 * Off-policy estimates of a greedy critic's outcome on logged episodes (meta.log from
 * `pnlc data export`): each logged step's candidates are rescored by the critic as the Worker would
 * (its goal bank, the logged goal counts), its pick compared with the logged pick.
 *   IS: per-episode importance weight prod_t 1[pick_t = logged_t] / propensity_t times the outcome;
 *   WIS: the same, self-normalised;
 *   DR (Jiang & Li 2016, undiscounted, outcome at the end): V(s0) + sum_t w_t (r_t + V(s_t+1) - Q(s_t, a_t)),
 *   with Q(s, a) one outcome model shared by both critics, fitted on the logged outcomes from the state and the thought
 *   (outcome-model.ts; cross-fitted), and V(s) = Q(s, the critic's pick),
 *   in its weighted form (Thomas & Brunskill 2016: w_t divided by its mean over the episodes at the same t), whose
 *   variance stays bounded when few episodes keep a weight (a small bias that vanishes with more data).
 * Intervals: percentile bootstrap over episodes (paired for the difference).
 */
import type { Critic } from "../critic/types.ts";
import { BankGoalSource } from "../planner/bank/goals.ts";
import { LearnedEstimator } from "../planner/learned-estimator.ts";
import { scoreCandidates } from "../planner/score.ts";
import { makeRng } from "../tasks/rng.ts";
import type { Episode } from "../train/trajectory.ts";
import type { LoggedStep } from "./export.ts";
import { fitOutcomeModel, type OutcomeModel } from "./outcome-model.ts";

export interface Interval { mean: number; lo: number; hi: number }

export interface PolicyEstimate {
  is: Interval;
  wis: number;
  dr: Interval;
  /** Effective sample size of the importance weights, and episodes with a non-zero weight. */
  ess: number;
  supported: number;
  /** Share of logged multi-candidate steps where this critic picks what was logged. */
  agreement: number;
}

export interface Comparison {
  episodes: number;
  /** Logged episodes left out because some step was greedy (no support for other picks). */
  withoutExploration: number;
  steps: number;
  logged: Interval;
  live: PolicyEstimate;
  candidate: PolicyEstimate;
  drDifference: Interval;
  recommendation: { promote: boolean; reason: string };
}

interface ScoredStep { pick: number; scores: number[] }
type Prepared = { reward: number; steps: Array<{ logged: LoggedStep }> };

export function rewardOf(ep: Episode): number {
  return ep.outcome.value ?? (ep.outcome.success ? 1 : 0);
}

/** The critic's scores of a logged step's candidates and its greedy pick (ties to the first, as the Worker ranks). */
export async function rescore(critic: Critic, state: string, step: LoggedStep): Promise<ScoredStep> {
  const candidates = step.candidates.map((c) => ({ thought: c.thought }));
  const counts = { positive: step.knobs.goals?.positive ?? 2, negative: step.knobs.goals?.negative ?? 2 };
  const goals = await new BankGoalSource(critic.meta.goals).goals({ state }, counts);
  const { p } = await new LearnedEstimator(critic).estimate({ state }, candidates, goals);
  const byThought = new Map(scoreCandidates(candidates, goals, p).map((s) => [s.thought, s.score]));
  const scores = candidates.map((c) => byThought.get(c.thought) ?? 0);
  return { pick: scores.reduce((b, s, i) => (s > scores[b]! ? i : b), 0), scores };
}

/** Per episode: the final importance weight, IS term, V(s0) and per step (cumulative weight, residual r + V' - Q). */
interface Terms { is: number; w: number; v0: number; steps: Array<{ w: number; residual: number }> }

async function policyTerms(critic: Critic, episodes: Episode[], model: OutcomeModel): Promise<{ terms: Terms[]; agreement: number }> {
  const scored: ScoredStep[][] = [];
  let agree = 0, multi = 0;
  for (const ep of episodes) {
    const log = ep.meta!.log as LoggedStep[];
    const row: ScoredStep[] = [];
    for (const [t, step] of log.entries()) {
      const s = await rescore(critic, ep.steps[t]!.state, step);
      row.push(s);
      if (step.candidates.length > 1) (multi++, s.pick === step.chosenIndex && agree++);
    }
    scored.push(row);
  }
  const terms = episodes.map((ep, e) => {
    const log = ep.meta!.log as LoggedStep[];
    const R = rewardOf(ep);
    const q = (t: number, i: number) => model(e, ep.steps[t]!.state, t, log[t]!.candidates[i]?.thought ?? "");
    let w = 1;
    const v0 = q(0, scored[e]![0]!.pick);
    const steps = log.map((step, t) => {
      const s = scored[e]![t]!;
      w *= (s.pick === step.chosenIndex ? 1 : 0) / Math.max(step.propensity, 1e-6);
      const last = t === log.length - 1;
      const vNext = last ? 0 : q(t + 1, scored[e]![t + 1]!.pick);
      return { w, residual: (last ? R : 0) + vNext - q(t, step.chosenIndex) };
    });
    return { is: w * R, w, v0, steps };
  });
  return { terms, agreement: multi ? agree / multi : 1 };
}

/**
 * Only episodes served with exploration count: a greedy episode gives every other candidate
 * probability 0, so a policy that would pick one of them has no support there (importance weighting
 * is then biased against any policy that differs from the logger). An episode counts as explored when
 * some step has a candidate probability strictly between 0 and 1; the others are left out and counted.
 */
export async function compareCritics(live: Critic, candidate: Critic, episodes: Episode[], o: { resamples?: number; seed?: number } = {}): Promise<Comparison> {
  const logged = episodes.filter((ep) => Array.isArray(ep.meta?.log) && (ep.meta!.log as unknown[]).length === ep.steps.length);
  if (logged.length === 0) throw new Error("no episode carries its decision log (meta.log): export the data with `pnlc data export --d1`");
  const usable = logged.filter((ep) => (ep.meta!.log as LoggedStep[]).some((s) => s.candidates.some((c) => c.probability > 0 && c.probability < 1)));
  if (usable.length === 0) throw new Error(`none of the ${logged.length} logged episodes was served with exploration (knob explore): greedy logs cannot estimate another policy`);
  // the outcome model learns from every logged episode (greedy ones too: a regression needs no support), cross-fitted by index in usable
  const others = logged.filter((ep) => !usable.includes(ep));
  const rows = [...usable, ...others].flatMap((ep, e) => ep.steps.map((st, t) => ({ episode: e, state: st.state, step: t, thought: st.thought, outcome: rewardOf(ep) })));
  const model = fitOutcomeModel(rows, o.seed ?? 1);
  const A = await policyTerms(live, usable, model), B = await policyTerms(candidate, usable, model);
  const rewards = usable.map(rewardOf);
  const n = usable.length;
  const rng = makeRng(o.seed ?? 1);
  const resamples = o.resamples ?? 1000;
  const boot = (f: (idx: number[]) => number): Interval => {
    const all = Array.from({ length: n }, (_, i) => i);
    const vals = Array.from({ length: resamples }, () => f(Array.from({ length: n }, () => Math.floor(rng() * n)))).sort((x, y) => x - y);
    return { mean: f(all), lo: vals[Math.floor(0.025 * resamples)]!, hi: vals[Math.ceil(0.975 * resamples) - 1]! };
  };
  const mean = (idx: number[], f: (i: number) => number) => idx.reduce((s, i) => s + f(i), 0) / idx.length;
  /** Weighted DR over the episodes idx: cumulative weights normalised by their mean at each step (an ended episode keeps its last weight). */
  const wdr = (P: Terms[], idx: number[]) => {
    const T = Math.max(...idx.map((i) => P[i]!.steps.length));
    const wAt = (i: number, t: number) => P[i]!.steps[Math.min(t, P[i]!.steps.length - 1)]!.w;
    let total = mean(idx, (i) => P[i]!.v0);
    for (let t = 0; t < T; t++) {
      const norm = mean(idx, (i) => wAt(i, t));
      if (norm > 0) total += mean(idx, (i) => (t < P[i]!.steps.length ? (P[i]!.steps[t]!.w / norm) * P[i]!.steps[t]!.residual : 0));
    }
    return total;
  };
  const estimate = (P: typeof A): PolicyEstimate => {
    const w = P.terms.map((t) => t.w);
    const sw = w.reduce((s, x) => s + x, 0), sw2 = w.reduce((s, x) => s + x * x, 0);
    return {
      is: boot((idx) => mean(idx, (i) => P.terms[i]!.is)),
      wis: sw > 0 ? P.terms.reduce((s, t) => s + t.is, 0) / sw : NaN,
      dr: boot((idx) => wdr(P.terms, idx)),
      ess: sw2 > 0 ? (sw * sw) / sw2 : 0,
      supported: w.filter((x) => x > 0).length,
      agreement: P.agreement,
    };
  };
  const drDifference = boot((idx) => wdr(B.terms, idx) - wdr(A.terms, idx));
  const recommendation = drDifference.lo > 0
    ? { promote: true, reason: `the candidate's doubly robust estimate is higher by ${fmt(drDifference.mean)} and the 95% interval [${fmt(drDifference.lo)}, ${fmt(drDifference.hi)}] excludes 0` }
    : drDifference.hi < 0
      ? { promote: false, reason: `the candidate is estimated worse by ${fmt(-drDifference.mean)} (95% interval of the difference [${fmt(drDifference.lo)}, ${fmt(drDifference.hi)}])` }
      : { promote: false, reason: `not clearly better: the difference ${fmt(drDifference.mean)} has a 95% interval [${fmt(drDifference.lo)}, ${fmt(drDifference.hi)}] that includes 0; log more episodes` };
  return {
    episodes: n,
    withoutExploration: logged.length - n,
    steps: usable.reduce((s, ep) => s + ep.steps.length, 0),
    logged: boot((idx) => mean(idx, (i) => rewards[i]!)),
    live: estimate(A),
    candidate: estimate(B),
    drDifference,
    recommendation,
  };
}

export function fmt(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : "n/a";
}
