/**
 * Reads what the model page shows out of a model's free-form `training` / `evaluation` metadata:
 * reliability bins wherever the trainer put them, and the other figures flattened to labelled rows.
 */

import type { ReliabilityBin } from "../critic/types.ts";

export type { ReliabilityBin };

export interface BinSeries {
  /** Where the bins were found, e.g. "evaluation.heldout". */
  source: string;
  /** The same in words, for the page. */
  label: string;
  bins: ReliabilityBin[];
}

export interface Row {
  key: string;
  value: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

function asBins(v: unknown): ReliabilityBin[] | null {
  if (!Array.isArray(v) || v.length === 0) return null;
  const bins: ReliabilityBin[] = [];
  for (const b of v) {
    if (!isRecord(b) || !finite(b.meanP) || !finite(b.rate) || !finite(b.count)) return null;
    const lo = finite(b.lo) ? b.lo : NaN, hi = finite(b.hi) ? b.hi : NaN;
    bins.push({ lo, hi, count: b.count, meanP: b.meanP, rate: b.rate });
  }
  return bins;
}

const SERIES_LABELS: Record<string, string> = {
  "evaluation.heldout": "held-out data the trainer never saw",
  "training.validation": "the trainer's validation episodes",
};

function seriesLabel(source: string): string {
  return SERIES_LABELS[source] ?? source.replace(/[._]/g, " ");
}

/** Every array of {meanP, rate, count} objects under `root` (depth-limited), labelled by its path. */
export function findReliabilityBins(root: Record<string, unknown> | undefined, prefix: string, depth = 4): BinSeries[] {
  if (!root || depth < 0) return [];
  const out: BinSeries[] = [];
  for (const [key, value] of Object.entries(root)) {
    const bins = asBins(value);
    if (bins) out.push({ source: prefix, label: seriesLabel(prefix), bins });
    else if (isRecord(value)) out.push(...findReliabilityBins(value, `${prefix}.${key}`, depth - 1));
  }
  return out;
}

export function formatValue(v: unknown): string {
  if (finite(v)) return Number.isInteger(v) ? String(v) : Math.abs(v) >= 100 ? v.toFixed(1) : Math.abs(v) >= 0.001 ? v.toFixed(3) : v.toPrecision(3);
  if (typeof v === "number") return String(v); // NaN / Infinity: say so rather than hide it
  if (v === null) return "none";
  if (typeof v === "string" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return v.every((x) => typeof x !== "object" || x === null) ? v.map(formatValue).join(", ") : `${v.length} entries`;
  return JSON.stringify(v);
}

/** Values for machines only (the training episodes' fingerprints that let eval-critic refuse in-sample data). */
const MACHINE_ONLY = new Set(["fingerprints"]);
/** A value longer than this is data for a program, not a figure for a reader: the page says what it is instead. */
const MAX_VALUE_CHARS = 200;

/** Leaves of a nested record as dotted keys; reliability bin arrays are left to the diagram. */
export function flattenRows(root: Record<string, unknown> | undefined, prefix = "", depth = 4): Row[] {
  if (!root) return [];
  const rows: Row[] = [];
  for (const [key, value] of Object.entries(root)) {
    if (value === undefined || asBins(value) || MACHINE_ONLY.has(key)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (isRecord(value) && depth > 0) rows.push(...flattenRows(value, path, depth - 1));
    else {
      const text = formatValue(value);
      rows.push({ key: path, value: text.length > MAX_VALUE_CHARS ? `(${text.length.toLocaleString("en-US")} characters of data for programs)` : text });
    }
  }
  return rows;
}

/** Named numeric metrics worth a headline (AUC, Brier, ECE, log loss) wherever they sit. */
const HEADLINE = /(^|\.)(auc|brier|ece|logLoss|auc_shuffled_thoughts|base_rate)$/i;

export function headlineMetrics(rows: Row[]): Row[] {
  return rows.filter((r) => HEADLINE.test(r.key));
}

/** Parameter count of the network from its tensor table (elements of every tensor). */
export function parameterCount(tensors: Array<{ shape: number[] }>): number {
  return tensors.reduce((n, t) => n + t.shape.reduce((a, b) => a * b, 1), 0);
}
