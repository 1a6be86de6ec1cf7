/**
 * How a request's goals map onto the network's logits when the model has exclusive outcome groups
 * (format version 2; docs/model-format.md). A goal whose text is a derived bank goal's, or an outcome
 * of a group, is read from its group's softmax; any other goal gets the sigmoid of its own logit. The
 * network scores each ungrouped goal once and every outcome of each group the request touches once.
 * The Wasm kernel (assembly/kernels/outcome_probs_f32.ts) and the float reference (applyOutcomePlan)
 * carry out the same plan.
 */
import type { ModelMeta } from "./types.ts";

/** One network goal input: the request's own goal i, or outcome k of group g (scored on its text). */
export type NetGoal = { request: number } | { group: number; outcome: number };

/** One output column: the sigmoid of network column `column`, or the sum over `mask`'s outcomes of group `group`'s softmax. */
export type PlanOutput = { column: number } | { group: number; mask: number };

export interface OutcomePlan {
  net: NetGoal[];
  /** Per group touched: its first network column and its outcome count (outcomes are contiguous). */
  groups: Array<{ first: number; count: number }>;
  outputs: PlanOutput[];
}

/** text -> (group index, outcome mask) for every derived bank goal and every group outcome of a model. */
export function groupedTexts(meta: Pick<ModelMeta, "goals" | "outcomeGroups">): Map<string, { group: number; mask: number }> {
  const groups = meta.outcomeGroups ?? [];
  const out = new Map<string, { group: number; mask: number }>();
  groups.forEach((g, gi) => g.outcomes.forEach((text, k) => out.set(text, { group: gi, mask: 1 << k })));
  for (const goal of meta.goals) {
    const d = goal.derivedFrom;
    if (!d) continue;
    const gi = groups.findIndex((g) => g.name === d.group);
    // a derived goal's own text wins over nothing else: outcome texts are unique, checked at load
    if (!out.has(goal.text)) out.set(goal.text, { group: gi, mask: d.outcomes.reduce((m, k) => m | (1 << k), 0) });
  }
  return out;
}

/**
 * The plan for a list of goals (`null` for an input that cannot be matched by text, e.g. a vector), or
 * null when no goal touches a group: then every output is the plain sigmoid, exactly as in version 1.
 */
export function planOutcomes(meta: Pick<ModelMeta, "goals" | "outcomeGroups">, goals: Array<string | null>, grouped = groupedTexts(meta)): OutcomePlan | null {
  if (!meta.outcomeGroups?.length) return null;
  const hits = goals.map((g) => (g === null ? undefined : grouped.get(g)));
  if (hits.every((h) => h === undefined)) return null;
  const net: NetGoal[] = [];
  const columnOf = new Map<number, number>();
  goals.forEach((_, i) => {
    if (hits[i] === undefined) (columnOf.set(i, net.length), net.push({ request: i }));
  });
  const groupSlot = new Map<number, number>();
  const groups: OutcomePlan["groups"] = [];
  for (const h of hits) {
    if (h === undefined || groupSlot.has(h.group)) continue;
    const count = meta.outcomeGroups[h.group]!.outcomes.length;
    groupSlot.set(h.group, groups.length);
    groups.push({ first: net.length, count });
    for (let k = 0; k < count; k++) net.push({ group: h.group, outcome: k });
  }
  const outputs = hits.map((h, i): PlanOutput => (h === undefined ? { column: columnOf.get(i)! } : { group: groupSlot.get(h.group)!, mask: h.mask }));
  return { net, groups, outputs };
}

/** The plan as the Wasm kernel reads it: nGroups, nOut, (first, count) per group, (kind, a, b) per output. */
export function packPlan(plan: OutcomePlan): Int32Array {
  const words = [plan.groups.length, plan.outputs.length];
  for (const g of plan.groups) words.push(g.first, g.count);
  for (const o of plan.outputs) words.push(...("column" in o ? [0, o.column, 0] : [1, o.group, o.mask | 0]));
  return Int32Array.from(words);
}

/** The float reference of the kernel: probabilities [nT, outputs] from logits [nT, net] (float64 math). */
export function applyOutcomePlan(logits: ArrayLike<number>, nT: number, plan: OutcomePlan): Float32Array {
  const nN = plan.net.length, nOut = plan.outputs.length;
  const out = new Float32Array(nT * nOut);
  for (let t = 0; t < nT; t++) {
    const z = (c: number) => logits[t * nN + c]!;
    const e = plan.groups.map(({ first, count }) => {
      let m = -Infinity;
      for (let k = 0; k < count; k++) m = Math.max(m, z(first + k));
      return Array.from({ length: count }, (_, k) => Math.exp(z(first + k) - m));
    });
    const sums = e.map((xs) => xs.reduce((a, b) => a + b, 0));
    plan.outputs.forEach((o, c) => {
      if ("column" in o) out[t * nOut + c] = 1 / (1 + Math.exp(-z(o.column)));
      else out[t * nOut + c] = e[o.group]!.reduce((a, x, k) => a + ((o.mask >>> k) & 1 ? x : 0), 0) / sums[o.group]!;
    });
  }
  return out;
}
