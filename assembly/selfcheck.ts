// The layer-2 product of this build's SIMD path on given i8 activations (values in [0, 127]) and i8
// weights, for the start-up self-check (src/critic/select-build.ts): the portable build (i16 pairs,
// dot_i16x8_s) and the relaxed one (i8 quads, relaxed_dot_i8x16_i7x16_add_s) must give the same exact
// i32 sums, bit for bit, or the Worker does not use the relaxed build.
import { gemm_i8_w8_i32_relaxed } from "./kernels/gemm_i8_w8_i32_relaxed";
import { gemm_i16_w8_i32_simd } from "./kernels/gemm_i16_w8_i32";
import { w2_prepare_simd } from "./kernels/prepare";

/** Bytes of scratch layer2_check needs. */
export function layer2_check_scratch_bytes(rows: i32, h1: i32, h2: i32): usize {
  return ((<usize>h1 * <usize>h2 * 2 + 15) & ~(<usize>15)) + <usize>rows * <usize>h1 * 2;
}

/** acc (i32 [rows, h2]) = x (i8 [rows, h1]) times W2 (i8 [h2, h1]) transposed, through this build's SIMD layer 2. */
export function layer2_check(x: usize, rows: i32, h1: i32, w2: usize, h2: i32, scratch: usize, acc: usize): void {
  w2_prepare_simd(w2, h2, h1, scratch);
  if (ASC_FEATURE_RELAXED_SIMD) {
    gemm_i8_w8_i32_relaxed(x, rows, h1, scratch, h2, acc);
    return;
  }
  const xs = scratch + ((<usize>h1 * <usize>h2 * 2 + 15) & ~(<usize>15));
  for (let i = 0; i < rows * h1; i++) store<i16>(xs + (<usize>i << 1), <i16>load<i8>(x + <usize>i));
  gemm_i16_w8_i32_simd(xs, rows, h1, scratch, h2, acc);
}
