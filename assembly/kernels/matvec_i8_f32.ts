// First-layer partial product for dense inputs (external embeddings):
//   out[H1] (f32) = sum_i x[i] * f32(W[i, 0..H1])
//   W: i8 [dim, H1] row-major (row = input feature); x: f32 [dim]; H1 % 16 == 0.
// Same accumulation order in both twins (over i, one lane per output), so they agree bit for bit.

export function matvec_i8_f32_simd(w: usize, h1: i32, x: usize, dim: i32, out: usize): void {
  for (let j = 0; j < h1; j += 16) {
    let a0 = f32x4.splat(0);
    let a1 = f32x4.splat(0);
    let a2 = f32x4.splat(0);
    let a3 = f32x4.splat(0);
    let row = w + <usize>j;
    for (let i = 0; i < dim; i++) {
      const v = f32x4.splat(load<f32>(x + (<usize>i << 2)));
      const b = v128.load(row);
      const lo = i16x8.extend_low_i8x16_s(b);
      const hi = i16x8.extend_high_i8x16_s(b);
      a0 = f32x4.add(a0, f32x4.mul(v, f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_s(lo))));
      a1 = f32x4.add(a1, f32x4.mul(v, f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_s(lo))));
      a2 = f32x4.add(a2, f32x4.mul(v, f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_s(hi))));
      a3 = f32x4.add(a3, f32x4.mul(v, f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_s(hi))));
      row += <usize>h1;
    }
    const o = out + (<usize>j << 2);
    v128.store(o, a0);
    v128.store(o, a1, 16);
    v128.store(o, a2, 32);
    v128.store(o, a3, 48);
  }
}

export function matvec_i8_f32_scalar(w: usize, h1: i32, x: usize, dim: i32, out: usize): void {
  for (let j = 0; j < h1; j++) {
    let acc: f32 = 0;
    for (let i = 0; i < dim; i++) acc += load<f32>(x + (<usize>i << 2)) * <f32>load<i8>(w + <usize>i * <usize>h1 + <usize>j);
    store<f32>(out + (<usize>j << 2), acc);
  }
}
