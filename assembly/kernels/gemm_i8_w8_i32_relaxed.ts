// Layer 2 for a block of pairs with relaxed SIMD (built only into build/critic-relaxed.wasm):
//   acc[r, o] (i32) = sum_j x[r, j] * W2[o, j]     r < rows, o < H2, j < H1; H1, H2 % 16 == 0
//   x: i8 [rows, H1] with values in [0, 127] (pair_add_relu_quant_i8_relaxed); W2 re-laid as quads:
//   wq[(kq * H2 + o) * 4 + e] = W2[o, 4 * kq + e] (prepare.ts w2_i8_quads).
// i32x4.relaxed_dot_i8x16_i7x16_add_s is exact when its second operand is in [0, 127], which the
// activations are; each lane then adds 4 products, 16 MACs per instruction (plain SIMD's
// dot_i16x8_s does 8 and needs a separate add). Compared bit for bit with the scalar twin
// (gemm_i16_w8_i32_scalar) inside workerd; Node 20 computes it wrongly in its baseline tier.

export function gemm_i8_w8_i32_relaxed(x: usize, rows: i32, h1: i32, wq: usize, h2: i32, acc: usize): void {
  const kquads = h1 >> 2;
  const wStride = <usize>h2 << 2;
  for (let r = 0; r < rows; r += 2) {
    const x0 = x + <usize>r * <usize>h1;
    const two = r + 1 < rows;
    const x1 = two ? x0 + <usize>h1 : x0;
    const out0 = acc + ((<usize>r * <usize>h2) << 2);
    const out1 = out0 + wStride;
    for (let o = 0; o < h2; o += 16) {
      let c00 = i32x4.splat(0), c01 = i32x4.splat(0), c02 = i32x4.splat(0), c03 = i32x4.splat(0);
      let c10 = i32x4.splat(0), c11 = i32x4.splat(0), c12 = i32x4.splat(0), c13 = i32x4.splat(0);
      let w = wq + (<usize>o << 2);
      for (let kq = 0; kq < kquads; kq++) {
        const xa = v128.load32_splat(x0 + (<usize>kq << 2));
        const xb = v128.load32_splat(x1 + (<usize>kq << 2));
        const w0 = v128.load(w);
        const w1 = v128.load(w, 16);
        const w2 = v128.load(w, 32);
        const w3 = v128.load(w, 48);
        c00 = i32x4.relaxed_dot_i8x16_i7x16_add_s(w0, xa, c00);
        c01 = i32x4.relaxed_dot_i8x16_i7x16_add_s(w1, xa, c01);
        c02 = i32x4.relaxed_dot_i8x16_i7x16_add_s(w2, xa, c02);
        c03 = i32x4.relaxed_dot_i8x16_i7x16_add_s(w3, xa, c03);
        c10 = i32x4.relaxed_dot_i8x16_i7x16_add_s(w0, xb, c10);
        c11 = i32x4.relaxed_dot_i8x16_i7x16_add_s(w1, xb, c11);
        c12 = i32x4.relaxed_dot_i8x16_i7x16_add_s(w2, xb, c12);
        c13 = i32x4.relaxed_dot_i8x16_i7x16_add_s(w3, xb, c13);
        w += wStride;
      }
      const p0 = out0 + (<usize>o << 2);
      v128.store(p0, c00);
      v128.store(p0, c01, 16);
      v128.store(p0, c02, 32);
      v128.store(p0, c03, 48);
      if (two) {
        const p1 = out1 + (<usize>o << 2);
        v128.store(p1, c10);
        v128.store(p1, c11, 16);
        v128.store(p1, c12, 32);
        v128.store(p1, c13, 48);
      }
    }
  }
}
