// The hashed encoder's output is part of every trained model: these tests pin it bit for bit, against
// digests recorded from the first (string-building, Map-based) implementation and against a copy of that
// implementation kept here as the oracle for random texts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc32 } from "../crc32.ts";
import { DEFAULT_HASH_ENCODER, encodeHashed, tokenize, type HashEncoderSpec, type SparseFeatures } from "./hash.ts";

/** The original encoder, verbatim in behaviour: one string and one Map update per n-gram. */
function referenceEncode(text: string, spec: HashEncoderSpec): SparseFeatures {
  const fnv1a = (s: string, seed: number) => {
    let h = (0x811c9dc5 ^ seed) >>> 0;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    return h >>> 0;
  };
  const acc = new Map<number, number>();
  const add = (gram: string, weight: number) => {
    if (weight === 0) return;
    const h = fnv1a(gram, spec.seed);
    const idx = h & (spec.dim - 1);
    acc.set(idx, (acc.get(idx) ?? 0) + (h & 0x80000000 ? -1 : 1) * weight);
  };
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    add("w " + tok, spec.wordWeight);
    if (i > 0) add("b " + tokens[i - 1] + " " + tok, spec.bigramWeight);
    if (spec.charN > 0 && tok.length >= spec.charN - 1) {
      const padded = "<" + tok + ">";
      for (let j = 0; j + spec.charN <= padded.length; j++) add("c " + padded.slice(j, j + spec.charN), spec.charWeight);
    }
  }
  const keys = [...acc.keys()].filter((k) => acc.get(k) !== 0).sort((a, b) => a - b);
  const indices = Int32Array.from(keys);
  const values = Float32Array.from(keys, (k) => acc.get(k)!);
  let norm = 0;
  for (const k of keys) norm += acc.get(k)! ** 2;
  if (norm > 0) for (let i = 0; i < values.length; i++) values[i]! *= 1 / Math.sqrt(norm);
  return { indices, values };
}

const bits = (f: SparseFeatures) => [Array.from(f.indices), Array.from(new Uint32Array(f.values.buffer, f.values.byteOffset, f.values.length))];

// [text, spec overrides, [feature count, crc32 of the indices' bytes, crc32 of the values' bytes]]
const PINNED: Array<[string, Partial<HashEncoderSpec>, [number, number, number]]> = [
  ["Even $1 helps children in Syria.", {}, [31, 3284821801, 3610139917]],
  ["the donor agrees to give", {}, [23, 4132073280, 3151268554]],
  ["", {}, [0, 0, 0]],
  ["a", {}, [1, 2412730223, 2896259690]],
  ["ﬁne Ｆｕｌｌ-width ＡＢＣ １２３ café Café CAFÉ naïve", {}, [34, 202246049, 2344200926]],
  ["Persuader: Would you consider donating $0.50 today? Persuadee: maybe, I am not sure the charity is legit; how much goes to the kids?", {}, [109, 4037402654, 431309430]],
  ["buy buy buy buy buy buy the the the", {}, [9, 1251241843, 2965396572]],
  ["日本語のテキスト と emoji 🙂 mixed with words", {}, [33, 1326199220, 3411749671]],
  ["Even $1 helps children in Syria.", { dim: 256, charN: 3, seed: 12345, bigramWeight: 0.5 }, [34, 3694025158, 3349769422]],
  ["tool call: search[red running shoes size 9] -> 24 results", { charN: 0 }, [19, 2731890613, 653469174]],
  ["word word", { wordWeight: 0, dim: 64 }, [4, 2819678698, 2317419374]],
];

describe("hashed encoder output is pinned", () => {
  it("the first text, value by value", () => {
    const f = encodeHashed("Even $1 helps children in Syria.");
    expect(Array.from(f.indices)).toEqual([67, 118, 131, 143, 256, 336, 448, 654, 677, 770, 896, 954, 985, 1008, 1147, 1199, 1251, 1270, 1286, 1295, 1330, 1382, 1438, 1447, 1653, 1876, 1878, 1925, 1965, 1975, 2038]);
    expect(Array.from(new Uint32Array(f.values.buffer), (x) => x.toString(16))).toEqual(
      "bd99eb72 3d99eb72 bd99eb72 bd99eb72 bd99eb72 3d99eb72 3d99eb72 be99eb72 be99eb72 bd99eb72 3e99eb72 3e577cd3 3e99eb72 3e99eb72 3e99eb72 bd99eb72 bd99eb72 be577cd3 3d99eb72 bd99eb72 bd99eb72 3e577cd3 3d99eb72 3d99eb72 3e577cd3 bd99eb72 3e577cd3 3d99eb72 bd99eb72 3e577cd3 be99eb72".split(" "),
    );
  });

  for (const [text, over, [n, idxCrc, valCrc]] of PINNED)
    it(`${JSON.stringify(text.slice(0, 40))} ${JSON.stringify(over)}`, () => {
      const f = encodeHashed(text, { ...DEFAULT_HASH_ENCODER, ...over });
      expect([f.indices.length, crc32(new Uint8Array(f.indices.buffer)), crc32(new Uint8Array(f.values.buffer))]).toEqual([n, idxCrc, valCrc]);
    });

  it("equals the original implementation on random texts and specs (fast-check)", () => {
    const word = fc.oneof(fc.string({ minLength: 1, maxLength: 9 }), fc.constantFrom("$", "Ünïcode", "ß", "İ", "ǅ", "🙂", "ﬃ", "x\u0301", "٣"));
    const spec = fc.record({
      dim: fc.constantFrom(16, 64, 1024, 2048),
      charN: fc.integer({ min: 0, max: 6 }),
      wordWeight: fc.constantFrom(0, 1, 0.3),
      bigramWeight: fc.constantFrom(0, 0.7),
      charWeight: fc.constantFrom(0, 0.25, 1),
      seed: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
    });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), spec, (words, s) => {
        const full = { ...DEFAULT_HASH_ENCODER, ...s };
        const text = words.join(" ");
        expect(bits(encodeHashed(text, full))).toEqual(bits(referenceEncode(text, full)));
      }),
      { numRuns: 400 },
    );
  });
});
