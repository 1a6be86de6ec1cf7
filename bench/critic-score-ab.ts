/**
 * A/B of whole critic.wasm builds on the bench's 1x8x16 decision, in one process, interleaved: for each
 * build, scoreQEncoded (texts encoded in JS up front, as bench:critic's as-int8-simd) and a cold scoreQ
 * from text (Wasm encode + score, no cache, as bench:critic's "wasm encode+score"). Same JS glue for every
 * build, so this compares the Wasm only; builds must share the current ABI. Minima and medians of short
 * samples; on a shared machine only the ratios mean anything. Not a benchmark of record.
 * Usage: npx tsx bench/critic-score-ab.ts build/critic.wasm /tmp/other.wasm [...]   (MS=4000 sampling time)
 */
import { readFileSync } from "node:fs";
import { DEFAULT_HASH_ENCODER, encodeHashed, loadCritic, quantizeCritic } from "../src/critic/index.ts";
import { randomFloatParams } from "../src/critic/random-params.ts";
import { benchDecisionTexts } from "./decision-texts.ts";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npx tsx bench/critic-score-ab.ts A.wasm [B.wasm ...]");
  process.exit(2);
}
const meta = { name: "ab", task: "bench", createdAt: new Date(0).toISOString(), encoder: DEFAULT_HASH_ENCODER, goals: [], thoughts: [] };
const bytes = quantizeCritic(randomFloatParams(2048, [64, 64], { seed: 42, withV: true }), meta);
// the texts bench/critic.ts scores
const { state, thoughts, goals } = benchDecisionTexts();
const req = { state, thoughts, goals };
const enc = (s: string) => encodeHashed(s, DEFAULT_HASH_ENCODER);
const pre = { s: enc(req.state), t: req.thoughts.map(enc), g: req.goals.map(enc) };

const cases = files.flatMap((f) => {
  const wasm = new WebAssembly.Module(readFileSync(f));
  const warm = loadCritic(bytes, wasm, { kernel: "simd" });
  const cold = loadCritic(bytes, wasm, { kernel: "simd", encodeCacheBytes: 0 });
  return [
    { name: `${f} scoreQEncoded`, run: () => warm.scoreQEncoded(pre.s, pre.t, pre.g) },
    { name: `${f} cold scoreQ`, run: () => cold.scoreQ(req) },
  ];
});
// every build must give the same scores (bit for bit) or the comparison is of different work
const ref = cases.map((c) => Buffer.from((c.run() as Float32Array).buffer).toString("hex"));
if (new Set(ref).size !== 1) console.error("WARNING: the builds' scores differ");

const now = () => performance.now();
for (const c of cases) for (const t0 = now(); now() - t0 < 500; ) c.run();
const times: number[][] = cases.map(() => []);
for (let t0 = now(), round = 0; now() - t0 < Number(process.env.MS ?? 4000); round++)
  for (let i = 0; i < cases.length; i++) {
    const k = (i + round) % cases.length; // rotate who goes first
    const s = now();
    for (let j = 0; j < 20; j++) cases[k]!.run();
    times[k]!.push(((now() - s) * 1000) / 20);
  }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
cases.forEach((c, k) => console.log(`${c.name.padEnd(44)} min ${Math.min(...times[k]!).toFixed(2).padStart(7)}  median ${median(times[k]!).toFixed(2).padStart(7)} us`));
