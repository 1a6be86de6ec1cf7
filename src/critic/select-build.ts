/**
 * Which critic build a runtime uses: the relaxed-SIMD one (build/critic-relaxed.wasm, layer 2 through
 * i32x4.relaxed_dot_i8x16_i7x16_add_s) where the runtime validates it and a start-up self-check finds
 * its layer 2 equal bit for bit to the portable build's; the portable build (build/critic.wasm)
 * elsewhere. The check is tiny (3 x 32 x 16 multiply-adds per build, two instantiations): far below
 * the Workers start-up limit. See docs/design/wasm-encoder.md ("Relaxed SIMD where it is exact").
 */
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
export function lazyBuildSelection(portable: () => WebAssembly.Module, relaxed?: () => Promise<WebAssembly.Module>): () => Promise<BuildSelection> {
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
      return selectCriticBuild(portable(), module);
    })());
}

/**
 * `relaxed` may be a module, a function that compiles one (and throws where the runtime rejects
 * relaxed SIMD, as Node 20 does without a flag), or undefined (not bundled).
 */
export function selectCriticBuild(portable: WebAssembly.Module, relaxed?: WebAssembly.Module | (() => WebAssembly.Module)): BuildSelection {
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
  } catch (e) {
    return fallback(`self-check failed to run (${(e as Error).message.slice(0, 120)})`);
  }
  return { build: "relaxed-simd", module, reason: "the runtime validates relaxed SIMD and its layer 2 equals the portable build's bit for bit" };
}
