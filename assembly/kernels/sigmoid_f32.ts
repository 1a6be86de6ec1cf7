// sigmoid(z) = 1 / (1 + exp(-z)) with exp as Cephes' expf polynomial (relative error ~1e-7 on the
// clamped range), in a 4-lane form and a scalar form that perform the same f32 operations in the same
// order (Wasm has no fused multiply-add), so they agree bit for bit. The SIMD form scores four pairs
// per call instead of four calls into a scalar library exp.
//   exp(x) = 2^n * p(r),  n = nearest(x * log2 e),  r = x - n * ln 2 (in two parts),  x in [-86, 88]
// (the clamp keeps 2^n * p(r) a normal float; sigmoid is 0 or 1 in f32 well inside it).

const X_MIN: f32 = -86;
const X_MAX: f32 = 88;
const LOG2E: f32 = 1.44269504088896341;
const LN2_HI: f32 = 0.693359375;
const LN2_LO: f32 = -2.12194440e-4;
const P0: f32 = 1.9875691500e-4;
const P1: f32 = 1.3981999507e-3;
const P2: f32 = 8.3334519073e-3;
const P3: f32 = 4.1665795894e-2;
const P4: f32 = 1.6666665459e-1;
const P5: f32 = 5.0000001201e-1;

// exp(x) for x in [X_MIN, X_MAX] (callers clamp): shared by sigmoid and the outcome softmax.
@inline export function exp_clamped_f32(x: f32): f32 {
  const n = nearest<f32>(x * LOG2E);
  const r = (x - n * LN2_HI) - n * LN2_LO;
  const r2 = r * r;
  const p = ((((((P0 * r + P1) * r + P2) * r + P3) * r + P4) * r + P5) * r2 + r) + <f32>1;
  return reinterpret<f32>(reinterpret<i32>(p) + (<i32>n << 23));
}

@inline export function exp_clamped_f32x4(x: v128): v128 {
  const n = f32x4.nearest(f32x4.mul(x, f32x4.splat(LOG2E)));
  const r = f32x4.sub(f32x4.sub(x, f32x4.mul(n, f32x4.splat(LN2_HI))), f32x4.mul(n, f32x4.splat(LN2_LO)));
  const r2 = f32x4.mul(r, r);
  let p = f32x4.add(f32x4.mul(f32x4.splat(P0), r), f32x4.splat(P1));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(P2));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(P3));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(P4));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(P5));
  p = f32x4.add(f32x4.add(f32x4.mul(p, r2), r), f32x4.splat(1));
  return i32x4.add(p, i32x4.shl(i32x4.trunc_sat_f32x4_s(n), 23));
}

/** max(x, X_MIN): exp of anything below is 0 for the softmax's purposes (it is < 1e-37). */
@inline export function clamp_low_f32(x: f32): f32 {
  return x < X_MIN ? X_MIN : x;
}

@inline export function clamp_low_f32x4(x: v128): v128 {
  return v128.bitselect(f32x4.splat(X_MIN), x, f32x4.lt(x, f32x4.splat(X_MIN)));
}

@inline export function sigmoid_f32(z: f32): f32 {
  let x = -z;
  x = x < X_MIN ? X_MIN : x > X_MAX ? X_MAX : x;
  return <f32>1 / (<f32>1 + exp_clamped_f32(x));
}

@inline export function sigmoid_f32x4(z: v128): v128 {
  let x = f32x4.neg(z);
  // clamp with compare + select: the same choice as the scalar ternaries for every finite or infinite x
  x = v128.bitselect(f32x4.splat(X_MIN), x, f32x4.lt(x, f32x4.splat(X_MIN)));
  x = v128.bitselect(f32x4.splat(X_MAX), x, f32x4.gt(x, f32x4.splat(X_MAX)));
  return f32x4.div(f32x4.splat(1), f32x4.add(f32x4.splat(1), exp_clamped_f32x4(x)));
}
