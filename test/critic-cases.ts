/**
 * The critic's core cases, run both in Node (test/critic.test.ts) and inside workerd
 * (test/critic.workerd.test.ts) against the same build/critic.wasm.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeHashed } from "../src/critic/encoder/hash.ts";
import { CriticError } from "../src/critic/errors.ts";
import { dequantizeModel } from "../src/critic/dequantize.ts";
import { floatScoreQ, floatScoreV } from "../src/critic/float-forward.ts";
import { readModelFile } from "../src/critic/model-file.ts";
import { seededRandom } from "../src/critic/random-params.ts";
import type { HashEncoderSpec } from "../src/critic/encoder/hash.ts";
import { loadCritic } from "../src/critic/wasm-critic.ts";
import { denseModel, describeDiff, hashModel, orderingViolations, textGenerator, unitVector } from "./critic-fixtures.ts";
import { expectBitEqual } from "./critic-expect.ts";

function expectCriticError(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (e) {
    expect(e, String(e)).toBeInstanceOf(CriticError);
    expect((e as CriticError).code, (e as Error).message).toBe(code);
    return;
  }
  expect.fail(`expected CriticError ${code}, nothing was thrown`);
}

/**
 * `runtimeBound`: max |dp| of the int8 runtime against the file's own weights in float (7-bit
 * layer-2 activations in both builds: docs/design/critic-quantization.md).
 */
export function criticCoreCases(wasm: () => WebAssembly.Module, smallModel: () => Uint8Array, runtimeBound = 0.015): void {
  describe("test-small model", () => {
    it("loads and scores thoughts x goals, the bank path equal to passing the bank goals", () => {
      const critic = loadCritic(smallModel(), wasm());
      expect(critic.meta.network).toEqual({ inputDim: 1024, hidden: [32, 32], heads: ["q", "v"] });
      const state = "persuader: hello! persuadee: hi, what is this about?";
      const thoughts = critic.meta.thoughts.map((t) => t.text);
      const goals = critic.meta.goals.map((g) => g.text);
      const q = critic.scoreQ({ state, thoughts, goals });
      expect(q.length).toBe(thoughts.length * goals.length);
      for (const p of q) expect(p > 0 && p < 1, `p=${p}`).toBe(true);
      expectBitEqual("scoreQBank vs scoreQ", critic.scoreQBank(state, thoughts), q);
      const v = critic.scoreV(state, goals);
      expect(v.length).toBe(goals.length);
      expect(new Set(q).size, "scores depend on the inputs").toBeGreaterThan(thoughts.length);
    });

    it("returns empty results for no thoughts or no goals and rejects absurd batches", () => {
      const critic = loadCritic(smallModel(), wasm());
      expect(critic.scoreQ({ state: "s", thoughts: [], goals: ["g"] }).length).toBe(0);
      expect(critic.scoreQ({ state: "s", thoughts: ["t"], goals: [] }).length).toBe(0);
      expectCriticError(() => critic.scoreQ({ state: "s", thoughts: Array(5000).fill("t"), goals: ["g"] }), "bad_input");
    });
  });

  describe("SIMD int8 equals scalar int8 bit for bit", () => {
    const shapes: Array<{ dim: number; hidden: [number, number]; T: number; G: number }> = [
      { dim: 1024, hidden: [32, 32], T: 8, G: 16 },
      { dim: 256, hidden: [16, 48], T: 1, G: 1 },
      { dim: 512, hidden: [48, 16], T: 3, G: 37 },
      { dim: 2048, hidden: [64, 64], T: 7, G: 9 },
      { dim: 128, hidden: [80, 32], T: 33, G: 2 },
    ];
    shapes.forEach(({ dim, hidden, T, G }, i) =>
      it(`hash dim ${dim}, hidden [${hidden}], ${T}x${G} (Q and V, incl. empty texts)`, () => {
        const m = hashModel(dim, hidden, 100 + i);
        const simd = loadCritic(m.bytes, wasm(), { kernel: "simd" });
        const scalar = loadCritic(m.bytes, wasm(), { kernel: "scalar" });
        const text = textGenerator(200 + i);
        const req = { state: text(40), thoughts: Array.from({ length: T }, (_, k) => (k === 1 ? "" : text(3 + k))), goals: Array.from({ length: G }, (_, k) => text(2 + (k % 9))) };
        expectBitEqual("Q", simd.scoreQ(req), scalar.scoreQ(req));
        expectBitEqual("V", simd.scoreV(req.state, req.goals), scalar.scoreV(req.state, req.goals));
      }),
    );

    it("random shapes and random sparse batches (fast-check)", () => {
      const shape = fc.record({
        dimLog2: fc.integer({ min: 4, max: 10 }),
        h1: fc.integer({ min: 1, max: 6 }).map((k) => k * 16),
        h2: fc.integer({ min: 1, max: 6 }).map((k) => k * 16),
        T: fc.integer({ min: 1, max: 11 }),
        G: fc.integer({ min: 1, max: 41 }),
        seed: fc.integer({ min: 1, max: 1 << 30 }),
      });
      fc.assert(
        fc.property(shape, ({ dimLog2, h1, h2, T, G, seed }) => {
          const dim = 1 << dimLog2;
          const m = hashModel(dim, [h1, h2], seed);
          const r = seededRandom(seed);
          const bag = () => {
            const n = Math.floor(r() * 3) === 0 ? 0 : 1 + Math.floor(r() * 60);
            const idx = [...new Set(Array.from({ length: n }, () => Math.floor(r() * dim)))].sort((a, b) => a - b);
            return { indices: Int32Array.from(idx), values: Float32Array.from(idx, () => (r() * 2 - 1) * 0.5) };
          };
          const s = bag(), ts = Array.from({ length: T }, bag), gs = Array.from({ length: G }, bag);
          const simd = loadCritic(m.bytes, wasm(), { kernel: "simd" });
          const scalar = loadCritic(m.bytes, wasm(), { kernel: "scalar" });
          expectBitEqual(`Q dim ${dim} [${h1}, ${h2}] ${T}x${G}`, simd.scoreQEncoded(s, ts, gs), scalar.scoreQEncoded(s, ts, gs));
          expectBitEqual(`V dim ${dim} [${h1}, ${h2}] ${G}`, simd.scoreVEncoded(s, gs), scalar.scoreVEncoded(s, gs));
        }),
        { numRuns: 25, seed: 13013 }, // fixed: a failure names the shape, and reruns reproduce it
      );
    });

    it("texts with more features than one integer chunk of the bag (512), duplicates included", () => {
      const m = hashModel(4096, [48, 32], 21);
      const simd = loadCritic(m.bytes, wasm(), { kernel: "simd" });
      const scalar = loadCritic(m.bytes, wasm(), { kernel: "scalar" });
      const r = seededRandom(22);
      const bag = (n: number) => ({ indices: Int32Array.from({ length: n }, () => Math.floor(r() * 4096)), values: Float32Array.from({ length: n }, () => r() * 2 - 1) });
      const s = bag(1500), ts = [bag(513), bag(1024), bag(7)], gs = [bag(2049), bag(511), bag(0)];
      expectBitEqual("Q, long texts", simd.scoreQEncoded(s, ts, gs), scalar.scoreQEncoded(s, ts, gs));
      expectBitEqual("V, long texts", simd.scoreVEncoded(s, gs), scalar.scoreVEncoded(s, gs));
      // and the chunked sums still mean the float network
      const ref = dequantizeModel(readModelFile(m.bytes));
      const d = describeDiff("long texts vs the file's float weights", floatScoreQ(ref, s, ts, gs), simd.scoreQEncoded(s, ts, gs));
      expect(d.max, d.message).toBeLessThanOrEqual(runtimeBound);
    });

    it("dense inputs (matvec path)", () => {
      const m = denseModel(48, [32, 16], 7);
      const simd = loadCritic(m.bytes, wasm(), { kernel: "simd" });
      const scalar = loadCritic(m.bytes, wasm(), { kernel: "scalar" });
      const r = seededRandom(8);
      const req = { state: unitVector(48, r), thoughts: [unitVector(48, r), unitVector(48, r), new Float32Array(48)], goals: Array.from({ length: 5 }, () => unitVector(48, r)) };
      expectBitEqual("dense Q", simd.scoreQ(req), scalar.scoreQ(req));
      expectBitEqual("dense V", simd.scoreV(req.state, req.goals), scalar.scoreV(req.state, req.goals));
    });
  });

  describe("int8 agrees with the float network", () => {
    const cases: Array<{ dim: number; hidden: [number, number] }> = [
      { dim: 1024, hidden: [32, 32] },
      { dim: 2048, hidden: [64, 64] },
      { dim: 2048, hidden: [128, 128] },
    ];
    for (const { dim, hidden } of cases)
      for (const seed of [1, 2, 3])
        it(`hash dim ${dim}, hidden [${hidden}], seed ${seed}: |dp| <= ${runtimeBound} vs the file's weights in float, goal order kept`, () => {
          const m = hashModel(dim, hidden, seed);
          const critic = loadCritic(m.bytes, wasm());
          const ref = dequantizeModel(readModelFile(m.bytes));
          const text = textGenerator(seed * 31);
          const state = text(40), thoughts = Array.from({ length: 8 }, () => text(12)), goals = Array.from({ length: 16 }, () => text(8));
          const enc = (s: string) => encodeHashed(s, m.encoder as HashEncoderSpec);
          const want = floatScoreQ(ref, enc(state), thoughts.map(enc), goals.map(enc));
          const got = critic.scoreQ({ state, thoughts, goals });
          const d = describeDiff("Q int8 vs float", want, got);
          expect(d.max, d.message).toBeLessThanOrEqual(runtimeBound);
          expect(orderingViolations(want, got, 8, 16, runtimeBound)).toEqual([]);
          const wantV = floatScoreV(ref, enc(state), goals.map(enc));
          const dv = describeDiff("V int8 vs float", wantV, critic.scoreV(state, goals));
          expect(dv.max, dv.message).toBeLessThanOrEqual(runtimeBound);
        });
  });

  describe("dense encoder inputs", () => {
    it("rejects text, wrong dimensions and non-finite values, and scores correct vectors", () => {
      const m = denseModel(48, [16, 16], 3);
      const critic = loadCritic(m.bytes, wasm());
      const r = seededRandom(4);
      const ok = unitVector(48, r);
      expect(critic.scoreQ({ state: ok, thoughts: [ok], goals: [ok, ok] }).length).toBe(2);
      expectCriticError(() => critic.scoreQ({ state: new Float32Array(47), thoughts: [ok], goals: [ok] }), "encoder_mismatch");
      expectCriticError(() => critic.scoreQ({ state: ok, thoughts: [new Float32Array(49)], goals: [ok] }), "encoder_mismatch");
      expectCriticError(() => critic.scoreQ({ state: "a text", thoughts: [ok], goals: [ok] }), "encoder_mismatch");
      expectCriticError(() => critic.scoreQBank(ok, [ok]), "encoder_mismatch");
      const nan = ok.slice();
      nan[3] = Number.NaN;
      expectCriticError(() => critic.scoreV(nan, [ok]), "bad_input");
    });

    it("checks pre-encoded sparse features (index range, finite values, matching lengths)", () => {
      const critic = loadCritic(smallModel(), wasm());
      const ok = { indices: Int32Array.of(1, 5), values: Float32Array.of(0.6, 0.8) };
      expect(critic.scoreQEncoded(ok, [ok], [ok]).length).toBe(1);
      expectCriticError(() => critic.scoreQEncoded(ok, [{ indices: Int32Array.of(1024), values: Float32Array.of(1) }], [ok]), "encoder_mismatch");
      expectCriticError(() => critic.scoreQEncoded(ok, [ok], [{ indices: Int32Array.of(-1), values: Float32Array.of(1) }]), "encoder_mismatch");
      expectCriticError(() => critic.scoreQEncoded({ indices: Int32Array.of(3), values: Float32Array.of(Number.POSITIVE_INFINITY) }, [ok], [ok]), "bad_input");
      expectCriticError(() => critic.scoreQEncoded({ indices: Int32Array.of(3, 4), values: Float32Array.of(1) }, [ok], [ok]), "bad_input");
    });

    it("finds a bad index or value at any position of a longer feature list (the SIMD check takes 4 at a time)", () => {
      for (const kernel of ["simd", "scalar"] as const) {
        const critic = loadCritic(smallModel(), wasm(), { kernel });
        const n = 11; // two groups of 4 and a tail of 3
        const good = () => ({ indices: Int32Array.from({ length: n }, (_, k) => 1 + 90 * k), values: Float32Array.from({ length: n }, (_, k) => 0.1 + 0.05 * k) });
        const ok = good();
        // the largest index is fine
        ok.indices[n - 1] = 1023;
        expect(critic.scoreQEncoded(ok, [ok], [ok]).length).toBe(1);
        for (let at = 0; at < n; at++) {
          for (const bad of [-1, 1024, 1 << 30, -(2 ** 31)]) {
            const x = good();
            x.indices[at] = bad;
            expectCriticError(() => critic.scoreQEncoded(ok, [x], [ok]), "encoder_mismatch");
          }
          for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
            const x = good();
            x.values[at] = bad;
            expectCriticError(() => critic.scoreQEncoded(ok, [ok], [x]), "bad_input");
          }
        }
      }
    });

    it("grows memory for a large batch and still matches the float network", () => {
      const critic = loadCritic(smallModel(), wasm());
      const ref = dequantizeModel(readModelFile(smallModel()));
      const text = textGenerator(77);
      const state = text(300), thoughts = Array.from({ length: 40 }, () => text(30)), goals = Array.from({ length: 600 }, () => text(10));
      const got = critic.scoreQ({ state, thoughts, goals });
      expect(got.length).toBe(40 * 600);
      const enc = (s: string) => encodeHashed(s, critic.meta.encoder as HashEncoderSpec);
      const want = floatScoreQ(ref, enc(state), thoughts.slice(0, 2).map(enc), goals.map(enc));
      const d = describeDiff("large batch, first 2 thoughts", want, got.subarray(0, 2 * 600));
      expect(d.max, d.message).toBeLessThanOrEqual(runtimeBound);
      // a later small call reuses the grown memory and is unaffected by the big one
      expectBitEqual("after growth", critic.scoreQ({ state, thoughts: thoughts.slice(0, 2), goals }), got.slice(0, 2 * 600));
    });

    it("a hashed model rejects vectors", () => {
      const critic = loadCritic(smallModel(), wasm());
      expectCriticError(() => critic.scoreQ({ state: new Float32Array(1024), thoughts: ["t"], goals: ["g"] }), "encoder_mismatch");
    });

    it("a model without a v head says so", () => {
      const m = hashModel(64, [16, 16], 5, false);
      expectCriticError(() => loadCritic(m.bytes, wasm()).scoreV("s", ["g"]), "no_v_head");
    });
  });

  describe("loader rejects bad files before any scoring", () => {
    it("truncated, wrong magic, wrong version, flipped byte", () => {
      const good = smallModel();
      expectCriticError(() => loadCritic(good.subarray(0, good.length - 1), wasm()), "truncated");
      expectCriticError(() => loadCritic(good.subarray(0, 10), wasm()), "truncated");
      const magic = good.slice();
      magic[0] = 0x58;
      expectCriticError(() => loadCritic(magic, wasm()), "bad_magic");
      const version = good.slice();
      version[4] = 3;
      expectCriticError(() => loadCritic(version, wasm()), "bad_version");
      expect(() => loadCritic(version, wasm())).toThrow(/format version 3 is not supported: this runtime reads versions 1 and 2/);
      const flipped = good.slice();
      flipped[good.length - 100]! ^= 0x10;
      expectCriticError(() => loadCritic(flipped, wasm()), "checksum");
    });
  });
}
