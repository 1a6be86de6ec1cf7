/**
 * A critic head (FloatHead layout, src/critic/types.ts) in the trainer's linear memory: one flat f32
 * tensor in headTensors order [w1 blocks, b1, w2, b2, w3, b3], so Polyak averaging and copies are one
 * call, plus (for trained heads) gradients, Adam moments and the first layer's touched-row marks.
 */
import type { FloatHead } from "../../critic/types.ts";
import type { TrainerArena } from "./module.ts";

export type BlockName = "state" | "thought" | "goal";

export class WasmHead {
  readonly blocks: BlockName[];
  readonly size: number;
  readonly p: number;
  /** Gradients, Adam moments and touched marks (one byte per feature row and block); 0 when not trained. */
  readonly g: number;
  readonly m: number;
  readonly v: number;
  readonly touched: number;
  /** Adam's per-step coefficients (3 x f32[4]: first layer, undecayed, decayed). */
  private readonly coef: number;
  readonly b1: number;
  readonly w2: number;
  readonly b2: number;
  readonly w3: number;
  readonly b3: number;
  constructor(readonly arena: TrainerArena, readonly dim: number, readonly h1: number, readonly h2: number, withThought: boolean, trained: boolean) {
    this.blocks = withThought ? ["state", "thought", "goal"] : ["state", "goal"];
    const w1 = this.blocks.length * dim * h1;
    this.size = w1 + h1 + h2 * h1 + h2 + h2 + 1;
    this.p = arena.alloc(this.size * 4);
    this.g = trained ? arena.alloc(this.size * 4) : 0;
    this.m = trained ? arena.alloc(this.size * 4) : 0;
    this.v = trained ? arena.alloc(this.size * 4) : 0;
    this.touched = trained ? arena.alloc(this.blocks.length * dim) : 0;
    this.coef = trained ? arena.alloc(48) : 0;
    this.b1 = this.p + w1 * 4;
    this.w2 = this.b1 + h1 * 4;
    this.b2 = this.w2 + h2 * h1 * 4;
    this.w3 = this.b2 + h2 * 4;
    this.b3 = this.w3 + h2 * 4;
  }
  /** Byte offset of a first-layer block inside a flat tensor (params, grads or moments). */
  w1(base: number, block: BlockName): number {
    const k = this.blocks.indexOf(block);
    if (k < 0) throw new Error(`this head has no ${block} block`);
    return base + k * this.dim * this.h1 * 4;
  }
  touchedOf(block: BlockName): number {
    return this.touched + this.blocks.indexOf(block) * this.dim;
  }
  tensors(head: FloatHead): Float32Array[] {
    return [head.w1.state, ...(this.blocks.includes("thought") ? [head.w1.thought!] : []), head.w1.goal, head.b1, head.w2, head.b2, head.w3, head.b3];
  }
  load(head: FloatHead): void {
    const flat = this.arena.f32(this.p, this.size);
    let o = 0;
    for (const t of this.tensors(head)) (flat.set(t, o), (o += t.length));
    if (o !== this.size) throw new Error(`head shape mismatch: ${o} floats for a ${this.size}-float layout`);
  }
  copyFrom(other: WasmHead): void {
    this.arena.f32(this.p, this.size).set(other.arena.f32(other.p, other.size));
  }
  snapshot(): Float32Array {
    return this.arena.f32(this.p, this.size).slice();
  }
  restore(flat: Float32Array): void {
    this.arena.f32(this.p, this.size).set(flat);
  }
  /** The head as a FloatHead (copies). */
  toFloatHead(flat: Float32Array = this.arena.f32(this.p, this.size)): FloatHead {
    const { dim, h1, h2 } = this;
    let o = 0;
    const take = (n: number) => flat.slice(o, (o += n));
    const state = take(dim * h1);
    const thought = this.blocks.includes("thought") ? take(dim * h1) : undefined;
    const goal = take(dim * h1);
    return { w1: { state, ...(thought ? { thought } : {}), goal }, b1: take(h1), w2: take(h2 * h1), b2: take(h2), w3: take(h2), b3: take(1) };
  }
  /** Sparse AdamW (src/train/network.ts adamwStep, in f32); zeroes the gradients. */
  adamw(t: number, lr: number, weightDecay: number, w1Eps: number, simd: boolean): void {
    const x = this.arena.x;
    const c1 = 1 - Math.pow(0.9, t), c2 = 1 - Math.pow(0.999, t);
    const k = this.coef;
    const ks = this.arena.f32(k, 12);
    ks.set([1 - lr * weightDecay, lr / c1, 1 / c2, w1Eps, 1, lr / c1, 1 / c2, 1e-8, 1 - lr * weightDecay, lr / c1, 1 / c2, 1e-8]);
    const rowBytes = this.dim * this.h1 * 4;
    this.blocks.forEach((_, b) => x.adamw_rows(this.p + b * rowBytes, this.g + b * rowBytes, this.m + b * rowBytes, this.v + b * rowBytes, this.touched + b * this.dim, this.dim, this.h1, k, simd ? 1 : 0));
    const range = simd ? x.adamw_range_simd : x.adamw_range_scalar;
    const at = (ptr: number, base: number) => ptr - this.p + base;
    const { h1, h2 } = this;
    // b1 and the output layer keep their scale (no decay: calibration relies on it); w2 is decayed
    range(this.b1, at(this.b1, this.g), at(this.b1, this.m), at(this.b1, this.v), h1, k + 16);
    range(this.w2, at(this.w2, this.g), at(this.w2, this.m), at(this.w2, this.v), h2 * h1, k + 32);
    range(this.b2, at(this.b2, this.g), at(this.b2, this.m), at(this.b2, this.v), h2 + h2 + 1, k + 16);
  }
}
