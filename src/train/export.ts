/**
 * Float params -> int8 model file (the critic runtime's quantizer), then the shipped bytes are loaded
 * back through the runtime's own loader and compared with the float network: what was measured is
 * what serves.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { DEFAULT_HASH_ENCODER } from "../critic/encoder/hash.ts";
import { floatScoreGoals } from "../critic/float-forward.ts";
import { encodeHashed } from "../critic/encoder/hash.ts";
import { loadCritic } from "../critic/wasm-critic.ts";
import { loadWasmModuleFromDisk } from "../critic/node.ts";
import { quantizeCritic } from "../critic/quantize.ts";
import type { BankThought, Critic, FloatCriticParams, ModelMeta } from "../critic/types.ts";
import type { TrainResult } from "./iql.ts";
import { rocAuc } from "./metrics.ts";

export type ExportMeta = Omit<ModelMeta, "format" | "version" | "tensors" | "network">;

export function buildMeta(r: TrainResult, name: string, thoughts: BankThought[], training: Record<string, unknown>): ExportMeta {
  return {
    name,
    task: r.task,
    description: describeModel(r),
    createdAt: new Date().toISOString(),
    encoder: r.table.encoder,
    // event goals (near-term future states) follow the outcome goals; training.eventGoals says what reaches them
    goals: [
      ...r.goals.map(({ text, polarity, kind, utility, derivedFrom }) => ({ text, polarity, kind, ...(utility !== undefined ? { utility } : {}), ...(derivedFrom ? { derivedFrom } : {}) })),
      ...r.eventGoals.map(({ text, polarity }) => ({ text, polarity, kind: "state" as const })),
    ],
    ...(r.groups.length ? { outcomeGroups: r.groups.map((g) => ({ name: g.name, outcomes: g.outcomes.map((o) => o.text), utilities: g.outcomes.map((o) => o.utility) })) } : {}),
    thoughts,
    training,
  };
}

export async function writeFileAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

export interface Agreement {
  pairs: number;
  maxAbsDiff: number;
  meanAbsDiff: number;
  /** Fraction of pairs of scores (within a state) whose order int8 and float agree on. */
  pairwiseOrderAgreement: number;
  /** AUC of the int8 scores against the float scores' ordering above/below their median (sanity). */
  rankCorrelationProxy: number;
}

/** Scores (state, thought, bank goals) with the float params and with the loaded int8 critic. */
export function int8FloatAgreement(params: FloatCriticParams, critic: Critic, samples: Array<{ state: string; thought: string }>): Agreement {
  const goals = critic.meta.goals.map((g) => g.text);
  const enc = (t: string) => encodeHashed(t, critic.meta.encoder.type === "hash-ngram" ? critic.meta.encoder : DEFAULT_HASH_ENCODER);
  let maxAbs = 0, sumAbs = 0, n = 0, agree = 0, cmp = 0;
  const fAll: number[] = [], iAll: number[] = [];
  for (const s of samples) {
    const f = floatScoreGoals(params, critic.meta, enc, enc(s.state), [enc(s.thought)], goals);
    const q = critic.scoreQ({ state: s.state, thoughts: [s.thought], goals });
    for (let k = 0; k < f.length; k++) {
      const d = Math.abs(f[k]! - q[k]!);
      maxAbs = Math.max(maxAbs, d);
      sumAbs += d;
      n++;
      fAll.push(f[k]!);
      iAll.push(q[k]!);
    }
  }
  // ordering across samples for the primary goal (index 0 of every sample's scores)
  const G = goals.length;
  const fp = fAll.filter((_, i) => i % G === 0), ip = iAll.filter((_, i) => i % G === 0);
  for (let a = 0; a < fp.length; a++)
    for (let b = a + 1; b < Math.min(fp.length, a + 50); b++) {
      if (fp[a] === fp[b]) continue;
      cmp++;
      if (Math.sign(fp[a]! - fp[b]!) === Math.sign(ip[a]! - ip[b]!)) agree++;
    }
  const med = [...fp].sort((a, b) => a - b)[Math.floor(fp.length / 2)] ?? 0;
  return { pairs: n, maxAbsDiff: maxAbs, meanAbsDiff: n ? sumAbs / n : 0, pairwiseOrderAgreement: cmp ? agree / cmp : 1, rankCorrelationProxy: rocAuc(ip, fp.map((x) => (x > med ? 1 : 0))) };
}

/** Quantizes, loads the bytes back through the runtime (Wasm int8) and measures agreement. */
export function quantizeAndCheck(params: FloatCriticParams, meta: ExportMeta, samples: Array<{ state: string; thought: string }>): { bytes: Uint8Array; agreement: Agreement } {
  const bytes = quantizeCritic(params, meta);
  const critic = loadCritic(bytes, loadWasmModuleFromDisk());
  return { bytes, agreement: int8FloatAgreement(params, critic, samples) };
}

/** The model's one-paragraph description: what it was trained on and what its two kinds of goal mean. */
export function describeModel(r: Pick<TrainResult, "task" | "counts" | "groups" | "eventGoals">): string {
  const parts = [`PNLC critic for "${r.task}", trained offline with goal-conditioned IQL on ${r.counts.train} episodes.`];
  for (const g of r.groups)
    parts.push(`Its ${g.name} goals are read from one distribution over ${g.outcomes.length} exclusive outcomes (${g.outcomes.map((o) => `"${o.text}"`).join(", ")}), so they never contradict each other.`);
  if (r.eventGoals.length) {
    const h = [...new Set(r.eventGoals.map((g) => g.horizon))].join(" or ");
    parts.push(`Its ${r.eventGoals.length} near-term goals (${r.eventGoals.map((g) => `"${g.text}"`).join(", ")}) are what follows a step within ${h} step(s), as the logs label it: they show what the thought itself changes.`);
  }
  return parts.join(" ");
}
