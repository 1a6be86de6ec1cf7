/**
 * The doubly robust estimate's outcome model Q(s, a): the episode's outcome predicted from the
 * logged step's state and the candidate thought, fitted on the logged outcomes themselves and shared
 * by the two critics being compared (a line in each critic's own score would inherit that critic's
 * optimism: a critic that overrates its picks would also overrate its own DR baseline).
 * Logistic regression with soft labels (the outcome value in [0, 1]) over hashed n-grams of the
 * state, of the thought, and of the thought keyed by the step index (what a thought is worth depends
 * on how far the episode has come), fitted by SGD. Cross-fitted: each episode's Q comes from the
 * model fitted on the other half of the episodes, so an episode's own outcome never predicts itself.
 */
import { DEFAULT_HASH_ENCODER, encodeHashed, type SparseFeatures } from "../critic/encoder/hash.ts";
import { Rng } from "../train/rng.ts";

export interface OutcomeRow { episode: number; state: string; step: number; thought: string; outcome: number }
export type OutcomeModel = (episode: number, state: string, step: number, thought: string) => number;

const DIM = DEFAULT_HASH_ENCODER.dim;

function features(state: string, step: number, thought: string): SparseFeatures {
  const parts = [encodeHashed(state), encodeHashed(thought), encodeHashed(`step ${Math.min(step, 30)} ${thought}`)];
  const n = parts.reduce((s, p) => s + p.indices.length, 0);
  const indices = new Int32Array(n), values = new Float32Array(n);
  let k = 0;
  parts.forEach((p, b) => {
    for (let i = 0; i < p.indices.length; i++, k++) (indices[k] = p.indices[i]! + b * DIM), (values[k] = p.values[i]!);
  });
  return { indices, values };
}

function fitLogistic(data: Array<{ x: SparseFeatures; y: number }>, seed: number, epochs = 6, lr = 0.3, l2 = 1e-4): (x: SparseFeatures) => number {
  const w = new Float32Array(3 * DIM);
  const mean = data.reduce((s, d) => s + d.y, 0) / Math.max(1, data.length);
  let b = Math.log(Math.max(1e-3, mean) / Math.max(1e-3, 1 - mean)); // start at the base rate
  const predict = (x: SparseFeatures) => {
    let z = b;
    for (let k = 0; k < x.indices.length; k++) z += w[x.indices[k]!]! * x.values[k]!;
    return 1 / (1 + Math.exp(-z));
  };
  const rng = new Rng(seed), order = data.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    rng.shuffle(order);
    const step = lr / (1 + ep);
    for (const i of order) {
      const { x, y } = data[i]!;
      const g = predict(x) - y; // cross-entropy gradient with a soft label
      b -= step * g;
      for (let k = 0; k < x.indices.length; k++) w[x.indices[k]!] = w[x.indices[k]!]! * (1 - step * l2) - step * g * x.values[k]!;
    }
  }
  return predict;
}

/** Fits the cross-fitted outcome model on the logged (chosen) steps; episodes are split in two halves by index parity. */
export function fitOutcomeModel(rows: OutcomeRow[], seed = 1): OutcomeModel {
  const folds = [0, 1].map((f) => fitLogistic(rows.filter((r) => r.episode % 2 !== f).map((r) => ({ x: features(r.state, r.step, r.thought), y: Math.min(1, Math.max(0, r.outcome)) })), seed + f));
  const cache = new Map<string, number>();
  return (episode, state, step, thought) => {
    const key = `${episode % 2}\u0000${step}\u0000${state}\u0000${thought}`;
    let q = cache.get(key);
    if (q === undefined) cache.set(key, (q = folds[episode % 2]!(features(state, step, thought))));
    return q;
  };
}
