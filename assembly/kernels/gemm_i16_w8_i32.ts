// Layer 2 for a block of pairs, integer only:
//   acc[r, o] (i32) = sum_j x[r, j] * W2[o, j]     r < rows, o < H2, j < H1; H1, H2 % 16 == 0
//   x: i16 [rows, H1] with values in [0, 127]; W2: i8 [H2, H1] (scalar twin) or the same weights
//   re-laid as i16 pairs (SIMD twin, see w2_i16_pairs in prepare.ts).
// Integer sums are exact (|acc| <= 2048 * 127 * 127 < 2^31), so both twins agree bit for bit.

// The SIMD layout: wp[(kp * H2 + o) * 2 + e] = W2[o, 2 * kp + e]. Splatting the i32 that holds
// (x[2kp], x[2kp+1]) and taking i32x4.dot_i16x8_s with 4 consecutive outputs' pairs gives 4 outputs'
// partial sums at once with no horizontal reduction. Two rows x 16 outputs keep 8 accumulators in registers.
export function gemm_i16_w8_i32_simd(x: usize, rows: i32, h1: i32, wp: usize, h2: i32, acc: usize): void {
  const rowBytes = <usize>h1 << 1;
  const kpairs = h1 >> 1;
  const wStride = <usize>h2 << 2;
  for (let r = 0; r < rows; r += 2) {
    const x0 = x + <usize>r * rowBytes;
    const two = r + 1 < rows;
    const x1 = two ? x0 + rowBytes : x0;
    const out0 = acc + ((<usize>r * <usize>h2) << 2);
    const out1 = out0 + wStride;
    for (let o = 0; o < h2; o += 16) {
      let c00 = i32x4.splat(0), c01 = i32x4.splat(0), c02 = i32x4.splat(0), c03 = i32x4.splat(0);
      let c10 = i32x4.splat(0), c11 = i32x4.splat(0), c12 = i32x4.splat(0), c13 = i32x4.splat(0);
      let w = wp + (<usize>o << 2);
      // The rows' addresses are stepped as loop variables: indexed from x0/x1 (x1 a select), V8's code
      // recomputed them, select included, on every step (perf annotate), ~35 instructions per 8 dots
      // instead of ~27 now (issue 17).
      let pa = x0, pb = x1;
      const end = x0 + (<usize>kpairs << 2);
      for (; pa < end; pa += 4, pb += 4) {
        const xa = v128.load32_splat(pa);
        const xb = v128.load32_splat(pb);
        const w0 = v128.load(w);
        const w1 = v128.load(w, 16);
        const w2 = v128.load(w, 32);
        const w3 = v128.load(w, 48);
        c00 = i32x4.add(c00, i32x4.dot_i16x8_s(xa, w0));
        c01 = i32x4.add(c01, i32x4.dot_i16x8_s(xa, w1));
        c02 = i32x4.add(c02, i32x4.dot_i16x8_s(xa, w2));
        c03 = i32x4.add(c03, i32x4.dot_i16x8_s(xa, w3));
        c10 = i32x4.add(c10, i32x4.dot_i16x8_s(xb, w0));
        c11 = i32x4.add(c11, i32x4.dot_i16x8_s(xb, w1));
        c12 = i32x4.add(c12, i32x4.dot_i16x8_s(xb, w2));
        c13 = i32x4.add(c13, i32x4.dot_i16x8_s(xb, w3));
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

export function gemm_i16_w8_i32_scalar(x: usize, rows: i32, h1: i32, w2: usize, h2: i32, acc: usize): void {
  for (let r = 0; r < rows; r++) {
    const xr = x + ((<usize>r * <usize>h1) << 1);
    for (let o = 0; o < h2; o++) {
      const wr = w2 + <usize>o * <usize>h1;
      let s: i32 = 0;
      for (let j = 0; j < h1; j++) s += <i32>load<i16>(xr + (<usize>j << 1)) * <i32>load<i8>(wr + <usize>j);
      store<i32>(acc + ((<usize>r * <usize>h2 + <usize>o) << 2), s);
    }
  }
}
