/**
 * The Critic backed by build/critic.wasm. The model arena is copied into linear memory once; each
 * head gets a descriptor and its load-time re-layouts; the goal bank's first-layer terms are computed
 * once at load. A score call writes the encoded texts after that, sizes the scratch, and makes ONE
 * call into Wasm that scores every pair. Works the same in Node and workerd (raw instantiation of a
 * precompiled WebAssembly.Module: see docs/design/wasm-loading.md).
 */
import { encodeInput } from "./encode.ts";
import { CriticError } from "./errors.ts";
import { readModelFile, type ModelFile } from "./model-file.ts";
import { groupedTexts, packPlan, planOutcomes, type OutcomePlan } from "./outcome-plan.ts";
import type { Critic, CriticInput, EncodedInput, ModelMeta, ScoreRequest } from "./types.ts";
import { CRITIC_ABI, type CriticExports } from "./wasm-exports.ts";
import { reportBadText, writeEncodedInputs } from "./wasm-inputs.ts";
import { align16, WasmMemory } from "./wasm-memory.ts";
import { placeModel, type HeadState } from "./wasm-model-layout.ts";
import { encoderBytes, planTexts, TextFeatureCache, writeEncoder, writeTexts as writeTextInputs } from "./wasm-text.ts";

export type KernelChoice = "simd" | "scalar";
export interface LoadOptions {
  kernel?: KernelChoice;
  /**
   * Where a hash-ngram model encodes text: "wasm" (default) inside the scoring call, one Wasm call per
   * decision; "js" with the reference encoder (src/critic/encoder/hash.ts) and an LRU cache. Same scores.
   */
  encode?: "wasm" | "js";
  /**
   * Bytes of linear memory that keep recent texts' encoded features (Wasm encoding; default 1 MiB,
   * 0 turns the cache off: every call encodes its texts, as a cold decision does).
   */
  encodeCacheBytes?: number;
}

const DEFAULT_ENCODE_CACHE_BYTES = 1 << 20;

/** Guards against requests that would need absurd memory; a decision uses a handful of each. */
export const MAX_THOUGHTS = 4096;
export const MAX_GOALS = 4096;
export const MAX_PAIRS = 1 << 20;
const ENCODE_CACHE_ENTRIES = 512;
const ENCODE_CACHE_MAX_TEXT = 8192;

/** A plan ready for the kernel: the JS plan, its packed words, and how many outputs it gives. */
interface PackedPlan {
  plan: OutcomePlan;
  words: Int32Array;
}

export class WasmCritic implements Critic {
  readonly meta: ModelMeta;
  readonly runtime: string;
  private readonly simd: number;
  private readonly heads: Map<"q" | "v", HeadState>;
  private readonly mem: WasmMemory;
  /** First byte after everything that lives as long as the model (arena, descriptors, caches). */
  private dynamicStart = 0;
  /** Texts that read from an outcome group (format version 2), and the bank's plan (null: plain sigmoids). */
  private readonly grouped: ReturnType<typeof groupedTexts>;
  private bankPlan: PackedPlan | null = null;
  /** The goal texts the bank's cached terms are for: the bank itself, or its ungrouped goals and its groups' outcomes. */
  private bankInputs: string[] = [];
  /** The Wasm encoder's descriptor (0: texts are encoded in JS). */
  private enc = 0;
  /** Recent texts' features in linear memory (Wasm encoding with a cache). */
  private textCache: TextFeatureCache | null = null;

  constructor(
    file: ModelFile,
    private readonly wasm: CriticExports,
    kernel: KernelChoice,
    encode: "wasm" | "js" = "wasm",
    encodeCacheBytes = DEFAULT_ENCODE_CACHE_BYTES,
  ) {
    this.meta = file.meta;
    this.simd = kernel === "simd" ? 1 : 0;
    this.runtime = `${wasm.relaxed_simd() ? "relaxed-simd" : "portable"} build, ${kernel} kernels, text encoded in ${file.meta.encoder.type === "hash-ngram" ? encode : "the embedder"}`;
    this.grouped = groupedTexts(file.meta);
    this.mem = new WasmMemory(wasm.memory);
    const { heads, end: cursor } = placeModel(file, wasm, this.mem);
    this.heads = heads;
    this.dynamicStart = cursor;
    if (file.meta.encoder.type === "hash-ngram" && encode === "wasm") {
      this.enc = cursor;
      this.dynamicStart = align16(cursor + encoderBytes(file.meta.encoder.dim));
      if (encodeCacheBytes > 0) {
        this.textCache = new TextFeatureCache(this.dynamicStart, this.dynamicStart + align16(encodeCacheBytes));
        this.dynamicStart = this.textCache.end;
      }
      this.ensure(this.dynamicStart);
      writeEncoder(wasm.memory, this.enc, file.meta.encoder);
    }
    if (file.meta.encoder.type === "hash-ngram" && file.meta.goals.length > 0) this.cacheGoalBank();
  }

  /** Precomputes each head's goal terms for the model's goal bank (hash encoder only: dense needs embeddings). */
  private cacheGoalBank(): void {
    const texts = this.meta.goals.map((g) => g.text);
    const plan = planOutcomes(this.meta, texts, this.grouped);
    this.bankPlan = plan && { plan, words: packPlan(plan) };
    this.bankInputs = plan ? this.netTexts(plan, texts) : texts;
    const bank = this.bankInputs.map((t, i) => encodeInput(this.meta.encoder, t, `goals[${i}]`));
    const h1 = this.meta.network.hidden[0];
    for (const head of this.heads.values()) {
      const terms = this.dynamicStart;
      this.dynamicStart = align16(terms + bank.length * h1 * 4);
      const { records, end, featBytes } = this.writeTexts(this.dynamicStart, bank, (i) => `goals[${i}]`);
      const feat = align16(end);
      this.ensure(feat + featBytes + h1 * 4);
      const bad = this.wasm.critic_goal_terms(head.desc, records, bank.length, terms, feat, feat + featBytes, this.simd);
      if (bad !== 0) this.reportBadText(bank, records, bad, (i) => `goals[${i}]`);
      head.bankTerms = terms;
    }
  }

  private ensure(bytes: number): void {
    this.mem.ensure(bytes);
  }

  private writeTexts(at: number, texts: EncodedInput[], name: (i: number) => string): { records: number; end: number; featBytes: number } {
    return writeEncodedInputs(this.mem, at, texts, this.meta.network.inputDim, name);
  }

  private reportBadText(texts: EncodedInput[], records: number, bad: number, name: (i: number) => string): never {
    reportBadText(texts, this.meta.network.inputDim, records, bad, name);
  }

  /** The Wasm encoder's cache of recent texts' features: its entries and counters (null: no cache). */
  textCacheStats(): { entries: number; hits: number; stored: number; resets: number } | null {
    return this.textCache && { entries: this.textCache.entries, ...this.textCache.stats };
  }

  /** The end of the features Wasm packed from `from` for the misses' records. */
  private packedEnd(records: number, hits: ReadonlyArray<unknown>, from: number): number {
    const i32 = this.mem.i32;
    let end = from;
    for (let i = 0; i < hits.length; i++)
      if (!hits[i]) {
        const r = (records >> 2) + i * 4;
        end = Math.max(end, i32[r + 2]! + align16(i32[r + 3]! * 4));
      }
    return end;
  }

  private head(name: "q" | "v"): HeadState {
    const h = this.heads.get(name);
    if (!h) throw new CriticError("no_v_head", `model ${this.meta.name} has no ${name} head`);
    return h;
  }

  /** The texts of a plan's network goal inputs: the request's own goals and the groups' outcome texts. */
  private netTexts(plan: OutcomePlan, goals: string[]): string[] {
    return plan.net.map((n) => ("request" in n ? goals[n.request]! : this.meta.outcomeGroups![n.group]!.outcomes[n.outcome]!));
  }

  /** The plan for request goals: null when none is a grouped text (then scoring is exactly version 1's). */
  private planFor(goals: CriticInput[]): PackedPlan | null {
    if (this.grouped.size === 0) return null;
    const plan = planOutcomes(this.meta, goals.map((g) => (typeof g === "string" ? g : null)), this.grouped);
    return plan && { plan, words: packPlan(plan) };
  }

  /** Encoded network goal inputs for a request: its goals, or (with a plan) the plan's inputs. */
  private encodeGoals(goals: CriticInput[], plan: PackedPlan | null): EncodedInput[] {
    if (!plan) return goals.map((g, i) => this.encode(g, `goals[${i}]`));
    return plan.plan.net.map((n) => ("request" in n ? this.encode(goals[n.request]!, `goals[${n.request}]`) : this.encode(this.meta.outcomeGroups![n.group]!.outcomes[n.outcome]!, `outcomeGroups[${n.group}]`)));
  }

  /**
   * Scores one head. Inputs are all encoded, or all text (then encoded by Wasm in the same call: the
   * critic has a Wasm encoder and every input was a string, see textPath).
   */
  private run(head: HeadState, state: EncodedInput | string, thoughts: (EncodedInput | string)[] | null, goals: (EncodedInput | string)[] | null, nGoals: number, plan: PackedPlan | null = null): Float32Array {
    const nT = thoughts ? thoughts.length : 1;
    if (nT > MAX_THOUGHTS) throw new CriticError("bad_input", `${nT} thoughts exceed the limit of ${MAX_THOUGHTS}`);
    if (nGoals > MAX_GOALS) throw new CriticError("bad_input", `${nGoals} goals exceed the limit of ${MAX_GOALS}`);
    if (nT * nGoals > MAX_PAIRS) throw new CriticError("bad_input", `${nT * nGoals} pairs exceed the limit of ${MAX_PAIRS}`);
    if (nT === 0 || nGoals === 0) return new Float32Array(0);
    const texts = [state, ...(thoughts ?? []), ...(goals ?? [])];
    const nThoughts = thoughts?.length ?? 0;
    const name = nameOfText(nThoughts);
    const fromText = typeof state === "string";
    let table = 0, asciiSrc = 0, asciiDst = 0;
    let records: number, end: number, featBytes: number;
    let features = 0;
    let layout: ReturnType<typeof planTexts> | null = null;
    if (fromText) {
      const dim = this.meta.network.inputDim;
      const cache = this.textCache;
      layout = planTexts(this.dynamicStart, texts as string[], dim, cache);
      if (cache && cache.wouldClear(layout.missBytes)) {
        cache.clear(); // its hits are about to be overwritten: plan again with none
        layout = planTexts(this.dynamicStart, texts as string[], dim, cache);
      }
      end = align16(this.dynamicStart + layout.bytes);
      features = cache && layout.missBytes > 0 ? cache.reserve(layout.missBytes) : -1;
      if (features < 0) {
        features = end; // not cached: pack the features in this call's scratch
        end += layout.missBytes;
      }
      this.ensure(end + 16);
      ({ records, table, asciiSrc, asciiDst } = writeTextInputs(this.mem, this.dynamicStart, layout));
      featBytes = layout.featBytes;
    } else ({ records, end, featBytes } = this.writeTexts(this.dynamicStart, texts as EncodedInput[], name));
    const [h1, h2] = this.meta.network.hidden;
    const feat = align16(end);
    const scratch = feat + featBytes;
    const out = align16(scratch + this.wasm.critic_scratch_bytes(h1, h2, nT, nGoals, goals ? 0 : 1));
    // with a plan: logits [nT, nGoals] at `out`, then the plan, its scratch and the probabilities
    const nOut = plan ? plan.plan.outputs.length : nGoals;
    if (nT * nOut > MAX_PAIRS) throw new CriticError("bad_input", `${nT * nOut} pairs exceed the limit of ${MAX_PAIRS}`);
    const planAt = align16(out + nT * nGoals * 4);
    const probsScratch = align16(planAt + (plan ? plan.words.length * 4 : 0));
    this.ensure(probsScratch);
    if (plan) this.mem.i32.set(plan.words, planAt >> 2);
    const probs = plan ? align16(probsScratch + this.wasm.critic_outcome_scratch_bytes(planAt)) : out;
    const work = align16(probs + nT * nOut * 4); // the Wasm encoder's work memory (text inputs only)
    this.ensure(fromText ? work + this.wasm.encoder_work_bytes(layout!.maxLen) : probs + nT * nOut * 4);
    const thoughtRecs = thoughts ? records + 16 : 0;
    const goalRecs = goals ? records + 16 * (1 + (thoughts?.length ?? 0)) : 0;
    const goalTerms = goals ? 0 : head.bankTerms;
    const bad = fromText
      ? this.wasm.critic_score_texts(this.enc, table, texts.length, features, work, asciiSrc, layout!.asciiChars, asciiDst, head.desc, records, thoughtRecs, nT, goalRecs, nGoals, goalTerms, out, feat, scratch, this.simd, plan ? 1 : 0)
      : this.wasm.critic_score(head.desc, records, thoughtRecs, nT, goalRecs, nGoals, goalTerms, out, feat, scratch, this.simd, plan ? 1 : 0);
    if (bad !== 0) this.reportBadText(fromText ? texts.map((t, i) => encodeInput(this.meta.encoder, t as string, name(i))) : (texts as EncodedInput[]), records, bad, name);
    if (layout && this.textCache && features >= this.textCache.start && features < this.textCache.end)
      this.textCache.commit(texts as string[], layout.hits, this.mem.i32, records, this.packedEnd(records, layout.hits, features));
    if (plan) this.wasm.critic_outcome_probs(out, nT, nGoals, planAt, probs, probsScratch, this.simd);
    const scores = this.mem.f32.slice(probs >> 2, (probs >> 2) + nT * nOut);
    // Finite weights and inputs can still overflow f32 with absurd dense values: never hand out NaN.
    for (let i = 0; i < scores.length; i++)
      if (scores[i] !== scores[i]) throw new CriticError("bad_input", "input values overflow the network's activations (dense vector far from unit scale?)");
    return scores;
  }

  /**
   * Hash-encoding a text in JS costs several times the network itself (~10 us per short text), and a
   * planning decision re-scores the same state, thoughts and goals across refine rounds: keep the
   * most recent encodings (encoded features are never mutated here, so sharing them is safe).
   */
  private readonly encoded = new Map<string, EncodedInput>();

  private encode(x: CriticInput, field: string): EncodedInput {
    if (typeof x !== "string" || x.length > ENCODE_CACHE_MAX_TEXT) return encodeInput(this.meta.encoder, x, field);
    const hit = this.encoded.get(x);
    if (hit) {
      this.encoded.delete(x); // refresh its place in the LRU order
      this.encoded.set(x, hit);
      return hit;
    }
    const features = encodeInput(this.meta.encoder, x, field);
    this.encoded.set(x, features);
    if (this.encoded.size > ENCODE_CACHE_ENTRIES) this.encoded.delete(this.encoded.keys().next().value!);
    return features;
  }

  private checkList(list: unknown, field: string): asserts list is CriticInput[] {
    if (!Array.isArray(list)) throw new CriticError("bad_input", `${field} must be an array`);
  }

  /** Whether these inputs go to Wasm as text: a Wasm encoder and strings only (else the JS path names any mismatch). */
  private textPath(state: CriticInput, ...lists: CriticInput[][]): boolean {
    return this.enc !== 0 && typeof state === "string" && lists.every((l) => l.every((x) => typeof x === "string"));
  }

  scoreQ(req: ScoreRequest): Float32Array {
    this.checkList(req?.thoughts, "thoughts");
    this.checkList(req.goals, "goals");
    if (req.goals.length > MAX_GOALS) throw new CriticError("bad_input", `${req.goals.length} goals exceed the limit of ${MAX_GOALS}`);
    const plan = this.planFor(req.goals);
    if (this.textPath(req.state, req.thoughts, req.goals)) {
      const goals = plan ? this.netTexts(plan.plan, req.goals as string[]) : (req.goals as string[]);
      return this.run(this.head("q"), req.state, req.thoughts, goals, goals.length, plan);
    }
    const state = this.encode(req.state, "state");
    const thoughts = req.thoughts.map((t, i) => this.encode(t, `thoughts[${i}]`));
    const goals = this.encodeGoals(req.goals, plan);
    return this.run(this.head("q"), state, thoughts, goals, goals.length, plan);
  }

  /** scoreQ on already-encoded inputs (the benchmark and the trainer use it to leave encoding out). */
  scoreQEncoded(state: EncodedInput, thoughts: EncodedInput[], goals: EncodedInput[]): Float32Array {
    return this.run(this.head("q"), state, thoughts, goals, goals.length);
  }

  scoreV(state: CriticInput, goals: CriticInput[]): Float32Array {
    const head = this.head("v");
    this.checkList(goals, "goals");
    if (goals.length > MAX_GOALS) throw new CriticError("bad_input", `${goals.length} goals exceed the limit of ${MAX_GOALS}`);
    const plan = this.planFor(goals);
    if (this.textPath(state, goals)) {
      const net = plan ? this.netTexts(plan.plan, goals as string[]) : (goals as string[]);
      return this.run(head, state, null, net, net.length, plan);
    }
    const net = this.encodeGoals(goals, plan);
    return this.run(head, this.encode(state, "state"), null, net, net.length, plan);
  }

  scoreVEncoded(state: EncodedInput, goals: EncodedInput[]): Float32Array {
    return this.run(this.head("v"), state, null, goals, goals.length);
  }

  scoreQBank(state: CriticInput, thoughts: CriticInput[]): Float32Array {
    this.checkList(thoughts, "thoughts");
    if (this.textPath(state, thoughts)) {
      const head = this.head("q");
      if (this.meta.goals.length === 0) return new Float32Array(0);
      return this.run(head, state, thoughts, null, this.bankInputs.length, this.bankPlan);
    }
    return this.scoreQBankEncoded(this.encode(state, "state"), thoughts.map((t, i) => this.encode(t, `thoughts[${i}]`)));
  }

  scoreQBankEncoded(state: EncodedInput, thoughts: EncodedInput[]): Float32Array {
    const head = this.head("q");
    if (this.meta.goals.length === 0) return new Float32Array(0);
    if (!head.bankTerms)
      throw new CriticError("encoder_mismatch", `model ${this.meta.name} uses a dense encoder: embed the bank goals and call scoreQ`);
    return this.run(head, state, thoughts, null, this.bankInputs.length, this.bankPlan);
  }
}

/** Names the i-th text of a request's records (state, thoughts, goals) in errors; one closure per thought count, made once. */
const namers: Array<(i: number) => string> = [];
function nameOfText(nThoughts: number): (i: number) => string {
  return (namers[nThoughts] ??= (i: number) => (i === 0 ? "state" : i <= nThoughts ? `thoughts[${i - 1}]` : `goals[${i - 1 - nThoughts}]`));
}

/**
 * The module's exports, if they are of this version of the runtime: a build/critic.wasm left from an
 * older checkout (git pull without npm run build:wasm) would otherwise score with the wrong contract
 * and give plausible-looking nonsense.
 */
export function checkAbi(exports: WebAssembly.Exports): CriticExports {
  const abi = typeof exports.abi_version === "function" ? (exports.abi_version as () => number)() : undefined;
  if (abi !== CRITIC_ABI)
    throw new CriticError("stale_build", `the critic Wasm module is of another version (contract ${abi ?? "none"}, this runtime needs ${CRITIC_ABI}): rebuild it with npm run build:wasm`);
  return exports as unknown as CriticExports;
}

/** Validates the model file, instantiates the precompiled module and returns a ready critic. */
export function loadCritic(bytes: Uint8Array, wasm: WebAssembly.Module, opts: LoadOptions = {}): WasmCritic {
  const kernel = opts.kernel ?? "simd";
  if (kernel !== "simd" && kernel !== "scalar") throw new CriticError("bad_input", `kernel must be "simd" or "scalar", got ${String(kernel)}`);
  const encode = opts.encode ?? "wasm";
  if (encode !== "wasm" && encode !== "js") throw new CriticError("bad_input", `encode must be "wasm" or "js", got ${String(encode)}`);
  const encodeCacheBytes = opts.encodeCacheBytes ?? DEFAULT_ENCODE_CACHE_BYTES;
  if (!Number.isSafeInteger(encodeCacheBytes) || encodeCacheBytes < 0 || encodeCacheBytes > 1 << 28)
    throw new CriticError("bad_input", `encodeCacheBytes must be an integer in [0, 2^28], got ${String(encodeCacheBytes)}`);
  return instantiateCritic(readModelFile(bytes), wasm, { kernel, encode, encodeCacheBytes });
}

/** A ready critic for an already validated model file (the build self-check loads one file into two builds). */
export function instantiateCritic(file: ModelFile, wasm: WebAssembly.Module, opts: LoadOptions = {}): WasmCritic {
  const instance = new WebAssembly.Instance(wasm, {
    env: {
      abort: () => {
        throw new CriticError("bad_input", "the critic Wasm module aborted");
      },
    },
  });
  return new WasmCritic(file, checkAbi(instance.exports), opts.kernel ?? "simd", opts.encode ?? "wasm", opts.encodeCacheBytes ?? DEFAULT_ENCODE_CACHE_BYTES);
}
