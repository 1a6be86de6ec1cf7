/**
 * A batch's texts in the trainer's memory: the sparse features of every distinct text once (CSR:
 * offsets, bucket indices, values), and per first-layer block the list of texts it multiplies, so a
 * text's block product is computed once per batch however many items use it (like network.ts's cache).
 */
import type { SparseFeatures } from "../../critic/encoder/hash.ts";
import type { TrainerArena } from "./module.ts";

/** Distinct entries in order of first use, keyed by text id (generation stamps: no clearing per batch). */
export class TextList {
  private stamp: Int32Array;
  private at: Int32Array;
  private gen = 0;
  readonly slots: number[] = [];
  /** Where the list sits in memory once uploaded. */
  ptr = 0;
  constructor(texts: number) {
    this.stamp = new Int32Array(texts);
    this.at = new Int32Array(texts);
  }
  reset(): void {
    this.gen++;
    this.slots.length = 0;
    this.ptr = 0;
  }
  /** The list index of text `id` (stored at `slot`), adding it on first use. */
  add(id: number, slot: number): number {
    if (id >= this.stamp.length) this.grow(id + 1);
    if (this.stamp[id] === this.gen) return this.at[id]!;
    this.stamp[id] = this.gen;
    this.at[id] = this.slots.length;
    this.slots.push(slot);
    return this.slots.length - 1;
  }
  upload(arena: TrainerArena): void {
    this.ptr = arena.alloc(this.slots.length * 4);
    arena.i32(this.ptr, this.slots.length).set(this.slots);
  }
  get length(): number {
    return this.slots.length;
  }
  private grow(n: number): void {
    const size = Math.max(n, this.stamp.length * 2);
    const s = new Int32Array(size), a = new Int32Array(size);
    s.set(this.stamp);
    a.set(this.at);
    this.stamp = s;
    this.at = a;
  }
}

/** The batch's distinct texts as CSR in memory. */
export class BatchTexts {
  private readonly list: TextList;
  private off: number[] = [0];
  private idx = new Int32Array(1 << 14);
  private val = new Float32Array(1 << 14);
  private nnz = 0;
  /** Memory pointers of the CSR arrays once uploaded. */
  offPtr = 0;
  idxPtr = 0;
  valPtr = 0;
  constructor(texts: number, private readonly features: (id: number) => SparseFeatures) {
    this.list = new TextList(texts);
  }
  reset(): void {
    this.list.reset();
    this.off = [0];
    this.nnz = 0;
  }
  /** The CSR slot of text `id`. */
  slot(id: number): number {
    const before = this.list.length;
    const s = this.list.add(id, before);
    if (s === before) {
      const f = this.features(id);
      const n = f.indices.length;
      if (this.nnz + n > this.idx.length) this.grow(this.nnz + n);
      this.idx.set(f.indices, this.nnz);
      this.val.set(f.values, this.nnz);
      this.nnz += n;
      this.off.push(this.nnz);
    }
    return s;
  }
  upload(arena: TrainerArena): void {
    this.offPtr = arena.alloc(this.off.length * 4);
    arena.i32(this.offPtr, this.off.length).set(this.off);
    this.idxPtr = arena.alloc(this.nnz * 4);
    arena.i32(this.idxPtr, this.nnz).set(this.idx.subarray(0, this.nnz));
    this.valPtr = arena.alloc(this.nnz * 4);
    arena.f32(this.valPtr, this.nnz).set(this.val.subarray(0, this.nnz));
  }
  private grow(n: number): void {
    const size = Math.max(n, this.idx.length * 2);
    const i = new Int32Array(size), v = new Float32Array(size);
    i.set(this.idx.subarray(0, this.nnz));
    v.set(this.val.subarray(0, this.nnz));
    this.idx = i;
    this.val = v;
  }
}
