// Property tests: random corruptions of a model file never crash the loader with anything but a
// CriticError, and never yield scores from a bad file.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc32 } from "../src/critic/crc32.ts";
import { CriticError } from "../src/critic/errors.ts";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCriticFile, loadWasmModuleFromDisk } from "../src/critic/node.ts";
import { loadCritic } from "../src/critic/wasm-critic.ts";

const GOOD = new Uint8Array(readFileSync(new URL("../models/test-small.pnlc", import.meta.url)));
const wasm = loadWasmModuleFromDisk();
const align16 = (n: number) => (n + 15) & ~15;

function split(bytes: Uint8Array): { meta: any; arena: Uint8Array } {
  const dv = new DataView(bytes.buffer, bytes.byteOffset);
  const m = dv.getUint32(8, true);
  const a = dv.getUint32(12, true);
  const start = align16(16 + m);
  return { meta: JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + m))), arena: bytes.slice(start, start + a) };
}

/** Re-assembles a file from raw parts with a correct CRC: no validation, so it can carry any defect. */
function assemble(metaText: string, arena: Uint8Array, version = 1): Uint8Array {
  const meta = new TextEncoder().encode(metaText);
  const start = align16(16 + meta.length);
  const out = new Uint8Array(start + arena.length + 4);
  const dv = new DataView(out.buffer);
  out.set([0x50, 0x4e, 0x4c, 0x43]);
  dv.setUint16(4, version, true);
  dv.setUint32(8, meta.length, true);
  dv.setUint32(12, arena.length, true);
  out.set(meta, 16);
  out.set(arena, start);
  dv.setUint32(out.length - 4, crc32(out.subarray(0, out.length - 4)), true);
  return out;
}

function fixCrc(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  if (out.length >= 4) new DataView(out.buffer).setUint32(out.length - 4, crc32(out.subarray(0, out.length - 4)), true);
  return out;
}

/** Loads and scores; returns "rejected:<code>" or "scored" (after checking the scores are probabilities). */
function loadAndScore(bytes: Uint8Array): string {
  let critic;
  try {
    critic = loadCritic(bytes, wasm);
  } catch (e) {
    if (e instanceof CriticError) return `rejected:${e.code}`;
    throw e;
  }
  const q = critic.scoreQ({ state: "persuader: hi", thoughts: ["tell a story", "ask for $1"], goals: ["donates", "refuses"] });
  for (const p of q) if (!(p >= 0 && p <= 1)) throw new Error(`a file that loaded gave score ${p}`);
  return "scored";
}

function withMeta(edit: (meta: any) => void, version = 1): Uint8Array {
  const { meta, arena } = split(GOOD);
  edit(meta);
  return assemble(JSON.stringify(meta), arena, version);
}

/** Version 2 metadata: a donation group of four outcomes and a goal derived from three of them. */
function grouped(edit: (meta: any) => void = () => {}, version = 2): Uint8Array {
  return withMeta((m) => {
    m.version = 2;
    m.outcomeGroups = [{ name: "donation", outcomes: ["gives nothing", "gives under $0.50", "gives $0.50 to $1", "gives $1 or more"], utilities: [0, 0.2, 0.5, 1] }];
    m.goals.push({ text: "gives something", polarity: "positive", kind: "outcome", derivedFrom: { group: "donation", outcomes: [1, 2, 3] } });
    edit(m);
  }, version);
}

/** fast-check runs from a fixed seed (override with FC_SEED=n): a failure prints the seed and path that reproduce it. */
const FC_SEED = Number(process.env.FC_SEED ?? 13013);
console.log(`fast-check seed ${FC_SEED} (set FC_SEED to change it)`);
fc.configureGlobal({ seed: FC_SEED });

function tensorBytes(name: string): { offset: number; byteLength: number } {
  const { meta } = split(GOOD);
  return meta.tensors.find((t: any) => t.name === name);
}

function withArenaF32(name: string, index: number, value: number): Uint8Array {
  const { meta, arena } = split(GOOD);
  new DataView(arena.buffer).setFloat32(tensorBytes(name).offset + index * 4, value, true);
  return assemble(JSON.stringify(meta), arena);
}

describe("model file loader, targeted defects", () => {
  const cases: Array<[string, () => Uint8Array, string]> = [
    ["empty file", () => new Uint8Array(0), "truncated"],
    ["trailing bytes", () => fixCrc(new Uint8Array([...GOOD, 0, 0, 0, 0])), "bad_meta"],
    ["reserved field set", () => fixCrc(GOOD.map((b, i) => (i === 6 ? 1 : b))), "bad_meta"],
    ["metadata not JSON", () => assemble("{not json", split(GOOD).arena), "bad_meta"],
    ["metadata not UTF-8", () => assemble("\uD800", split(GOOD).arena), "bad_meta"],
    ["NaN weight scale", () => withArenaF32("q.w1.scale", 3, Number.NaN), "bad_scale"],
    ["Inf layer-2 scale", () => withArenaF32("v.w2.scale", 0, Number.POSITIVE_INFINITY), "bad_scale"],
    ["negative scale", () => withArenaF32("q.w3.scale", 0, -1), "bad_scale"],
    ["NaN bias", () => withArenaF32("q.b2", 5, Number.NaN), "bad_scale"],
    ["NaN row scale", () => withArenaF32("q.w1.thought.rowscale", 7, Number.NaN), "bad_scale"],
    ["Inf row scale", () => withArenaF32("v.w1.goal.rowscale", 0, Number.POSITIVE_INFINITY), "bad_scale"],
    ["zero row scale", () => withArenaF32("q.w1.state.rowscale", 1023, 0), "bad_scale"],
    ["negative row scale", () => withArenaF32("v.w1.state.rowscale", 3, -0.5), "bad_scale"],
    ["row scale of the wrong length", () => withMeta((m) => { const t = m.tensors.find((t: any) => t.name === "q.w1.goal.rowscale"); t.shape = [512]; t.byteLength = 2048; }), "inconsistent_dims"],
    ["row scale of the wrong dtype", () => withMeta((m) => (m.tensors.find((t: any) => t.name === "q.w1.goal.rowscale").dtype = "i32")), "inconsistent_dims"],
    ["row scale for a block the head lacks", () => withMeta((m) => m.tensors.push({ ...m.tensors.find((t: any) => t.name === "v.w1.goal.rowscale"), name: "v.w1.thought.rowscale" })), "bad_meta"],
    ["hidden not a multiple of 16", () => withMeta((m) => (m.network.hidden = [20, 32])), "inconsistent_dims"],
    ["hidden disagrees with tensors", () => withMeta((m) => (m.network.hidden = [48, 32])), "inconsistent_dims"],
    ["inputDim differs from encoder", () => withMeta((m) => (m.network.inputDim = 2048)), "inconsistent_dims"],
    ["encoder dim not a power of two", () => withMeta((m) => ((m.encoder.dim = 1000), (m.network.inputDim = 1000))), "bad_meta"],
    ["unknown encoder", () => withMeta((m) => (m.encoder.type = "bpe")), "bad_meta"],
    ["missing tensor", () => withMeta((m) => (m.tensors = m.tensors.filter((t: any) => t.name !== "v.w2"))), "inconsistent_dims"],
    ["wrong dtype", () => withMeta((m) => (m.tensors.find((t: any) => t.name === "q.b1").dtype = "i32")), "inconsistent_dims"],
    ["wrong shape", () => withMeta((m) => (m.tensors.find((t: any) => t.name === "q.w2").shape = [32, 16])), "inconsistent_dims"],
    ["wrong byteLength", () => withMeta((m) => (m.tensors.find((t: any) => t.name === "q.w2").byteLength = 10)), "inconsistent_dims"],
    ["misaligned offset", () => withMeta((m) => (m.tensors.find((t: any) => t.name === "q.w2").offset += 8)), "bad_meta"],
    ["offset outside the arena", () => withMeta((m) => (m.tensors.find((t: any) => t.name === "q.b3").offset = 1 << 24)), "bad_meta"],
    ["overlapping tensors", () => withMeta((m) => (m.tensors.find((t: any) => t.name === "q.b2").offset = m.tensors.find((t: any) => t.name === "q.b1").offset)), "bad_meta"],
    ["unexpected tensor", () => withMeta((m) => m.tensors.push({ ...m.tensors[0], name: "q.w9" })), "bad_meta"],
    ["no q head", () => withMeta((m) => (m.network.heads = ["v"])), "bad_meta"],
    ["wrong format", () => withMeta((m) => (m.format = "onnx")), "bad_meta"],
    ["goal without polarity", () => withMeta((m) => delete m.goals[0].polarity), "bad_meta"],
    ["goal utility outside 0..1", () => withMeta((m) => (m.goals[0].utility = 1.5)), "bad_meta"],
    ["absurd row scale (6.9e36)", () => withArenaF32("q.w1.goal.rowscale", 5, 6.9e36), "bad_scale"],
    ["absurd layer-2 scale", () => withArenaF32("q.w2.scale", 2, 1e9), "bad_scale"],
    ["unknown format version 3", () => fixCrc(GOOD.map((b, i) => (i === 4 ? 3 : b))), "bad_version"],
    ["outcome groups in a version-1 file", () => grouped(() => {}, 1), "bad_version"],
    ["outcome groups with metadata version 1", () => grouped((m) => (m.version = 1)), "bad_meta"],
    ["derived goal of an unknown group", () => grouped((m) => (m.goals.at(-1).derivedFrom.group = "tips")), "bad_meta"],
    ["derived goal outside its group", () => grouped((m) => (m.goals.at(-1).derivedFrom.outcomes = [1, 4])), "bad_meta"],
    ["derived goal repeating an outcome", () => grouped((m) => (m.goals.at(-1).derivedFrom.outcomes = [1, 1])), "bad_meta"],
    ["derived goal of kind state", () => grouped((m) => (m.goals.at(-1).kind = "state")), "bad_meta"],
    ["group of one outcome", () => grouped((m) => ((m.outcomeGroups[0].outcomes = ["gives nothing"]), delete m.outcomeGroups[0].utilities, (m.goals.at(-1).derivedFrom.outcomes = [0]))), "bad_meta"],
    ["outcome text twice", () => grouped((m) => (m.outcomeGroups[0].outcomes[2] = "gives nothing")), "bad_meta"],
    ["utilities not one per outcome", () => grouped((m) => m.outcomeGroups[0].utilities.pop()), "bad_meta"],
    ["duplicate group names", () => grouped((m) => m.outcomeGroups.push({ ...m.outcomeGroups[0], outcomes: ["a", "b"], utilities: undefined })), "bad_meta"],
  ];
  for (const [name, make, code] of cases) it(`${name} -> ${code}`, () => expect(loadAndScore(make())).toBe(`rejected:${code}`));

  it("the untouched file and a re-assembled copy load and score", () => {
    expect(loadAndScore(GOOD)).toBe("scored");
    // row scales are optional: files written before them load (all ones)
    expect(loadAndScore(withMeta((m) => (m.tensors = m.tensors.filter((t: any) => !t.name.endsWith(".rowscale")))))).toBe("scored");
    expect(loadAndScore(withMeta((m) => (m.tensors = m.tensors.filter((t: any) => t.name !== "q.w1.thought.rowscale"))))).toBe("scored");
    const { meta, arena } = split(GOOD);
    expect(loadAndScore(assemble(JSON.stringify(meta), arena))).toBe("scored");
  });

  it("a version-2 file with an outcome group loads, and its derived goal reads from the group", () => {
    expect(loadAndScore(grouped())).toBe("scored");
    const critic = loadCritic(grouped(), wasm);
    const p = critic.scoreQ({ state: "persuader: hi", thoughts: ["tell a story"], goals: ["gives something", "gives nothing"] });
    expect(Math.abs(p[0]! + p[1]! - 1)).toBeLessThanOrEqual(1e-6);
  });

  it("a refused file is named: the model in a bad scale, the path in a bad version", () => {
    expect(() => loadCritic(withArenaF32("q.w1.goal.rowscale", 5, 6.9e36), wasm)).toThrow(/model "test-small": tensor q\.w1\.goal\.rowscale holds a scale of 6\.\d+e\+36/);
    const dir = mkdtempSync(join(tmpdir(), "pnlc-loader-"));
    const path = join(dir, "future.pnlc");
    writeFileSync(path, fixCrc(GOOD.map((b, i) => (i === 4 ? 3 : b))));
    expect(() => loadCriticFile(path)).toThrow(`critic bad_version: model file ${path}: format version 3 is not supported: this runtime reads versions 1 and 2`);
  });

  it("keeps the goal bank's utilities (the planner's expected-utility score reads them)", () => {
    const bytes = withMeta((m) => m.goals.forEach((g: any, i: number) => (g.utility = i === 0 ? 1 : 0.25)));
    const goals = loadCritic(bytes, wasm).meta.goals;
    expect(goals.map((g) => g.utility)).toEqual(goals.map((_, i) => (i === 0 ? 1 : 0.25)));
  });

  it("a file given at an odd byte offset still loads (views are realigned)", () => {
    const buf = new Uint8Array(GOOD.length + 3);
    buf.set(GOOD, 3);
    expect(loadAndScore(buf.subarray(3))).toBe("scored");
  });
});

describe("model file loader, random corruptions (fast-check)", () => {
  it("truncation at any length is rejected", () => {
    fc.assert(fc.property(fc.nat({ max: GOOD.length - 1 }), (n) => loadAndScore(GOOD.subarray(0, n)).startsWith("rejected:")), { numRuns: 300 });
  });

  it("byte flips without fixing the CRC are rejected", () => {
    const flips = fc.array(fc.tuple(fc.nat({ max: GOOD.length - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(flips, (fs) => {
        const b = GOOD.slice();
        for (const [i, x] of fs) b[i]! ^= x;
        if (b.every((v, i) => v === GOOD[i])) return true; // flips that cancel out
        return loadAndScore(b).startsWith("rejected:");
      }),
      { numRuns: 300 },
    );
  });

  it("byte flips with a fixed-up CRC are rejected with a CriticError or load as a valid model", () => {
    const flips = fc.array(fc.tuple(fc.nat({ max: GOOD.length - 5 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(flips, (fs) => {
        const b = GOOD.slice();
        for (const [i, x] of fs) b[i]! ^= x;
        loadAndScore(fixCrc(b)); // throws only for a non-CriticError crash or an invalid score
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it("flips inside the metadata JSON (CRC fixed) never crash", () => {
    const metaLen = new DataView(GOOD.buffer, GOOD.byteOffset).getUint32(8, true);
    const flips = fc.array(fc.tuple(fc.integer({ min: 16, max: 16 + metaLen - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(flips, (fs) => {
        const b = GOOD.slice();
        for (const [i, x] of fs) b[i]! ^= x;
        loadAndScore(fixCrc(b));
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("random metadata edits (CRC fixed) are rejected or valid", () => {
    const paths = ["network.inputDim", "network.hidden.0", "network.hidden.1", "encoder.dim", "encoder.charN", "tensors.0.offset", "tensors.3.shape.0", "tensors.5.byteLength", "tensors.7.offset", "version"];
    const values = fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.constantFrom(0, 16, 1024, 1 << 30, -1, 1.5, Number.NaN), fc.string(), fc.constant(null));
    fc.assert(
      fc.property(fc.constantFrom(...paths), values, (path, value) => {
        const bytes = withMeta((m) => {
          const keys = path.split(".");
          let o = m;
          for (const k of keys.slice(0, -1)) o = o[k];
          o[keys.at(-1)!] = value;
        });
        loadAndScore(bytes);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("random bytes are rejected", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (b) => loadAndScore(b).startsWith("rejected:")), { numRuns: 200 });
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 4096 }), (b) => {
        b.set([0x50, 0x4e, 0x4c, 0x43, 1, 0, 0, 0]);
        return loadAndScore(b).startsWith("rejected:");
      }),
      { numRuns: 200 },
    );
  });
});
