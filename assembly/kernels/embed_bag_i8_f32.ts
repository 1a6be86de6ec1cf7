// First-layer partial product for sparse (hashed) inputs: an embedding bag over int8 weight rows.
//   out[H1] (f32) = sum_k val[k] * f32(W[idx[k], 0..H1])
//   W: i8 [inputDim, H1] row-major (row = input feature); idx: i32 [nnz]; val: f32 [nnz]; H1 % 16 == 0.
// Two SIMD variants: embed_bag_f32rows_f32_simd reads the same rows widened to f32 once at load
// (prepare.ts w1_widen_f32; exact, and it spares the per-call i8 -> i16 -> i32 -> f32 chain, ~30% of
// the bag's time in Node), used when the caller opts in (LoadOptions.firstLayerF32); embed_bag_i8_f32_simd
// reads the int8 rows directly (the default). All twins sum each output lane over k in the same order with separate mul and
// add, so they agree bit for bit.

export function embed_bag_i8_f32_simd(w: usize, h1: i32, idx: usize, val: usize, nnz: i32, out: usize): void {
  for (let j = 0; j < h1; j += 16) {
    let a0 = f32x4.splat(0);
    let a1 = f32x4.splat(0);
    let a2 = f32x4.splat(0);
    let a3 = f32x4.splat(0);
    for (let k = 0; k < nnz; k++) {
      const row = w + <usize>load<i32>(idx + (<usize>k << 2)) * <usize>h1 + <usize>j;
      const v = v128.load32_splat(val + (<usize>k << 2));
      const b = v128.load(row);
      const lo = i16x8.extend_low_i8x16_s(b);
      const hi = i16x8.extend_high_i8x16_s(b);
      a0 = f32x4.add(a0, f32x4.mul(v, f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_s(lo))));
      a1 = f32x4.add(a1, f32x4.mul(v, f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_s(lo))));
      a2 = f32x4.add(a2, f32x4.mul(v, f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_s(hi))));
      a3 = f32x4.add(a3, f32x4.mul(v, f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_s(hi))));
    }
    const o = out + (<usize>j << 2);
    v128.store(o, a0);
    v128.store(o, a1, 16);
    v128.store(o, a2, 32);
    v128.store(o, a3, 48);
  }
}

export function embed_bag_f32rows_f32_simd(wf: usize, h1: i32, idx: usize, val: usize, nnz: i32, out: usize): void {
  const rowBytes = <usize>h1 << 2;
  for (let j: usize = 0; j < rowBytes; j += 64) {
    let a0 = f32x4.splat(0);
    let a1 = f32x4.splat(0);
    let a2 = f32x4.splat(0);
    let a3 = f32x4.splat(0);
    for (let k = 0; k < nnz; k++) {
      const row = wf + <usize>load<i32>(idx + (<usize>k << 2)) * rowBytes + j;
      const v = v128.load32_splat(val + (<usize>k << 2));
      a0 = f32x4.add(a0, f32x4.mul(v, v128.load(row)));
      a1 = f32x4.add(a1, f32x4.mul(v, v128.load(row, 16)));
      a2 = f32x4.add(a2, f32x4.mul(v, v128.load(row, 32)));
      a3 = f32x4.add(a3, f32x4.mul(v, v128.load(row, 48)));
    }
    const o = out + j;
    v128.store(o, a0);
    v128.store(o, a1, 16);
    v128.store(o, a2, 32);
    v128.store(o, a3, 48);
  }
}

export function embed_bag_i8_f32_scalar(w: usize, h1: i32, idx: usize, val: usize, nnz: i32, out: usize): void {
  for (let j = 0; j < h1; j++) {
    let acc: f32 = 0;
    for (let k = 0; k < nnz; k++) {
      const row = w + <usize>load<i32>(idx + (<usize>k << 2)) * <usize>h1;
      acc += load<f32>(val + (<usize>k << 2)) * <f32>load<i8>(row + <usize>j);
    }
    store<f32>(out + (<usize>j << 2), acc);
  }
}
