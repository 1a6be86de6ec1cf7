/**
 * Logits of a head for items over a table's texts: by the Wasm kernels when the table belongs to a
 * wasm-backend run (iql.ts TrainRun), else by the JS reference (network.ts headForward).
 */
import type { FloatHead } from "../critic/types.ts";
import { headForward, type HeadItem } from "./network.ts";
import type { TextTable } from "./relabel.ts";
import { wasmHeadLogits } from "./wasm/forward.ts";

const wasmTables = new WeakSet<TextTable>();

export function scoreWithWasm(table: TextTable): void {
  wasmTables.add(table);
}

export function tableLogits(head: FloatHead, hidden: [number, number], table: TextTable, items: HeadItem[]): Float32Array {
  return wasmTables.has(table) ? wasmHeadLogits(head, hidden, table.feats, items) : headForward(head, hidden, table.feats, items, false).z;
}
