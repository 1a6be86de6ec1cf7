/**
 * Goal-conditioned implicit Q-learning (IQL) over relabelled goals (docs/design/iql-trainer.md):
 *   Q(s,t,g) <- r + gamma_g * V(s',g)           (BCE on the sigmoid output; gamma_g = outcomeGamma, default 1, for outcome goals;
 *                                                with nextThoughtMix m > 0, (1 - m) V(s',g) + m Qtarget(s',t',g), t' the next thought taken)
 *   V(s,g)   <- expectile_tau of Qtarget(s,t,g)  (Qtarget: Polyak-averaged copy of Q)
 * Split by episode into train / validation; early stopping on the validation log loss of Q toward the
 * primary outcome goal; optional Platt calibration folded into Q's last layer. With `ensemble: K`, K
 * smaller (Q, V) pairs are trained on K cross-fit folds and packed into one network (ensemble.ts).
 * Deterministic per seed. The JS member loop and IQL step are in js-member.ts, calibration in calibration.ts;
 * the wasm backend in wasm/ and parallel/.
 */
import type { FloatCriticParams, FloatHead } from "../critic/types.ts";
import { DEFAULT_HASH_ENCODER } from "../critic/encoder/hash.ts";
import { isHeldout } from "../data/split.ts";
import type { TrainConfig } from "./config.ts";
import { brier, ece, logLoss, reliabilityBins, rocAuc, type ReliabilityBin } from "./metrics.ts";
import { packParams } from "./ensemble.ts";
import { checkOutcomeGroups } from "./config.ts";
import { buildOutcomeGoals, configuredOutcomeGoals, indexEpisode, setOutcomes, TextTable, type EpisodeRec, type OutcomeGoal, type OutcomeGoalSpec, type OutcomeGroupRec, type OutcomeGroupSpec } from "./relabel.ts";
import { Rng } from "./rng.ts";
import type { Episode } from "./trajectory.ts";
import { buildEventGoals, eventLabels, type EventGoal, type EventGoalSpec } from "./events.ts";
import { episodeFingerprint, encodeFingerprints, MAX_FINGERPRINTS } from "./fingerprint.ts";
import { setPropensityWeights, type PropensityStats } from "./propensity.ts";
import { defaultThreads, trainMembers, type MemberJob } from "./parallel/members.ts";
import { shareTexts } from "./parallel/shared-texts.ts";
import { scoreWithWasm } from "./logits.ts";
import { lazyFeatureArray } from "./wasm/feature-cache.ts";
import { trainMember } from "./js-member.ts";
import { addOof, afterMeasuredOn, calibratedHead, fitCalibration, foldCalibration, pooledCalibration, type CalibrationContext, type OofSink } from "./calibration.ts";

export { iqlStep, type Nets } from "./js-member.ts";
export { calibratedHead, evaluateOutcome } from "./calibration.ts";

/** How to run training (not what is trained: the model file does not record it). docs/design/wasm-trainer.md. */
export interface TrainRun {
  /**
   * "wasm" (default): SIMD kernels, members in parallel threads, bounded feature memory, 7x the samples/s,
   * the same validation figures within seed noise (docs/design/wasm-trainer.md); "js": the reference
   * trainer, which made the shipped models (pass it to reproduce them).
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
  /** Out-of-fold figures of each event goal after calibration (platt-member: on the fold Platt was fitted on; pooled: cross-fitted halves). */
  eventValidation: Array<{ goal: string; n: number; rate: number; auc: number; ece: number }>;
  /** How well the thought was predicted from the state, when training was propensity-weighted. */
  propensity: PropensityStats | null;
  /** Which episodes trained the model: their count and fingerprints (fingerprint.ts; absent above MAX_FINGERPRINTS). */
  trainedEpisodes: { count: number; fingerprints?: string };
  /** Which trainer ran and on how many threads (the report says so beside its timings). */
  trainer: { backend: "wasm" | "js"; threads: number };
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
  const wasm = (run.backend ?? "wasm") === "wasm";
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
  let pooled: { a: number; b: number } | null = null;
  const folds: Array<{ q: FloatHead; v: FloatHead; val: EpisodeRec[] }> = [];
  const oof = { before: { p: [] as number[], y: [] as number[] }, after: { p: [] as number[], y: [] as number[] } };
  const allVal = new Set<EpisodeRec>();
  const eventOof = eventGoals.map(() => ({ p: [] as number[], y: [] as number[] }));
  const ctx: CalibrationContext = { goals, primary, groups, events: eventGoals, table, hidden: memberHidden };
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
    const sink = (into: { p: number[]; y: number[] }): OofSink => ({ primary: into, events: eventOof });
    addOof(r.q, val, sink(oof.before), ctx, "primary");
    if (cfg.calibration === "platt-member") {
      // "after calibration" is measured where Platt was not fitted: fit on one half of this member's
      // validation fold, score the other half, both ways (the fold also chose the epoch: see the report)
      const halves = [val.filter((_, i) => i % 2 === 0), val.filter((_, i) => i % 2 === 1)];
      if (halves[1]!.length > 0) for (const [fitOn, testOn] of [[halves[0]!, halves[1]!], [halves[1]!, halves[0]!]]) addOof(calibratedHead(r.q, fitCalibration(r.q, fitOn, goals, groups, table, memberHidden, eventGoals)), testOn, sink(oof.after), ctx, "primary");
      else afterInFold = true;
      const c = fitCalibration(r.q, val, goals, groups, table, memberHidden, eventGoals);
      calibrations.push(c);
      foldCalibration(r.q, c);
      if (afterInFold) addOof(r.q, val, sink(oof.after), ctx, "primary");
      // event figures: after calibration, on the fold it was fitted on (eventValidation says so)
      addOof(r.q, val, sink(oof.after), ctx, "events");
    } else if (cfg.calibration === "none") addOof(r.q, val, sink(oof.after), ctx);
    folds.push({ q: r.q, v: r.v, val });
  }
  if (cfg.calibration === "pooled") {
    // one (a, b) for the packed ensemble from all members' out-of-fold predictions (calibration.ts)
    const fit = pooledCalibration(folds, ctx, { primary: oof.after, events: eventOof });
    afterInFold = fit.inFold;
    pooled = fit.c;
    for (const f of folds) {
      foldCalibration(f.q, fit.c);
      if (fit.inFold) addOof(f.q, f.val, { primary: oof.after, events: eventOof }, ctx);
    }
  }
  folds.forEach((f, m) => {
    hooks.onMember?.(m, f.q, memberHidden, f.val);
    members.push({ inputDim: dim, hidden: memberHidden, q: f.q, v: f.v });
  });
  const packed = packParams(members);
  const { hidden, q, v } = packed;
  const metricsOf = (x: { p: number[]; y: number[] }): OutcomeEval => ({ n: x.p.length, auc: rocAuc(x.p, x.y), brier: brier(x.p, x.y), ece: ece(x.p, x.y), logLoss: logLoss(x.p, x.y), bins: reliabilityBins(x.p, x.y) });
  const before = metricsOf(oof.before);
  const after = metricsOf(oof.after);
  const calibration = pooled ?? (calibrations.length === 1 ? calibrations[0]! : null);
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
    validation: { before, after, afterMeasuredOn: afterMeasuredOn(cfg.calibration, afterInFold) },
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
    // trainMembers runs min(threads, members) workers; the JS reference trains its members in this thread
    trainer: wasm ? { backend: "wasm", threads: Math.min(run.threads ?? defaultThreads(), K) } : { backend: "js", threads: 1 },
  };
}
