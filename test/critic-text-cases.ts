/**
 * Encode + score from text in one Wasm call (the default for hash-ngram models) against the JS-encode
 * path (LoadOptions.encode "js"): the same scores bit for bit, for Q, V and the goal bank, for both
 * kernels, grouped goals included. Run in Node (test/critic-text-path.test.ts) and inside workerd.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCritic, type KernelChoice } from "../src/critic/wasm-critic.ts";
import { describeDiff, textGenerator } from "./critic-fixtures.ts";

function expectBitEqual(label: string, a: Float32Array, b: Float32Array): void {
  expect(a.length, label).toBe(b.length);
  const ua = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const ub = new Uint32Array(b.buffer, b.byteOffset, b.length);
  const bad = ua.findIndex((x, i) => x !== ub[i]);
  expect(bad, bad < 0 ? label : describeDiff(label, a, b).message).toBe(-1);
}

const ODD = ["Ｆｕｌｌ-width ＡＢＣ １２３", "café Café CAFÉ naïve", "日本語のテキスト 🙂", "$$ $1.50 $", "x\ud800y", "ﬃ İstanbul Σσς", ""];

export function criticTextCases(wasm: () => WebAssembly.Module, models: () => Array<[string, Uint8Array]>): void {
  describe("encode + score from text in one Wasm call", () => {
    for (const kernel of ["simd", "scalar"] as KernelChoice[])
      it(`equals the JS-encode path bit for bit (${kernel})`, () => {
        const seed = Date.now() ^ 0x7e47;
        console.log(`fast-check seed ${seed}`);
        for (const [name, bytes] of models()) {
          const viaWasm = loadCritic(bytes, wasm(), { kernel, encode: "wasm" });
          const viaJs = loadCritic(bytes, wasm(), { kernel, encode: "js" });
          const bank = viaJs.meta.goals.map((g) => g.text);
          const text = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 30 }), fc.constantFrom(...ODD), fc.integer({ min: 0, max: 60 }).map(textGenerator(7)));
          fc.assert(
            fc.property(text, fc.array(text, { minLength: 1, maxLength: 16 }), fc.array(fc.oneof(text, fc.constantFrom(...(bank.length ? bank : ["a goal"]))), { maxLength: 6 }), (state, thoughts, goals) => {
              expectBitEqual(`${name} scoreQBank`, viaWasm.scoreQBank(state, thoughts), viaJs.scoreQBank(state, thoughts));
              expectBitEqual(`${name} scoreQ`, viaWasm.scoreQ({ state, thoughts, goals }), viaJs.scoreQ({ state, thoughts, goals }));
              if (viaJs.meta.network.heads.includes("v")) expectBitEqual(`${name} scoreV`, viaWasm.scoreV(state, goals), viaJs.scoreV(state, goals));
            }),
            { numRuns: 40, seed },
          );
        }
      });
  });
}
