/**
 * Hand-written forward/backward for one critic head in the FloatCriticParams layout (src/critic/types.ts):
 *   z = w3 · relu(W2 · relu(W1s x_s [+ W1t x_t] + W1g x_g + b1) + b2) + b3,  p = sigmoid(z)
 * The first layer is an embedding bag over hashed sparse features: a text's partial product
 * (sum_j x_j * W1[idx_j, :]) is computed once per batch however many goals it is paired with, and its
 * gradient touches only the rows of its features, so AdamW updates only those rows (lazy, sparse).
 */
import type { SparseFeatures } from "../critic/encoder/hash.ts";
import type { FloatHead } from "../critic/types.ts";
import type { Rng } from "./rng.ts";

export type Block = "state" | "thought" | "goal";
export interface HeadItem {
  state: number;
  thought?: number;
  goal: number;
}

export interface Tape {
  items: HeadItem[];
  h1: Float32Array; // [n, H1] post-ReLU
  h2: Float32Array; // [n, H2] post-ReLU
  partials: Map<Block, Map<number, Float32Array>>;
}

export function initHead(inputDim: number, hidden: [number, number], withThought: boolean, rng: Rng, initScale: number): FloatHead {
  const [h1, h2] = hidden;
  const gauss = (n: number, sd: number) => Float32Array.from({ length: n }, () => rng.normal() * sd);
  const blocks = withThought ? 3 : 2;
  const sd1 = initScale / Math.sqrt(blocks);
  return {
    w1: { state: gauss(inputDim * h1, sd1), ...(withThought ? { thought: gauss(inputDim * h1, sd1) } : {}), goal: gauss(inputDim * h1, sd1) },
    b1: new Float32Array(h1).fill(0.05),
    w2: gauss(h2 * h1, Math.sqrt(2 / h1)),
    b2: new Float32Array(h2).fill(0.05),
    w3: gauss(h2, 0.1 / Math.sqrt(h2)),
    b3: new Float32Array(1),
  };
}

export function cloneHead(h: FloatHead): FloatHead {
  return {
    w1: { state: h.w1.state.slice(), ...(h.w1.thought ? { thought: h.w1.thought.slice() } : {}), goal: h.w1.goal.slice() },
    b1: h.b1.slice(),
    w2: h.w2.slice(),
    b2: h.b2.slice(),
    w3: h.w3.slice(),
    b3: h.b3.slice(),
  };
}

/** Dense tensors of a head in a fixed order (w1 blocks first), for the optimiser and Polyak averaging. */
export function headTensors(h: FloatHead): Float32Array[] {
  return [h.w1.state, ...(h.w1.thought ? [h.w1.thought] : []), h.w1.goal, h.b1, h.w2, h.b2, h.w3, h.b3];
}

export function polyakUpdate(target: FloatHead, online: FloatHead, rate: number): void {
  const t = headTensors(target);
  const o = headTensors(online);
  for (let k = 0; k < t.length; k++) {
    const a = t[k]!;
    const b = o[k]!;
    for (let i = 0; i < a.length; i++) a[i]! += rate * (b[i]! - a[i]!);
  }
}

function partial(w: Float32Array, h1: number, x: SparseFeatures): Float32Array {
  const out = new Float32Array(h1);
  for (let j = 0; j < x.indices.length; j++) {
    const v = x.values[j]!;
    const row = x.indices[j]! * h1;
    for (let k = 0; k < h1; k++) out[k]! += v * w[row + k]!;
  }
  return out;
}

/** Logits for a batch; with `keepTape`, what backward() needs. */
export function headForward(head: FloatHead, hidden: [number, number], texts: SparseFeatures[], items: HeadItem[], keepTape: boolean): { z: Float32Array; tape?: Tape } {
  const [H1, H2] = hidden;
  const n = items.length;
  const partials = new Map<Block, Map<number, Float32Array>>([["state", new Map()], ["thought", new Map()], ["goal", new Map()]]);
  const get = (block: Block, id: number) => {
    const cache = partials.get(block)!;
    let p = cache.get(id);
    if (!p) {
      const w = block === "state" ? head.w1.state : block === "thought" ? head.w1.thought! : head.w1.goal;
      cache.set(id, (p = partial(w, H1, texts[id]!)));
    }
    return p;
  };
  const z = new Float32Array(n);
  const h1 = new Float32Array(n * H1);
  const h2 = new Float32Array(n * H2);
  const { b1, w2, b2, w3, b3 } = head;
  for (let i = 0; i < n; i++) {
    const it = items[i]!;
    const ps = get("state", it.state);
    const pg = get("goal", it.goal);
    const pt = it.thought !== undefined ? get("thought", it.thought) : null;
    const o1 = i * H1;
    for (let k = 0; k < H1; k++) {
      const a = ps[k]! + pg[k]! + (pt ? pt[k]! : 0) + b1[k]!;
      h1[o1 + k] = a > 0 ? a : 0;
    }
    const o2 = i * H2;
    let acc = b3[0]!;
    for (let o = 0; o < H2; o++) {
      let a = b2[o]!;
      const row = o * H1;
      for (let k = 0; k < H1; k++) a += w2[row + k]! * h1[o1 + k]!;
      const r = a > 0 ? a : 0;
      h2[o2 + o] = r;
      acc += w3[o]! * r;
    }
    z[i] = acc;
  }
  return keepTape ? { z, tape: { items, h1, h2, partials } } : { z };
}

/** Gradient buffers (same layout as the head) plus which w1 rows were touched since the last step. */
export interface HeadGrads {
  g: FloatHead;
  touched: { state: Uint8Array; thought?: Uint8Array; goal: Uint8Array };
}

export function zeroGrads(head: FloatHead, inputDim: number): HeadGrads {
  const z = (a: Float32Array) => new Float32Array(a.length);
  return {
    g: { w1: { state: z(head.w1.state), ...(head.w1.thought ? { thought: z(head.w1.thought) } : {}), goal: z(head.w1.goal) }, b1: z(head.b1), w2: z(head.w2), b2: z(head.b2), w3: z(head.w3), b3: z(head.b3) },
    touched: { state: new Uint8Array(inputDim), ...(head.w1.thought ? { thought: new Uint8Array(inputDim) } : {}), goal: new Uint8Array(inputDim) },
  };
}

/** Accumulates gradients of sum_i dz[i] * z[i] into `grads`. */
export function headBackward(head: FloatHead, hidden: [number, number], texts: SparseFeatures[], tape: Tape, dz: Float32Array, grads: HeadGrads): void {
  const [H1, H2] = hidden;
  const { g } = grads;
  const dP = new Map<Block, Map<number, Float32Array>>([["state", new Map()], ["thought", new Map()], ["goal", new Map()]]);
  const addTo = (block: Block, id: number, d: Float32Array) => {
    const m = dP.get(block)!;
    const acc = m.get(id);
    if (acc) for (let k = 0; k < H1; k++) acc[k]! += d[k]!;
    else m.set(id, d.slice());
  };
  const da2 = new Float32Array(H2);
  const da1 = new Float32Array(H1);
  for (let i = 0; i < tape.items.length; i++) {
    const d = dz[i]!;
    if (d === 0) continue;
    const o1 = i * H1;
    const o2 = i * H2;
    g.b3[0]! += d;
    for (let o = 0; o < H2; o++) {
      const h = tape.h2[o2 + o]!;
      g.w3[o]! += d * h;
      da2[o] = h > 0 ? d * head.w3[o]! : 0;
    }
    da1.fill(0);
    for (let o = 0; o < H2; o++) {
      const a = da2[o]!;
      if (a === 0) continue;
      g.b2[o]! += a;
      const row = o * H1;
      for (let k = 0; k < H1; k++) {
        g.w2[row + k]! += a * tape.h1[o1 + k]!;
        da1[k]! += a * head.w2[row + k]!;
      }
    }
    for (let k = 0; k < H1; k++) {
      if (tape.h1[o1 + k]! <= 0) da1[k] = 0;
      g.b1[k]! += da1[k]!;
    }
    const it = tape.items[i]!;
    addTo("state", it.state, da1);
    addTo("goal", it.goal, da1);
    if (it.thought !== undefined) addTo("thought", it.thought, da1);
  }
  for (const [block, m] of dP) {
    const gw = block === "state" ? g.w1.state : block === "thought" ? g.w1.thought : g.w1.goal;
    const touched = block === "state" ? grads.touched.state : block === "thought" ? grads.touched.thought : grads.touched.goal;
    if (!gw || !touched) continue;
    for (const [id, d] of m) {
      const x = texts[id]!;
      for (let j = 0; j < x.indices.length; j++) {
        const v = x.values[j]!;
        const r = x.indices[j]!;
        touched[r] = 1;
        const row = r * H1;
        for (let k = 0; k < H1; k++) gw[row + k]! += v * d[k]!;
      }
    }
  }
}

export interface AdamState {
  m: Float32Array[];
  v: Float32Array[];
  t: number;
}

export function adamState(head: FloatHead): AdamState {
  return { m: headTensors(head).map((a) => new Float32Array(a.length)), v: headTensors(head).map((a) => new Float32Array(a.length)), t: 0 };
}

/**
 * AdamW step. Dense tensors update everywhere; w1 blocks only on touched rows (lazy Adam: untouched
 * rows keep their moments, and weight decay is applied when a row is used). Gradients are zeroed.
 * `w1Eps`: Adam's epsilon for the first layer. Plain Adam moves the weight of a feature seen twice as
 * far as that of a feature seen in every batch, which memorises rare n-grams; a larger epsilon keeps
 * rare features' steps small (SGD-like) while frequent ones stay normalised.
 */
export function adamwStep(head: FloatHead, grads: HeadGrads, st: AdamState, lr: number, weightDecay: number, H1: number, w1Eps = 1e-8): void {
  const b1 = 0.9, b2 = 0.999;
  st.t++;
  const c1 = 1 - Math.pow(b1, st.t);
  const c2 = 1 - Math.pow(b2, st.t);
  const params = headTensors(head);
  const gs = headTensors(grads.g);
  const rowMasks = [grads.touched.state, ...(grads.touched.thought ? [grads.touched.thought] : []), grads.touched.goal];
  const update = (k: number, from: number, to: number, decay: number, eps = 1e-8) => {
    const p = params[k]!, g = gs[k]!, m = st.m[k]!, v = st.v[k]!;
    for (let i = from; i < to; i++) {
      const gi = g[i]!;
      m[i] = b1 * m[i]! + (1 - b1) * gi;
      v[i] = b2 * v[i]! + (1 - b2) * gi * gi;
      p[i] = p[i]! * (1 - lr * decay) - (lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + eps);
      g[i] = 0;
    }
  };
  rowMasks.forEach((mask, k) => {
    for (let r = 0; r < mask.length; r++) {
      if (!mask[r]) continue;
      update(k, r * H1, (r + 1) * H1, weightDecay, w1Eps);
      mask[r] = 0;
    }
  });
  for (let k = rowMasks.length; k < params.length; k++) update(k, 0, params[k]!.length, k === rowMasks.length + 1 ? weightDecay : 0); // decay w2 only, not biases
  // w3 and biases are not decayed: they set the output scale that calibration relies on
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
