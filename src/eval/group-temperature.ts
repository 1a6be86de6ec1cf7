/**
 * One temperature on a critic's exclusive outcome group, fitted on the acting agent's own decisions
 * (scripts/webshop-calibrate.ts). softmax(z / T) keeps the outcomes one distribution; T is folded into
 * both heads' last layer (z = w3.scale * (w3 . h) + b3, so dividing w3.scale and b3 by T divides every
 * logit by T; b3 cancels in a group's softmax and is divided so that an ungrouped goal's sigmoid is
 * tempered alike), so the file format and the runtime are unchanged.
 */
import { readModelFile, writeModelFile, type NamedTensor } from "../critic/model-file.ts";

/** Rows of softmax(logp / T): logp is a row's log-probabilities (the logits up to a per-row constant). */
export function tempered(logp: number[][], T: number): number[][] {
  return logp.map((z) => {
    const m = Math.max(...z);
    const e = z.map((x) => Math.exp((x - m) / T));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((x) => x / s);
  });
}

/**
 * The temperature for rows `logp` whose realised outcomes are `level`: "likelihood" maximises the
 * likelihood of the realised outcomes; "mean" makes the mean predicted probability of outcome 0 equal
 * its realised rate (calibration of the primary outcome in the large). T is searched in [0.05, 20].
 */
export function fitGroupTemperature(logp: number[][], level: number[], fit: "likelihood" | "mean"): number {
  if (!logp.length || logp.length !== level.length) throw new Error(`fitGroupTemperature: ${logp.length} rows and ${level.length} levels`);
  let lo = Math.log(0.05), hi = Math.log(20);
  if (fit === "likelihood") {
    const nll = (T: number) => -tempered(logp, T).reduce((a, p, i) => a + Math.log(Math.max(p[level[i]!]!, 1e-12)), 0);
    // golden-section search on log T: the likelihood of a temperature is unimodal
    const g = (Math.sqrt(5) - 1) / 2;
    for (let i = 0; i < 80; i++) {
      const a = hi - g * (hi - lo), b = lo + g * (hi - lo);
      if (nll(Math.exp(a)) < nll(Math.exp(b))) hi = b;
      else lo = a;
    }
    return Math.exp((lo + hi) / 2);
  }
  const realised = level.filter((k) => k === 0).length / level.length;
  const gap = (T: number) => tempered(logp, T).reduce((a, r) => a + r[0]!, 0) / level.length - realised;
  // while outcome 0 is the likeliest in most rows its mean falls as T grows: bisection on log T
  for (let i = 0; i < 80; i++) {
    const m = (lo + hi) / 2;
    if (gap(Math.exp(m)) < 0) hi = m;
    else lo = m;
  }
  return Math.exp((lo + hi) / 2);
}

/** The model file with every logit of both heads divided by T (and `meta` merged over its metadata). */
export function withGroupTemperature(bytes: Uint8Array, T: number, meta: Record<string, unknown> = {}): Uint8Array {
  if (!(T > 0) || !Number.isFinite(T)) throw new Error(`temperature must be a positive number, got ${T}`);
  const file = readModelFile(bytes);
  const { tensors: entries, ...rest } = file.meta;
  const out: NamedTensor[] = entries.map((e) => {
    const data = file.tensors.get(e.name)!;
    const last = /^(q|v)\.(w3\.scale|b3)$/.test(e.name);
    return { name: e.name, dtype: e.dtype, shape: e.shape, data: last ? Float32Array.from(data as Float32Array, (x) => x / T) : data.slice() };
  });
  return writeModelFile({ ...rest, ...meta }, out);
}
