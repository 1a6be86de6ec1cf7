// Model file format: CRC vectors, write/read round trip, quantizer layout, the test model, the inspect command.
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/index.ts";
import { crc32 } from "../src/critic/crc32.ts";
import { encodeHashed } from "../src/critic/encoder/hash.ts";
import { floatScoreQ } from "../src/critic/float-forward.ts";
import { expectedTensors } from "../src/critic/meta-schema.ts";
import { readModelFile } from "../src/critic/model-file.ts";
import type { HashEncoderSpec } from "../src/critic/encoder/hash.ts";
import { loadCriticFile, loadWasmModuleFromDisk } from "../src/critic/node.ts";
import { loadCritic } from "../src/critic/wasm-critic.ts";
import { makeTestModel } from "../scripts/make-test-model.ts";
import { describeDiff, hashModel, textGenerator } from "./critic-fixtures.ts";

const SMALL = new URL("../models/test-small.pnlc", import.meta.url).pathname;

describe("crc32", () => {
  it("matches the standard check values (including lengths that are not a multiple of 8)", () => {
    const enc = new TextEncoder();
    expect(crc32(enc.encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(enc.encode("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(enc.encode("a"))).toBe(0xe8b7be43);
  });
});

describe("model file", () => {
  it("round-trips: the quantizer's tensors are where the table says, 16-aligned, int8 in [-127, 127]", () => {
    const m = hashModel(64, [16, 32], 9);
    const file = readModelFile(m.bytes);
    expect(file.meta.tensors.map((t) => t.name)).toEqual(expectedTensors(file.meta.network).map((t) => t.name));
    for (const t of file.meta.tensors) expect(t.offset % 16).toBe(0);
    const w2 = file.tensors.get("q.w2") as Int8Array;
    expect(Math.max(...w2.map(Math.abs))).toBe(127); // every row reaches its scale
    const s2 = file.tensors.get("q.w2.scale") as Float32Array;
    // dequantized weights are within half a step of the float weights
    for (let o = 0; o < 32; o++)
      for (let j = 0; j < 16; j++) expect(Math.abs(w2[o * 16 + j]! * s2[o]! - m.params.q.w2[o * 16 + j]!)).toBeLessThanOrEqual(s2[o]! / 2 + 1e-6);
  });

  it("models/test-small.pnlc is what scripts/make-test-model.ts makes (deterministic)", () => {
    expect(Buffer.from(makeTestModel()).equals(readFileSync(SMALL))).toBe(true);
    const meta = loadCriticFile(SMALL).meta;
    expect(meta.goals.filter((g) => g.polarity === "positive").length).toBeGreaterThanOrEqual(2);
    expect(meta.goals.filter((g) => g.polarity === "negative").length).toBeGreaterThanOrEqual(2);
    expect(meta.thoughts.length).toBe(8);
  });
});

describe("weight quantization error (int8 file vs the float weights it came from)", () => {
  // The runtime's own error is asserted in critic-cases.ts (vs the file's weights in float). This adds the
  // rounding of the weights themselves, a property of the format and of the weights; printed for the record.
  for (const [dim, hidden] of [[1024, [32, 32]], [2048, [64, 64]]] as const)
    it(`hash dim ${dim}, hidden [${hidden}]: mean |dp| <= 0.005, max <= 0.025`, () => {
      const wasm = loadWasmModuleFromDisk();
      let worst = 0;
      let sum = 0;
      let n = 0;
      for (const seed of [1, 2, 3, 4]) {
        const m = hashModel(dim, [...hidden] as [number, number], seed);
        const text = textGenerator(seed);
        const state = text(40), thoughts = Array.from({ length: 8 }, () => text(12)), goals = Array.from({ length: 16 }, () => text(8));
        const enc = (s: string) => encodeHashed(s, m.encoder as HashEncoderSpec);
        const want = floatScoreQ(m.params, enc(state), thoughts.map(enc), goals.map(enc));
        const got = loadCritic(m.bytes, wasm).scoreQ({ state, thoughts, goals });
        const d = describeDiff(`seed ${seed}`, want, got);
        worst = Math.max(worst, d.max);
        for (let i = 0; i < want.length; i++) sum += Math.abs(want[i]! - got[i]!);
        n += want.length;
      }
      console.log(`int8 vs original float weights, dim ${dim} hidden [${hidden}]: mean |dp| ${(sum / n).toFixed(4)}, max ${worst.toFixed(4)}`);
      expect(sum / n).toBeLessThanOrEqual(0.005);
      expect(worst).toBeLessThanOrEqual(0.025);
    });
});

describe("pnlc inspect", () => {
  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const so = process.stdout.write.bind(process.stdout);
    const se = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write;
    process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
    try {
      const code = await main(["node", "pnlc", "inspect", ...args]);
      return { code, out: out.join(""), err: err.join("") };
    } finally {
      process.stdout.write = so;
      process.stderr.write = se;
    }
  };

  it("prints metadata, sizes and checksum status; --json is parseable", async () => {
    const text = await run(SMALL);
    expect(text.code).toBe(0);
    expect(text.out).toContain("test-small");
    expect(text.out).toMatch(/checksum crc32 [0-9a-f]{8} ok/);
    expect(text.out).toContain("q.w1.state");
    const json = await run(SMALL, "--json");
    expect(json.code).toBe(0);
    const r = JSON.parse(json.out);
    expect(r.fileBytes).toBe(readFileSync(SMALL).length);
    expect(r.network.hidden).toEqual([32, 32]);
    expect(r.goals.positive).toBe(3);
  });

  it("exits non-zero with a clear message on a missing or corrupt file", async () => {
    const missing = await run("/nonexistent/model.pnlc");
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain("does not exist");
    const dir = mkdtempSync(join(tmpdir(), "pnlc-inspect-"));
    const bad = readFileSync(SMALL);
    bad[bad.length - 10]! ^= 1;
    writeFileSync(join(dir, "bad.pnlc"), bad);
    const corrupt = await run(join(dir, "bad.pnlc"));
    expect(corrupt.code).not.toBe(0);
    expect(corrupt.err).toContain("CRC-32 mismatch");
  });
});
