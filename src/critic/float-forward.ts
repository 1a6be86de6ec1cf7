/**
 * The float32 reference network in plain JS: the oracle for int8 agreement, the trainer's report path
 * and the js-f32 benchmark. Same structure as the int8 path: first-layer partial products once per
 * text, then per (thought, goal) pair relu(Ps + Pt + Pg + b1) -> relu(W2 h + b2) -> sigmoid(w3 h + b3).
 */
import { CriticError } from "./errors.ts";
import { applyOutcomePlan, planOutcomes } from "./outcome-plan.ts";
import type { EncodedInput, FloatCriticParams, FloatHead, ModelMeta } from "./types.ts";

/** x · W where W is [inputDim, H] row-major (row = input feature): an embedding bag for sparse x. */
export function firstLayerPartial(w: Float32Array, h1: number, x: EncodedInput): Float32Array {
  const out = new Float32Array(h1);
  if (x instanceof Float32Array) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i]!;
      if (v === 0) continue;
      const row = i * h1;
      for (let j = 0; j < h1; j++) out[j]! += v * w[row + j]!;
    }
  } else {
    for (let k = 0; k < x.indices.length; k++) {
      const v = x.values[k]!;
      const row = x.indices[k]! * h1;
      for (let j = 0; j < h1; j++) out[j]! += v * w[row + j]!;
    }
  }
  return out;
}

function headTail(head: FloatHead, h1: number, h2: number, pre: Float32Array, hidden: Float32Array, logits: boolean): number {
  for (let o = 0; o < h2; o++) {
    let acc = head.b2[o]!;
    const row = o * h1;
    for (let j = 0; j < h1; j++) acc += head.w2[row + j]! * pre[j]!;
    hidden[o] = acc > 0 ? acc : 0;
  }
  let z = head.b3[0]!;
  for (let o = 0; o < h2; o++) z += head.w3[o]! * hidden[o]!;
  return logits ? z : 1 / (1 + Math.exp(-z));
}

function scorePairs(head: FloatHead, params: FloatCriticParams, s: EncodedInput, thoughts: (EncodedInput | null)[], goals: EncodedInput[], logits = false): Float32Array {
  const [h1, h2] = params.hidden;
  const ps = firstLayerPartial(head.w1.state, h1, s);
  const pt = thoughts.map((t) => (t && head.w1.thought ? firstLayerPartial(head.w1.thought, h1, t) : new Float32Array(h1)));
  const pg = goals.map((g) => firstLayerPartial(head.w1.goal, h1, g));
  const out = new Float32Array(thoughts.length * goals.length);
  const pre = new Float32Array(h1);
  const hidden = new Float32Array(h2);
  for (let t = 0; t < thoughts.length; t++)
    for (let g = 0; g < goals.length; g++) {
      for (let j = 0; j < h1; j++) {
        const a = ps[j]! + pt[t]![j]! + pg[g]![j]! + head.b1[j]!;
        pre[j] = a > 0 ? a : 0;
      }
      out[t * goals.length + g] = headTail(head, h1, h2, pre, hidden, logits);
    }
  return out;
}

/** Q(s, t, g) for every pair, row-major by thought (index t * G + g). */
export function floatScoreQ(params: FloatCriticParams, state: EncodedInput, thoughts: EncodedInput[], goals: EncodedInput[]): Float32Array {
  return scorePairs(params.q, params, state, thoughts, goals);
}

/** V(s, g) for each goal. */
export function floatScoreV(params: FloatCriticParams, state: EncodedInput, goals: EncodedInput[]): Float32Array {
  if (!params.v) throw new CriticError("no_v_head", "the float parameters carry no v head");
  return scorePairs(params.v, params, state, [null], goals);
}

/** The logits behind floatScoreQ / floatScoreV (what an outcome group's softmax reads). */
export function floatLogitsQ(params: FloatCriticParams, state: EncodedInput, thoughts: EncodedInput[], goals: EncodedInput[]): Float32Array {
  return scorePairs(params.q, params, state, thoughts, goals, true);
}

/**
 * Q against text goals with the model's outcome groups applied (docs/model-format.md): the float
 * reference of WasmCritic.scoreQ. `encode` is the model's text encoder; `thoughts` null scores V.
 */
export function floatScoreGoals(params: FloatCriticParams, meta: Pick<ModelMeta, "goals" | "outcomeGroups">, encode: (text: string) => EncodedInput, state: EncodedInput, thoughts: EncodedInput[] | null, goals: string[]): Float32Array {
  const plan = planOutcomes(meta, goals);
  const head = thoughts ? params.q : params.v;
  if (!head) throw new CriticError("no_v_head", "the float parameters carry no v head");
  const ts = thoughts ?? [null];
  if (!plan) return scorePairs(head, params, state, ts, goals.map(encode));
  const net = plan.net.map((n) => encode("request" in n ? goals[n.request]! : meta.outcomeGroups![n.group]!.outcomes[n.outcome]!));
  return applyOutcomePlan(scorePairs(head, params, state, ts, net, true), ts.length, plan);
}
