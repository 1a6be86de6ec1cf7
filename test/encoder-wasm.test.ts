// The Wasm hash encoder (assembly/encoder/hash_ngram.ts) must give the JS encoder's features bit for bit:
// on every text of the corpora the models are trained on, on random texts (non-ASCII and lone surrogates
// included) under random specs, and in its [\p{L}\p{N}] table on every code point.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_HASH_ENCODER, encodeHashed, type HashEncoderSpec, type SparseFeatures } from "../src/critic/encoder/hash.ts";
import { loadWasmModuleFromDisk } from "../src/critic/node.ts";
import { WasmHashEncoder } from "../src/critic/wasm-text.ts";
import type { CriticExports } from "../src/critic/wasm-exports.ts";
import { loadAvalonGames } from "../src/data/avalon.ts";
import { loadPersuasionDialogues } from "../src/data/persuasion.ts";
import { loadProducts } from "../src/tasks/webshop/catalog.ts";
import { needCorpus } from "./helpers/corpus.ts";

const module = loadWasmModuleFromDisk();
const bits = (f: SparseFeatures) => [Array.from(f.indices), Array.from(new Uint32Array(f.values.buffer, f.values.byteOffset, f.values.length))];

/**
 * Texts whose Wasm features differ from the JS ones (at most 3, to keep a failure readable), each text
 * encoded alone and in batches of 25 (one encode_texts call: ASCII texts one space apart form a run).
 */
function mismatches(texts: Iterable<string>, spec: HashEncoderSpec = DEFAULT_HASH_ENCODER): { count: number; first: string[] } {
  const wasm = new WasmHashEncoder(module, spec);
  const first: string[] = [];
  let count = 0;
  const all = [...texts];
  for (let at = 0; at < all.length; at += 25) {
    const batch = all.slice(at, at + 25);
    const together = wasm.encodeAll(batch);
    batch.forEach((t, k) => {
      const a = encodeHashed(t, spec);
      if (!same(a, wasm.encode(t)) || !same(a, together[k]!)) {
        count++;
        if (first.length < 3) first.push(t.slice(0, 200));
      }
    });
  }
  return { count, first };
}

function same(a: SparseFeatures, b: SparseFeatures): boolean {
  let ok = a.indices.length === b.indices.length;
  for (let i = 0; ok && i < a.indices.length; i++) ok = a.indices[i] === b.indices[i] && Object.is(a.values[i], b.values[i]);
  return ok;
}

describe("Wasm hash encoder", () => {
  it("classifies every code point as the JS tokenizer's [\\p{L}\\p{N}] does", () => {
    const exports = new WebAssembly.Instance(module, { env: { abort: () => {} } }).exports as unknown as CriticExports;
    const word = /^[\p{L}\p{N}]$/u;
    const wrong: number[] = [];
    for (let cp = 0; cp < 0x110000; cp++) if ((exports.is_word_cp(cp) === 1) !== word.test(String.fromCodePoint(cp)) && wrong.length < 5) wrong.push(cp);
    expect(wrong, "regenerate assembly/encoder/word_ranges.ts with scripts/gen-word-ranges.ts").toEqual([]);
  });

  it("pinned texts: the same features bit for bit", () => {
    const wasm = new WasmHashEncoder(module, DEFAULT_HASH_ENCODER);
    for (const t of ["Even $1 helps children in Syria.", "", "a", "$$a$b", "ﬁne Ｆｕｌｌ-width ＡＢＣ １２３ café Café CAFÉ naïve", "日本語のテキスト と emoji 🙂 𠀀𠀁 mixed", "x\ud800y\udc00z \ud83d", "buy buy buy buy the the"])
      expect(bits(wasm.encode(t)), JSON.stringify(t)).toEqual(bits(encodeHashed(t)));
  });

  it("random texts and specs (fast-check), non-ASCII included: the same features bit for bit", () => {
    const seed = Date.now() ^ 0x5eed;
    console.log(`fast-check seed ${seed}`);
    const word = fc.oneof(
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }),
      fc.string({ unit: "binary", minLength: 1, maxLength: 6 }),
      fc.constantFrom("$", "Ünïcode", "ß", "İ", "ǅ", "🙂", "ﬃ", "x\u0301", "٣", "Σσς", "ǈ", "\ud800", "\udc00x", "ⅷ", "①"),
    );
    const asciiWord = fc.stringMatching(/^[A-Za-z0-9$]{1,9}$/);
    const spec = fc.record({
      dim: fc.constantFrom(16, 64, 1024, 2048, 1 << 16),
      charN: fc.integer({ min: 0, max: 8 }),
      wordWeight: fc.constantFrom(0, 1, 0.3),
      bigramWeight: fc.constantFrom(0, 0.7, 1e-3),
      charWeight: fc.constantFrom(0, 0.25, 1),
      seed: fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }),
    });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.constantFrom(" ", "", "-", "  "), spec, (words, sep, s) => {
        const full = { ...DEFAULT_HASH_ENCODER, ...s };
        const text = words.join(sep);
        expect(bits(new WasmHashEncoder(module, full).encode(text))).toEqual(bits(encodeHashed(text, full)));
      }),
      { numRuns: 300, seed },
    );
    // several texts in one call (ASCII ones become runs of texts one space apart; the others go alone)
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(word, asciiWord, asciiWord), { maxLength: 12 }).map((w) => w.join(" ")), { minLength: 1, maxLength: 8 }), spec, (texts, s) => {
        const full = { ...DEFAULT_HASH_ENCODER, ...s };
        expect(new WasmHashEncoder(module, full).encodeAll(texts).map(bits)).toEqual(texts.map((t) => bits(encodeHashed(t, full))));
      }),
      { numRuns: 300, seed },
    );
  });

  // The encoder reads texts 16 code units per vector step (word bitmaps in 64-unit words) and tokens 8 units
  // per lane step, 4 tokens at a time: tokens and surrogate pairs across those boundaries, long tokens,
  // lengths around them, and every charN.
  it("texts across the encoder's vector boundaries (chunks of 16 and 64 units, 8-unit token steps): the same features bit for bit", () => {
    const pair = "\ud840\udc00"; // 𠀀, a letter outside the BMP
    const texts: string[] = [];
    for (let pad = 0; pad < 70; pad++) {
      const lead = "a".repeat(pad);
      texts.push(`${lead}${pair}b`, `${lead} ${pair}${pair} x`, `${lead}$${pair}$`, `${lead}\ud800 ${"z".repeat(pad % 19)}`, "q".repeat(pad), `${"w ".repeat(pad)}$`);
    }
    for (const n of [7, 8, 9, 15, 16, 17, 24, 31, 33, 63, 64, 65, 130]) texts.push(`${"x".repeat(n)} ${"ab".repeat(n)} y ${"é".repeat(n)}`, `${"d".repeat(n)}$${"e".repeat(n)}`);
    // a long text (the encoder's work memory grows with the longest text of a call)
    texts.push(Array.from({ length: 6000 }, (_, i) => ["donate", "$5", "children", "𠀀x", "naïve", "a", "persuadee"][i % 7]).join(" "));
    const specs = [0, 1, 2, 3, 4, 5, 8].map((charN) => ({ ...DEFAULT_HASH_ENCODER, charN }));
    for (const spec of [...specs, { ...DEFAULT_HASH_ENCODER, dim: 1 << 16 }, { ...DEFAULT_HASH_ENCODER, wordWeight: 0, bigramWeight: 0 }])
      expect(mismatches(texts, spec), `charN ${spec.charN}, dim ${spec.dim}`).toEqual({ count: 0, first: [] });
  });

  it("many ASCII texts in one call, longer together than a run may span (4096 code units): the same features bit for bit", () => {
    const words = ["donate", "$5", "children", "a", "persuadee", "x1"];
    const texts = Array.from({ length: 60 }, (_, i) => Array.from({ length: 40 + (i % 13) }, (_, k) => words[(i * 7 + k) % words.length]).join(" "));
    expect(texts.join(" ").length).toBeGreaterThan(3 * 4096);
    const wasm = new WasmHashEncoder(module, DEFAULT_HASH_ENCODER);
    expect(wasm.encodeAll(texts).map(bits)).toEqual(texts.map((t) => bits(encodeHashed(t))));
  });

  const p4g = needCorpus("persuasionforgood");
  it.skipIf(!p4g)("every PersuasionForGood sentence: the same features bit for bit", async () => {
    const dialogues = await loadPersuasionDialogues(p4g!);
    const texts = dialogues.flatMap((d) => d.turns.flatMap((t) => [...t.persuader, ...t.persuadee, [...t.persuader, ...t.persuadee].join(" ")]));
    expect(texts.length).toBeGreaterThan(10_000);
    expect(mismatches(texts)).toEqual({ count: 0, first: [] });
  });

  const webshop = needCorpus("webshop");
  it.skipIf(!webshop)("every WebShop product title: the same features bit for bit", () => {
    const titles = loadProducts(webshop!).map((p) => p.title);
    expect(titles.length).toBeGreaterThan(500);
    expect(mismatches(titles)).toEqual({ count: 0, first: [] });
  });

  const avalon = needCorpus("avalon_multiround_llm");
  it.skipIf(!avalon)("every Avalon reasoning, message and vote comment: the same features bit for bit", async () => {
    const games = await loadAvalonGames(avalon!);
    const texts = games.flatMap((g) =>
      g.missions.flatMap((m) => [
        ...m.discussion.flatMap((d) => [d.content ?? "", d.reasoning_content ?? ""]),
        ...m.proposals.flatMap((p) => [p.reasoning ?? "", ...p.votes.map((v) => v.comment ?? "")]),
      ]),
    ).filter(Boolean);
    expect(texts.length).toBeGreaterThan(1000);
    expect(mismatches(texts)).toEqual({ count: 0, first: [] });
  });
});
