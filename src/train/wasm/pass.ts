/**
 * Forward and backward passes of a WasmHead over a batch (kernels in assembly/train/): first the
 * block products of each listed text (embedding bag), then the dense layers per item; backward runs the
 * other way and scatters the block products' gradients into the touched rows of W1.
 */
import type { TextList, BatchTexts } from "./batch.ts";
import type { WasmHead } from "./head.ts";
import type { TrainerArena } from "./module.ts";

/** Which list row each item uses per block (memory pointers to i32[n]; t = 0 for a head without thoughts). */
export interface ItemRows {
  n: number;
  s: number;
  t: number;
  g: number;
}
export interface BlockLists {
  s: TextList;
  t?: TextList;
  g: TextList;
}
export interface Forward {
  z: number;
  h1: number;
  h2: number;
}

export function uploadRows(arena: TrainerArena, s: Int32Array, t: Int32Array | null, g: Int32Array, n: number): ItemRows {
  const put = (a: Int32Array) => {
    const p = arena.alloc(n * 4);
    arena.i32(p, n).set(a.subarray(0, n));
    return p;
  };
  return { n, s: put(s), t: t ? put(t) : 0, g: put(g) };
}

export function headForward(arena: TrainerArena, head: WasmHead, texts: BatchTexts, lists: BlockLists, rows: ItemRows, simd: boolean): Forward {
  const x = arena.x;
  const bag = simd ? x.bag_forward_simd : x.bag_forward_scalar;
  const { h1, h2 } = head;
  const partial = (block: "state" | "thought" | "goal", list: TextList) => {
    const out = arena.alloc(list.length * h1 * 4);
    bag(head.w1(head.p, block), h1, texts.offPtr, texts.idxPtr, texts.valPtr, list.ptr, list.length, out);
    return out;
  };
  const pS = partial("state", lists.s);
  const pT = rows.t ? partial("thought", lists.t!) : 0;
  const pG = partial("goal", lists.g);
  const f = { h1: arena.alloc(rows.n * h1 * 4), h2: arena.alloc(rows.n * h2 * 4), z: arena.alloc(rows.n * 4) };
  (simd ? x.dense_forward_simd : x.dense_forward_scalar)(rows.n, rows.s, rows.t, rows.g, pS, pT, pG, head.b1, head.w2, head.b2, head.w3, head.b3, h1, h2, f.h1, f.h2, f.z);
  return f;
}

/** Accumulates the gradients of sum_i dz[i] z[i] into the head's gradient tensor (dz: pointer to f32[n]). */
export function headBackward(arena: TrainerArena, head: WasmHead, texts: BatchTexts, lists: BlockLists, rows: ItemRows, f: Forward, dz: number, simd: boolean): void {
  const x = arena.x;
  const { h1, h2 } = head;
  const dS = arena.alloc(lists.s.length * h1 * 4);
  const dT = rows.t ? arena.alloc(lists.t!.length * h1 * 4) : 0;
  const dG = arena.alloc(lists.g.length * h1 * 4);
  const da1 = arena.alloc(h1 * 4);
  const gOf = (p: number) => p - head.p + head.g;
  (simd ? x.dense_backward_simd : x.dense_backward_scalar)(rows.n, dz, rows.s, rows.t, rows.g, dS, dT, dG, f.h1, f.h2, head.w2, head.w3, h1, h2, gOf(head.b1), gOf(head.w2), gOf(head.b2), gOf(head.w3), gOf(head.b3), da1);
  const bag = simd ? x.bag_backward_simd : x.bag_backward_scalar;
  const scatter = (block: "state" | "thought" | "goal", list: TextList, d: number) => bag(head.w1(head.g, block), head.touchedOf(block), h1, texts.offPtr, texts.idxPtr, texts.valPtr, list.ptr, list.length, d);
  scatter("state", lists.s, dS);
  if (rows.t) scatter("thought", lists.t!, dT);
  scatter("goal", lists.g, dG);
}
