// Turns a decision's logits into coherent probabilities (docs/design/outcome-distribution.md):
//   logits: f32 [nT, nN], row-major (one row per thought, one column per goal input the network scored)
//   out:    f32 [nT, nOut]
//   plan:   i32 words: nGroups, nOut, then per group (firstColumn, count), then per output (kind, a, b):
//           kind 0: out = sigmoid(logits[a])                      (a goal outside every group)
//           kind 1: out = sum_{k: bit k of b} softmax(group a)[k]  (a derived goal: a union of outcomes)
//   scratch: (sum of group counts + nGroups) * 16 bytes, 16-aligned
// softmax: m = max_k z_k, e_k = exp(max(z_k - m, -86)), S = sum_k e_k in index order; a union is
// (sum of its e_k in index order) / S. Partial sums of non-negative terms only grow, so a goal whose
// outcomes contain another's never reads lower, and a goal and its complement sum to 1 within rounding.
// The SIMD twin scores four thoughts at a time, one per lane, with the same f32 operations in the same
// order as the scalar twin, so both agree bit for bit.

import { clamp_low_f32, clamp_low_f32x4, exp_clamped_f32, exp_clamped_f32x4, sigmoid_f32, sigmoid_f32x4 } from "./sigmoid_f32";

@inline function word(plan: usize, i: i32): i32 {
  return load<i32>(plan + (<usize>i << 2));
}

function outcome_probs_row_scalar(z: usize, plan: usize, o: usize, scratch: usize): void {
  const nGroups = word(plan, 0);
  const nOut = word(plan, 1);
  const sums = scratch;
  let e = scratch + (<usize>nGroups << 2);
  for (let gi = 0; gi < nGroups; gi++) {
    const first = <usize>word(plan, 2 + 2 * gi);
    const count = word(plan, 3 + 2 * gi);
    let m = load<f32>(z + (first << 2));
    for (let k = 1; k < count; k++) m = max<f32>(m, load<f32>(z + ((first + <usize>k) << 2)));
    let s: f32 = 0;
    for (let k = 0; k < count; k++) {
      const ek = exp_clamped_f32(clamp_low_f32(load<f32>(z + ((first + <usize>k) << 2)) - m));
      store<f32>(e + (<usize>k << 2), ek);
      s += ek;
    }
    store<f32>(sums + (<usize>gi << 2), s);
    e += <usize>count << 2;
  }
  const outs = plan + ((2 + 2 * <usize>nGroups) << 2);
  for (let c = 0; c < nOut; c++) {
    const kind = load<i32>(outs + <usize>c * 12);
    const a = load<i32>(outs + <usize>c * 12, 4);
    if (kind == 0) {
      store<f32>(o + (<usize>c << 2), sigmoid_f32(load<f32>(z + (<usize>a << 2))));
      continue;
    }
    const mask = load<u32>(outs + <usize>c * 12, 8);
    let base = scratch + (<usize>nGroups << 2);
    for (let gi = 0; gi < a; gi++) base += <usize>word(plan, 3 + 2 * gi) << 2;
    const count = word(plan, 3 + 2 * a);
    let acc: f32 = 0;
    for (let k = 0; k < count; k++) if ((mask >> k) & 1) acc += load<f32>(base + (<usize>k << 2));
    store<f32>(o + (<usize>c << 2), acc / load<f32>(sums + (<usize>a << 2)));
  }
}

export function outcome_probs_f32_scalar(logits: usize, nT: i32, nN: i32, plan: usize, out: usize, scratch: usize): void {
  const nOut = word(plan, 1);
  for (let t = 0; t < nT; t++) outcome_probs_row_scalar(logits + <usize>t * (<usize>nN << 2), plan, out + <usize>t * (<usize>nOut << 2), scratch);
}

/** Lane L = the value at p + L * stride (four thoughts' logits for one column). */
@inline function gather4(p: usize, stride: usize): v128 {
  let v = f32x4.splat(load<f32>(p));
  v = f32x4.replace_lane(v, 1, load<f32>(p + stride));
  v = f32x4.replace_lane(v, 2, load<f32>(p + stride * 2));
  return f32x4.replace_lane(v, 3, load<f32>(p + stride * 3));
}

@inline function scatter4(p: usize, stride: usize, v: v128): void {
  store<f32>(p, f32x4.extract_lane(v, 0));
  store<f32>(p + stride, f32x4.extract_lane(v, 1));
  store<f32>(p + stride * 2, f32x4.extract_lane(v, 2));
  store<f32>(p + stride * 3, f32x4.extract_lane(v, 3));
}

export function outcome_probs_f32_simd(logits: usize, nT: i32, nN: i32, plan: usize, out: usize, scratch: usize): void {
  const nGroups = word(plan, 0);
  const nOut = word(plan, 1);
  const zStride = <usize>nN << 2;
  const oStride = <usize>nOut << 2;
  const outs = plan + ((2 + 2 * <usize>nGroups) << 2);
  let t = 0;
  for (; t + 4 <= nT; t += 4) {
    const z = logits + <usize>t * zStride;
    const o = out + <usize>t * oStride;
    const sums = scratch;
    let e = scratch + (<usize>nGroups << 4);
    for (let gi = 0; gi < nGroups; gi++) {
      const first = <usize>word(plan, 2 + 2 * gi);
      const count = word(plan, 3 + 2 * gi);
      let m = gather4(z + (first << 2), zStride);
      for (let k = 1; k < count; k++) m = f32x4.max(m, gather4(z + ((first + <usize>k) << 2), zStride));
      let s = f32x4.splat(0);
      for (let k = 0; k < count; k++) {
        const ek = exp_clamped_f32x4(clamp_low_f32x4(f32x4.sub(gather4(z + ((first + <usize>k) << 2), zStride), m)));
        v128.store(e + (<usize>k << 4), ek);
        s = f32x4.add(s, ek);
      }
      v128.store(sums + (<usize>gi << 4), s);
      e += <usize>count << 4;
    }
    for (let c = 0; c < nOut; c++) {
      const kind = load<i32>(outs + <usize>c * 12);
      const a = load<i32>(outs + <usize>c * 12, 4);
      if (kind == 0) {
        scatter4(o + (<usize>c << 2), oStride, sigmoid_f32x4(gather4(z + (<usize>a << 2), zStride)));
        continue;
      }
      const mask = load<u32>(outs + <usize>c * 12, 8);
      let base = scratch + (<usize>nGroups << 4);
      for (let gi = 0; gi < a; gi++) base += <usize>word(plan, 3 + 2 * gi) << 4;
      const count = word(plan, 3 + 2 * a);
      let acc = f32x4.splat(0);
      for (let k = 0; k < count; k++) if ((mask >> k) & 1) acc = f32x4.add(acc, v128.load(base + (<usize>k << 4)));
      scatter4(o + (<usize>c << 2), oStride, f32x4.div(acc, v128.load(sums + (<usize>a << 4))));
    }
  }
  for (; t < nT; t++) outcome_probs_row_scalar(logits + <usize>t * zStride, plan, out + <usize>t * oStride, scratch);
}
