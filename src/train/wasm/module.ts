/**
 * build/trainer.wasm (assembly/train/): its exports, and a bump arena over its linear memory. The
 * trainer lays out weights, gradients and optimiser state once (`permanent`) and each batch's features
 * and activations above them (`scratch`, reset per batch), growing the memory as needed.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface TrainerExports {
  memory: WebAssembly.Memory;
  heap_base(): number;
  bag_forward_simd(w1: number, h1: number, off: number, idx: number, val: number, list: number, n: number, out: number): void;
  bag_forward_scalar(w1: number, h1: number, off: number, idx: number, val: number, list: number, n: number, out: number): void;
  bag_backward_simd(gw1: number, touched: number, h1: number, off: number, idx: number, val: number, list: number, n: number, d: number): void;
  bag_backward_scalar(gw1: number, touched: number, h1: number, off: number, idx: number, val: number, list: number, n: number, d: number): void;
  dense_forward_simd(n: number, ls: number, lt: number, lg: number, pS: number, pT: number, pG: number, b1: number, w2: number, b2: number, w3: number, b3: number, h1: number, h2: number, outH1: number, outH2: number, z: number): void;
  dense_forward_scalar(n: number, ls: number, lt: number, lg: number, pS: number, pT: number, pG: number, b1: number, w2: number, b2: number, w3: number, b3: number, h1: number, h2: number, outH1: number, outH2: number, z: number): void;
  dense_backward_simd(n: number, dz: number, ls: number, lt: number, lg: number, dS: number, dT: number, dG: number, inH1: number, inH2: number, w2: number, w3: number, h1: number, h2: number, gb1: number, gw2: number, gb2: number, gw3: number, gb3: number, da1: number): void;
  dense_backward_scalar(n: number, dz: number, ls: number, lt: number, lg: number, dS: number, dT: number, dG: number, inH1: number, inH2: number, w2: number, w3: number, h1: number, h2: number, gb1: number, gw2: number, gb2: number, gw3: number, gb3: number, da1: number): void;
  adamw_range_simd(p: number, g: number, m: number, v: number, n: number, k: number): void;
  adamw_range_scalar(p: number, g: number, m: number, v: number, n: number, k: number): void;
  adamw_rows(p: number, g: number, m: number, v: number, touched: number, rows: number, h1: number, k: number, simd: number): void;
  polyak_simd(target: number, online: number, n: number, rate: number): void;
  polyak_scalar(target: number, online: number, n: number, rate: number): void;
  iql_loss(n: number, zq: number, zqt: number, zv: number, y: number, w: number, run: number, util: number, tau: number, wTotal: number, dq: number, dv: number, scratch: number, out: number): void;
}

export const TRAINER_WASM_PATH = fileURLToPath(new URL("../../../build/trainer.wasm", import.meta.url));
let compiled: WebAssembly.Module | undefined;

export function trainerModule(): WebAssembly.Module {
  if (compiled) return compiled;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(readFileSync(TRAINER_WASM_PATH));
  } catch (e) {
    throw new Error(`cannot read ${TRAINER_WASM_PATH} (${(e as Error).message}); run \`npm run build\` first`);
  }
  return (compiled = new WebAssembly.Module(bytes));
}

const align = (n: number) => (n + 15) & ~15;

/** One instance of the module with a two-level bump arena (permanent below, per-batch scratch above). */
export class TrainerArena {
  readonly x: TrainerExports;
  private top: number;
  private scratchBase = -1;
  constructor(mod: WebAssembly.Module = trainerModule()) {
    this.x = new WebAssembly.Instance(mod, {}).exports as unknown as TrainerExports;
    this.top = align(this.x.heap_base());
  }
  /** Bytes, 16-aligned and zeroed; permanent allocations must come before the first scratch use. */
  alloc(bytes: number): number {
    const p = this.top;
    this.top = align(p + Math.max(bytes, 16));
    const need = this.top - this.x.memory.buffer.byteLength;
    if (need > 0) this.x.memory.grow(Math.ceil(need / 65536));
    new Uint8Array(this.x.memory.buffer, p, this.top - p).fill(0);
    return p;
  }
  /** Starts a batch: frees every scratch allocation. */
  resetScratch(): void {
    if (this.scratchBase < 0) this.scratchBase = this.top;
    this.top = this.scratchBase;
  }
  f32(p: number, n: number): Float32Array {
    return new Float32Array(this.x.memory.buffer, p, n);
  }
  i32(p: number, n: number): Int32Array {
    return new Int32Array(this.x.memory.buffer, p, n);
  }
  f64(p: number, n: number): Float64Array {
    return new Float64Array(this.x.memory.buffer, p, n);
  }
}
