/**
 * Model file -> float params holding exactly the int8 weights times their scales. Comparing the int8
 * runtime against floatScoreQ on these isolates the runtime's own error (int8 activations) from the
 * weight quantization error (which belongs to the model and is reported by the trainer).
 */
import type { ModelFile } from "./model-file.ts";
import type { FloatCriticParams, FloatHead } from "./types.ts";

export function dequantizeModel(file: ModelFile): FloatCriticParams {
  const { inputDim, hidden, heads } = file.meta.network;
  const [h1, h2] = hidden;
  const t = (name: string) => file.tensors.get(name)!;
  const head = (h: "q" | "v"): FloatHead => {
    const s1 = t(`${h}.w1.scale`) as Float32Array;
    const w1 = (block: string) => {
      const q = t(`${h}.w1.${block}`) as Int8Array;
      const r = file.tensors.get(`${h}.w1.${block}.rowscale`) as Float32Array | undefined; // absent: all ones
      const out = new Float32Array(inputDim * h1);
      for (let i = 0; i < inputDim; i++) for (let j = 0; j < h1; j++) out[i * h1 + j] = q[i * h1 + j]! * (r ? r[i]! : 1) * s1[j]!;
      return out;
    };
    const s2 = t(`${h}.w2.scale`) as Float32Array;
    const q2 = t(`${h}.w2`) as Int8Array;
    const w2 = new Float32Array(h2 * h1);
    for (let o = 0; o < h2; o++) for (let j = 0; j < h1; j++) w2[o * h1 + j] = q2[o * h1 + j]! * s2[o]!;
    const s3 = (t(`${h}.w3.scale`) as Float32Array)[0]!;
    return {
      w1: { state: w1("state"), thought: h === "q" ? w1("thought") : undefined, goal: w1("goal") },
      b1: Float32Array.from(t(`${h}.b1`) as Float32Array),
      w2,
      b2: Float32Array.from(t(`${h}.b2`) as Float32Array),
      w3: Float32Array.from(t(`${h}.w3`) as Int8Array, (w) => w * s3),
      b3: Float32Array.from(t(`${h}.b3`) as Float32Array),
    };
  };
  return { inputDim, hidden: [h1, h2], q: head("q"), v: heads.includes("v") ? head("v") : undefined };
}
