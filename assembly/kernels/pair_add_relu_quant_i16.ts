// One (thought, goal) pair's first-layer activation, quantized for the int layer 2:
//   h = relu(A + B)  (f32 [H1]);  m = max(h);  x[j] = nearest(h[j] * (L / m)) in [0, L]
//   returns the activation scale m / L (0 when h is all zero).
// L = ACT_LEVELS = 127 in every build: the relaxed-SIMD build's i32x4.relaxed_dot_i8x16_i7x16_add_s is
// exact only for activations in [0, 127], and the portable build uses the same 7 bits so that both
// builds compute the same integers end to end and give the same scores bit for bit (the Worker's
// start-up self-check compares whole scores of a real model: src/critic/select-build.ts). Unsigned
// 8-bit activations were slightly more accurate; docs/design/critic-quantization.md has the cost.
// Max is exact and both twins round the same f32 product to the nearest integer (ties to even), so
// they agree bit for bit (the scalar twin's min(., L) never binds: h * inv < L + 0.5).

export const ACT_LEVELS: f32 = 127;

// Max and ReLU use the pseudo-max a < b ? b : a (f32x4.pmax, one maxps) rather than f32x4.max, whose
// NaN and signed-zero rules cost V8 several instructions per vector; the scalar twins use the same rule
// (pmaxf), so both agree bit for bit on every input, NaN included.
@inline export function pmaxf(a: f32, b: f32): f32 {
  return a < b ? b : a;
}

/**
 * max(0, a[j] + b[j]) over j, 4 lanes x 2 accumulators: a max is exact in any order (the accumulators
 * start at +0 and only grow, so not even the sign of a zero can differ), and two chains halve the
 * serial pmax latency of one.
 */
@inline function pairMax(a: usize, b: usize, bytes: usize): f32 {
  let m0 = f32x4.splat(0), m1 = f32x4.splat(0);
  let j: usize = 0;
  for (; j + 32 <= bytes; j += 32) {
    m0 = f32x4.pmax(m0, f32x4.add(v128.load(a + j), v128.load(b + j)));
    m1 = f32x4.pmax(m1, f32x4.add(v128.load(a + j, 16), v128.load(b + j, 16)));
  }
  if (j < bytes) m0 = f32x4.pmax(m0, f32x4.add(v128.load(a + j), v128.load(b + j)));
  const m = f32x4.pmax(m0, m1);
  return pmaxf(pmaxf(f32x4.extract_lane(m, 0), f32x4.extract_lane(m, 1)), pmaxf(f32x4.extract_lane(m, 2), f32x4.extract_lane(m, 3)));
}

export function pair_add_relu_quant_i16_simd(a: usize, b: usize, h1: i32, x: usize): f32 {
  const bytes = <usize>h1 << 2;
  const mx = pairMax(a, b, bytes);
  const inv: f32 = mx > 0 ? ACT_LEVELS / mx : 0;
  const vinv = f32x4.splat(inv);
  const zero = f32x4.splat(0);
  // h * inv lies in [0, L + 0.5): adding 2^23 rounds it to the nearest integer (ties to even, as nearest()
  // does) and leaves that integer in the low mantissa bits; subtracting the bits of 2^23 extracts it.
  const magic = f32x4.splat(8388608.0);
  const magicBits = i32x4.splat(0x4b000000);
  for (let j: usize = 0; j < bytes; j += 32) {
    const h0 = f32x4.pmax(zero, f32x4.add(v128.load(a + j), v128.load(b + j)));
    const h1v = f32x4.pmax(zero, f32x4.add(v128.load(a + j, 16), v128.load(b + j, 16)));
    const q0 = i32x4.sub(f32x4.add(f32x4.mul(h0, vinv), magic), magicBits);
    const q1 = i32x4.sub(f32x4.add(f32x4.mul(h1v, vinv), magic), magicBits);
    v128.store(x + (j >> 1), i16x8.narrow_i32x4_s(q0, q1));
  }
  return mx > 0 ? mx / ACT_LEVELS : 0;
}

export function pair_add_relu_quant_i16_scalar(a: usize, b: usize, h1: i32, x: usize): f32 {
  let mx: f32 = 0;
  for (let j: usize = 0; j < <usize>h1 << 2; j += 4) mx = pmaxf(mx, load<f32>(a + j) + load<f32>(b + j));
  const inv: f32 = mx > 0 ? ACT_LEVELS / mx : 0;
  for (let j: usize = 0; j < <usize>h1 << 2; j += 4) {
    const h = pmaxf(0, load<f32>(a + j) + load<f32>(b + j));
    store<i16>(x + (j >> 1), <i16><i32>Mathf.min(nearest<f32>(h * inv), ACT_LEVELS));
  }
  return mx > 0 ? mx / ACT_LEVELS : 0;
}

// Relaxed-SIMD build: the same activations stored as i8 (values 0..127) for gemm_i8_w8_i32_relaxed.
export function pair_add_relu_quant_i8_relaxed(a: usize, b: usize, h1: i32, x: usize): f32 {
  const bytes = <usize>h1 << 2;
  let m = f32x4.splat(0);
  for (let j: usize = 0; j < bytes; j += 16) m = f32x4.pmax(m, f32x4.add(v128.load(a + j), v128.load(b + j)));
  const mx = pmaxf(pmaxf(f32x4.extract_lane(m, 0), f32x4.extract_lane(m, 1)), pmaxf(f32x4.extract_lane(m, 2), f32x4.extract_lane(m, 3)));
  const inv: f32 = mx > 0 ? ACT_LEVELS / mx : 0;
  const vinv = f32x4.splat(inv);
  const zero = f32x4.splat(0);
  const magic = f32x4.splat(8388608.0);
  const magicBits = i32x4.splat(0x4b000000);
  for (let j: usize = 0; j < bytes; j += 64) {
    const q0 = i32x4.sub(f32x4.add(f32x4.mul(f32x4.pmax(zero, f32x4.add(v128.load(a + j), v128.load(b + j))), vinv), magic), magicBits);
    const q1 = i32x4.sub(f32x4.add(f32x4.mul(f32x4.pmax(zero, f32x4.add(v128.load(a + j, 16), v128.load(b + j, 16))), vinv), magic), magicBits);
    const q2 = i32x4.sub(f32x4.add(f32x4.mul(f32x4.pmax(zero, f32x4.add(v128.load(a + j, 32), v128.load(b + j, 32))), vinv), magic), magicBits);
    const q3 = i32x4.sub(f32x4.add(f32x4.mul(f32x4.pmax(zero, f32x4.add(v128.load(a + j, 48), v128.load(b + j, 48))), vinv), magic), magicBits);
    v128.store(x + (j >> 2), i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(q0, q1), i16x8.narrow_i32x4_s(q2, q3)));
  }
  return mx > 0 ? mx / ACT_LEVELS : 0;
}
