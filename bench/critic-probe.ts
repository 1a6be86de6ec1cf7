/**
 * Quick probe (not a benchmark): the 1x8x16 decision's parts side by side, interleaved, minima and medians.
 * Usage: npx tsx bench/critic-probe.ts [--ms 3000]
 */
import { DEFAULT_HASH_ENCODER, encodeHashed, floatScoreQ, loadCritic, quantizeCritic } from "../src/critic/index.ts";
import { loadWasmModuleFromDisk } from "../src/critic/node.ts";
import { randomFloatParams } from "../src/critic/random-params.ts";
import { encoderBytes, planTexts, writeEncoder, writeTexts } from "../src/critic/wasm-text.ts";
import { WasmMemory } from "../src/critic/wasm-memory.ts";
import type { CriticExports } from "../src/critic/wasm-exports.ts";
import { benchDecisionTexts } from "./decision-texts.ts";

const MS = Number(process.argv[process.argv.indexOf("--ms") + 1]) || 3000;
const meta = { name: "p", task: "bench", createdAt: new Date(0).toISOString(), encoder: DEFAULT_HASH_ENCODER, goals: [], thoughts: [] };
const params = randomFloatParams(2048, [64, 64], { seed: 42, withV: true });
const bytes = quantizeCritic(params, meta);
const wasm = loadWasmModuleFromDisk(process.env.WASM);
const simd = loadCritic(bytes, wasm, { kernel: "simd" });
const cold = loadCritic(bytes, wasm, { kernel: "simd", encodeCacheBytes: 0 });
// same texts as bench/critic.ts
const { texts, ...req } = benchDecisionTexts();
const enc = (s: string) => encodeHashed(s, DEFAULT_HASH_ENCODER);
const pre = { s: enc(req.state), t: req.thoughts.map(enc), g: req.goals.map(enc) };

// the encoder alone in its own instance
const ex = new WebAssembly.Instance(wasm, { env: { abort: () => { throw new Error("abort"); } } }).exports as unknown as CriticExports;
const e0 = (ex.heap_base() + 15) & ~15;
const base = (e0 + encoderBytes(2048) + 15) & ~15;
ex.memory.grow(64);
writeEncoder(ex.memory, e0, DEFAULT_HASH_ENCODER);
const layout = planTexts(base, texts, 2048, null);
const feats = (base + layout.bytes + 15) & ~15;
const work = (feats + layout.missBytes + 15) & ~15;
const pl = writeTexts(new WasmMemory(ex.memory), base, layout);
ex.ascii_lower_widen(pl.asciiSrc, layout.asciiChars, pl.asciiDst);

const impls: Array<[string, () => unknown]> = [
  ["js-encode + wasm-score", () => simd.scoreQEncoded(enc(req.state), req.thoughts.map(enc), req.goals.map(enc))],
  ["wasm encode+score cold", () => cold.scoreQ(req)],
  ["wasm encode+score cached", () => simd.scoreQ(req)],
  ["scoreQEncoded simd", () => simd.scoreQEncoded(pre.s, pre.t, pre.g)],
  ["js-f32", () => floatScoreQ(params, pre.s, pre.t, pre.g)],
  ["encode_texts alone", () => ex.encode_texts(e0, pl.table, texts.length, pl.records, feats, work)],
];
const now = () => performance.now();
const iters = impls.map(([, f]) => { for (const t0 = now(); now() - t0 < 200; ) f(); const t0 = now(); for (let i = 0; i < 50; i++) f(); return Math.max(1, Math.round(500 / (((now() - t0) * 1000) / 50))); });
const times: number[][] = impls.map(() => []);
for (const t0 = now(); now() - t0 < MS; )
  impls.forEach(([, f], k) => { const n = iters[k]!; const s = now(); for (let i = 0; i < n; i++) f(); times[k]!.push(((now() - s) * 1000) / n); });
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
for (const [k, [name]] of impls.entries()) console.log(`${name.padEnd(28)} min ${Math.min(...times[k]!).toFixed(2).padStart(8)}  med ${med(times[k]!).toFixed(2).padStart(8)} us`);
const m = (k: number) => med(times[k]!);
console.log(`text ratio (med) ${(m(0) / m(1)).toFixed(2)}x; f32 ratio ${(m(4) / m(3)).toFixed(1)}x; chars ${texts.join("").length}`);
