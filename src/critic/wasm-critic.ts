/**
 * The Critic backed by build/critic.wasm. The model arena is copied into linear memory once; each
 * head gets a descriptor and its load-time re-layouts; the goal bank's first-layer terms are computed
 * once at load. A score call writes the encoded texts after that, sizes the scratch, and makes ONE
 * call into Wasm that scores every pair. Works the same in Node and workerd (raw instantiation of a
 * precompiled WebAssembly.Module: see docs/design/wasm-loading.md).
 */
import { checkEncoded, encodeInput } from "./encode.ts";
import { CriticError } from "./errors.ts";
import { readModelFile, type ModelFile } from "./model-file.ts";
import { groupedTexts, packPlan, planOutcomes, type OutcomePlan } from "./outcome-plan.ts";
import type { Critic, CriticInput, EncodedInput, ModelMeta, ScoreRequest } from "./types.ts";
import type { CriticExports } from "./wasm-exports.ts";

export type KernelChoice = "simd" | "scalar";
export interface LoadOptions {
  kernel?: KernelChoice;
}

/** Guards against requests that would need absurd memory; a decision uses a handful of each. */
export const MAX_THOUGHTS = 4096;
export const MAX_GOALS = 4096;
export const MAX_PAIRS = 1 << 20;
const MAX_MEMORY_BYTES = 1 << 30;
const ENCODE_CACHE_ENTRIES = 512;
const ENCODE_CACHE_MAX_TEXT = 8192;
const PAGE = 65536;
const HEAD_WORDS = 20; // descriptor slots (see assembly/driver.ts HEAD_*): 80 bytes

const align16 = (n: number) => (n + 15) & ~15;

interface HeadState {
  desc: number;
  /** Goal-bank terms (f32 [bank inputs, H1]) or 0 when the bank cannot be encoded here (dense encoder). */
  bankTerms: number;
}

/** A plan ready for the kernel: the JS plan, its packed words, and how many outputs it gives. */
interface PackedPlan {
  plan: OutcomePlan;
  words: Int32Array;
}

export class WasmCritic implements Critic {
  readonly meta: ModelMeta;
  private readonly simd: number;
  private readonly heads = new Map<"q" | "v", HeadState>();
  /** First byte after everything that lives as long as the model (arena, descriptors, caches). */
  private dynamicStart = 0;
  /** Texts that read from an outcome group (format version 2), and the bank's plan (null: plain sigmoids). */
  private readonly grouped: ReturnType<typeof groupedTexts>;
  private bankPlan: PackedPlan | null = null;
  /** The goal texts the bank's cached terms are for: the bank itself, or its ungrouped goals and its groups' outcomes. */
  private bankInputs: string[] = [];

  constructor(
    file: ModelFile,
    private readonly wasm: CriticExports,
    kernel: KernelChoice,
  ) {
    this.meta = file.meta;
    this.simd = kernel === "simd" ? 1 : 0;
    this.grouped = groupedTexts(file.meta);
    const [h1, h2] = file.meta.network.hidden;
    const { inputDim, heads } = file.meta.network;
    const has = (name: string) => file.tensors.has(name);
    let cursor = align16(wasm.heap_base());
    const arenaPtr = cursor;
    cursor = align16(cursor + file.arena.length);
    // Files written before row scales existed get all-ones row scales (docs/model-format.md).
    let onesPtr = 0;
    const blocks = heads.flatMap((h) => (h === "q" ? ["q.w1.state", "q.w1.thought", "q.w1.goal"] : [`${h}.w1.state`, `${h}.w1.goal`]));
    if (blocks.some((b) => !has(`${b}.rowscale`))) {
      onesPtr = cursor;
      cursor = align16(cursor + inputDim * 4);
    }
    const layout = heads.map((h) => {
      const desc = cursor;
      const w2p = desc + HEAD_WORDS * 4;
      const w3f = align16(w2p + h1 * h2 * 2);
      cursor = align16(w3f + h2 * 4);
      return { h, desc, w2p, w3f };
    });
    this.ensure(cursor);
    new Uint8Array(wasm.memory.buffer, arenaPtr, file.arena.length).set(file.arena);
    if (onesPtr) new Float32Array(wasm.memory.buffer, onesPtr, inputDim).fill(1);
    const offset = (name: string) => arenaPtr + file.meta.tensors.find((t) => t.name === name)!.offset;
    const rowScale = (name: string) => (has(name) ? offset(name) : onesPtr);
    for (const { h, desc, w2p, w3f } of layout) {
      const words = [h1, h2, offset(`${h}.w1.state`), h === "q" ? offset("q.w1.thought") : 0, offset(`${h}.w1.goal`), offset(`${h}.w1.scale`),
        offset(`${h}.b1`), offset(`${h}.w2`), w2p, offset(`${h}.w2.scale`), offset(`${h}.b2`), w3f, offset(`${h}.b3`),
        rowScale(`${h}.w1.state.rowscale`), h === "q" ? rowScale("q.w1.thought.rowscale") : 0, rowScale(`${h}.w1.goal.rowscale`), inputDim, 0, 0, 0];
      new Int32Array(wasm.memory.buffer, desc, HEAD_WORDS).set(words);
      wasm.w2_prepare_simd(offset(`${h}.w2`), h2, h1, w2p);
      wasm.w3_dequant_f32(offset(`${h}.w3`), (file.tensors.get(`${h}.w3.scale`) as Float32Array)[0]!, h2, w3f);
      this.heads.set(h, { desc, bankTerms: 0 });
    }
    this.dynamicStart = cursor;
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
    if (bytes > MAX_MEMORY_BYTES) throw new CriticError("bad_input", `request needs ${bytes} bytes of Wasm memory, above the ${MAX_MEMORY_BYTES}-byte limit`);
    const have = this.wasm.memory.buffer.byteLength;
    if (bytes > have) this.wasm.memory.grow(Math.ceil((bytes - have) / PAGE));
  }

  private viewBuffer: ArrayBuffer | null = null;
  private i32 = new Int32Array(0);
  private f32 = new Float32Array(0);

  /** Whole-memory views, rebuilt only when memory.grow replaced the buffer. */
  private views(): void {
    const buf = this.wasm.memory.buffer;
    if (buf !== this.viewBuffer) {
      this.viewBuffer = buf;
      this.i32 = new Int32Array(buf);
      this.f32 = new Float32Array(buf);
    }
  }

  /**
   * Writes text records (16 bytes each: kind, ptrA, ptrB, n) followed by their data, checking each
   * input's shape against the model as it copies (dense length and finite values, sparse array types).
   * Sparse indices and values are checked by the Wasm pass that reads them anyway (critic_score returns
   * the bad record): see reportBadText.
   * `name(i)` names the i-th text in an error. Returns the records' address, the end of the data and
   * the bytes of per-text input scratch the kernels need (16-aligned; see assembly/driver.ts).
   */
  private writeTexts(at: number, texts: EncodedInput[], name: (i: number) => string): { records: number; end: number; featBytes: number } {
    const dim = this.meta.network.inputDim;
    const records = align16(at);
    let need = align16(records + texts.length * 16);
    let featBytes = 16;
    for (let i = 0; i < texts.length; i++) {
      const x = texts[i]!;
      if (x instanceof Float32Array) {
        if (x.length !== dim) throw new CriticError("encoder_mismatch", `${name(i)}: vector has ${x.length} values, the model expects ${dim}`);
        need += align16(x.length * 4);
        featBytes = Math.max(featBytes, align16(dim * 4));
      } else {
        if (!x || !(x.indices instanceof Int32Array) || !(x.values instanceof Float32Array) || x.indices.length !== x.values.length)
          throw new CriticError("bad_input", `${name(i)}: sparse features need Int32Array indices and Float32Array values of the same length`);
        need += align16(x.indices.length * 4) * 2;
        featBytes = Math.max(featBytes, align16((x.indices.length + 2) * 2) + align16(x.indices.length * 4));
      }
    }
    this.ensure(need + 16);
    this.views();
    const i32 = this.i32, f32 = this.f32;
    let cursor = align16(records + texts.length * 16);
    for (let i = 0; i < texts.length; i++) {
      const x = texts[i]!;
      const r = (records >> 2) + i * 4;
      if (x instanceof Float32Array) {
        const base = cursor >> 2;
        for (let k = 0; k < x.length; k++) {
          const v = x[k]!;
          if (v - v !== 0) throw new CriticError("bad_input", `${name(i)}: vector value ${k} is ${v}`);
          f32[base + k] = v;
        }
        i32[r] = 1;
        i32[r + 1] = cursor;
        i32[r + 2] = 0;
        i32[r + 3] = x.length;
        cursor = align16(cursor + x.length * 4);
      } else {
        const xi = x.indices, xv = x.values;
        const n = xi.length;
        const idx = cursor;
        const val = align16(idx + n * 4);
        i32.set(xi, idx >> 2);
        f32.set(xv, val >> 2);
        i32[r] = 0;
        i32[r + 1] = idx;
        i32[r + 2] = val;
        i32[r + 3] = n;
        cursor = align16(val + n * 4);
      }
    }
    return { records, end: cursor, featBytes };
  }

  /** Throws the error for the text record at `bad` that the Wasm input check refused. */
  private reportBadText(texts: EncodedInput[], records: number, bad: number, name: (i: number) => string): never {
    const i = (bad - records) / 16;
    checkEncoded(texts[i]!, this.meta.network.inputDim, name(i)); // throws with the index or value at fault
    throw new CriticError("bad_input", `${name(i)}: feature values times the model's row scales overflow float32`);
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

  private run(head: HeadState, state: EncodedInput, thoughts: EncodedInput[] | null, goals: EncodedInput[] | null, nGoals: number, plan: PackedPlan | null = null): Float32Array {
    const nT = thoughts ? thoughts.length : 1;
    if (nT > MAX_THOUGHTS) throw new CriticError("bad_input", `${nT} thoughts exceed the limit of ${MAX_THOUGHTS}`);
    if (nGoals > MAX_GOALS) throw new CriticError("bad_input", `${nGoals} goals exceed the limit of ${MAX_GOALS}`);
    if (nT * nGoals > MAX_PAIRS) throw new CriticError("bad_input", `${nT * nGoals} pairs exceed the limit of ${MAX_PAIRS}`);
    if (nT === 0 || nGoals === 0) return new Float32Array(0);
    const texts = [state, ...(thoughts ?? []), ...(goals ?? [])];
    const nThoughts = thoughts?.length ?? 0;
    const name = (i: number) => (i === 0 ? "state" : i <= nThoughts ? `thoughts[${i - 1}]` : `goals[${i - 1 - nThoughts}]`);
    const { records, end, featBytes } = this.writeTexts(this.dynamicStart, texts, name);
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
    if (plan) new Int32Array(this.wasm.memory.buffer, planAt, plan.words.length).set(plan.words);
    const probs = plan ? align16(probsScratch + this.wasm.critic_outcome_scratch_bytes(planAt)) : out;
    this.ensure(probs + nT * nOut * 4);
    const thoughtRecs = thoughts ? records + 16 : 0;
    const goalRecs = goals ? records + 16 * (1 + (thoughts?.length ?? 0)) : 0;
    const bad = this.wasm.critic_score(head.desc, records, thoughtRecs, nT, goalRecs, nGoals, goals ? 0 : head.bankTerms, out, feat, scratch, this.simd, plan ? 1 : 0);
    if (bad !== 0) this.reportBadText(texts, records, bad, name);
    if (plan) this.wasm.critic_outcome_probs(out, nT, nGoals, planAt, probs, probsScratch, this.simd);
    this.views();
    const scores = this.f32.slice(probs >> 2, (probs >> 2) + nT * nOut);
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

  scoreQ(req: ScoreRequest): Float32Array {
    this.checkList(req?.thoughts, "thoughts");
    this.checkList(req.goals, "goals");
    if (req.goals.length > MAX_GOALS) throw new CriticError("bad_input", `${req.goals.length} goals exceed the limit of ${MAX_GOALS}`);
    const plan = this.planFor(req.goals);
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
    const net = this.encodeGoals(goals, plan);
    return this.run(head, this.encode(state, "state"), null, net, net.length, plan);
  }

  scoreVEncoded(state: EncodedInput, goals: EncodedInput[]): Float32Array {
    return this.run(this.head("v"), state, null, goals, goals.length);
  }

  scoreQBank(state: CriticInput, thoughts: CriticInput[]): Float32Array {
    this.checkList(thoughts, "thoughts");
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

/** Validates the model file, instantiates the precompiled module and returns a ready critic. */
export function loadCritic(bytes: Uint8Array, wasm: WebAssembly.Module, opts: LoadOptions = {}): WasmCritic {
  const kernel = opts.kernel ?? "simd";
  if (kernel !== "simd" && kernel !== "scalar") throw new CriticError("bad_input", `kernel must be "simd" or "scalar", got ${String(kernel)}`);
  const file = readModelFile(bytes);
  const instance = new WebAssembly.Instance(wasm, {
    env: {
      abort: () => {
        throw new CriticError("bad_input", "the critic Wasm module aborted");
      },
    },
  });
  return new WasmCritic(file, instance.exports as unknown as CriticExports, kernel);
}
