/**
 * The JS reference trainer's ensemble member: the epoch loop with early stopping and the IQL step
 * (docs/design/iql-trainer.md). src/train/wasm/ runs the same step as Wasm kernels.
 */
import type { FloatCriticParams, FloatHead } from "../critic/types.ts";
import type { TrainConfig } from "./config.ts";
import { logLoss } from "./metrics.ts";
import { adamState, adamwStep, cloneHead, headForward, headBackward, initHead, polyakUpdate, sigmoid, zeroGrads, type HeadGrads, type HeadItem } from "./network.ts";
import { groupStep } from "./outcome-groups.ts";
import { relabelTransition, TextTable, type EpisodeRec, type GoalItem, type OutcomeGoal, type OutcomeGroupRec } from "./relabel.ts";
import { Rng } from "./rng.ts";
import { type EventGoal } from "./events.ts";
import type { EpochStats, TrainHooks } from "./iql.ts";
import { evaluateOutcome } from "./calibration.ts";

export interface MemberInput {
  train: EpisodeRec[];
  val: EpisodeRec[];
  transitions: Array<[EpisodeRec, number]>;
  goals: OutcomeGoal[];
  eventGoals: EventGoal[];
  groups: OutcomeGroupRec[];
  primary: number;
  table: TextTable;
  cfg: TrainConfig;
  hidden: [number, number];
  rng: Rng;
  hooks: TrainHooks;
  epochOffset: number;
  init?: FloatCriticParams;
}

/** Trains one (Q, V) pair with early stopping; returns the best epoch's heads. */
export function trainMember(x: MemberInput): { q: FloatHead; v: FloatHead; history: EpochStats[]; bestEpoch: number; samples: number } {
  const { train, val, transitions, goals, eventGoals, groups, primary, table, cfg, hidden, rng, hooks } = x;
  const dim = table.encoder.dim;
  const q = x.init ? cloneHead(x.init.q) : initHead(dim, hidden, true, rng, cfg.initScale);
  const v = x.init?.v ? cloneHead(x.init.v) : initHead(dim, hidden, false, rng, cfg.initScale);
  const qTarget = cloneHead(q);
  const qGrads = zeroGrads(q, dim), vGrads = zeroGrads(v, dim);
  const qOpt = adamState(q), vOpt = adamState(v);
  const relabelOpt = { gamma: cfg.gamma, outcomeGamma: cfg.outcomeGamma, hindsightGoals: cfg.hindsightGoals, negativeGoals: cfg.negativeGoals, stateGoalWeight: cfg.stateGoalWeight, eventGoalWeight: cfg.eventGoalWeight };
  const batchesPerEpoch = Math.ceil(transitions.length / cfg.batchSize);
  const history: EpochStats[] = [];
  let best = { loss: Infinity, epoch: 0, q: cloneHead(q), v: cloneHead(v) };
  let samples = 0;
  for (let epoch = 1; epoch <= cfg.maxEpochs; epoch++) {
    const te = performance.now();
    rng.shuffle(transitions);
    let qLossSum = 0, vLossSum = 0, wSum = 0;
    for (let b = 0; b < batchesPerEpoch; b++) {
      const batch = transitions.slice(b * cfg.batchSize, (b + 1) * cfg.batchSize);
      const items: GoalItem[] = batch.flatMap(([e, t]) => relabelTransition(e, t, goals, train, relabelOpt, rng, groups, eventGoals));
      const stats = iqlStep({ q, v, qTarget, qGrads, vGrads }, items, table, hidden, cfg, groups);
      adamwStep(q, qGrads, qOpt, cfg.lr, cfg.weightDecay, hidden[0], cfg.w1Eps);
      adamwStep(v, vGrads, vOpt, cfg.lr, cfg.weightDecay, hidden[0], cfg.w1Eps);
      polyakUpdate(qTarget, q, cfg.polyak);
      qLossSum += stats.qLoss;
      vLossSum += stats.vLoss;
      wSum += stats.weight;
      samples += items.length;
      hooks.onBatch?.(x.epochOffset + epoch, b + 1);
    }
    const ev = evaluateOutcome(q, val, goals[primary]!, groups, table, hidden);
    const stats: EpochStats = { epoch, qLoss: qLossSum / wSum, vLoss: vLossSum / wSum, valLogLoss: ev.logLoss, valAuc: ev.auc, samples, seconds: (performance.now() - te) / 1000 };
    history.push(stats);
    hooks.onEpoch?.({ ...stats, epoch: x.epochOffset + epoch });
    if (ev.logLoss < best.loss - 1e-5) best = { loss: ev.logLoss, epoch, q: cloneHead(q), v: cloneHead(v) };
    else if (epoch - best.epoch >= cfg.patience) break;
  }
  return { q: best.q, v: best.v, history, bestEpoch: best.epoch, samples };
}

export interface Nets {
  q: FloatHead;
  v: FloatHead;
  qTarget: FloatHead;
  qGrads: HeadGrads;
  vGrads: HeadGrads;
}

/** One IQL step's losses and gradients (accumulated into the grads; the caller steps the optimisers). Exported for the learning-rule tests. */
export function iqlStep(n: Nets, items: GoalItem[], table: TextTable, hidden: [number, number], cfg: TrainConfig, groups: OutcomeGroupRec[] = []) {
  const feats = table.feats;
  const boot = items.map((it) => it.next >= 0 && it.reward === 0);
  const booted = items.filter((_, i) => boot[i]);
  const vNext = headForward(n.v, hidden, feats, booted.map((it) => ({ state: it.next, goal: it.goal })), false).z;
  const m = cfg.nextThoughtMix;
  const qNext = m > 0 ? headForward(n.qTarget, hidden, feats, booted.map((it) => ({ state: it.next, thought: it.nextThought, goal: it.goal })), false).z : null;
  const y = new Float32Array(items.length);
  let k = 0;
  items.forEach((it, i) => {
    let target: number = it.reward;
    if (boot[i]) {
      const v = sigmoid(vNext[k]!);
      target = it.gamma * (qNext ? (1 - m) * v + m * sigmoid(qNext[k]!) : v);
      k++;
    }
    else if (it.next < 0 && it.realised !== undefined) target = it.realised;
    // outcome goals: mix in the realised outcome (Monte Carlo return, discounted only if outcomeGamma < 1)
    if (it.realised !== undefined && it.next >= 0) target = cfg.outcomeMcMix * it.realised + (1 - cfg.outcomeMcMix) * target;
    y[i] = target;
  });
  const bootIndex = new Int32Array(items.length).fill(-1);
  let nb = 0;
  boot.forEach((b, i) => b && (bootIndex[i] = nb++));
  const qItems: HeadItem[] = items.map((it) => ({ state: it.state, thought: it.thought, goal: it.goal }));
  const vItems: HeadItem[] = items.map((it) => ({ state: it.state, goal: it.goal }));
  const qf = headForward(n.q, hidden, feats, qItems, true);
  const qt = headForward(n.qTarget, hidden, feats, qItems, false).z;
  const vf = headForward(n.v, hidden, feats, vItems, true);
  const wTotal = items.reduce((s, it) => s + it.weight, 0);
  const dq = new Float32Array(items.length), dv = new Float32Array(items.length);
  let qLoss = 0, vLoss = 0;
  items.forEach((it, i) => {
    if (it.group !== undefined) {
      if (it.slot !== 0) return; // a group's run is handled at its first outcome
      const utilities = groups[it.group]!.outcomes.map((o) => o.utility);
      const K = utilities.length;
      const b0 = bootIndex[i]!;
      const g = groupStep({
        items, start: i, utilities, cfg,
        vNext: b0 >= 0 ? Array.from(vNext.subarray(b0, b0 + K)) : null,
        qNext: b0 >= 0 && qNext ? Array.from(qNext.subarray(b0, b0 + K)) : null,
        qOnline: qf.z, qTarget: qt, vOnline: vf.z,
      });
      qLoss += g.qLoss;
      vLoss += g.vLoss;
      for (let k = 0; k < K; k++) (dq[i + k] = g.dq[k]! / wTotal), (dv[i + k] = g.dv[k]! / wTotal);
      return;
    }
    const p = sigmoid(qf.z[i]!);
    const yi = y[i]!;
    qLoss += it.weight * -(yi * Math.log(Math.max(p, 1e-7)) + (1 - yi) * Math.log(Math.max(1 - p, 1e-7)));
    dq[i] = (it.weight * (p - yi)) / wTotal;
    const pv = sigmoid(vf.z[i]!);
    const u = sigmoid(qt[i]!) - pv;
    const w = u < 0 ? 1 - cfg.tau : cfg.tau;
    vLoss += it.weight * w * u * u;
    dv[i] = (it.weight * -2 * w * u * pv * (1 - pv)) / wTotal;
  });
  headBackward(n.q, hidden, feats, qf.tape!, dq, n.qGrads);
  headBackward(n.v, hidden, feats, vf.tape!, dv, n.vGrads);
  return { qLoss, vLoss, weight: wTotal };
}

/**
 * Platt (a, b) on this head's outcome predictions for the episodes: every ungrouped outcome goal's
 * sigmoid and every group's softmax (one shared last layer: a is the groups' temperature, b cancels in
 * a softmax). a < 0 would flip a member whose ranking failed on its own few validation episodes:
 * noise, not signal; such a member contributes a constant instead.
 */
