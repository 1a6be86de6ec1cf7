/**
 * Float critic -> int8 model file: symmetric per-output-channel int8 (round(w / scale) in [-127, 127],
 * scale = max|w| / 127), float biases, as in docs/model-format.md.
 */
import { CriticError } from "./errors.ts";
import { validateNetwork } from "./meta-schema.ts";
import { writeModelFile, type NamedTensor } from "./model-file.ts";
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
  // One scale per first-layer output channel, shared by the blocks (their partials are summed before scaling).
  const s1 = new Float32Array(h1);
  for (const [, w] of blocks)
    for (let i = 0; i < inputDim; i++)
      for (let j = 0; j < h1; j++) s1[j] = Math.max(s1[j]!, Math.abs(w[i * h1 + j]!));
  for (let j = 0; j < h1; j++) s1[j]! /= 127;
  const out: NamedTensor[] = blocks.map(([b, w]) => {
    const q = new Int8Array(inputDim * h1);
    for (let i = 0; i < inputDim; i++) for (let j = 0; j < h1; j++) q[i * h1 + j] = quantizeValue(w[i * h1 + j]!, s1[j]!);
    return { name: `${prefix}.w1.${b}`, dtype: "i8", shape: [inputDim, h1], data: q };
  });
  out.push({ name: `${prefix}.w1.scale`, dtype: "f32", shape: [h1], data: s1 });
  out.push({ name: `${prefix}.b1`, dtype: "f32", shape: [h1], data: Float32Array.from(checkLength(`${prefix}.b1`, head.b1, h1)) });

  const w2 = checkLength(`${prefix}.w2`, head.w2, h2 * h1);
  const s2 = new Float32Array(h2);
  const q2 = new Int8Array(h2 * h1);
  for (let o = 0; o < h2; o++) {
    let m = 0;
    for (let j = 0; j < h1; j++) m = Math.max(m, Math.abs(w2[o * h1 + j]!));
    s2[o] = m / 127;
    for (let j = 0; j < h1; j++) q2[o * h1 + j] = quantizeValue(w2[o * h1 + j]!, s2[o]!);
  }
  out.push({ name: `${prefix}.w2`, dtype: "i8", shape: [h2, h1], data: q2 });
  out.push({ name: `${prefix}.w2.scale`, dtype: "f32", shape: [h2], data: s2 });
  out.push({ name: `${prefix}.b2`, dtype: "f32", shape: [h2], data: Float32Array.from(checkLength(`${prefix}.b2`, head.b2, h2)) });

  const w3 = checkLength(`${prefix}.w3`, head.w3, h2);
  let m3 = 0;
  for (let o = 0; o < h2; o++) m3 = Math.max(m3, Math.abs(w3[o]!));
  const s3 = new Float32Array([m3 / 127]);
  out.push({ name: `${prefix}.w3`, dtype: "i8", shape: [h2], data: Int8Array.from(w3, (w) => quantizeValue(w, s3[0]!)) });
  out.push({ name: `${prefix}.w3.scale`, dtype: "f32", shape: [1], data: s3 });
  out.push({ name: `${prefix}.b3`, dtype: "f32", shape: [1], data: Float32Array.from(checkLength(`${prefix}.b3`, head.b3, 1)) });
  return out;
}

/** Quantizes float params and writes a complete, validated model file. */
export function quantizeCritic(params: FloatCriticParams, meta: Omit<ModelMeta, "format" | "version" | "tensors" | "network">): Uint8Array {
  const network: NetworkSpec = { inputDim: params.inputDim, hidden: [params.hidden[0], params.hidden[1]], heads: params.v ? ["q", "v"] : ["q"] };
  validateNetwork({ encoder: meta.encoder, network });
  const [h1, h2] = network.hidden;
  if (!params.q.w1.thought) throw new CriticError("inconsistent_dims", "the q head needs w1.thought");
  const tensors = quantizeHead("q", params.q, params.inputDim, h1, h2);
  if (params.v) tensors.push(...quantizeHead("v", params.v, params.inputDim, h1, h2));
  return writeModelFile({ format: "pnlc", version: 1, ...meta, network }, tensors);
}
