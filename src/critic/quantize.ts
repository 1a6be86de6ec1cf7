/**
 * Float critic -> int8 model file (docs/model-format.md): symmetric int8, round(w / scale) in
 * [-127, 127], float biases. The first layer's blocks get one scale per input row (an embedding-bag
 * row: a hashed feature), W2 one per output channel. Before quantizing, |w3| is folded into W2's rows
 * and b2 (relu is positively homogeneous: w3[o] relu(z) = sign(w3[o]) relu(|w3[o]| z)), so w3 becomes
 * exactly +-1 and only W2 carries rounding error there. The result computes the same function as the
 * float network up to rounding.
 */
import { CriticError } from "./errors.ts";
import { validateNetwork, validateOutcomeGroups } from "./meta-schema.ts";
import { FORMAT_VERSION, writeModelFile, type NamedTensor } from "./model-file.ts";
import type { FloatCriticParams, FloatHead, ModelMeta, NetworkSpec } from "./types.ts";

function quantizeValue(w: number, scale: number): number {
  if (scale === 0) return 0;
  const q = Math.round(w / scale);
  return q > 127 ? 127 : q < -127 ? -127 : q;
}

function checkLength(name: string, a: Float32Array | undefined, n: number): Float32Array {
  if (!(a instanceof Float32Array) || a.length !== n) throw new CriticError("inconsistent_dims", `float param ${name} must be a Float32Array of ${n} values, got ${a?.length}`);
  for (let i = 0; i < n; i++) if (!Number.isFinite(a[i]!)) throw new CriticError("bad_scale", `float param ${name}[${i}] is ${a[i]}`);
  return a;
}

function quantizeHead(prefix: "q" | "v", head: FloatHead, inputDim: number, h1: number, h2: number): NamedTensor[] {
  const blocks: Array<[string, Float32Array]> = [["state", head.w1.state]];
  if (prefix === "q") blocks.push(["thought", head.w1.thought as Float32Array]);
  blocks.push(["goal", head.w1.goal]);
  for (const [b, w] of blocks) checkLength(`${prefix}.w1.${b}`, w, inputDim * h1);
  // One scale per input row of each block (rows of a bag differ a lot in magnitude: frequent features
  // train larger); the per-output-channel scale stays in the format, all ones here.
  const out: NamedTensor[] = [];
  for (const [b, w] of blocks) {
    const q = new Int8Array(inputDim * h1);
    const rowScale = new Float32Array(inputDim);
    for (let i = 0; i < inputDim; i++) {
      let m = 0;
      for (let j = 0; j < h1; j++) m = Math.max(m, Math.abs(w[i * h1 + j]!));
      // row scales must be > 0: an all-zero (or denormal) row keeps scale 1 and int8 weights 0
      rowScale[i] = m / 127;
      if (!(rowScale[i]! > 0)) rowScale[i] = 1;
      const s = rowScale[i]!;
      for (let j = 0; j < h1; j++) q[i * h1 + j] = quantizeValue(w[i * h1 + j]!, s);
    }
    out.push({ name: `${prefix}.w1.${b}`, dtype: "i8", shape: [inputDim, h1], data: q });
    out.push({ name: `${prefix}.w1.${b}.rowscale`, dtype: "f32", shape: [inputDim], data: rowScale });
  }
  out.push({ name: `${prefix}.w1.scale`, dtype: "f32", shape: [h1], data: new Float32Array(h1).fill(1) });
  out.push({ name: `${prefix}.b1`, dtype: "f32", shape: [h1], data: Float32Array.from(checkLength(`${prefix}.b1`, head.b1, h1)) });

  const w2 = checkLength(`${prefix}.w2`, head.w2, h2 * h1);
  const b2 = checkLength(`${prefix}.b2`, head.b2, h2);
  const w3 = checkLength(`${prefix}.w3`, head.w3, h2);
  const s2 = new Float32Array(h2);
  const q2 = new Int8Array(h2 * h1);
  const b2f = new Float32Array(h2);
  const q3 = new Int8Array(h2);
  for (let o = 0; o < h2; o++) {
    const a = Math.abs(w3[o]!);
    let m = 0;
    for (let j = 0; j < h1; j++) m = Math.max(m, a * Math.abs(w2[o * h1 + j]!));
    s2[o] = m / 127;
    for (let j = 0; j < h1; j++) q2[o * h1 + j] = quantizeValue(a * w2[o * h1 + j]!, s2[o]!);
    b2f[o] = a * b2[o]!;
    q3[o] = w3[o]! > 0 ? 127 : w3[o]! < 0 ? -127 : 0;
  }
  out.push({ name: `${prefix}.w2`, dtype: "i8", shape: [h2, h1], data: q2 });
  out.push({ name: `${prefix}.w2.scale`, dtype: "f32", shape: [h2], data: s2 });
  out.push({ name: `${prefix}.b2`, dtype: "f32", shape: [h2], data: b2f });
  out.push({ name: `${prefix}.w3`, dtype: "i8", shape: [h2], data: q3 });
  out.push({ name: `${prefix}.w3.scale`, dtype: "f32", shape: [1], data: Float32Array.of(1 / 127) });
  out.push({ name: `${prefix}.b3`, dtype: "f32", shape: [1], data: Float32Array.from(checkLength(`${prefix}.b3`, head.b3, 1)) });
  return out;
}

/** Quantizes float params and writes a complete, validated model file. */
export function quantizeCritic(params: FloatCriticParams, meta: Omit<ModelMeta, "format" | "version" | "tensors" | "network">): Uint8Array {
  validateOutcomeGroups({ version: 2, goals: meta.goals, outcomeGroups: meta.outcomeGroups });
  const network: NetworkSpec = { inputDim: params.inputDim, hidden: [params.hidden[0], params.hidden[1]], heads: params.v ? ["q", "v"] : ["q"] };
  validateNetwork({ encoder: meta.encoder, network });
  const [h1, h2] = network.hidden;
  if (!params.q.w1.thought) throw new CriticError("inconsistent_dims", "the q head needs w1.thought");
  const tensors = quantizeHead("q", params.q, params.inputDim, h1, h2);
  if (params.v) tensors.push(...quantizeHead("v", params.v, params.inputDim, h1, h2));
  // the lowest version that holds the content: a model without outcome groups stays readable by version-1 runtimes
  const { outcomeGroups, ...rest } = meta;
  const version = outcomeGroups?.length || meta.goals.some((g) => g.derivedFrom) ? FORMAT_VERSION : 1;
  return writeModelFile({ format: "pnlc", version, ...rest, ...(outcomeGroups?.length ? { outcomeGroups } : {}), network }, tensors);
}
