// First-layer partial product for sparse (hashed) inputs: an integer embedding bag over int8 weight rows.
//   out[j] (f32) = sum over chunks c of f32(acc_c[j]) * vscale,  acc_c[j] (i32) = sum_{k in c} q[k] * W[idx[k], j]
//   W: i8 [inputDim, H1] row-major (row = input feature); idx: i32 [nnz]; q: i16 [nnz + 1] feature values
//   quantized by feature_values_i16 (row scales folded in, padded with a 0); H1 % 16 == 0.
// Chunks of BAG_CHUNK features keep every i32 sum exact (512 * 32767 * 127 < 2^31) whatever nnz is; a
// text has fewer features than that in practice, so there is one chunk and no float sum at all.
// The SIMD twin takes features two at a time: it interleaves the two rows' i16 lanes and multiplies them
// by the splatted (q[k], q[k+1]) pair with i32x4.dot_i16x8_s, 16 multiply-adds per dot+add and no float
// conversion per feature. Integer sums are exact and both twins add the chunks' floats in the same
// order, so they agree bit for bit. Each text's row offsets idx[k] * H1 are computed once, 4 at a time,
// into scratch, and the sweeps step pointers through them: with the index loads, multiplies and the
// odd-tail select in every sweep, V8's loop ran ~34 instructions per feature pair, now ~23 (issue 17).

export const BAG_CHUNK = 512; // even: a pair of features never straddles two chunks

/** acc += the products of features [k0, k1) for the 16 outputs from base (= W + j); offs[k] = idx[k] * H1. */
@inline function bag16(base: usize, offs: usize, q: usize, k0: i32, k1: i32, o: usize, first: bool, vs: v128): void {
  let a0 = i32x4.splat(0), a1 = i32x4.splat(0), a2 = i32x4.splat(0), a3 = i32x4.splat(0);
  let p = offs + (<usize>k0 << 2);
  let pq = q + (<usize>k0 << 1);
  const pairsEnd = p + ((<usize>(k1 - k0) & ~(<usize>1)) << 2);
  for (; p < pairsEnd; p += 8, pq += 4) {
    const r0 = base + <usize>load<i32>(p);
    const r1 = base + <usize>load<i32>(p, 4);
    const v = v128.load32_splat(pq);
    let x0 = v128.load8x8_s(r0), x1 = v128.load8x8_s(r1);
    a0 = i32x4.add(a0, i32x4.dot_i16x8_s(i16x8.shuffle(x0, x1, 0, 8, 1, 9, 2, 10, 3, 11), v));
    a1 = i32x4.add(a1, i32x4.dot_i16x8_s(i16x8.shuffle(x0, x1, 4, 12, 5, 13, 6, 14, 7, 15), v));
    x0 = v128.load8x8_s(r0, 8);
    x1 = v128.load8x8_s(r1, 8);
    a2 = i32x4.add(a2, i32x4.dot_i16x8_s(i16x8.shuffle(x0, x1, 0, 8, 1, 9, 2, 10, 3, 11), v));
    a3 = i32x4.add(a3, i32x4.dot_i16x8_s(i16x8.shuffle(x0, x1, 4, 12, 5, 13, 6, 14, 7, 15), v));
  }
  if ((k1 - k0) & 1) {
    // an odd tail (only at the end: chunks are even) pairs the last feature with itself and q's zero pad
    const r0 = base + <usize>load<i32>(p);
    const v = v128.load32_splat(pq);
    let x0 = v128.load8x8_s(r0);
    a0 = i32x4.add(a0, i32x4.dot_i16x8_s(i16x8.shuffle(x0, x0, 0, 8, 1, 9, 2, 10, 3, 11), v));
    a1 = i32x4.add(a1, i32x4.dot_i16x8_s(i16x8.shuffle(x0, x0, 4, 12, 5, 13, 6, 14, 7, 15), v));
    x0 = v128.load8x8_s(r0, 8);
    a2 = i32x4.add(a2, i32x4.dot_i16x8_s(i16x8.shuffle(x0, x0, 0, 8, 1, 9, 2, 10, 3, 11), v));
    a3 = i32x4.add(a3, i32x4.dot_i16x8_s(i16x8.shuffle(x0, x0, 4, 12, 5, 13, 6, 14, 7, 15), v));
  }
  flush(o, 0, a0, vs, first);
  flush(o, 16, a1, vs, first);
  flush(o, 32, a2, vs, first);
  flush(o, 48, a3, vs, first);
}

@inline function flush(o: usize, off: usize, a: v128, vs: v128, first: bool): void {
  const f = f32x4.mul(f32x4.convert_i32x4_s(a), vs);
  v128.store(o + off, first ? f : f32x4.add(v128.load(o + off), f));
}

/** `offs` is scratch for nnz i32 (the row offsets, computed once here instead of once per sweep). */
export function embed_bag_i8_i16_simd(w: usize, h1: i32, idx: usize, q: usize, nnz: i32, vscale: f32, out: usize, offs: usize): void {
  const rowBytes = <usize>h1;
  const vs = f32x4.splat(vscale);
  // 4 at a time: the last step may read up to 3 indices past nnz (within the record's 16-aligned
  // indices) and write their garbage offsets within offs's 16-aligned size; neither is used
  const hv = i32x4.splat(h1);
  for (let k: usize = 0; k < <usize>nnz << 2; k += 16) v128.store(offs + k, i32x4.mul(v128.load(idx + k), hv));
  let c0 = 0;
  do {
    const c1 = min(c0 + BAG_CHUNK, nnz);
    const first = c0 == 0;
    // 16 outputs per sweep over the features (4 accumulators). 32-wide sweeps (8 accumulators) halve the
    // per-feature index work but V8 spilled their registers to the stack: 16-wide was ~2% faster on a
    // whole 1x8x16 decision (issue 17t, interleaved probe).
    for (let j: usize = 0; j < rowBytes; j += 16) bag16(w + j, offs, q, c0, c1, out + (j << 2), first, vs);
    c0 = c1;
  } while (c0 < nnz);
}

export function embed_bag_i8_i16_scalar(w: usize, h1: i32, idx: usize, q: usize, nnz: i32, vscale: f32, out: usize): void {
  for (let j = 0; j < h1; j++) {
    let sum: f32 = 0;
    let c0 = 0;
    do {
      const c1 = min(c0 + BAG_CHUNK, nnz);
      let acc: i32 = 0;
      for (let k = c0; k < c1; k++) acc += <i32>load<i16>(q + (<usize>k << 1)) * <i32>load<i8>(w + <usize>load<i32>(idx + (<usize>k << 2)) * <usize>h1 + <usize>j);
      const f = <f32>acc * vscale;
      sum = c0 == 0 ? f : sum + f;
      c0 = c1;
    } while (c0 < nnz);
    store<f32>(out + (<usize>j << 2), sum);
  }
}
