/**
 * Where a model lives in the critic's linear memory: the file's arena copied once, then per head a
 * descriptor (assembly/driver.ts HEAD_*) and its load-time re-layouts (W2 for the SIMD layer 2, w3
 * dequantized), and all-ones row scales for files written before row scales existed.
 */
import type { ModelFile } from "./model-file.ts";
import type { CriticExports } from "./wasm-exports.ts";
import { align16, type WasmMemory } from "./wasm-memory.ts";

const HEAD_WORDS = 20; // descriptor slots (see assembly/driver.ts HEAD_*): 80 bytes

export interface HeadState {
  desc: number;
  /** Goal-bank terms (f32 [bank inputs, H1]) or 0 when the bank cannot be encoded here (dense encoder). */
  bankTerms: number;
}

/** Lays the model out from the module's heap base; returns its heads and the first free byte after it. */
export function placeModel(file: ModelFile, wasm: CriticExports, mem: WasmMemory): { heads: Map<"q" | "v", HeadState>; end: number } {
  const [h1, h2] = file.meta.network.hidden;
  const { inputDim, heads } = file.meta.network;
  const has = (name: string) => file.tensors.has(name);
  let cursor = align16(wasm.heap_base());
  const arenaPtr = cursor;
  cursor = align16(cursor + file.arena.length);
  // Files written before row scales existed get all-ones row scales (docs/model-format.md).
  let onesPtr = 0;
  const blocks = heads.flatMap((h) => (h === "q" ? ["q.w1.state", "q.w1.thought", "q.w1.goal"] : [`${h}.w1.state`, `${h}.w1.goal`]));
  if (blocks.some((b) => !has(`${b}.rowscale`))) {
    onesPtr = cursor;
    cursor = align16(cursor + inputDim * 4);
  }
  const layout = heads.map((h) => {
    const desc = cursor;
    const w2p = desc + HEAD_WORDS * 4;
    const w3f = align16(w2p + h1 * h2 * 2);
    cursor = align16(w3f + h2 * 4);
    return { h, desc, w2p, w3f };
  });
  mem.ensure(cursor);
  new Uint8Array(wasm.memory.buffer, arenaPtr, file.arena.length).set(file.arena);
  if (onesPtr) new Float32Array(wasm.memory.buffer, onesPtr, inputDim).fill(1);
  const offset = (name: string) => arenaPtr + file.meta.tensors.find((t) => t.name === name)!.offset;
  const rowScale = (name: string) => (has(name) ? offset(name) : onesPtr);
  const placed = new Map<"q" | "v", HeadState>();
  for (const { h, desc, w2p, w3f } of layout) {
    const words = [h1, h2, offset(`${h}.w1.state`), h === "q" ? offset("q.w1.thought") : 0, offset(`${h}.w1.goal`), offset(`${h}.w1.scale`),
      offset(`${h}.b1`), offset(`${h}.w2`), w2p, offset(`${h}.w2.scale`), offset(`${h}.b2`), w3f, offset(`${h}.b3`),
      rowScale(`${h}.w1.state.rowscale`), h === "q" ? rowScale("q.w1.thought.rowscale") : 0, rowScale(`${h}.w1.goal.rowscale`), inputDim, 0, 0, 0];
    new Int32Array(wasm.memory.buffer, desc, HEAD_WORDS).set(words);
    wasm.w2_prepare_simd(offset(`${h}.w2`), h2, h1, w2p);
    wasm.w3_dequant_f32(offset(`${h}.w3`), (file.tensors.get(`${h}.w3.scale`) as Float32Array)[0]!, h2, w3f);
    placed.set(h, { desc, bankTerms: 0 });
  }
  return { heads: placed, end: cursor };
}
