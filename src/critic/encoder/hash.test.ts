import { describe, expect, it } from "vitest";
import { DEFAULT_HASH_ENCODER, encodeHashed, tokenize } from "./hash.ts";

describe("hashed n-gram encoder", () => {
  it("is deterministic, sorted, unique and L2-normalised", () => {
    const a = encodeHashed("Even $1 helps children in Syria.");
    const b = encodeHashed("Even $1 helps children in Syria.");
    expect(Array.from(a.indices)).toEqual(Array.from(b.indices));
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    for (let i = 1; i < a.indices.length; i++) expect(a.indices[i]!).toBeGreaterThan(a.indices[i - 1]!);
    const norm = a.values.reduce((s, v) => s + v * v, 0);
    expect(norm).toBeCloseTo(1, 5);
    for (const i of a.indices) expect(i).toBeLessThan(DEFAULT_HASH_ENCODER.dim);
  });
  it("tells different texts apart and maps empty text to no features", () => {
    const a = encodeHashed("the donor agrees to give");
    const b = encodeHashed("the donor refuses to give");
    expect(Array.from(a.indices)).not.toEqual(Array.from(b.indices));
    expect(encodeHashed("").indices.length).toBe(0);
    expect(tokenize("Save the Children, $2!")).toEqual(["save", "the", "children", "$", "2"]);
  });
});
