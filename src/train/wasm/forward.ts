/**
 * Logits of a FloatHead for items, scored by the Wasm kernels: what the trainer's validation and
 * calibration read (src/train/logits.ts) when the table belongs to a wasm-backend run. One instance per
 * network shape, reused; the head is copied in on every call (heads are changed in place by calibration).
 */
import type { SparseFeatures } from "../../critic/encoder/hash.ts";
import type { FloatHead } from "../../critic/types.ts";
import type { HeadItem } from "../network.ts";
import { WasmNets } from "./step.ts";

let cached: { key: string; nets: WasmNets; feats: SparseFeatures[] } | null = null;

export function wasmHeadLogits(head: FloatHead, hidden: [number, number], feats: SparseFeatures[], items: HeadItem[]): Float32Array {
  const dim = head.w1.state.length / hidden[0];
  const key = `${dim}:${hidden.join("x")}`;
  if (!cached || cached.key !== key) {
    const c: { key: string; nets: WasmNets | null; feats: SparseFeatures[] } = { key, nets: null, feats };
    c.nets = new WasmNets(dim, hidden, feats.length, (id) => c.feats[id]!);
    cached = c as typeof cached;
  }
  cached!.feats = feats;
  const which = head.w1.thought ? "q" : "v";
  cached!.nets[which].load(head);
  return cached!.nets.logits(which, items);
}
