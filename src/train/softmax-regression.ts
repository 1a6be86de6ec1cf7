import type { SparseFeatures } from "../critic/encoder/hash.ts";
import type { Rng } from "./rng.ts";

/**
 * Softmax regression over sparse features by SGD (a few epochs, step lr / (1 + epoch), light L2 on the
 * weights touched): small classifiers of the method (the propensity of a logged thought given the state,
 * the persuadee-reaction tagger). Returns the fitted model's class probabilities.
 */
export function fitSoftmax(data: Array<{ x: SparseFeatures; c: number }>, C: number, dim: number, rng: Rng, epochs = 4, lr = 0.2, l2 = 1e-4): (x: SparseFeatures) => Float64Array {
  const w = new Float32Array(dim * C), b = new Float32Array(C);
  const probs = (x: SparseFeatures) => {
    const z = new Float64Array(C);
    for (let c = 0; c < C; c++) {
      let s = b[c]!;
      for (let k = 0; k < x.indices.length; k++) s += w[x.indices[k]! * C + c]! * x.values[k]!;
      z[c] = s;
    }
    let m = -Infinity, sum = 0;
    for (const v of z) m = Math.max(m, v);
    for (let c = 0; c < C; c++) sum += z[c] = Math.exp(z[c]! - m);
    for (let c = 0; c < C; c++) z[c]! /= sum;
    return z;
  };
  const order = data.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    rng.shuffle(order);
    const step = lr / (1 + ep);
    for (const i of order) {
      const { x, c: y } = data[i]!;
      const p = probs(x);
      p[y]! -= 1;
      for (let c = 0; c < C; c++) {
        const g = p[c]!;
        b[c]! -= step * g;
        for (let k = 0; k < x.indices.length; k++) {
          const at = x.indices[k]! * C + c;
          w[at] = w[at]! * (1 - step * l2) - step * g * x.values[k]!;
        }
      }
    }
  }
  return probs;
}
