/**
 * The critic instance's linear memory: growth with a hard ceiling, and whole-memory typed views that
 * are rebuilt only when memory.grow replaced the buffer.
 */
import { CriticError } from "./errors.ts";

const MAX_MEMORY_BYTES = 1 << 30;
const PAGE = 65536;

export const align16 = (n: number) => (n + 15) & ~15;

export class WasmMemory {
  private buf: ArrayBuffer;
  private i32View!: Int32Array;
  private f32View!: Float32Array;
  private u16View!: Uint16Array;
  private u8View!: Uint8Array;

  constructor(readonly memory: WebAssembly.Memory) {
    this.buf = memory.buffer;
    this.rebuild();
  }

  private rebuild(): void {
    this.i32View = new Int32Array(this.buf);
    this.f32View = new Float32Array(this.buf);
    this.u16View = new Uint16Array(this.buf);
    this.u8View = new Uint8Array(this.buf);
  }

  /**
   * Re-reads memory.buffer only when the one held was detached by a grow (by this wrapper, another
   * wrapper of the same memory or the module): its byteLength is then 0. Reading memory.buffer costs
   * ~40 ns in V8, and a score call needed it five or six times.
   */
  private current(): void {
    if (this.buf.byteLength !== 0) return;
    this.buf = this.memory.buffer;
    this.rebuild();
  }

  /** Grows memory to at least `bytes`; a request that would need absurd memory is bad input. */
  ensure(bytes: number): void {
    if (bytes > MAX_MEMORY_BYTES) throw new CriticError("bad_input", `request needs ${bytes} bytes of Wasm memory, above the ${MAX_MEMORY_BYTES}-byte limit`);
    this.current();
    const have = this.buf.byteLength;
    if (bytes > have) {
      this.memory.grow(Math.ceil((bytes - have) / PAGE));
      this.current(); // the grow detached the held buffer
    }
  }

  get i32(): Int32Array {
    this.current();
    return this.i32View;
  }

  get f32(): Float32Array {
    this.current();
    return this.f32View;
  }

  get u16(): Uint16Array {
    this.current();
    return this.u16View;
  }

  get u8(): Uint8Array {
    this.current();
    return this.u8View;
  }
}
