import { describe, expect, it } from "vitest";
import { WasmMemory } from "../src/critic/wasm-memory.ts";

describe("WasmMemory views", () => {
  it("follow a grow done outside the wrapper (by the module or another wrapper of the same memory)", () => {
    const memory = new WebAssembly.Memory({ initial: 1 });
    const mem = new WasmMemory(memory);
    const other = new WasmMemory(memory);
    mem.i32[3] = 7;
    memory.grow(1);
    expect(mem.i32.length).toBe(2 * 16384);
    expect(mem.i32[3]).toBe(7);
    other.ensure(3 * 65536 + 1);
    expect(memory.buffer.byteLength).toBe(4 * 65536);
    for (const v of [mem.i32, mem.f32, mem.u16, mem.u8]) expect(v.buffer).toBe(memory.buffer);
    mem.u8[4 * 65536 - 1] = 9; // the last byte is reachable through the rebuilt view
    expect(new Uint8Array(memory.buffer)[4 * 65536 - 1]).toBe(9);
  });

  it("grows on ensure and refuses absurd sizes", () => {
    const mem = new WasmMemory(new WebAssembly.Memory({ initial: 1 }));
    mem.ensure(100_000);
    expect(mem.f32.length * 4).toBeGreaterThanOrEqual(100_000);
    expect(() => mem.ensure(2 ** 31)).toThrow(/limit/);
  });
});
