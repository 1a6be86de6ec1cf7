// The trainer's WebAssembly module (build/trainer.wasm): f32 forward and backward passes of a critic
// head, AdamW, Polyak averaging and the IQL losses, over linear memory laid out by src/train/wasm/.
export { bag_forward_simd, bag_forward_scalar, bag_backward_simd, bag_backward_scalar } from "./bag";
export { dense_forward_simd, dense_forward_scalar, dense_backward_simd, dense_backward_scalar } from "./dense";
export { adamw_range_simd, adamw_range_scalar, adamw_rows, polyak_simd, polyak_scalar } from "./adam";
export { iql_loss } from "./loss";

/** First free byte after the module's static data. */
export function heap_base(): usize {
  return __heap_base;
}
