/**
 * Exclusive outcome groups (format version 2) in the int8 runtime, run in Node (test/critic.test.ts)
 * and inside workerd (test/critic.workerd.test.ts): coherent probabilities, SIMD = scalar bit for bit,
 * agreement with the float reference, and version-1 behaviour untouched for goals outside any group.
 */
import { describe, expect, it } from "vitest";
import { encodeHashed, type HashEncoderSpec } from "../src/critic/encoder/hash.ts";
import { dequantizeModel } from "../src/critic/dequantize.ts";
import { floatScoreGoals } from "../src/critic/float-forward.ts";
import { readModelFile } from "../src/critic/model-file.ts";
import { loadCritic } from "../src/critic/wasm-critic.ts";
import { DERIVED_GOALS, DONATION_GROUP, describeDiff, groupedModel, hashModel, textGenerator } from "./critic-fixtures.ts";

function bitEqual(a: Float32Array, b: Float32Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

const texts = DERIVED_GOALS.map((g) => g.text);
const [DONATES, ONE_PLUS, NONE, HALF_PLUS, STATE_GOAL] = [0, 1, 2, 3, 4];

export function criticOutcomeCases(wasm: () => WebAssembly.Module, runtimeBound = 0.015): void {
  describe("exclusive outcome groups (format version 2)", () => {
    const m = groupedModel(512, [32, 32], 41);
    const text = textGenerator(42);
    const state = text(30);
    const thoughts = Array.from({ length: 9 }, (_, k) => text(4 + k)); // 9: two SIMD blocks of 4 and a scalar tail

    it("loads as version 2; nested goals are ordered and complements sum to 1 for every thought", () => {
      const critic = loadCritic(m.bytes, wasm());
      expect(critic.meta.version).toBe(2);
      const G = texts.length;
      const q = critic.scoreQBank(state, thoughts);
      expect(q.length).toBe(thoughts.length * G);
      for (let t = 0; t < thoughts.length; t++) {
        const p = (j: number) => q[t * G + j]!;
        expect(p(ONE_PLUS)).toBeLessThanOrEqual(p(HALF_PLUS));
        expect(p(HALF_PLUS)).toBeLessThanOrEqual(p(DONATES));
        expect(Math.abs(p(DONATES) + p(NONE) - 1), `thought ${t}: ${p(DONATES)} + ${p(NONE)}`).toBeLessThanOrEqual(1e-6);
      }
      // every outcome of the group, asked by its own text: a distribution
      const members = critic.scoreQ({ state, thoughts, goals: DONATION_GROUP.outcomes });
      for (let t = 0; t < thoughts.length; t++) {
        const row = members.subarray(t * 4, t * 4 + 4);
        expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(1e-6);
        // and a derived goal is exactly the sum of its outcomes' shares (to rounding)
        expect(Math.abs(q[t * G + DONATES]! - (row[1]! + row[2]! + row[3]!))).toBeLessThanOrEqual(1e-6);
      }
    });

    it("scoreQ on the bank's texts equals scoreQBank; the V head is grouped the same way", () => {
      const critic = loadCritic(m.bytes, wasm());
      expect(bitEqual(critic.scoreQ({ state, thoughts, goals: texts }), critic.scoreQBank(state, thoughts))).toBe(true);
      const v = critic.scoreV(state, texts);
      expect(v[ONE_PLUS]!).toBeLessThanOrEqual(v[DONATES]!);
      expect(Math.abs(v[DONATES]! + v[NONE]! - 1)).toBeLessThanOrEqual(1e-6);
    });

    it("SIMD equals scalar bit for bit (Q, bank, V, thought counts 1 to 9)", () => {
      const simd = loadCritic(m.bytes, wasm(), { kernel: "simd" });
      const scalar = loadCritic(m.bytes, wasm(), { kernel: "scalar" });
      for (let n = 1; n <= thoughts.length; n++) {
        const ts = thoughts.slice(0, n);
        const goals = [...texts, "a free text goal", DONATION_GROUP.outcomes[2]!];
        expect(bitEqual(simd.scoreQ({ state, thoughts: ts, goals }), scalar.scoreQ({ state, thoughts: ts, goals })), `Q, ${n} thoughts`).toBe(true);
        expect(bitEqual(simd.scoreQBank(state, ts), scalar.scoreQBank(state, ts)), `bank, ${n} thoughts`).toBe(true);
      }
      expect(bitEqual(simd.scoreV(state, texts), scalar.scoreV(state, texts))).toBe(true);
    });

    it("agrees with the float reference on the file's weights", () => {
      const critic = loadCritic(m.bytes, wasm());
      const ref = dequantizeModel(readModelFile(m.bytes));
      const enc = (s: string) => encodeHashed(s, m.encoder as HashEncoderSpec);
      const goals = [...texts, "a free text goal"];
      const want = floatScoreGoals(ref, critic.meta, enc, enc(state), thoughts.map(enc), goals);
      const d = describeDiff("grouped Q int8 vs float", want, critic.scoreQ({ state, thoughts, goals }));
      expect(d.max, d.message).toBeLessThanOrEqual(runtimeBound);
      const dv = describeDiff("grouped V int8 vs float", floatScoreGoals(ref, critic.meta, enc, enc(state), null, goals), critic.scoreV(state, goals));
      expect(dv.max, dv.message).toBeLessThanOrEqual(runtimeBound);
    });

    it("goals outside every group score exactly as in a version-1 file with the same weights", () => {
      const grouped = loadCritic(m.bytes, wasm());
      const plain = loadCritic(hashModel(512, [32, 32], 41).bytes, wasm()); // same seed: same weights, version 1
      expect(plain.meta.version).toBe(1);
      const free = ["the persuadee asks about the charity", texts[STATE_GOAL]!];
      const mixed = grouped.scoreQ({ state, thoughts, goals: [texts[DONATES]!, ...free] });
      const alone = plain.scoreQ({ state, thoughts, goals: free });
      for (let t = 0; t < thoughts.length; t++) expect(bitEqual(mixed.slice(t * 3 + 1, t * 3 + 3), alone.slice(t * 2, t * 2 + 2)), `thought ${t}`).toBe(true);
    });
  });
}
