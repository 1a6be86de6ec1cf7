// Layer 2's dequantization and the output layer, per pair r:
//   h[o] = relu(f32(acc[r, o]) * (xScale[r] * s2[o]) + b2[o]);  z = sum_o h[o] * w3f[o] + b3;  p[r] = sigmoid(z)
//   acc: i32 [rows, H2]; xScale: f32 [rows]; s2, b2, w3f: f32 [H2] (w3f = f32(w3) * s3); H2 % 16 == 0.
// The dot product keeps 4 lane sums (lane L takes o = L mod 4) combined as (l0 + l1) + (l2 + l3); the
// scalar twin keeps the same four sums in the same order, so both agree bit for bit (ReLU as pmax: see
// pair_add_relu_quant_i16.ts). The SIMD twin writes the logits z, then takes sigmoid 4 pairs at a time
// (sigmoid_f32.ts; the scalar form gives the same bits). With `logits` both leave z as it is: an
// outcome group's softmax (outcome_probs_f32.ts) needs the logits, not their sigmoids.

import { pmaxf } from "./pair_add_relu_quant_i16";
import { sigmoid_f32, sigmoid_f32x4 } from "./sigmoid_f32";

export function dequant_relu_dot_sigmoid_f32_simd(acc: usize, rows: i32, xScale: usize, s2: usize, b2: usize, w3f: usize, b3: f32, h2: i32, out: usize, logits: bool): void {
  const bytes = <usize>h2 << 2;
  const zero = f32x4.splat(0);
  let r0 = 0;
  // two pairs side by side: each keeps its own chain of lane sums (same order as one at a time), and
  // the two chains overlap in the pipeline
  for (; r0 + 2 <= rows; r0 += 2) {
    const ar = acc + <usize>r0 * bytes;
    const br = ar + bytes;
    const xa = f32x4.splat(load<f32>(xScale + (<usize>r0 << 2)));
    const xb = f32x4.splat(load<f32>(xScale + (<usize>r0 << 2), 4));
    let za = f32x4.splat(0);
    let zb = f32x4.splat(0);
    for (let o: usize = 0; o < bytes; o += 16) {
      const s = v128.load(s2 + o);
      const bias = v128.load(b2 + o);
      const w = v128.load(w3f + o);
      const ha = f32x4.pmax(zero, f32x4.add(f32x4.mul(f32x4.convert_i32x4_s(v128.load(ar + o)), f32x4.mul(xa, s)), bias));
      const hb = f32x4.pmax(zero, f32x4.add(f32x4.mul(f32x4.convert_i32x4_s(v128.load(br + o)), f32x4.mul(xb, s)), bias));
      za = f32x4.add(za, f32x4.mul(ha, w));
      zb = f32x4.add(zb, f32x4.mul(hb, w));
    }
    store<f32>(out + (<usize>r0 << 2), (f32x4.extract_lane(za, 0) + f32x4.extract_lane(za, 1)) + (f32x4.extract_lane(za, 2) + f32x4.extract_lane(za, 3)) + b3);
    store<f32>(out + (<usize>r0 << 2), (f32x4.extract_lane(zb, 0) + f32x4.extract_lane(zb, 1)) + (f32x4.extract_lane(zb, 2) + f32x4.extract_lane(zb, 3)) + b3, 4);
  }
  for (let r = r0; r < rows; r++) {
    const ar = acc + <usize>r * bytes;
    const xs = f32x4.splat(load<f32>(xScale + (<usize>r << 2)));
    let z4 = f32x4.splat(0);
    for (let o: usize = 0; o < bytes; o += 16) {
      const scaled = f32x4.mul(f32x4.convert_i32x4_s(v128.load(ar + o)), f32x4.mul(xs, v128.load(s2 + o)));
      const h = f32x4.pmax(zero, f32x4.add(scaled, v128.load(b2 + o)));
      z4 = f32x4.add(z4, f32x4.mul(h, v128.load(w3f + o)));
    }
    const z = (f32x4.extract_lane(z4, 0) + f32x4.extract_lane(z4, 1)) + (f32x4.extract_lane(z4, 2) + f32x4.extract_lane(z4, 3)) + b3;
    store<f32>(out + (<usize>r << 2), z);
  }
  if (logits) return;
  let r = 0;
  for (; r + 4 <= rows; r += 4) v128.store(out + (<usize>r << 2), sigmoid_f32x4(v128.load(out + (<usize>r << 2))));
  for (; r < rows; r++) store<f32>(out + (<usize>r << 2), sigmoid_f32(load<f32>(out + (<usize>r << 2))));
}

export function dequant_relu_dot_sigmoid_f32_scalar(acc: usize, rows: i32, xScale: usize, s2: usize, b2: usize, w3f: usize, b3: f32, h2: i32, out: usize, logits: bool): void {
  const bytes = <usize>h2 << 2;
  for (let r = 0; r < rows; r++) {
    const ar = acc + <usize>r * bytes;
    const xs = load<f32>(xScale + (<usize>r << 2));
    let l0: f32 = 0, l1: f32 = 0, l2: f32 = 0, l3: f32 = 0;
    for (let o: usize = 0; o < bytes; o += 16) {
      l0 += pmaxf(0, <f32>load<i32>(ar + o) * (xs * load<f32>(s2 + o)) + load<f32>(b2 + o)) * load<f32>(w3f + o);
      l1 += pmaxf(0, <f32>load<i32>(ar + o + 4) * (xs * load<f32>(s2 + o + 4)) + load<f32>(b2 + o + 4)) * load<f32>(w3f + o + 4);
      l2 += pmaxf(0, <f32>load<i32>(ar + o + 8) * (xs * load<f32>(s2 + o + 8)) + load<f32>(b2 + o + 8)) * load<f32>(w3f + o + 8);
      l3 += pmaxf(0, <f32>load<i32>(ar + o + 12) * (xs * load<f32>(s2 + o + 12)) + load<f32>(b2 + o + 12)) * load<f32>(w3f + o + 12);
    }
    const z = (l0 + l1) + (l2 + l3) + b3;
    store<f32>(out + (<usize>r << 2), logits ? z : sigmoid_f32(z));
  }
}
