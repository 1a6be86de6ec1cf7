/**
 * One ensemble member trained by the Wasm kernels: the loop of src/train/iql.ts trainMember (shuffle,
 * relabel per batch, IQL step, AdamW, Polyak; early stopping on the validation log loss of Q toward the
 * primary outcome goal), with the member's own seeded random stream so that members can train in any
 * order or in parallel and give the same result.
 */
import type { SparseFeatures } from "../../critic/encoder/hash.ts";
import type { FloatHead } from "../../critic/types.ts";
import type { TrainConfig } from "../config.ts";
import type { EventGoal } from "../events.ts";
import type { EpochStats } from "../iql.ts";
import { logLoss, rocAuc } from "../metrics.ts";
import { initHead, type HeadItem } from "../network.ts";
import { softmaxRun } from "../outcome-groups.ts";
import { relabelInto, type EpisodeRec, type OutcomeGoal, type OutcomeGroupRec } from "../relabel.ts";
import { Rng } from "../rng.ts";
import { ItemBatch } from "./items.ts";
import { WasmNets } from "./step.ts";

export interface WasmMemberInput {
  train: EpisodeRec[];
  val: EpisodeRec[];
  goals: OutcomeGoal[];
  eventGoals: EventGoal[];
  groups: OutcomeGroupRec[];
  primary: number;
  cfg: TrainConfig;
  hidden: [number, number];
  dim: number;
  textCount: number;
  features: (id: number) => SparseFeatures;
  seed: number;
  /** Draw from this stream instead of the member's own (Rng(seed)): the JS trainer's, to check the two loops agree. */
  rng?: Rng;
  init?: { q: FloatHead; v?: FloatHead };
  simd?: boolean;
  onEpoch?(stats: EpochStats): void;
}

export interface MemberOutput {
  q: FloatHead;
  v: FloatHead;
  history: EpochStats[];
  bestEpoch: number;
  samples: number;
}

/** Member m's random stream: a function of the run's seed and m only (not of the order members run in). */
export function memberSeed(seed: number, m: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(m + 1, 0x85ebca77)) >>> 0;
}

export function trainMemberWasm(x: WasmMemberInput): MemberOutput {
  const { train, val, goals, eventGoals, groups, primary, cfg, hidden } = x;
  const rng = x.rng ?? new Rng(x.seed);
  const q = x.init ? x.init.q : initHead(x.dim, hidden, true, rng, cfg.initScale);
  const v = x.init?.v ?? initHead(x.dim, hidden, false, rng, cfg.initScale);
  const nets = new WasmNets(x.dim, hidden, x.textCount, x.features, x.simd ?? true);
  nets.init(q, v);
  const transitions: Array<[EpisodeRec, number]> = train.flatMap((e) => e.states.map((_, t) => [e, t] as [EpisodeRec, number]));
  const relabelOpt = { gamma: cfg.gamma, outcomeGamma: cfg.outcomeGamma, hindsightGoals: cfg.hindsightGoals, negativeGoals: cfg.negativeGoals, stateGoalWeight: cfg.stateGoalWeight, eventGoalWeight: cfg.eventGoalWeight };
  const batches = Math.ceil(transitions.length / cfg.batchSize);
  const items = new ItemBatch(cfg.batchSize * 16);
  const history: EpochStats[] = [];
  let best = { loss: Infinity, epoch: 0, q: nets.q.snapshot(), v: nets.v.snapshot() };
  let samples = 0;
  for (let epoch = 1; epoch <= cfg.maxEpochs; epoch++) {
    const te = performance.now();
    rng.shuffle(transitions);
    let qLossSum = 0, vLossSum = 0, wSum = 0;
    for (let b = 0; b < batches; b++) {
      items.reset();
      for (let i = b * cfg.batchSize; i < Math.min(transitions.length, (b + 1) * cfg.batchSize); i++) {
        const [e, t] = transitions[i]!;
        relabelInto(items, e, t, goals, train, relabelOpt, rng, groups, eventGoals);
      }
      const s = nets.step(items, cfg, groups);
      nets.update(cfg);
      qLossSum += s.qLoss;
      vLossSum += s.vLoss;
      wSum += s.weight;
      samples += items.n;
    }
    const ev = outcomeEval(nets, val, goals[primary]!, groups);
    const stats: EpochStats = { epoch, qLoss: qLossSum / wSum, vLoss: vLossSum / wSum, valLogLoss: ev.logLoss, valAuc: ev.auc, samples, seconds: (performance.now() - te) / 1000 };
    history.push(stats);
    x.onEpoch?.(stats);
    if (ev.logLoss < best.loss - 1e-5) best = { loss: ev.logLoss, epoch, q: nets.q.snapshot(), v: nets.v.snapshot() };
    else if (epoch - best.epoch >= cfg.patience) break;
  }
  return { q: nets.q.toFloatHead(best.q), v: nets.v.toFloatHead(best.v), history, bestEpoch: best.epoch, samples };
}

/** Log loss and AUC of Q toward the goal at every validation step (outcome-groups.ts outcomeProbs, scored in Wasm). */
function outcomeEval(nets: WasmNets, eps: EpisodeRec[], goal: OutcomeGoal, groups: OutcomeGroupRec[]): { logLoss: number; auc: number } {
  const d = goal.derivedFrom;
  const group = d ? groups.find((g) => g.name === d.group)! : null;
  const inputs = group ? group.outcomes.map((o) => o.id) : [goal.id];
  const items: HeadItem[] = [];
  const y: number[] = [];
  for (const e of eps)
    e.states.forEach((s, t) => {
      for (const g of inputs) items.push({ state: s, thought: e.thoughts[t]!, goal: g });
      y.push(e.label);
    });
  const z = nets.logits("q", items);
  const n = inputs.length;
  const p = y.map((_, i) => {
    if (!group) return 1 / (1 + Math.exp(-z[i]!));
    const dist = softmaxRun(z, i * n, n);
    return d!.outcomes.reduce((a, k) => a + dist[k]!, 0);
  });
  return { logLoss: logLoss(p, y), auc: rocAuc(p, y) };
}
