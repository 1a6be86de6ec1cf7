// AdamW and Polyak averaging over f32 tensors. The scalar twins do the same f32 operations per
// element (sqrt and division are correctly rounded in both), so SIMD and scalar give the same bits.
// The first layer's blocks update only the rows marked in `touched` (lazy AdamW, src/train/network.ts).

// coefficients: k = [1 - lr*decay, lr / c1, 1 / c2, eps] (f32), b1 = 0.9, b2 = 0.999
@inline function coef(k: usize, i: usize): f32 {
  return load<f32>(k + (i << 2));
}

export function adamw_range_simd(p: usize, g: usize, m: usize, v: usize, n: i32, k: usize): void {
  const keep = f32x4.splat(coef(k, 0)), step = f32x4.splat(coef(k, 1)), ic2 = f32x4.splat(coef(k, 2)), eps = f32x4.splat(coef(k, 3));
  const b1 = f32x4.splat(0.9), nb1 = f32x4.splat(<f32>1 - <f32>0.9), b2 = f32x4.splat(0.999), nb2 = f32x4.splat(<f32>1 - <f32>0.999);
  const bytes = <usize>n << 2;
  const vec = bytes & ~(<usize>15);
  const zero = f32x4.splat(0);
  let i: usize = 0;
  for (; i < vec; i += 16) {
    const gi = v128.load(g + i);
    const mi = f32x4.add(f32x4.mul(b1, v128.load(m + i)), f32x4.mul(nb1, gi));
    const vi = f32x4.add(f32x4.mul(b2, v128.load(v + i)), f32x4.mul(f32x4.mul(nb2, gi), gi));
    v128.store(m + i, mi);
    v128.store(v + i, vi);
    const den = f32x4.add(f32x4.sqrt(f32x4.mul(vi, ic2)), eps);
    v128.store(p + i, f32x4.sub(f32x4.mul(v128.load(p + i), keep), f32x4.div(f32x4.mul(step, mi), den)));
    v128.store(g + i, zero);
  }
  if (i < bytes) adamw_range_scalar(p + i, g + i, m + i, v + i, <i32>((bytes - i) >> 2), k);
}

export function adamw_range_scalar(p: usize, g: usize, m: usize, v: usize, n: i32, k: usize): void {
  const keep = coef(k, 0), step = coef(k, 1), ic2 = coef(k, 2), eps = coef(k, 3);
  const b1: f32 = 0.9, nb1: f32 = <f32>1 - <f32>0.9, b2: f32 = 0.999, nb2: f32 = <f32>1 - <f32>0.999;
  for (let i: usize = 0; i < <usize>n << 2; i += 4) {
    const gi = load<f32>(g + i);
    const mi = b1 * load<f32>(m + i) + nb1 * gi;
    const vi = b2 * load<f32>(v + i) + nb2 * gi * gi;
    store<f32>(m + i, mi);
    store<f32>(v + i, vi);
    store<f32>(p + i, load<f32>(p + i) * keep - (step * mi) / (Mathf.sqrt(vi * ic2) + eps));
    store<f32>(g + i, 0);
  }
}

/** The touched rows (H1 floats each) of one first-layer block; clears the marks. */
export function adamw_rows(p: usize, g: usize, m: usize, v: usize, touched: usize, rows: i32, h1: i32, k: usize, simd: i32): void {
  const rb = <usize>h1 << 2;
  for (let r = 0; r < rows; r++) {
    if (!load<u8>(touched + <usize>r)) continue;
    store<u8>(touched + <usize>r, 0);
    const o = <usize>r * rb;
    if (simd) adamw_range_simd(p + o, g + o, m + o, v + o, h1, k);
    else adamw_range_scalar(p + o, g + o, m + o, v + o, h1, k);
  }
}

/** target += rate * (online - target) over n floats. */
export function polyak_simd(target: usize, online: usize, n: i32, rate: f32): void {
  const r = f32x4.splat(rate);
  const bytes = <usize>n << 2;
  const vec = bytes & ~(<usize>15);
  let i: usize = 0;
  for (; i < vec; i += 16) {
    const t = v128.load(target + i);
    v128.store(target + i, f32x4.add(t, f32x4.mul(r, f32x4.sub(v128.load(online + i), t))));
  }
  if (i < bytes) polyak_scalar(target + i, online + i, <i32>((bytes - i) >> 2), rate);
}

export function polyak_scalar(target: usize, online: usize, n: i32, rate: f32): void {
  for (let i: usize = 0; i < <usize>n << 2; i += 4) {
    const t = load<f32>(target + i);
    store<f32>(target + i, t + rate * (load<f32>(online + i) - t));
  }
}
