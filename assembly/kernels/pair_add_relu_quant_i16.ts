// One (thought, goal) pair's first-layer activation, quantized for the int layer 2:
//   h = relu(A + B)  (f32 [H1]);  m = max(h);  x[j] = nearest(h[j] * (127 / m)) in [0, 127], stored as i16
//   returns the activation scale m / 127 (0 when h is all zero).
// Activations are kept as i16 lanes (values 0..127) so layer 2 can use i32x4.dot_i16x8_s directly.
// Max is exact and both twins round the same f32 product to the nearest integer (ties to even), so
// they agree bit for bit (the scalar twin's min(., 127) never binds: h * inv < 127.5).

export function pair_add_relu_quant_i16_simd(a: usize, b: usize, h1: i32, x: usize): f32 {
  const bytes = <usize>h1 << 2;
  let m = f32x4.splat(0);
  for (let j: usize = 0; j < bytes; j += 16) m = f32x4.max(m, f32x4.add(v128.load(a + j), v128.load(b + j)));
  const mx = Mathf.max(Mathf.max(f32x4.extract_lane(m, 0), f32x4.extract_lane(m, 1)), Mathf.max(f32x4.extract_lane(m, 2), f32x4.extract_lane(m, 3)));
  const inv: f32 = mx > 0 ? <f32>127 / mx : 0;
  const vinv = f32x4.splat(inv);
  const zero = f32x4.splat(0);
  // h * inv lies in [0, 127.5): adding 2^23 rounds it to the nearest integer (ties to even, as nearest()
  // does) and leaves that integer in the low mantissa bits; subtracting the bits of 2^23 extracts it.
  const magic = f32x4.splat(8388608.0);
  const magicBits = i32x4.splat(0x4b000000);
  for (let j: usize = 0; j < bytes; j += 32) {
    const h0 = f32x4.max(f32x4.add(v128.load(a + j), v128.load(b + j)), zero);
    const h1v = f32x4.max(f32x4.add(v128.load(a + j, 16), v128.load(b + j, 16)), zero);
    const q0 = i32x4.sub(f32x4.add(f32x4.mul(h0, vinv), magic), magicBits);
    const q1 = i32x4.sub(f32x4.add(f32x4.mul(h1v, vinv), magic), magicBits);
    v128.store(x + (j >> 1), i16x8.narrow_i32x4_s(q0, q1));
  }
  return mx > 0 ? mx / <f32>127 : 0;
}

export function pair_add_relu_quant_i16_scalar(a: usize, b: usize, h1: i32, x: usize): f32 {
  let mx: f32 = 0;
  for (let j: usize = 0; j < <usize>h1 << 2; j += 4) mx = Mathf.max(mx, load<f32>(a + j) + load<f32>(b + j));
  const inv: f32 = mx > 0 ? <f32>127 / mx : 0;
  for (let j: usize = 0; j < <usize>h1 << 2; j += 4) {
    const h = Mathf.max(load<f32>(a + j) + load<f32>(b + j), 0);
    store<i16>(x + (j >> 1), <i16><i32>Mathf.min(nearest<f32>(h * inv), 127));
  }
  return mx > 0 ? mx / <f32>127 : 0;
}

// Relaxed-SIMD build only: the same activations stored as i8 (values 0..127) for gemm_i8_w8_i32_relaxed.
export function pair_add_relu_quant_i8_relaxed(a: usize, b: usize, h1: i32, x: usize): f32 {
  const bytes = <usize>h1 << 2;
  let m = f32x4.splat(0);
  for (let j: usize = 0; j < bytes; j += 16) m = f32x4.max(m, f32x4.add(v128.load(a + j), v128.load(b + j)));
  const mx = Mathf.max(Mathf.max(f32x4.extract_lane(m, 0), f32x4.extract_lane(m, 1)), Mathf.max(f32x4.extract_lane(m, 2), f32x4.extract_lane(m, 3)));
  const inv: f32 = mx > 0 ? <f32>127 / mx : 0;
  const vinv = f32x4.splat(inv);
  const zero = f32x4.splat(0);
  const magic = f32x4.splat(8388608.0);
  const magicBits = i32x4.splat(0x4b000000);
  for (let j: usize = 0; j < bytes; j += 64) {
    const q0 = i32x4.sub(f32x4.add(f32x4.mul(f32x4.max(f32x4.add(v128.load(a + j), v128.load(b + j)), zero), vinv), magic), magicBits);
    const q1 = i32x4.sub(f32x4.add(f32x4.mul(f32x4.max(f32x4.add(v128.load(a + j, 16), v128.load(b + j, 16)), zero), vinv), magic), magicBits);
    const q2 = i32x4.sub(f32x4.add(f32x4.mul(f32x4.max(f32x4.add(v128.load(a + j, 32), v128.load(b + j, 32)), zero), vinv), magic), magicBits);
    const q3 = i32x4.sub(f32x4.add(f32x4.mul(f32x4.max(f32x4.add(v128.load(a + j, 48), v128.load(b + j, 48)), zero), vinv), magic), magicBits);
    v128.store(x + (j >> 2), i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(q0, q1), i16x8.narrow_i32x4_s(q2, q3)));
  }
  return mx > 0 ? mx / <f32>127 : 0;
}
