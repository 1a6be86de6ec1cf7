/** Summary statistics with 95% intervals: normal interval for means, Wilson interval for rates. */

export interface Interval {
  mean: number;
  lo: number;
  hi: number;
  n: number;
}

/** `range`: the values' possible range; the interval is clipped to it (a normal interval on few episodes can leave it). */
export function meanInterval(xs: number[], range: [number, number] = [-Infinity, Infinity]): Interval {
  const n = xs.length;
  if (!n) return { mean: 0, lo: 0, hi: 0, n: 0 };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1)) : 0;
  const half = (1.96 * sd) / Math.sqrt(n);
  return { mean, lo: Math.max(range[0], mean - half), hi: Math.min(range[1], mean + half), n };
}

export function wilsonInterval(successes: number, n: number): Interval {
  if (!n) return { mean: 0, lo: 0, hi: 0, n: 0 };
  const z = 1.96;
  const p = successes / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { mean: p, lo: Math.max(0, centre - half), hi: Math.min(1, centre + half), n };
}

export const fmtInterval = (i: Interval, digits = 1, scale = 1) =>
  `${(i.mean * scale).toFixed(digits)} [${(i.lo * scale).toFixed(digits)}, ${(i.hi * scale).toFixed(digits)}]`;
