/**
 * Goal-conditioned implicit Q-learning (IQL) over relabelled goals (docs/design/iql-trainer.md):
 *   Q(s,t,g) <- r + gamma_g * V(s',g)           (BCE on the sigmoid output; gamma_g = outcomeGamma, default 1, for outcome goals;
 *                                                with nextThoughtMix m > 0, (1 - m) V(s',g) + m Qtarget(s',t',g), t' the next thought taken)
 *   V(s,g)   <- expectile_tau of Qtarget(s,t,g)  (Qtarget: Polyak-averaged copy of Q)
 * Split by episode into train / validation; early stopping on the validation log loss of Q toward the
 * primary outcome goal; optional Platt calibration folded into Q's last layer. With `ensemble: K`, K
 * smaller (Q, V) pairs are trained on K cross-fit folds and packed into one network (ensemble.ts).
 * Deterministic per seed. This file is near 300 lines: the member loop and the IQL step belong together.
 */
import type { FloatCriticParams, FloatHead } from "../critic/types.ts";
import { DEFAULT_HASH_ENCODER } from "../critic/encoder/hash.ts";
import { isHeldout } from "../data/split.ts";
import type { TrainConfig } from "./config.ts";
import { brier, ece, fitPlatt, logLoss, reliabilityBins, rocAuc, type ReliabilityBin } from "./metrics.ts";
import { packParams } from "./ensemble.ts";
import { adamState, adamwStep, cloneHead, headForward, headBackward, initHead, polyakUpdate, sigmoid, zeroGrads, type HeadGrads, type HeadItem } from "./network.ts";
import { checkOutcomeGroups } from "./config.ts";
import { groupLogits, groupStep, outcomeProbs } from "./outcome-groups.ts";
import { buildOutcomeGoals, configuredOutcomeGoals, indexEpisode, relabelTransition, setOutcomes, TextTable, type EpisodeRec, type GoalItem, type OutcomeGoal, type OutcomeGoalSpec, type OutcomeGroupRec, type OutcomeGroupSpec } from "./relabel.ts";
import { Rng } from "./rng.ts";
import type { Episode } from "./trajectory.ts";
import { buildEventGoals, eventLabels, type EventGoal, type EventGoalSpec } from "./events.ts";
import { episodeFingerprint, encodeFingerprints, MAX_FINGERPRINTS } from "./fingerprint.ts";
import { setPropensityWeights, type PropensityStats } from "./propensity.ts";
import { defaultThreads, trainMembers, type MemberJob } from "./parallel/members.ts";
import { shareTexts } from "./parallel/shared-texts.ts";
import { scoreWithWasm, tableLogits } from "./logits.ts";
import { lazyFeatureArray } from "./wasm/feature-cache.ts";

/** How to run training (not what is trained: the model file does not record it). docs/design/wasm-trainer.md. */
export interface TrainRun {
  /**
   * "js" (default): the reference trainer that made the shipped models; "wasm": SIMD kernels, members in
   * parallel threads, bounded feature memory, 7x the samples/s but, as measured (docs/design/wasm-trainer.md),
   * lower out-of-fold validation on the persuasion recipe, so not yet the default.
   */
  backend?: "wasm" | "js";
  /** Trainer threads of the wasm backend (default: one per core). */
  threads?: number;
  /** Bound of the text features kept in memory, per thread, in MB (wasm backend). */
  featureCacheMB?: number;
  /** Scalar twins instead of the SIMD kernels (wasm backend; for tests). */
  scalar?: boolean;
}
export const DEFAULT_FEATURE_CACHE_MB = 64;

export interface EpochStats {
  epoch: number;
  /** Ensemble member (0 when training one network). */
  member?: number;
  qLoss: number;
  vLoss: number;
  valLogLoss: number;
  valAuc: number;
  samples: number;
  seconds: number;
}

export interface OutcomeEval {
  n: number;
  auc: number;
  brier: number;
  ece: number;
  logLoss: number;
  bins: ReliabilityBin[];
}

export interface TrainResult {
  params: FloatCriticParams;
  goals: OutcomeGoal[];
  /** Exclusive outcome groups (config.outcomeGroups): written to the model file with the derived goals. */
  groups: OutcomeGroupRec[];
  primary: number;
  table: TextTable;
  history: EpochStats[];
  bestEpoch: number;
  /** Best epoch of each ensemble member, counted over all members' epochs in sequence. */
  bestEpochs: number[];
  calibration: { a: number; b: number } | null;
  /** Platt (a, b) of each ensemble member, fitted on its own validation episodes. */
  calibrations: Array<{ a: number; b: number }>;
  /** `after` is scored where the calibration was not fitted (afterMeasuredOn says how); both on folds that chose the epoch. */
  validation: { before: OutcomeEval; after: OutcomeEval; afterMeasuredOn: string };
  counts: { episodes: number; train: number; validation: number; heldoutExcluded: number; transitions: number; samplesSeen: number };
  seconds: number;
  samplesPerSecond: number;
  /** Most frequent thoughts of the training data (a thought bank for tasks without their own). */
  frequentThoughts: string[];
  task: string;
  validationEpisodes: EpisodeRec[];
  /** Optional inputs the states were built with (the union of the episodes' `meta.stateInputs`, e.g. "persuadee-profile"). */
  stateInputs: string[];
  /** The share of states that carry them, as the data builder recorded it (distinct `meta.profileRate` values). */
  stateInputRates: number[];
  /** Event goals (near-term reactions the logs label per step), in the bank after the outcome goals. */
  eventGoals: EventGoal[];
  /** Out-of-fold figures of each event goal (after calibration, measured on the fold Platt was fitted on). */
  eventValidation: Array<{ goal: string; n: number; rate: number; auc: number; ece: number }>;
  /** How well the thought was predicted from the state, when training was propensity-weighted. */
  propensity: PropensityStats | null;
  /** Which episodes trained the model: their count and fingerprints (fingerprint.ts; absent above MAX_FINGERPRINTS). */
  trainedEpisodes: { count: number; fingerprints?: string };
}

export interface TrainHooks {
  /** The task's own outcome goal bank, used when the config names none (e.g. persuasion's donation thresholds). */
  outcomeGoalsFor?(task: string): OutcomeGoalSpec[] | undefined;
  /** The task's own event goal bank (e.g. persuasion's reactions), used when the config names none. */
  eventGoalsFor?(task: string): EventGoalSpec[] | undefined;
  /** The task's own exclusive outcome groups, used when the config names none. */
  outcomeGroupsFor?(task: string): OutcomeGroupSpec[] | undefined;
  onStart?(totalEpochs: number, batchesPerEpoch: number): void;
  onBatch?(epoch: number, batch: number): void;
  onEpoch?(stats: EpochStats): void;
  /** Each member once trained (and calibrated), with the episodes it did not train on: for out-of-fold studies. */
  onMember?(member: number, q: FloatHead, hidden: [number, number], val: EpisodeRec[]): void;
  /** Start member m from these weights instead of random ones (`pnlc train --init`, src/learn/init.ts). */
  initMembers?(inputDim: number): FloatCriticParams[];
}

/** The optional state inputs of a set of episodes (`meta.stateInputs`, `meta.profileRate`): kept in the model, compared with a sibling's. */
export class StateInputs {
  private readonly inputs = new Set<string>();
  private readonly rates = new Set<number>();
  add(ep: Episode): void {
    const inputs = ep.meta?.stateInputs;
    if (Array.isArray(inputs)) for (const x of inputs) if (typeof x === "string") this.inputs.add(x);
    if (typeof ep.meta?.profileRate === "number") this.rates.add(ep.meta.profileRate);
  }
  result(): { stateInputs: string[]; stateInputRates: number[] } {
    return { stateInputs: [...this.inputs].sort(), stateInputRates: [...this.rates].sort((a, b) => a - b) };
  }
}

/** Reads the episodes (streamed: only interned texts and ids stay in memory) and trains. */
export async function trainIql(episodes: AsyncIterable<Episode> | Iterable<Episode>, cfg: TrainConfig, seed: number, hooks: TrainHooks = {}, run: TrainRun = {}): Promise<TrainResult> {
  const t0 = performance.now();
  const wasm = (run.backend ?? "js") === "wasm";
  const cacheBytes = (run.featureCacheMB ?? DEFAULT_FEATURE_CACHE_MB) * 2 ** 20;
  const encoder = { ...DEFAULT_HASH_ENCODER, dim: cfg.encoderDim };
  const table = wasm ? new TextTable(encoder, lazyFeatureArray(cacheBytes)) : new TextTable(encoder);
  if (wasm) scoreWithWasm(table);
  const recs: EpisodeRec[] = [];
  const outcomes: Array<Episode["outcome"]> = [];
  const thoughtCounts = new Map<string, number>();
  const tasks = new Map<string, number>();
  let heldoutExcluded = 0;
  const inputs = new StateInputs();
  const stepEvents: string[][][] = [];
  const fingerprints: number[] = [];
  for await (const ep of episodes) {
    if (cfg.heldoutPercent > 0 && isHeldout(ep.id, cfg.heldoutPercent)) {
      heldoutExcluded++;
      continue;
    }
    recs.push(indexEpisode(ep, table));
    stepEvents.push(ep.steps.map((s) => s.events ?? []));
    if (fingerprints.length <= MAX_FINGERPRINTS) fingerprints.push(episodeFingerprint(ep));
    outcomes.push(ep.outcome);
    tasks.set(ep.task, (tasks.get(ep.task) ?? 0) + 1);
    for (const s of ep.steps) thoughtCounts.set(s.thought, (thoughtCounts.get(s.thought) ?? 0) + 1);
    inputs.add(ep);
  }
  if (recs.length < 4) throw new Error(`training needs at least 4 episodes outside the held-out split, got ${recs.length}`);
  const task = [...tasks.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const goalSpecs = cfg.outcomeGoals ?? hooks.outcomeGoalsFor?.(task);
  const groupSpecs = cfg.outcomeGroups ?? hooks.outcomeGroupsFor?.(task) ?? [];
  if (groupSpecs.length && !goalSpecs) throw new Error("config.outcomeGoals: outcomeGroups need the bank goals derived from them (outcomeGoals with derivedFrom)");
  checkOutcomeGroups({ outcomeGroups: groupSpecs, outcomeGoals: goalSpecs });
  const { goals, primary, groups } = goalSpecs ? configuredOutcomeGoals(goalSpecs, table, groupSpecs) : buildOutcomeGoals(outcomes, table, cfg.maxOutcomeGoals);
  setOutcomes(recs, outcomes, goals, primary, groups);
  // the task's event bank only when the logs carry events (without them every label would be 0)
  const anyEvents = stepEvents.some((e) => e.some((s) => s.length));
  const eventSpecs = cfg.eventGoals ?? (anyEvents ? hooks.eventGoalsFor?.(task) : undefined);
  const eventGoals = eventSpecs || anyEvents ? buildEventGoals(eventSpecs, stepEvents.map((events, i) => ({ events, success: recs[i]!.label === 1 })), table, cfg.maxEventGoals) : [];
  recs.forEach((r, i) => (r.eventReached = eventLabels(stepEvents[i]!, eventGoals)));
  const propensity = cfg.deconfound === "propensity" ? setPropensityWeights(recs, table.texts, table.feats, table.encoder.dim, seed) : null;

  const rng = new Rng(seed);
  const order = rng.shuffle(recs.map((_, i) => i));
  const dim = table.encoder.dim;
  const K = cfg.ensemble;
  const memberHidden: [number, number] = [cfg.hidden[0] / K, cfg.hidden[1] / K];
  if (!Number.isInteger(memberHidden[0]) || !Number.isInteger(memberHidden[1])) throw new Error(`config.ensemble: ${K} does not divide hidden ${cfg.hidden.join("x")}`);
  // Validation episodes per member: with crossFit, member m holds out fold m of K (every episode is
  // validation for exactly one member, training for the others); otherwise one shared split.
  const crossFit = K > 1 && cfg.crossFit;
  const nVal = Math.max(1, Math.round(recs.length * cfg.validationFraction));
  const valOf = (m: number) => (crossFit ? order.filter((_, i) => i % K === m) : order.slice(0, nVal)).map((i) => recs[i]!);
  const members: FloatCriticParams[] = [];
  const history: EpochStats[] = [];
  const bestEpochs: number[] = [];
  const calibrations: Array<{ a: number; b: number }> = [];
  const oof = { before: { p: [] as number[], y: [] as number[] }, after: { p: [] as number[], y: [] as number[] } };
  const allVal = new Set<EpisodeRec>();
  const eventOof = eventGoals.map(() => ({ p: [] as number[], y: [] as number[] }));
  let samplesSeen = 0;
  let afterInFold = false;
  let transitionsPerMember = 0;
  let trainCount = 0;
  const init = hooks.initMembers?.(dim);
  const tMembers = performance.now();
  const pre = wasm ? await wasmMembers() : null;
  // members train side by side: their epochs' seconds add up to more than the time it took
  const parallelSeconds = pre ? (performance.now() - tMembers) / 1000 : null;
  async function wasmMembers() {
    const index = new Map(recs.map((e, i) => [e, i]));
    const jobs: MemberJob[] = Array.from({ length: K }, (_, m) => {
      const val = new Set(valOf(m));
      return { m, val: [...val].map((e) => index.get(e)!), train: recs.flatMap((e, i) => (val.has(e) ? [] : [i])), ...(init?.[m] ? { init: init[m]! } : {}) };
    });
    hooks.onStart?.(cfg.maxEpochs * K, Math.ceil(jobs[0]!.train.reduce((s, i) => s + recs[i]!.states.length, 0) / cfg.batchSize));
    const shared = { recs, goals, eventGoals, groups, primary, cfg, hidden: memberHidden, texts: shareTexts(table.texts), encoder: table.encoder, seed, cacheBytes, simd: !run.scalar };
    // in this thread the members read the table's features (one cache, one encoding of each text)
    return trainMembers(shared, jobs, run.threads ?? defaultThreads(), (m, st) => hooks.onEpoch?.({ ...st, epoch: m * cfg.maxEpochs + st.epoch }), (id) => table.feats[id]!);
  }
  for (let m = 0; m < K; m++) {
    const val = valOf(m);
    const valSet = new Set(val);
    val.forEach((e) => allVal.add(e));
    const train = recs.filter((e) => !valSet.has(e));
    trainCount = train.length;
    const transitions: Array<[EpisodeRec, number]> = train.flatMap((e) => e.states.map((_, t) => [e, t] as [EpisodeRec, number]));
    transitionsPerMember = transitions.length;
    if (m === 0 && !pre) hooks.onStart?.(cfg.maxEpochs * K, Math.ceil(transitions.length / cfg.batchSize));
    const r = pre ? pre[m]! : trainMember({ train, val, transitions, goals, eventGoals, groups, primary, table, cfg, hidden: memberHidden, rng, hooks, epochOffset: m * cfg.maxEpochs, init: init?.[m] });
    bestEpochs.push(history.length + r.bestEpoch); // in the running epoch count over members
    history.push(...r.history.map((h, i) => ({ ...h, epoch: history.length + i + 1, member: m })));
    samplesSeen += r.samples;
    const addOof = (q: FloatHead, into: { p: number[]; y: number[] }, eps: EpisodeRec[]) => {
      const { p, episode } = outcomeProbs(q, eps, goals[primary]!, groups, table, memberHidden);
      p.forEach((pi, i) => (into.p.push(pi), into.y.push(episode[i]!.label)));
    };
    addOof(r.q, oof.before, val);
    if (cfg.calibrate) {
      // "after calibration" is measured where Platt was not fitted: fit on one half of this member's
      // validation fold, score the other half, both ways (the fold also chose the epoch: see the report)
      const halves = [val.filter((_, i) => i % 2 === 0), val.filter((_, i) => i % 2 === 1)];
      if (halves[1]!.length > 0) for (const [fitOn, testOn] of [[halves[0]!, halves[1]!], [halves[1]!, halves[0]!]]) addOof(calibratedHead(r.q, fitCalibration(r.q, fitOn, goals, groups, table, memberHidden, eventGoals)), oof.after, testOn);
      else afterInFold = true;
      const c = fitCalibration(r.q, val, goals, groups, table, memberHidden, eventGoals);
      calibrations.push(c);
      const cq = calibratedHead(r.q, c);
      r.q.w3.set(cq.w3);
      r.q.b3.set(cq.b3);
      if (afterInFold) addOof(r.q, oof.after, val);
    } else addOof(r.q, oof.after, val);
    eventGoals.forEach((g, j) => {
      const o = outcomeLogits(r.q, val, g.id, table, memberHidden);
      o.z.forEach((zi, i) => (eventOof[j]!.p.push(sigmoid(zi)), eventOof[j]!.y.push(o.episode[i]!.eventReached![o.step[i]! * eventGoals.length + j]!)));
    });
    hooks.onMember?.(m, r.q, memberHidden, val);
    members.push({ inputDim: dim, hidden: memberHidden, q: r.q, v: r.v });
  }
  const packed = packParams(members);
  const { hidden, q, v } = packed;
  const metricsOf = (x: { p: number[]; y: number[] }): OutcomeEval => ({ n: x.p.length, auc: rocAuc(x.p, x.y), brier: brier(x.p, x.y), ece: ece(x.p, x.y), logLoss: logLoss(x.p, x.y), bins: reliabilityBins(x.p, x.y) });
  const before = metricsOf(oof.before);
  const after = metricsOf(oof.after);
  const calibration = calibrations.length === 1 ? calibrations[0]! : null;
  const val = [...allVal];
  const transitions = { length: transitionsPerMember };
  const train = { length: trainCount };
  const seconds = (performance.now() - t0) / 1000;
  const frequentThoughts = [...thoughtCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 16).map(([t]) => t);
  return {
    params: { inputDim: dim, hidden, q, v: v! },
    goals,
    groups,
    primary,
    table,
    history,
    bestEpoch: bestEpochs[0]!,
    bestEpochs,
    calibration,
    calibrations,
    validation: { before, after, afterMeasuredOn: afterInFold ? "the fold Platt was fitted on (too few validation episodes to split)" : "the other half of each validation fold (Platt fitted on one half, scored on the other)" },
    counts: { episodes: recs.length + heldoutExcluded, train: train.length, validation: val.length, heldoutExcluded, transitions: transitions.length, samplesSeen },
    seconds,
    samplesPerSecond: samplesSeen / (parallelSeconds ?? history.reduce((s, h) => s + h.seconds, 0)),
    frequentThoughts,
    task,
    validationEpisodes: val,
    ...inputs.result(),
    eventGoals,
    eventValidation: eventGoals.map((g, j) => ({ goal: g.text, n: eventOof[j]!.p.length, rate: eventOof[j]!.y.reduce((a, b) => a + b, 0) / Math.max(1, eventOof[j]!.y.length), auc: rocAuc(eventOof[j]!.p, eventOof[j]!.y), ece: ece(eventOof[j]!.p, eventOof[j]!.y) })),
    propensity,
    trainedEpisodes: { count: recs.length, ...(recs.length <= MAX_FINGERPRINTS ? { fingerprints: encodeFingerprints(fingerprints) } : {}) },
  };
}

interface MemberInput {
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
function trainMember(x: MemberInput): { q: FloatHead; v: FloatHead; history: EpochStats[]; bestEpoch: number; samples: number } {
  const { train, val, transitions, goals, eventGoals, groups, primary, table, cfg, hidden, rng, hooks } = x;
  const dim = table.encoder.dim;
  const q = x.init ? cloneHead(x.init.q) : initHead(dim, hidden, true, rng, cfg.initScale);
  const v = x.init?.v ? cloneHead(x.init.v) : initHead(dim, hidden, false, rng, cfg.initScale);
  const qTarget = cloneHead(q);
  const qGrads = zeroGrads(q, dim), vGrads = zeroGrads(v, dim);
  const qOpt = adamState(q), vOpt = adamState(v);
  const relabelOpt = { gamma: cfg.gamma, outcomeGamma: cfg.outcomeGamma, hindsightGoals: cfg.hindsightGoals, negativeGoals: cfg.negativeGoals, stateGoalWeight: cfg.stateGoalWeight };
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
function fitCalibration(q: FloatHead, eps: EpisodeRec[], goals: OutcomeGoal[], groups: OutcomeGroupRec[], table: TextTable, hidden: [number, number], events: EventGoal[] = []): { a: number; b: number } {
  const z: number[] = [], lab: number[] = [];
  goals.forEach((g, j) => {
    if (g.derivedFrom) return;
    const o = outcomeLogits(q, eps, g.id, table, hidden);
    o.z.forEach((zi, i) => (z.push(zi), lab.push(o.episode[i]!.reached[j]!)));
  });
  // event goals are calibrated with the rest (one Platt fit folded into the shared last layer)
  events.forEach((g, j) => {
    const o = outcomeLogits(q, eps, g.id, table, hidden);
    o.z.forEach((zi, i) => (z.push(zi), lab.push(o.episode[i]!.eventReached![o.step[i]! * events.length + j]!)));
  });
  const c = fitPlatt(z, lab, 50, groupLogits(q, eps, groups, table, hidden));
  return c.a >= 0 ? c : { a: 0, b: 0 };
}

/** A copy of the head with sigmoid(a z + b) folded into its last layer. */
export function calibratedHead(q: FloatHead, c: { a: number; b: number }): FloatHead {
  const out = cloneHead(q);
  out.w3.forEach((w, i) => (out.w3[i] = w * c.a));
  out.b3[0] = out.b3[0]! * c.a + c.b;
  return out;
}

function outcomeLogits(q: FloatHead, eps: EpisodeRec[], goal: number, table: TextTable, hidden: [number, number]) {
  const items: HeadItem[] = [];
  const episode: EpisodeRec[] = [];
  const step: number[] = [];
  for (const e of eps) e.states.forEach((s, t) => (items.push({ state: s, thought: e.thoughts[t]!, goal }), episode.push(e), step.push(t)));
  const z: number[] = [];
  for (let i = 0; i < items.length; i += 256) z.push(...tableLogits(q, hidden, table, items.slice(i, i + 256)));
  return { z, episode, step };
}

/** Q toward the primary outcome goal at every step of the given episodes, against the realised outcome (e.label). */
export function evaluateOutcome(q: FloatHead, eps: EpisodeRec[], goal: OutcomeGoal, groups: OutcomeGroupRec[], table: TextTable, hidden: [number, number]): OutcomeEval {
  const { p, episode } = outcomeProbs(q, eps, goal, groups, table, hidden);
  const y = episode.map((e) => e.label);
  return { n: p.length, auc: rocAuc(p, y), brier: brier(p, y), ece: ece(p, y), logLoss: logLoss(p, y), bins: reliabilityBins(p, y) };
}
