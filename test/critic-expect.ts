/** Assertions shared by the critic case files (test/critic-cases.ts, test/critic-text-cases.ts), in Node and workerd. */
import { expect } from "vitest";
import { describeDiff } from "./critic-fixtures.ts";

/** The two score arrays are equal bit for bit; on failure the message names the first differing entry. */
export function expectBitEqual(label: string, a: Float32Array, b: Float32Array): void {
  expect(a.length, label).toBe(b.length);
  const ua = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const ub = new Uint32Array(b.buffer, b.byteOffset, b.length);
  const bad = ua.findIndex((x, i) => x !== ub[i]);
  expect(bad, bad < 0 ? label : describeDiff(label, a, b).message).toBe(-1);
}
