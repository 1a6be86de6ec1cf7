// Per-text input preparation for the first layer, shared by the SIMD and scalar paths (so both see the
// same numbers). Row scales r (f32 [inputDim], > 0; all ones for files without them) fold into the inputs:
// x . (r * Wq) = (x * r) . Wq, so the kernels read plain int8 rows.

/** Largest i16 magnitude used for feature values: BAG_CHUNK (512) * 32767 * 127 < 2^31. */
const Q_MAX: f32 = 32767;

/**
 * Sparse values -> i16 for embed_bag_i8_i16_*: q[k] = nearest(val[k] * r[idx[k]] * (32767 / m)) with
 * m = max_k |val[k] * r[idx[k]]|; writes q[nnz] = 0 (the odd-tail pad) and returns the value scale
 * m / 32767 (0 when every value is 0). q needs nnz + 1 i16 slots.
 * Also the input check (cheaper here than in JS, in a pass that loads every index anyway): returns -1,
 * having read no weight row, when an index lies outside [0, dim) or a scaled value is not finite.
 */
export function feature_values_i16(idx: usize, val: usize, rs: usize, nnz: i32, dim: i32, q: usize): f32 {
  let m: f32 = 0;
  for (let k = 0; k < nnz; k++) {
    const i = load<i32>(idx + (<usize>k << 2));
    if (<u32>i >= <u32>dim) return -1;
    const a = Mathf.abs(load<f32>(val + (<usize>k << 2)) * load<f32>(rs + (<usize>i << 2)));
    if (!(a <= F32.MAX_VALUE)) return -1; // NaN or infinite
    if (a > m) m = a; // not Mathf.max: its NaN rules cost V8 several instructions
  }
  store<i16>(q + (<usize>nnz << 1), 0);
  if (!(m > 0)) {
    for (let k = 0; k < nnz; k++) store<i16>(q + (<usize>k << 1), 0);
    return 0;
  }
  const qn = Q_MAX;
  const inv: f32 = qn / m;
  for (let k = 0; k < nnz; k++) {
    const v = load<f32>(val + (<usize>k << 2)) * load<f32>(rs + (<usize>load<i32>(idx + (<usize>k << 2)) << 2));
    // |v * inv| <= qn up to one rounding: clamp so that the bound that keeps the i32 sums exact holds
    let r = nearest<f32>(v * inv);
    r = r > qn ? qn : r < -qn ? -qn : r;
    store<i16>(q + (<usize>k << 1), <i16><i32>r);
  }
  return m / qn;
}

/**
 * SIMD twin of feature_values_i16, same result bit for bit (the max is exact in any order; each q[k] is
 * the same f32 product rounded to nearest, ties to even, and clamped: the magic-number add rounds as
 * nearest() does for |x| < 2^22, and clamping the integer equals clamping the rounded float).
 * One pass, 4 features at a time, checks the indices, gathers their row scales, keeps v[k] = val[k] *
 * r[idx[k]] in tmp (f32 [nnz]) and takes the max: the indices are checked in a vector (min_u against
 * dim - 1; a bad index is clamped, so its row-scale read stays in bounds, and the result is -1 before any
 * weight row is read), and the max of |v| is an integer max of the bit patterns (non-negative floats
 * order as their bits, and NaN and infinities have the largest ones, so the same max also tells
 * whether every value is finite). The quantization then runs 8 wide over tmp.
 */
export function feature_values_i16_simd(idx: usize, val: usize, rs: usize, nnz: i32, dim: i32, q: usize, tmp: usize): f32 {
  const FINITE_MAX = 0x7f7fffff; // bits of F32.MAX_VALUE
  const last = i32x4.splat(dim - 1);
  const absMask = i32x4.splat(0x7fffffff);
  let okIdx = i32x4.splat(-1);
  let mb = i32x4.splat(0);
  let k = 0;
  for (; k + 4 <= nnz; k += 4) {
    const iv = v128.load(idx + (<usize>k << 2));
    const c = i32x4.min_u(iv, last);
    okIdx = v128.and(okIdx, i32x4.eq(c, iv));
    const off = i32x4.shl(c, 2);
    let r = v128.load32_zero(rs + <usize>i32x4.extract_lane(off, 0));
    r = v128.load32_lane(rs + <usize>i32x4.extract_lane(off, 1), r, 1);
    r = v128.load32_lane(rs + <usize>i32x4.extract_lane(off, 2), r, 2);
    r = v128.load32_lane(rs + <usize>i32x4.extract_lane(off, 3), r, 3);
    const v = f32x4.mul(v128.load(val + (<usize>k << 2)), r);
    v128.store(tmp + (<usize>k << 2), v);
    mb = i32x4.max_s(mb, v128.and(v, absMask));
  }
  if (!i32x4.all_true(okIdx)) return -1;
  let m0 = max(i32x4.extract_lane(mb, 0), i32x4.extract_lane(mb, 1));
  let m1 = max(i32x4.extract_lane(mb, 2), i32x4.extract_lane(mb, 3));
  let bits = max(m0, m1);
  for (; k < nnz; k++) {
    const i = load<i32>(idx + (<usize>k << 2));
    if (<u32>i >= <u32>dim) return -1;
    const v = load<f32>(val + (<usize>k << 2)) * load<f32>(rs + (<usize>i << 2));
    store<f32>(tmp + (<usize>k << 2), v);
    bits = max(bits, reinterpret<i32>(v) & 0x7fffffff);
  }
  if (bits > FINITE_MAX) return -1; // NaN or infinite
  const m = reinterpret<f32>(bits);
  store<i16>(q + (<usize>nnz << 1), 0);
  if (!(m > 0)) {
    for (let j = 0; j < nnz; j++) store<i16>(q + (<usize>j << 1), 0);
    return 0;
  }
  const qn = Q_MAX;
  const inv: f32 = qn / m;
  const vinv = f32x4.splat(inv);
  const magic = f32x4.splat(12582912.0); // 1.5 * 2^23: rounds signed values below 2^22 to integers
  const magicBits = i32x4.splat(0x4b400000);
  const hi = i32x4.splat(<i32>qn), lo = i32x4.splat(-<i32>qn);
  k = 0;
  for (; k + 8 <= nnz; k += 8) {
    const p = tmp + (<usize>k << 2);
    let r0 = i32x4.sub(f32x4.add(f32x4.mul(v128.load(p), vinv), magic), magicBits);
    let r1 = i32x4.sub(f32x4.add(f32x4.mul(v128.load(p, 16), vinv), magic), magicBits);
    r0 = i32x4.max_s(lo, i32x4.min_s(hi, r0));
    r1 = i32x4.max_s(lo, i32x4.min_s(hi, r1));
    v128.store(q + (<usize>k << 1), i16x8.narrow_i32x4_s(r0, r1));
  }
  for (; k < nnz; k++) {
    let r = nearest<f32>(load<f32>(tmp + (<usize>k << 2)) * inv);
    r = r > qn ? qn : r < -qn ? -qn : r;
    store<i16>(q + (<usize>k << 1), <i16><i32>r);
  }
  return m / qn;
}

/** Dense inputs: xs[i] = x[i] * r[i] (f32 [dim]) for matvec_i8_f32_*. */
export function dense_rowscale_f32(x: usize, rs: usize, dim: i32, xs: usize): void {
  for (let i: usize = 0; i < <usize>dim << 2; i += 4) store<f32>(xs + i, load<f32>(x + i) * load<f32>(rs + i));
}
