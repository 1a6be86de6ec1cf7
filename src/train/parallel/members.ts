/**
 * Trains the ensemble's members with the Wasm kernels, in parallel across worker_threads (one per core
 * by default). Members are independent (each has its own seeded stream, wasm/member.ts memberSeed), so a
 * worker takes the next member when it is free and the result does not depend on the thread count.
 * Every thread encodes the texts it needs into its own bounded feature cache (wasm/feature-cache.ts).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { HashEncoderSpec, SparseFeatures } from "../../critic/encoder/hash.ts";
import type { FloatHead } from "../../critic/types.ts";
import type { EpochStats } from "../iql.ts";
import type { EpisodeRec } from "../relabel.ts";
import { FeatureCache } from "../wasm/feature-cache.ts";
import { sharedText, type SharedTexts } from "./shared-texts.ts";
import { memberSeed, trainMemberWasm, type MemberOutput, type WasmMemberInput } from "../wasm/member.ts";

/** What every member's thread shares: a member's input less its own episodes, texts and stream. */
export interface SharedInput extends Pick<WasmMemberInput, "goals" | "eventGoals" | "groups" | "primary" | "cfg" | "hidden" | "seed"> {
  recs: EpisodeRec[];
  texts: SharedTexts;
  encoder: HashEncoderSpec;
  /** Bound of each thread's feature cache, in bytes. */
  cacheBytes: number;
  simd: boolean;
}

export interface MemberJob {
  m: number;
  /** Indices into recs. */
  train: number[];
  val: number[];
  init?: { q: FloatHead; v?: FloatHead };
}

export const defaultThreads = () => Math.max(1, availableParallelism());

/** Trains one member (in this thread or a worker). `features` defaults to a bounded cache over the texts. */
export function runJob(s: SharedInput, job: MemberJob, features?: (id: number) => SparseFeatures, onEpoch?: (stats: EpochStats) => void): MemberOutput {
  const cache = features ? null : new FeatureCache((id) => sharedText(s.texts, id), s.encoder, s.cacheBytes);
  return trainMemberWasm({
    train: job.train.map((i) => s.recs[i]!),
    val: job.val.map((i) => s.recs[i]!),
    goals: s.goals,
    eventGoals: s.eventGoals,
    groups: s.groups,
    primary: s.primary,
    cfg: s.cfg,
    hidden: s.hidden,
    dim: s.encoder.dim,
    textCount: s.texts.offsets.length - 1,
    features: features ?? ((id) => cache!.get(id)),
    seed: memberSeed(s.seed, job.m),
    init: job.init,
    simd: s.simd,
    onEpoch,
  });
}

type FromWorker = { type: "epoch"; m: number; stats: EpochStats } | { type: "done"; m: number; out: MemberOutput } | { type: "error"; m: number; message: string };

/** All members' results in member order; `threads` workers (1: in this thread, with `features` if given). */
export async function trainMembers(s: SharedInput, jobs: MemberJob[], threads: number, onEpoch: (m: number, stats: EpochStats) => void, features?: (id: number) => SparseFeatures): Promise<MemberOutput[]> {
  const n = Math.min(threads, jobs.length);
  if (n <= 1) return jobs.map((job) => runJob(s, job, features, (st) => onEpoch(job.m, st)));
  const results: MemberOutput[] = new Array(jobs.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const give = (w: Worker) => {
        if (next < jobs.length) w.postMessage({ type: "job", job: jobs[next++] });
      };
      for (let k = 0; k < n; k++) {
        const w = spawnWorker(s);
        workers.push(w);
        w.on("message", (msg: FromWorker) => {
          if (msg.type === "epoch") return onEpoch(msg.m, msg.stats);
          if (msg.type === "error") return reject(new Error(`training member ${msg.m}: ${msg.message}`));
          results[jobs.findIndex((j) => j.m === msg.m)] = msg.out;
          if (++done === jobs.length) resolve();
          else give(w);
        });
        w.on("error", reject);
        w.on("exit", (code) => code !== 0 && reject(new Error(`a trainer thread exited with code ${code}`)));
        give(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

function spawnWorker(s: SharedInput): Worker {
  const here = import.meta.url;
  // from the sources (tsx, vitest) the worker registers tsx before importing the TypeScript entry
  if (here.endsWith(".ts")) {
    const entry = new URL("./worker.ts", here).href;
    return new Worker(`import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, { eval: true, workerData: s, resourceLimits: heapLimit(s) });
  }
  return new Worker(new URL("./worker.js", here), { workerData: s, resourceLimits: heapLimit(s) });
}

/**
 * A thread's live data is its feature cache plus small records (the texts are shared, outside the heap):
 * the old generation is held to 1.5 times the cache bound plus 96 MB, so garbage cannot pile up far past
 * the setting before V8 collects it.
 */
function heapLimit(s: SharedInput): { maxOldGenerationSizeMb: number } {
  return { maxOldGenerationSizeMb: Math.ceil((1.5 * s.cacheBytes) / 2 ** 20) + 96 };
}
