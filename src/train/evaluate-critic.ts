/**
 * Critic evaluation on any trajectory file: at every step, Q(state, logged thought, goal) for each
 * bank goal the model's metadata can label (goal-labels.ts) against what actually followed.
 * Per goal: AUC, Brier, ECE, and the thought gain: AUC with the real thoughts minus AUC with the
 * thoughts shuffled among the steps of the same position (so the shuffled thought is one a persuader
 * really used at that point of a dialogue, and only the match of thought to state is broken), with a
 * 95% interval from a bootstrap over episodes. Also: how often the offline planner's top thought
 * differs from its most common top thought (ranking variation), and how often the probabilities of
 * logically tied goals contradict each other (coherence violations).
 */
import type { Critic } from "../critic/types.ts";
import { BankGoalSource } from "../planner/bank/goals.ts";
import { BankProposer } from "../planner/bank/proposer.ts";
import { OFFLINE_KNOBS } from "../planner/defaults.ts";
import { LearnedEstimator } from "../planner/learned-estimator.ts";
import { runPlan } from "../planner/loop.ts";
import { goalLabel, goalRelations, labelledGoals, type LabelledGoal } from "./goal-labels.ts";
import { brier, ece, reliabilityBins, rocAuc, type ReliabilityBin } from "./metrics.ts";
import { Rng } from "./rng.ts";
import type { Episode } from "./trajectory.ts";

/** Steps at this position or later share one shuffle group (late positions have few steps). */
export const LAST_POSITION_GROUP = 12;
/** Tolerance of the coherence checks: far above float rounding, far below any real contradiction. */
export const COHERENCE_TOLERANCE = 1e-3;

export interface GoalFigures {
  goal: string;
  polarity: string;
  kind: "outcome" | "event";
  test: string;
  n: number;
  base_rate: number;
  auc: number;
  brier: number;
  ece: number;
  /** 95% bootstrap interval of the ECE over episodes (with a few hundred episodes the ECE itself is noisy). */
  ece_ci95: [number, number];
  /** Mean predicted probability: against base_rate it is the part of the ECE a shift of the outcome's rate explains. */
  mean_p: number;
  auc_shuffled_thoughts: number;
  thought_gain: number;
  thought_gain_ci95: [number, number];
  bins: ReliabilityBin[];
}

export interface CriticEval {
  n_episodes: number;
  n_decisions: number;
  /** The primary goal (first positive outcome goal): today's top-level auc / brier / ece keys are its. */
  goal: string;
  auc: number;
  brier: number;
  ece: number;
  auc_shuffled_thoughts: number;
  thought_gain: number;
  thought_gain_ci95: [number, number];
  per_goal: GoalFigures[];
  by_turn: Array<{ bucket: string; n: number; auc: number; auc_shuffled_thoughts: number }>;
  bins: ReliabilityBin[];
  ranking_variation: number;
  ranking: { n_states: number; most_common_top: string; top_counts: Array<{ thought: string; n: number }> };
  coherence_violations: number;
  coherence_checks: number;
}

export interface CriticEvalOptions {
  seed?: number;
  /** Bootstrap replicates of the thought-gain interval. */
  bootstrap?: number;
  /** States the offline planner ranks for the ranking variation (an even sample of the decisions). */
  planStates?: number;
  onProgress?: (done: number, total: number) => void;
}

interface Decision {
  ep: number;
  t: number;
  state: string;
  thought: string;
}

export async function evaluateCritic(critic: Critic, episodes: Episode[], opts: CriticEvalOptions = {}): Promise<CriticEval> {
  const goals = labelledGoals(critic);
  if (!goals.length) throw new Error(`model ${critic.meta.name}: no bank goal whose label its metadata defines`);
  const decisions: Decision[] = episodes.flatMap((e, ep) => e.steps.map((s, t) => ({ ep, t, state: s.state, thought: s.thought })));
  if (!decisions.length) throw new Error("no steps to evaluate");
  const rng = new Rng(opts.seed ?? 1);
  const shuffled = shuffleWithinPosition(decisions, rng);
  const G = goals.length, N = decisions.length;
  const real = goals.map(() => new Float64Array(N)), shuf = goals.map(() => new Float64Array(N));
  const labels = goals.map(() => new Int8Array(N));
  const texts = goals.map((g) => g.text);
  decisions.forEach((d, i) => {
    const q = critic.scoreQ({ state: d.state, thoughts: [d.thought, shuffled[i]!], goals: texts });
    for (let j = 0; j < G; j++) {
      real[j]![i] = q[j]!;
      shuf[j]![i] = q[G + j]!;
      const y = goalLabel(goals[j]!, episodes[d.ep]!, d.t);
      labels[j]![i] = y === null ? -1 : y;
    }
    if (opts.onProgress && (i % 200 === 0 || i === N - 1)) opts.onProgress(i + 1, N);
  });
  const byEpisode = episodes.map(() => [] as number[]);
  decisions.forEach((d, i) => byEpisode[d.ep]!.push(i));
  const per_goal = goals.map((g, j) => goalFigures(g, real[j]!, shuf[j]!, labels[j]!, byEpisode, opts.bootstrap ?? 200, new Rng((opts.seed ?? 1) + 7 * j + 1)));
  const primary = Math.max(0, goals.findIndex((g) => g.kind === "outcome" && g.polarity === "positive"));
  const pf = per_goal[primary]!;
  const { idx: pIdx, y: pY } = known(labels[primary]!);
  const pick = (a: Float64Array, idx: number[]) => idx.map((i) => a[i]!);
  const by_turn = [["turns 0-2", 0, 2], ["turns 3-5", 3, 5], ["turns 6-8", 6, 8], ["turns 9+", 9, Infinity]].map(([bucket, lo, hi]) => {
    const idx = pIdx.filter((i) => decisions[i]!.t >= (lo as number) && decisions[i]!.t <= (hi as number));
    const y = idx.map((i) => labels[primary]![i]!);
    return { bucket: bucket as string, n: idx.length, auc: rocAuc(pick(real[primary]!, idx), y), auc_shuffled_thoughts: rocAuc(pick(shuf[primary]!, idx), y) };
  });
  const values = episodes.map((e) => e.outcome.value).filter((v): v is number => v !== undefined);
  const relations = goalRelations(goals, values.length ? [Math.min(...values), Math.max(...values)] : undefined);
  let coherence_violations = 0;
  for (let i = 0; i < N; i++)
    for (const r of relations) {
      const a = real[r.a]![i]!, b = real[r.b]![i]!;
      if (r.kind === "implies" ? a > b + COHERENCE_TOLERANCE : Math.abs(a + b - 1) > COHERENCE_TOLERANCE) coherence_violations++;
    }
  // a bank whose outcome goals all carry a utility is read by the planner as exclusive, exhaustive outcomes: they must sum to 1
  const outcomeIdx = goals.map((g, j) => (g.kind === "outcome" && !g.derived ? j : -1)).filter((j) => j >= 0);
  const bankOf = new Map(critic.meta.goals.map((g) => [g.text, g]));
  const exclusive = outcomeIdx.length >= 2 && outcomeIdx.every((j) => bankOf.get(goals[j]!.text)?.utility !== undefined) && !goals.some((g) => g.derived);
  if (exclusive)
    for (let i = 0; i < N; i++) if (Math.abs(outcomeIdx.reduce((s, j) => s + real[j]![i]!, 0) - 1) > COHERENCE_TOLERANCE) coherence_violations++;
  const ranking = await rankingVariation(critic, decisions, opts.planStates ?? 400);
  return {
    n_episodes: episodes.length,
    n_decisions: N,
    goal: pf.goal,
    auc: pf.auc,
    brier: pf.brier,
    ece: pf.ece,
    auc_shuffled_thoughts: pf.auc_shuffled_thoughts,
    thought_gain: pf.thought_gain,
    thought_gain_ci95: pf.thought_gain_ci95,
    per_goal,
    by_turn,
    bins: reliabilityBins(pick(real[primary]!, pIdx), pY),
    ranking_variation: ranking.variation,
    ranking: { n_states: ranking.n, most_common_top: ranking.top, top_counts: ranking.counts },
    coherence_violations,
    coherence_checks: N * (relations.length + (exclusive ? 1 : 0)),
  };
}

/** Each decision's thought replaced by the thought of a random decision at the same step position. */
export function shuffleWithinPosition(decisions: Array<{ t: number; thought: string }>, rng: Rng): string[] {
  const groups = new Map<number, number[]>();
  decisions.forEach((d, i) => {
    const k = Math.min(d.t, LAST_POSITION_GROUP);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(i);
  });
  const out = new Array<string>(decisions.length);
  for (const idx of [...groups.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1])) {
    const perm = rng.shuffle([...idx]);
    idx.forEach((i, k) => (out[i] = decisions[perm[k]!]!.thought));
  }
  return out;
}

function known(labels: Int8Array): { idx: number[]; y: number[] } {
  const idx: number[] = [], y: number[] = [];
  labels.forEach((l, i) => l >= 0 && (idx.push(i), y.push(l)));
  return { idx, y };
}

function goalFigures(g: LabelledGoal, real: Float64Array, shuf: Float64Array, labels: Int8Array, byEpisode: number[][], B: number, rng: Rng): GoalFigures {
  const { idx, y } = known(labels);
  const p = idx.map((i) => real[i]!), ps = idx.map((i) => shuf[i]!);
  const auc = rocAuc(p, y), aucS = rocAuc(ps, y);
  // bootstrap over episodes (steps of one episode share its outcome, so they are not independent draws)
  const gains: number[] = [], eces: number[] = [];
  for (let b = 0; b < B; b++) {
    const bp: number[] = [], bs: number[] = [], by: number[] = [];
    for (let k = 0; k < byEpisode.length; k++)
      for (const i of byEpisode[rng.int(byEpisode.length)]!) if (labels[i]! >= 0) (bp.push(real[i]!), bs.push(shuf[i]!), by.push(labels[i]!));
    const d = rocAuc(bp, by) - rocAuc(bs, by);
    if (Number.isFinite(d)) gains.push(d);
    if (by.length) eces.push(ece(bp, by));
  }
  const quantile = (xs: number[], f: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor(f * xs.length))]! : NaN);
  gains.sort((a, b) => a - b);
  eces.sort((a, b) => a - b);
  const q = (f: number) => quantile(gains, f);
  const test = g.kind === "event" ? `reported within ${g.horizon} step(s)` : g.value ? `outcome.value ${g.value.op} ${g.value.than}` : "outcome.text matches";
  return {
    goal: g.text, polarity: g.polarity, kind: g.kind, test, n: idx.length, base_rate: y.reduce((s, v) => s + v, 0) / Math.max(1, y.length),
    auc, brier: brier(p, y), ece: ece(p, y), ece_ci95: [quantile(eces, 0.025), quantile(eces, 0.975)], mean_p: p.reduce((s, v) => s + v, 0) / Math.max(1, p.length), auc_shuffled_thoughts: aucS, thought_gain: auc - aucS, thought_gain_ci95: [q(0.025), q(0.975)], bins: reliabilityBins(p, y),
  };
}

/** The offline planner (the service's own loop: thought bank, bank goals matched to the state) on a sample of the states. */
async function rankingVariation(critic: Critic, decisions: Decision[], max: number): Promise<{ variation: number; n: number; top: string; counts: Array<{ thought: string; n: number }> }> {
  if (!critic.meta.thoughts.length || max <= 0) return { variation: NaN, n: 0, top: "", counts: [] };
  const deps = { proposer: new BankProposer(critic.meta.thoughts, "all"), goalSources: { bank: new BankGoalSource(critic.meta.goals) }, estimators: { learned: new LearnedEstimator(critic) }, mode: "offline" as const };
  const stride = Math.max(1, decisions.length / max);
  const tops = new Map<string, number>();
  let n = 0;
  for (let x = 0; x < decisions.length && n < max; x += stride, n++) {
    const r = await runPlan(deps, { state: decisions[Math.floor(x)]!.state }, OFFLINE_KNOBS);
    const t = r.chosen?.thought ?? "";
    tops.set(t, (tops.get(t) ?? 0) + 1);
  }
  const counts = [...tops.entries()].sort((a, b) => b[1] - a[1]).map(([thought, k]) => ({ thought, n: k }));
  return { variation: n ? 1 - counts[0]!.n / n : NaN, n, top: counts[0]?.thought ?? "", counts };
}
