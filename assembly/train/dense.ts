// The dense part of a critic head over a batch of items, f32:
//   h1 = relu(pS[ls] + pG[lg] (+ pT[lt]) + b1),  h2 = relu(W2 h1 + b2),  z = w3 . h2 + b3
// pS/pT/pG hold the first layer's block products of the batch's texts (bag.ts); ls/lt/lg are each
// item's row in them (lt = 0: a head without a thought block, i.e. V). SIMD runs over H1 in 4s; the
// one reduction (W2 h1) uses four lane sums that the scalar twin keeps too, so both give the same bits.

@inline function row(p: usize, list: usize, i: i32, rowBytes: usize): usize {
  return p + <usize>load<i32>(list + (<usize>i << 2)) * rowBytes;
}

export function dense_forward_simd(n: i32, ls: usize, lt: usize, lg: usize, pS: usize, pT: usize, pG: usize, b1: usize, w2: usize, b2: usize, w3: usize, b3: usize, h1: i32, h2: i32, outH1: usize, outH2: usize, z: usize): void {
  const rb = <usize>h1 << 2;
  const vec = rb & ~(<usize>15);
  const zero = f32x4.splat(0);
  for (let i = 0; i < n; i++) {
    const s = row(pS, ls, i, rb), g = row(pG, lg, i, rb);
    const t = lt ? row(pT, lt, i, rb) : 0;
    const a1 = outH1 + <usize>i * rb;
    let k: usize = 0;
    for (; k < vec; k += 16) {
      let a = f32x4.add(v128.load(s + k), v128.load(g + k));
      if (t) a = f32x4.add(a, v128.load(t + k));
      v128.store(a1 + k, f32x4.max(f32x4.add(a, v128.load(b1 + k)), zero));
    }
    for (; k < rb; k += 4) {
      let a = load<f32>(s + k) + load<f32>(g + k);
      if (t) a += load<f32>(t + k);
      a += load<f32>(b1 + k);
      store<f32>(a1 + k, a > 0 ? a : 0);
    }
    const a2 = outH2 + (<usize>i * <usize>h2 << 2);
    let acc = load<f32>(b3);
    for (let o = 0; o < h2; o++) {
      const w = w2 + <usize>o * rb;
      let l = f32x4.splat(0);
      k = 0;
      for (; k < vec; k += 16) l = f32x4.add(l, f32x4.mul(v128.load(w + k), v128.load(a1 + k)));
      let d = (f32x4.extract_lane(l, 0) + f32x4.extract_lane(l, 1)) + (f32x4.extract_lane(l, 2) + f32x4.extract_lane(l, 3));
      for (; k < rb; k += 4) d += load<f32>(w + k) * load<f32>(a1 + k);
      let r = load<f32>(b2 + (<usize>o << 2)) + d;
      r = r > 0 ? r : 0;
      store<f32>(a2 + (<usize>o << 2), r);
      acc += load<f32>(w3 + (<usize>o << 2)) * r;
    }
    store<f32>(z + (<usize>i << 2), acc);
  }
}

export function dense_forward_scalar(n: i32, ls: usize, lt: usize, lg: usize, pS: usize, pT: usize, pG: usize, b1: usize, w2: usize, b2: usize, w3: usize, b3: usize, h1: i32, h2: i32, outH1: usize, outH2: usize, z: usize): void {
  const rb = <usize>h1 << 2;
  const vec = rb & ~(<usize>15);
  for (let i = 0; i < n; i++) {
    const s = row(pS, ls, i, rb), g = row(pG, lg, i, rb);
    const t = lt ? row(pT, lt, i, rb) : 0;
    const a1 = outH1 + <usize>i * rb;
    for (let k: usize = 0; k < rb; k += 4) {
      let a = load<f32>(s + k) + load<f32>(g + k);
      if (t) a += load<f32>(t + k);
      a += load<f32>(b1 + k);
      store<f32>(a1 + k, a > 0 ? a : 0);
    }
    const a2 = outH2 + (<usize>i * <usize>h2 << 2);
    let acc = load<f32>(b3);
    for (let o = 0; o < h2; o++) {
      const w = w2 + <usize>o * rb;
      let l0: f32 = 0, l1: f32 = 0, l2: f32 = 0, l3: f32 = 0;
      let k: usize = 0;
      for (; k < vec; k += 16) {
        l0 += load<f32>(w + k) * load<f32>(a1 + k);
        l1 += load<f32>(w + k + 4) * load<f32>(a1 + k + 4);
        l2 += load<f32>(w + k + 8) * load<f32>(a1 + k + 8);
        l3 += load<f32>(w + k + 12) * load<f32>(a1 + k + 12);
      }
      let d = (l0 + l1) + (l2 + l3);
      for (; k < rb; k += 4) d += load<f32>(w + k) * load<f32>(a1 + k);
      let r = load<f32>(b2 + (<usize>o << 2)) + d;
      r = r > 0 ? r : 0;
      store<f32>(a2 + (<usize>o << 2), r);
      acc += load<f32>(w3 + (<usize>o << 2)) * r;
    }
    store<f32>(z + (<usize>i << 2), acc);
  }
}

/**
 * Accumulates the gradients of sum_i dz[i] z[i]: into gb1, gw2, gb2, gw3, gb3, and into the block
 * products' gradient rows dS[ls], dT[lt], dG[lg] (scattered to W1 by bag_backward). da1: H1 floats of scratch.
 */
export function dense_backward_simd(n: i32, dz: usize, ls: usize, lt: usize, lg: usize, dS: usize, dT: usize, dG: usize, inH1: usize, inH2: usize, w2: usize, w3: usize, h1: i32, h2: i32, gb1: usize, gw2: usize, gb2: usize, gw3: usize, gb3: usize, da1: usize): void {
  const rb = <usize>h1 << 2;
  const vec = rb & ~(<usize>15);
  const zero = f32x4.splat(0);
  for (let i = 0; i < n; i++) {
    const d = load<f32>(dz + (<usize>i << 2));
    if (d == 0) continue;
    const a1 = inH1 + <usize>i * rb;
    const a2 = inH2 + (<usize>i * <usize>h2 << 2);
    store<f32>(gb3, load<f32>(gb3) + d);
    memory.fill(da1, 0, rb);
    for (let o = 0; o < h2; o++) {
      const ob = <usize>o << 2;
      const h = load<f32>(a2 + ob);
      store<f32>(gw3 + ob, load<f32>(gw3 + ob) + d * h);
      const a: f32 = h > 0 ? d * load<f32>(w3 + ob) : 0;
      if (a == 0) continue;
      store<f32>(gb2 + ob, load<f32>(gb2 + ob) + a);
      const w = w2 + <usize>o * rb, gw = gw2 + <usize>o * rb;
      const av = f32x4.splat(a);
      let k: usize = 0;
      for (; k < vec; k += 16) {
        v128.store(gw + k, f32x4.add(v128.load(gw + k), f32x4.mul(av, v128.load(a1 + k))));
        v128.store(da1 + k, f32x4.add(v128.load(da1 + k), f32x4.mul(av, v128.load(w + k))));
      }
      for (; k < rb; k += 4) {
        store<f32>(gw + k, load<f32>(gw + k) + a * load<f32>(a1 + k));
        store<f32>(da1 + k, load<f32>(da1 + k) + a * load<f32>(w + k));
      }
    }
    const s = row(dS, ls, i, rb), g = row(dG, lg, i, rb);
    const t = lt ? row(dT, lt, i, rb) : 0;
    let k: usize = 0;
    for (; k < vec; k += 16) {
      const x = v128.and(v128.load(da1 + k), f32x4.gt(v128.load(a1 + k), zero));
      v128.store(gb1 + k, f32x4.add(v128.load(gb1 + k), x));
      v128.store(s + k, f32x4.add(v128.load(s + k), x));
      v128.store(g + k, f32x4.add(v128.load(g + k), x));
      if (t) v128.store(t + k, f32x4.add(v128.load(t + k), x));
    }
    for (; k < rb; k += 4) {
      const x: f32 = load<f32>(a1 + k) > 0 ? load<f32>(da1 + k) : 0;
      store<f32>(gb1 + k, load<f32>(gb1 + k) + x);
      store<f32>(s + k, load<f32>(s + k) + x);
      store<f32>(g + k, load<f32>(g + k) + x);
      if (t) store<f32>(t + k, load<f32>(t + k) + x);
    }
  }
}

export function dense_backward_scalar(n: i32, dz: usize, ls: usize, lt: usize, lg: usize, dS: usize, dT: usize, dG: usize, inH1: usize, inH2: usize, w2: usize, w3: usize, h1: i32, h2: i32, gb1: usize, gw2: usize, gb2: usize, gw3: usize, gb3: usize, da1: usize): void {
  const rb = <usize>h1 << 2;
  for (let i = 0; i < n; i++) {
    const d = load<f32>(dz + (<usize>i << 2));
    if (d == 0) continue;
    const a1 = inH1 + <usize>i * rb;
    const a2 = inH2 + (<usize>i * <usize>h2 << 2);
    store<f32>(gb3, load<f32>(gb3) + d);
    memory.fill(da1, 0, rb);
    for (let o = 0; o < h2; o++) {
      const ob = <usize>o << 2;
      const h = load<f32>(a2 + ob);
      store<f32>(gw3 + ob, load<f32>(gw3 + ob) + d * h);
      const a: f32 = h > 0 ? d * load<f32>(w3 + ob) : 0;
      if (a == 0) continue;
      store<f32>(gb2 + ob, load<f32>(gb2 + ob) + a);
      const w = w2 + <usize>o * rb, gw = gw2 + <usize>o * rb;
      for (let k: usize = 0; k < rb; k += 4) {
        store<f32>(gw + k, load<f32>(gw + k) + a * load<f32>(a1 + k));
        store<f32>(da1 + k, load<f32>(da1 + k) + a * load<f32>(w + k));
      }
    }
    const s = row(dS, ls, i, rb), g = row(dG, lg, i, rb);
    const t = lt ? row(dT, lt, i, rb) : 0;
    for (let k: usize = 0; k < rb; k += 4) {
      const x: f32 = load<f32>(a1 + k) > 0 ? load<f32>(da1 + k) : 0;
      store<f32>(gb1 + k, load<f32>(gb1 + k) + x);
      store<f32>(s + k, load<f32>(s + k) + x);
      store<f32>(g + k, load<f32>(g + k) + x);
      if (t) store<f32>(t + k, load<f32>(t + k) + x);
    }
  }
}
