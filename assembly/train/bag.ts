// Embedding bag over hashed sparse features (the first layer's block products), f32.
// Texts are in CSR form: off[i32; nTexts+1], idx[i32], val[f32]. A call works on a list of text slots
// (list[i32; n]) and row i of the output / gradient belongs to list entry i. H1 lanes: SIMD in 4s, the
// tail in scalar; the scalar twins add in the same order, so both give the same bits.

/** out[i, :] = sum_j val_j * w1[idx_j, :] over the features of text list[i]. Accumulates 8 lanes in registers per pass. */
export function bag_forward_simd(w1: usize, h1: i32, off: usize, idx: usize, val: usize, list: usize, n: i32, out: usize): void {
  const rowBytes = <usize>h1 << 2;
  const vec8 = rowBytes & ~(<usize>31);
  const vec = rowBytes & ~(<usize>15);
  for (let i = 0; i < n; i++) {
    const t = <usize>load<i32>(list + (<usize>i << 2));
    const o = out + <usize>i * rowBytes;
    const from = load<i32>(off + (t << 2)), to = load<i32>(off + (t << 2) + 4);
    let k: usize = 0;
    for (; k < vec8; k += 32) {
      let a0 = f32x4.splat(0), a1 = f32x4.splat(0);
      for (let j = from; j < to; j++) {
        const xv = f32x4.splat(load<f32>(val + (<usize>j << 2)));
        const row = w1 + <usize>load<i32>(idx + (<usize>j << 2)) * rowBytes + k;
        a0 = f32x4.add(a0, f32x4.mul(xv, v128.load(row)));
        a1 = f32x4.add(a1, f32x4.mul(xv, v128.load(row, 16)));
      }
      v128.store(o + k, a0);
      v128.store(o + k, a1, 16);
    }
    for (; k < vec; k += 16) {
      let a0 = f32x4.splat(0);
      for (let j = from; j < to; j++) {
        const xv = f32x4.splat(load<f32>(val + (<usize>j << 2)));
        a0 = f32x4.add(a0, f32x4.mul(xv, v128.load(w1 + <usize>load<i32>(idx + (<usize>j << 2)) * rowBytes + k)));
      }
      v128.store(o + k, a0);
    }
    for (; k < rowBytes; k += 4) {
      let a: f32 = 0;
      for (let j = from; j < to; j++) a += load<f32>(val + (<usize>j << 2)) * load<f32>(w1 + <usize>load<i32>(idx + (<usize>j << 2)) * rowBytes + k);
      store<f32>(o + k, a);
    }
  }
}

export function bag_forward_scalar(w1: usize, h1: i32, off: usize, idx: usize, val: usize, list: usize, n: i32, out: usize): void {
  const rowBytes = <usize>h1 << 2;
  for (let i = 0; i < n; i++) {
    const t = <usize>load<i32>(list + (<usize>i << 2));
    const o = out + <usize>i * rowBytes;
    memory.fill(o, 0, rowBytes);
    const from = load<i32>(off + (t << 2)), to = load<i32>(off + (t << 2) + 4);
    for (let j = from; j < to; j++) {
      const x = load<f32>(val + (<usize>j << 2));
      const row = w1 + <usize>load<i32>(idx + (<usize>j << 2)) * rowBytes;
      for (let k: usize = 0; k < rowBytes; k += 4) store<f32>(o + k, load<f32>(o + k) + x * load<f32>(row + k));
    }
  }
}

/** gw1[idx_j, :] += val_j * d[i, :] for every feature of text list[i]; touched[idx_j] = 1 (lazy AdamW rows). */
export function bag_backward_simd(gw1: usize, touched: usize, h1: i32, off: usize, idx: usize, val: usize, list: usize, n: i32, d: usize): void {
  const rowBytes = <usize>h1 << 2;
  const vec = rowBytes & ~(<usize>15);
  for (let i = 0; i < n; i++) {
    const t = <usize>load<i32>(list + (<usize>i << 2));
    const di = d + <usize>i * rowBytes;
    const from = load<i32>(off + (t << 2)), to = load<i32>(off + (t << 2) + 4);
    if (rowBytes == 32) {
      // the ensemble members' usual width (8): the text's gradient row stays in registers
      const d0 = v128.load(di), d1 = v128.load(di, 16);
      for (let j = from; j < to; j++) {
        const xv = f32x4.splat(load<f32>(val + (<usize>j << 2)));
        const r = <usize>load<i32>(idx + (<usize>j << 2));
        store<u8>(touched + r, 1);
        const row = gw1 + (r << 5);
        v128.store(row, f32x4.add(v128.load(row), f32x4.mul(xv, d0)));
        v128.store(row, f32x4.add(v128.load(row, 16), f32x4.mul(xv, d1)), 16);
      }
      continue;
    }
    for (let j = from; j < to; j++) {
      const x = load<f32>(val + (<usize>j << 2));
      const xv = f32x4.splat(x);
      const r = <usize>load<i32>(idx + (<usize>j << 2));
      store<u8>(touched + r, 1);
      const row = gw1 + r * rowBytes;
      let k: usize = 0;
      for (; k < vec; k += 16) v128.store(row + k, f32x4.add(v128.load(row + k), f32x4.mul(xv, v128.load(di + k))));
      for (; k < rowBytes; k += 4) store<f32>(row + k, load<f32>(row + k) + x * load<f32>(di + k));
    }
  }
}

export function bag_backward_scalar(gw1: usize, touched: usize, h1: i32, off: usize, idx: usize, val: usize, list: usize, n: i32, d: usize): void {
  const rowBytes = <usize>h1 << 2;
  for (let i = 0; i < n; i++) {
    const t = <usize>load<i32>(list + (<usize>i << 2));
    const di = d + <usize>i * rowBytes;
    const from = load<i32>(off + (t << 2)), to = load<i32>(off + (t << 2) + 4);
    for (let j = from; j < to; j++) {
      const x = load<f32>(val + (<usize>j << 2));
      const r = <usize>load<i32>(idx + (<usize>j << 2));
      store<u8>(touched + r, 1);
      const row = gw1 + r * rowBytes;
      for (let k: usize = 0; k < rowBytes; k += 4) store<f32>(row + k, load<f32>(row + k) + x * load<f32>(di + k));
    }
  }
}
