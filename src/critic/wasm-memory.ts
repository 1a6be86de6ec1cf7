/**
 * The critic instance's linear memory: growth with a hard ceiling, and whole-memory typed views that
 * are rebuilt only when memory.grow replaced the buffer.
 */
import { CriticError } from "./errors.ts";

const MAX_MEMORY_BYTES = 1 << 30;
const PAGE = 65536;

export const align16 = (n: number) => (n + 15) & ~15;

export class WasmMemory {
  private viewBuffer: ArrayBuffer | null = null;
  private i32View = new Int32Array(0);
  private f32View = new Float32Array(0);

  constructor(readonly memory: WebAssembly.Memory) {}

  /** Grows memory to at least `bytes`; a request that would need absurd memory is bad input. */
  ensure(bytes: number): void {
    if (bytes > MAX_MEMORY_BYTES) throw new CriticError("bad_input", `request needs ${bytes} bytes of Wasm memory, above the ${MAX_MEMORY_BYTES}-byte limit`);
    const have = this.memory.buffer.byteLength;
    if (bytes > have) this.memory.grow(Math.ceil((bytes - have) / PAGE));
  }

  private views(): void {
    const buf = this.memory.buffer;
    if (buf !== this.viewBuffer) {
      this.viewBuffer = buf;
      this.i32View = new Int32Array(buf);
      this.f32View = new Float32Array(buf);
    }
  }

  get i32(): Int32Array {
    this.views();
    return this.i32View;
  }

  get f32(): Float32Array {
    this.views();
    return this.f32View;
  }
}
