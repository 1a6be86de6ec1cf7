/**
 * Which critic build a runtime uses: the relaxed-SIMD one (build/critic-relaxed.wasm, layer 2 through
 * i32x4.relaxed_dot_i8x16_i7x16_add_s) where the runtime validates it and a self-check finds it equal
 * bit for bit to the portable build: layer 2 on extreme inputs, then (given a model) whole scores of
 * that model from text, Q and V; the portable build (build/critic.wasm) elsewhere. Both builds quantize
 * layer-2 activations to the same 7 bits, so they compute the same integers end to end and the Worker
 * scores exactly as the Node tools do. The check costs two model loads and one small decision per
 * build, once per isolate. See docs/design/wasm-encoder.md ("Relaxed SIMD where it is exact").
 */
import { readModelFile, type ModelFile } from "./model-file.ts";
import { instantiateCritic } from "./wasm-critic.ts";
import type { CriticExports } from "./wasm-exports.ts";

export type CriticBuild = "relaxed-simd" | "portable";

export interface BuildSelection {
  build: CriticBuild;
  module: WebAssembly.Module;
  /** Why this build: shown by /healthz. */
  reason: string;
}

export const ROWS = 3; // odd: covers the kernels' one-row tail as well as the two-row body
export const H1 = 32;
export const H2 = 16;

/** Activations in [0, 127] and weights in [-127, 127] (the quantizer's ranges), extremes included. */
export function checkInputs(): { x: Int8Array; w2: Int8Array } {
  let s = 0x2545f491;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) | 0) >>> 8) & 0xffff;
  const x = Int8Array.from({ length: ROWS * H1 }, (_, i) => (i < H1 ? 127 : next() % 128));
  const w2 = Int8Array.from({ length: H2 * H1 }, (_, i) => (i < H1 ? (i & 1 ? -127 : 127) : i < 2 * H1 ? -127 : (next() % 255) - 127));
  return { x, w2 };
}

/** The build's layer-2 sums on the check inputs, in an instance of its own. */
export function layer2Sums(module: WebAssembly.Module): Int32Array {
  const ex = new WebAssembly.Instance(module, { env: { abort: () => { throw new Error("critic Wasm aborted in the self-check"); } } }).exports as unknown as CriticExports;
  const { x, w2 } = checkInputs();
  const base = (ex.heap_base() + 15) & ~15;
  const wAt = base + x.length;
  const scratch = (wAt + w2.length + 15) & ~15;
  const acc = (scratch + ex.layer2_check_scratch_bytes(ROWS, H1, H2) + 15) & ~15;
  const end = acc + ROWS * H2 * 4;
  if (end > ex.memory.buffer.byteLength) ex.memory.grow(Math.ceil((end - ex.memory.buffer.byteLength) / 65536));
  new Int8Array(ex.memory.buffer, base, x.length).set(x);
  new Int8Array(ex.memory.buffer, wAt, w2.length).set(w2);
  ex.layer2_check(base, ROWS, H1, wAt, H2, scratch, acc);
  return new Int32Array(ex.memory.buffer, acc, ROWS * H2).slice();
}

/**
 * The selection, made once on first use (so the check costs nothing at isolate start-up); `relaxed`
 * may import the module dynamically: an import the runtime rejects (its compile fails) means portable.
 */
export function lazyBuildSelection(portable: () => WebAssembly.Module, relaxed?: () => Promise<WebAssembly.Module>, checkModel?: () => Promise<Uint8Array>): () => Promise<BuildSelection> {
  let chosen: Promise<BuildSelection> | undefined;
  return () =>
    (chosen ??= (async () => {
      if (!relaxed) return selectCriticBuild(portable());
      let module: WebAssembly.Module;
      try {
        module = await relaxed();
      } catch (e) {
        return selectCriticBuild(portable(), () => {
          throw e;
        });
      }
      let model: Uint8Array | undefined;
      try {
        model = await checkModel?.();
      } catch (e) {
        return { build: "portable", module: portable(), reason: `self-check model failed to load (${(e as Error).message.slice(0, 120)})` };
      }
      return selectCriticBuild(portable(), module, model);
    })());
}

/** A decision of the self-check: plain and non-ASCII text (the encoder runs too), the model's own thoughts and goal bank. */
const CHECK_STATE = "Persuader: Hi! Would you consider a small donation to Save the Children? Persuadee: Maybe... ¿cuánto? ＄1 or 2€, naïve Ⅻ.";
const CHECK_THOUGHTS = ["Appeal to emotion: tell a child's story", "Give facts about where the money goes", "ask how they feel about charities"];
const CHECK_GOALS = ["the persuadee donates", "the persuadee asks a question", "they agree"];

/** Every score of one decision (Q against request goals and the bank, V), for comparing builds bit for bit. */
export function checkScores(module: WebAssembly.Module, model: Uint8Array | ModelFile): Float32Array {
  const critic = instantiateCritic(model instanceof Uint8Array ? readModelFile(model) : model, module);
  const textual = critic.meta.encoder.type === "hash-ngram";
  if (!textual) throw new Error("the self-check model must take text (hash-ngram encoder)");
  const thoughts = [...CHECK_THOUGHTS, ...critic.meta.thoughts.slice(0, 8).map((t) => t.text)];
  const goals = [...CHECK_GOALS, ...critic.meta.goals.map((g) => g.text)];
  const parts = [critic.scoreQ({ state: CHECK_STATE, thoughts, goals }), critic.scoreQBank(CHECK_STATE, thoughts)];
  if (critic.meta.network.heads.includes("v")) parts.push(critic.scoreV(CHECK_STATE, goals));
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The first score where two builds differ (bit patterns, so -0 and NaN count), or -1. */
function firstDifference(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length), y = new Uint32Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return i;
  return -1;
}

/**
 * `relaxed` may be a module, a function that compiles one (and throws where the runtime rejects
 * relaxed SIMD, as Node 20 does without a flag), or undefined (not bundled).
 */
export function selectCriticBuild(portable: WebAssembly.Module, relaxed?: WebAssembly.Module | (() => WebAssembly.Module), checkModel?: Uint8Array): BuildSelection {
  const fallback = (reason: string): BuildSelection => ({ build: "portable", module: portable, reason });
  if (!relaxed) return fallback("no relaxed-SIMD build available");
  let module: WebAssembly.Module;
  try {
    module = typeof relaxed === "function" ? relaxed() : relaxed;
  } catch (e) {
    return fallback(`the runtime does not validate the relaxed-SIMD build (${(e as Error).message.slice(0, 120)})`);
  }
  try {
    const want = layer2Sums(portable);
    const got = layer2Sums(module);
    const bad = got.findIndex((v, i) => v !== want[i]);
    if (bad >= 0) return fallback(`self-check: relaxed layer 2 gives ${got[bad]} where the portable build gives ${want[bad]} (output ${bad})`);
    if (checkModel) {
      const file = readModelFile(checkModel);
      const want = checkScores(portable, file);
      const got = checkScores(module, file);
      const at = firstDifference(want, got);
      if (at >= 0) return fallback(`self-check: relaxed score ${at} of the check decision is ${got[at]}, the portable build's ${want[at]}`);
      return { build: "relaxed-simd", module, reason: `the runtime validates relaxed SIMD, and its layer 2 and the model's ${want.length} check scores equal the portable build's bit for bit` };
    }
  } catch (e) {
    return fallback(`self-check failed to run (${(e as Error).message.slice(0, 120)})`);
  }
  return { build: "relaxed-simd", module, reason: "the runtime validates relaxed SIMD and its layer 2 equals the portable build's bit for bit" };
}
