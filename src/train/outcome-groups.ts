/**
 * The trainer's side of exclusive outcome groups (docs/design/outcome-distribution.md): the IQL targets
 * and losses of a group's run of items, and outcome probabilities read through a group's softmax.
 *   Q: softmax cross-entropy toward y = m_mc * onehot(realised) + (1 - m_mc) * boot, where boot is the
 *      softmax of V(s', outcomes) (mixed with the target Q at the next thought, nextThoughtMix) and the
 *      last step's target is the realised one-hot.
 *   V: cross-entropy toward the target Q's distribution, weighted tau when that thought's expected
 *      utility is above V's and 1 - tau below: for one Bernoulli outcome its fixed point is exactly the
 *      tau-expectile IQL fits, and for a group it stays a distribution.
 */
import type { FloatHead } from "../critic/types.ts";
import type { HeadItem } from "./network.ts";
import { tableLogits } from "./logits.ts";
import type { EpisodeRec, GoalItem, OutcomeGoal, OutcomeGroupRec, TextTable } from "./relabel.ts";

/** Softmax of z[start .. start + n) (float64). */
export function softmaxRun(z: ArrayLike<number>, start: number, n: number): number[] {
  let m = -Infinity;
  for (let k = 0; k < n; k++) m = Math.max(m, z[start + k]!);
  const e = Array.from({ length: n }, (_, k) => Math.exp(z[start + k]! - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

export interface GroupStepInput {
  items: GoalItem[];
  /** Index of the run's first item; the run holds the group's outcomes in order. */
  start: number;
  utilities: number[];
  /** Logits of V(s', outcomes) (and of the target Q at the next thought), or null at the last step. */
  vNext: number[] | null;
  qNext: number[] | null;
  qOnline: ArrayLike<number>;
  qTarget: ArrayLike<number>;
  vOnline: ArrayLike<number>;
  cfg: { tau: number; outcomeMcMix: number; nextThoughtMix: number };
}

/** Losses of one group run and the gradients on its logits (to be divided by the batch weight). */
export function groupStep(x: GroupStepInput): { qLoss: number; vLoss: number; dq: number[]; dv: number[] } {
  const n = x.utilities.length;
  const onehot = Array.from({ length: n }, (_, k) => x.items[x.start + k]!.realised ?? 0);
  let y = onehot;
  if (x.vNext) {
    const v = softmaxRun(x.vNext, 0, n);
    const m = x.cfg.nextThoughtMix;
    const q = x.qNext ? softmaxRun(x.qNext, 0, n) : null;
    const boot = v.map((vk, k) => (q ? (1 - m) * vk + m * q[k]! : vk));
    y = boot.map((b, k) => x.cfg.outcomeMcMix * onehot[k]! + (1 - x.cfg.outcomeMcMix) * b);
  }
  const p = softmaxRun(x.qOnline, x.start, n);
  const qt = softmaxRun(x.qTarget, x.start, n);
  const pv = softmaxRun(x.vOnline, x.start, n);
  const utility = (d: number[]) => d.reduce((a, dk, k) => a + dk * x.utilities[k]!, 0);
  const w = utility(qt) - utility(pv) < 0 ? 1 - x.cfg.tau : x.cfg.tau;
  let qLoss = 0, vLoss = 0;
  for (let k = 0; k < n; k++) {
    qLoss -= y[k]! * Math.log(Math.max(p[k]!, 1e-7));
    vLoss -= w * qt[k]! * Math.log(Math.max(pv[k]!, 1e-7));
  }
  return { qLoss, vLoss, dq: p.map((pk, k) => pk - y[k]!), dv: pv.map((pk, k) => w * (pk - qt[k]!)) };
}

/**
 * P(goal) at every step of the episodes, with the realised label: the sigmoid of the goal's own logit,
 * or for a derived goal the sum of its outcomes' shares of the group's softmax.
 */
export function outcomeProbs(q: FloatHead, eps: EpisodeRec[], goal: OutcomeGoal, groups: OutcomeGroupRec[], table: TextTable, hidden: [number, number]): { p: number[]; episode: EpisodeRec[] } {
  const d = goal.derivedFrom;
  const group = d ? groups.find((g) => g.name === d.group)! : null;
  const inputs = group ? group.outcomes.map((o) => o.id) : [goal.id];
  const items: HeadItem[] = [];
  const episode: EpisodeRec[] = [];
  for (const e of eps)
    e.states.forEach((s, t) => {
      for (const g of inputs) items.push({ state: s, thought: e.thoughts[t]!, goal: g });
      episode.push(e);
    });
  const z: number[] = [];
  const chunk = 256 * inputs.length;
  for (let i = 0; i < items.length; i += chunk) z.push(...tableLogits(q, hidden, table, items.slice(i, i + chunk)));
  const n = inputs.length;
  const p = episode.map((_, i) => {
    if (!group) return 1 / (1 + Math.exp(-z[i]!));
    const dist = softmaxRun(z, i * n, n);
    return d!.outcomes.reduce((a, k) => a + dist[k]!, 0);
  });
  return { p, episode };
}

/** Logits of every group's outcomes at every step, with the realised bucket: what calibration fits on. */
export function groupLogits(q: FloatHead, eps: EpisodeRec[], groups: OutcomeGroupRec[], table: TextTable, hidden: [number, number]): Array<{ z: number[]; y: number }> {
  const out: Array<{ z: number[]; y: number }> = [];
  groups.forEach((g, gi) => {
    const items: HeadItem[] = [];
    const ys: number[] = [];
    for (const e of eps)
      e.states.forEach((s, t) => {
        for (const o of g.outcomes) items.push({ state: s, thought: e.thoughts[t]!, goal: o.id });
        ys.push(e.buckets[gi]!);
      });
    const z = tableLogits(q, hidden, table, items);
    const n = g.outcomes.length;
    ys.forEach((y, i) => out.push({ z: Array.from(z.subarray(i * n, (i + 1) * n)), y }));
  });
  return out;
}
