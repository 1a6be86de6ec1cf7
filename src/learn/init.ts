/**
 * `pnlc train --init MODEL`: continue from a model file instead of random weights. The file's int8
 * weights are dequantized and, for an ensemble, unpacked into its K members (the inverse of
 * src/train/ensemble.ts; every member gets the packed mean bias, which keeps the ensemble's logit),
 * so that each member of the new run starts from its counterpart.
 */
import { dequantizeModel } from "../critic/dequantize.ts";
import { readModelFile } from "../critic/model-file.ts";
import type { FloatCriticParams, FloatHead } from "../critic/types.ts";

export function unpackHead(packed: FloatHead, inputDim: number, H1: number, H2: number, K: number): FloatHead[] {
  const h1 = H1 / K, h2 = H2 / K;
  return Array.from({ length: K }, (_, k) => {
    const w1 = (w: Float32Array | undefined) => {
      if (!w) return undefined;
      const out = new Float32Array(inputDim * h1);
      for (let i = 0; i < inputDim; i++) out.set(w.subarray(i * H1 + k * h1, i * H1 + (k + 1) * h1), i * h1);
      return out;
    };
    const w2 = new Float32Array(h2 * h1);
    for (let o = 0; o < h2; o++) w2.set(packed.w2.subarray((k * h2 + o) * H1 + k * h1, (k * h2 + o) * H1 + (k + 1) * h1), o * h1);
    const thought = w1(packed.w1.thought);
    return {
      w1: { state: w1(packed.w1.state)!, ...(thought ? { thought } : {}), goal: w1(packed.w1.goal)! },
      b1: packed.b1.slice(k * h1, (k + 1) * h1),
      w2,
      b2: packed.b2.slice(k * h2, (k + 1) * h2),
      w3: packed.w3.slice(k * h2, (k + 1) * h2).map((x) => x * K),
      b3: Float32Array.of(packed.b3[0]!),
    };
  });
}

/** The K member networks to start from, or an Error naming what does not match the run's config. */
export function initMembers(bytes: Uint8Array, cfg: { hidden: [number, number]; ensemble: number }, inputDim: number): FloatCriticParams[] {
  const params = dequantizeModel(readModelFile(bytes));
  const [H1, H2] = params.hidden;
  if (params.inputDim !== inputDim) throw new Error(`--init: the model's input dimension is ${params.inputDim}, this run's encoder gives ${inputDim}`);
  if (H1 !== cfg.hidden[0] || H2 !== cfg.hidden[1]) throw new Error(`--init: the model's hidden sizes are ${H1}x${H2}, the config asks ${cfg.hidden.join("x")}`);
  if (!params.v) throw new Error("--init: the model has no value head (v)");
  const K = cfg.ensemble;
  const q = unpackHead(params.q, inputDim, H1, H2, K);
  const v = unpackHead(params.v, inputDim, H1, H2, K);
  return q.map((qk, k) => ({ inputDim, hidden: [H1 / K, H2 / K], q: qk, v: v[k]! }));
}
