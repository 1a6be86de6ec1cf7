/**
 * A/B of the Wasm encoder alone across critic.wasm builds, in one process, interleaved:
 * `encode_texts` on the bench's 1x8x16 decision (25 texts, as bench/critic.ts draws them). Minima and
 * medians of short samples; on a shared machine only the ratios mean anything. Not a benchmark of record.
 * Usage: npx tsx bench/critic-encoder-ab.ts build/critic.wasm /tmp/other.wasm [...]   (MS=4000 sampling time)
 * A build of ABI 2 (before issue 17t) ignores the work-memory argument, so it compares too.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_HASH_ENCODER } from "../src/critic/index.ts";
import type { CriticExports } from "../src/critic/wasm-exports.ts";
import { encoderBytes, planTexts, writeEncoder, writeTexts } from "../src/critic/wasm-text.ts";
import { WasmMemory } from "../src/critic/wasm-memory.ts";
import { benchDecisionTexts } from "./decision-texts.ts";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npx tsx bench/critic-encoder-ab.ts A.wasm [B.wasm ...]");
  process.exit(2);
}
const { texts } = benchDecisionTexts();
const align16 = (n: number) => (n + 15) & ~15;
const runs = files.map((f) => {
  const ex = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(f)), { env: { abort: () => { throw new Error("abort"); } } }).exports as unknown as CriticExports;
  const enc = align16(ex.heap_base());
  const base = align16(enc + encoderBytes(DEFAULT_HASH_ENCODER.dim));
  ex.memory.grow(64);
  writeEncoder(ex.memory, enc, DEFAULT_HASH_ENCODER);
  const layout = planTexts(base, texts, DEFAULT_HASH_ENCODER.dim, null);
  const features = align16(base + layout.bytes);
  const work = align16(features + layout.missBytes);
  const at = writeTexts(new WasmMemory(ex.memory), base, layout);
  ex.ascii_lower_widen(at.asciiSrc, layout.asciiChars, at.asciiDst);
  return () => ex.encode_texts(enc, at.table, texts.length, at.records, features, work);
});
const now = () => performance.now();
for (const f of runs) for (const t0 = now(); now() - t0 < 700; ) f();
const times: number[][] = runs.map(() => []);
for (const t0 = now(); now() - t0 < Number(process.env.MS ?? 4000); )
  runs.forEach((f, k) => {
    const s = now();
    for (let i = 0; i < 40; i++) f();
    times[k]!.push(((now() - s) * 1000) / 40);
  });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
files.forEach((f, k) => console.log(`${f.padEnd(28)} encode_texts min ${Math.min(...times[k]!).toFixed(2)} us, median ${median(times[k]!).toFixed(2)} us`));
