/**
 * Packs K independently trained heads of hidden [h1, h2] into one head of hidden [K*h1, K*h2] whose
 * logit is the members' mean logit: first layers side by side, W2 block-diagonal, w3 divided by K.
 * The model file keeps its one-network layout, and the runtime serves the ensemble unchanged.
 */
import type { FloatCriticParams, FloatHead } from "../critic/types.ts";

export function packHeads(members: FloatHead[], inputDim: number, h1: number, h2: number): FloatHead {
  const K = members.length;
  const H1 = K * h1, H2 = K * h2;
  const w1 = (pick: (h: FloatHead) => Float32Array | undefined) => {
    if (!pick(members[0]!)) return undefined;
    const out = new Float32Array(inputDim * H1);
    members.forEach((m, k) => {
      const w = pick(m)!;
      for (let i = 0; i < inputDim; i++) out.set(w.subarray(i * h1, (i + 1) * h1), i * H1 + k * h1);
    });
    return out;
  };
  const w2 = new Float32Array(H2 * H1);
  members.forEach((m, k) => {
    for (let o = 0; o < h2; o++) w2.set(m.w2.subarray(o * h1, (o + 1) * h1), (k * h2 + o) * H1 + k * h1);
  });
  const cat = (pick: (h: FloatHead) => Float32Array) => {
    const out = new Float32Array(members.reduce((s, m) => s + pick(m).length, 0));
    let off = 0;
    for (const m of members) (out.set(pick(m), off), (off += pick(m).length));
    return out;
  };
  const thought = w1((h) => h.w1.thought);
  return {
    w1: { state: w1((h) => h.w1.state)!, ...(thought ? { thought } : {}), goal: w1((h) => h.w1.goal)! },
    b1: cat((h) => h.b1),
    w2,
    b2: cat((h) => h.b2),
    w3: cat((h) => h.w3).map((x) => x / K),
    b3: Float32Array.of(members.reduce((s, m) => s + m.b3[0]!, 0) / K),
  };
}

export function packParams(members: FloatCriticParams[]): FloatCriticParams {
  if (members.length === 1) return members[0]!;
  const [h1, h2] = members[0]!.hidden;
  const dim = members[0]!.inputDim;
  const q = packHeads(members.map((m) => m.q), dim, h1, h2);
  const v = members[0]!.v ? packHeads(members.map((m) => m.v!), dim, h1, h2) : undefined;
  return { inputDim: dim, hidden: [h1 * members.length, h2 * members.length], q, ...(v ? { v } : {}) };
}
