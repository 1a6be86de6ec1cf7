/**
 * Encode + score from text in one Wasm call (the default for hash-ngram models) against the JS-encode
 * path (LoadOptions.encode "js"): the same scores bit for bit, for Q, V and the goal bank, for both
 * kernels, grouped goals included. Run in Node (test/critic-text-path.test.ts) and inside workerd.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCritic, type KernelChoice } from "../src/critic/wasm-critic.ts";
import { featureBytes } from "../src/critic/wasm-text.ts";
import { textGenerator } from "./critic-fixtures.ts";
import { expectBitEqual } from "./critic-expect.ts";

const ODD = ["Ｆｕｌｌ-width ＡＢＣ １２３", "café Café CAFÉ naïve", "日本語のテキスト 🙂", "$$ $1.50 $", "x\ud800y", "ﬃ İstanbul Σσς", "", "$$$$$$$$$$$$$$$$$$$", "a$b$c$d$e$$f"];

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

    it("repeated texts come from the cache of encoded features: same scores as encoding them again, bounded memory", () => {
      for (const [name, bytes] of models()) {
        const cold = loadCritic(bytes, wasm(), { encodeCacheBytes: 0 });
        expect(cold.textCacheStats()).toBeNull();
        const text = textGenerator(11);
        const state = text(40), thoughts = Array.from({ length: 8 }, () => text(12)), goals = [...Array.from({ length: 5 }, () => text(8)), ...cold.meta.goals.slice(0, 3).map((g) => g.text)];
        const want = cold.scoreQ({ state, thoughts, goals });
        const warm = loadCritic(bytes, wasm());
        expectBitEqual(`${name} first call`, warm.scoreQ({ state, thoughts, goals }), want);
        const first = warm.textCacheStats()!;
        expect(first, name).toMatchObject({ hits: 0, resets: 0 });
        expect(first.stored, name).toBeGreaterThanOrEqual(1 + thoughts.length + 5); // grouped bank goals send their outcomes' texts
        expectBitEqual(`${name} same texts again`, warm.scoreQ({ state, thoughts, goals }), want);
        expect(warm.textCacheStats(), name).toMatchObject({ hits: first.stored, stored: first.stored });
        // a refine round: the same state, some new thoughts; the bank path and V share the cache
        const more = [thoughts[0]!, text(9), "Ｆｕｌｌ-width ＡＢＣ", thoughts[3]!];
        expectBitEqual(`${name} mixed hits and misses`, warm.scoreQ({ state, thoughts: more, goals }), cold.scoreQ({ state, thoughts: more, goals }));
        expectBitEqual(`${name} bank`, warm.scoreQBank(state, more), cold.scoreQBank(state, more));
        if (cold.meta.network.heads.includes("v")) expectBitEqual(`${name} V`, warm.scoreV(state, goals), cold.scoreV(state, goals));
        // a small cache starts over when full, and a request larger than it is scored without caching
        const dim = cold.meta.network.inputDim;
        const firstRequest = [state, ...thoughts, ...goals].reduce((n, t) => n + featureBytes(t.length, dim), 0);
        const tiny = loadCritic(bytes, wasm(), { encodeCacheBytes: firstRequest });
        for (let round = 0; round < 20; round++) {
          const req = { state: round % 2 ? state : text(30), thoughts: Array.from({ length: 4 }, () => text(10)), goals };
          expectBitEqual(`${name} tiny cache round ${round}`, tiny.scoreQ(req), cold.scoreQ(req));
          expectBitEqual(`${name} tiny cache round ${round} again`, tiny.scoreQ(req), cold.scoreQ(req));
        }
        expect(tiny.textCacheStats()!.resets, name).toBeGreaterThan(0);
        const big = { state: text(400), thoughts: Array.from({ length: 30 }, () => text(40)), goals };
        expectBitEqual(`${name} larger than the cache`, tiny.scoreQ(big), cold.scoreQ(big));
        expectBitEqual(`${name} after it`, tiny.scoreQ({ state, thoughts, goals }), want);
      }
    });
  });
}
