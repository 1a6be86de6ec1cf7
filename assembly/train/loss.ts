// IQL losses of a batch and their gradients on the logits (docs/design/iql-trainer.md), in float64
// like src/train/iql.ts. Per item, run[i] says what it is: 0 an ungrouped goal (Q: weighted binary
// cross-entropy toward y; V: tau-expectile toward sigmoid(target Q)), K > 0 the first of a run of K
// outcomes of an exclusive group (Q: softmax cross-entropy toward the distribution y; V: cross-entropy
// toward the target Q's softmax, weighted tau or 1 - tau by expected utility; src/train/outcome-groups.ts),
// -1 the rest of a run. Gradients are divided by the batch weight wTotal. out: f64 [qLoss, vLoss].

@inline function f(p: usize, i: i32): f64 {
  return <f64>load<f32>(p + (<usize>i << 2));
}

@inline function sigmoid(z: f64): f64 {
  return 1 / (1 + Math.exp(-z));
}

const LOG_FLOOR: f64 = 1e-7;

/** Softmax of z[start .. start + n) into the f64 scratch `out`. */
function softmax(z: usize, start: i32, n: i32, out: usize): void {
  let m = -Infinity;
  for (let k = 0; k < n; k++) m = Math.max(m, f(z, start + k));
  let s: f64 = 0;
  for (let k = 0; k < n; k++) {
    const e = Math.exp(f(z, start + k) - m);
    store<f64>(out + (<usize>k << 3), e);
    s += e;
  }
  for (let k = 0; k < n; k++) store<f64>(out + (<usize>k << 3), load<f64>(out + (<usize>k << 3)) / s);
}

/** scratch: 3 * 32 f64 (a group has at most 32 outcomes). */
export function iql_loss(n: i32, zq: usize, zqt: usize, zv: usize, y: usize, w: usize, run: usize, util: usize, tau: f64, wTotal: f64, dq: usize, dv: usize, scratch: usize, out: usize): void {
  let qLoss: f64 = 0, vLoss: f64 = 0;
  const p = scratch, qt = scratch + 256, pv = scratch + 512;
  for (let i = 0; i < n; i++) {
    const r = load<i32>(run + (<usize>i << 2));
    const ib = <usize>i << 2;
    if (r < 0) continue;
    if (r > 0) {
      softmax(zq, i, r, p);
      softmax(zqt, i, r, qt);
      softmax(zv, i, r, pv);
      let uq: f64 = 0, uv: f64 = 0;
      for (let k = 0; k < r; k++) {
        const kb = <usize>k << 3;
        uq += load<f64>(qt + kb) * f(util, i + k);
        uv += load<f64>(pv + kb) * f(util, i + k);
      }
      const wt = uq - uv < 0 ? 1 - tau : tau;
      for (let k = 0; k < r; k++) {
        const kb = <usize>k << 3;
        const yk = f(y, i + k);
        const pk = load<f64>(p + kb), qk = load<f64>(qt + kb), vk = load<f64>(pv + kb);
        qLoss -= yk * Math.log(Math.max(pk, LOG_FLOOR));
        vLoss -= wt * qk * Math.log(Math.max(vk, LOG_FLOOR));
        store<f32>(dq + ((<usize>(i + k)) << 2), <f32>((pk - yk) / wTotal));
        store<f32>(dv + ((<usize>(i + k)) << 2), <f32>((wt * (vk - qk)) / wTotal));
      }
      continue;
    }
    const wi = f(w, i);
    const pi = sigmoid(f(zq, i));
    const yi = f(y, i);
    qLoss += wi * -(yi * Math.log(Math.max(pi, LOG_FLOOR)) + (1 - yi) * Math.log(Math.max(1 - pi, LOG_FLOOR)));
    store<f32>(dq + ib, <f32>((wi * (pi - yi)) / wTotal));
    const vp = sigmoid(f(zv, i));
    const u = sigmoid(f(zqt, i)) - vp;
    const wt = u < 0 ? 1 - tau : tau;
    vLoss += wi * wt * u * u;
    store<f32>(dv + ib, <f32>((wi * -2 * wt * u * vp * (1 - vp)) / wTotal));
  }
  store<f64>(out, qLoss);
  store<f64>(out + 8, vLoss);
}
