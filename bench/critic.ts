/**
 * Critic benchmark: int8 SIMD Wasm vs its scalar twin, the plain JS float32 reference and
 * onnxruntime-web (wasm backend, float32, single thread) on the same network, for one decision
 * (1 state x 8 thoughts x 16 goals) and batches of 1, 64 and 512 pairs. Inputs are encoded once up
 * front (the encoder is the same JS for every implementation; its cost is printed separately).
 * Then one 1x8x16 decision from text, side by side: JS encode + Wasm score against encode + score in
 * one Wasm call (the default for hash-ngram models, src/critic/wasm-text.ts).
 * Interleaved rounds, medians. Writes bench/results/critic.json.
 * Usage: npm run bench:critic [-- --rounds 31]   (the text-path section runs 4x the rounds)
 *        npm run bench:critic -- --smoke   (checks that it runs: one round, short warm-ups, no results file; its figures mean nothing)
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import * as ort from "onnxruntime-web";
import { DEFAULT_HASH_ENCODER, encodeHashed, floatScoreQ, loadCritic, quantizeCritic, type SparseFeatures } from "../src/critic/index.ts";
import { loadWasmModuleFromDisk } from "../src/critic/node.ts";
import { randomFloatParams } from "../src/critic/random-params.ts";
import { textGenerator } from "../test/critic-fixtures.ts";
import { buildQGraph, padBags } from "./critic-onnx.ts";

const SMOKE = process.argv.includes("--smoke");
const ROUNDS = SMOKE ? 1 : Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 31;
const WARMUP_MS = SMOKE ? 10 : 300;
const SAMPLE_MS = 1; // short samples, many rounds: the machine is shared, and a median over many short samples resists that best
const SHAPES: Array<{ shape: string; T: number; G: number }> = [
  { shape: "1x8x16", T: 8, G: 16 },
  { shape: "1x1x1", T: 1, G: 1 },
  { shape: "1x8x8", T: 8, G: 8 },
  { shape: "1x32x16", T: 32, G: 16 },
];

ort.env.wasm.numThreads = 1;
ort.env.wasm.wasmPaths = new URL("./", import.meta.resolve("onnxruntime-web")).href; // node_modules, no network
ort.env.logLevel = "error";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const now = () => performance.now();

function meta(name: string) {
  return { name, task: "bench", createdAt: new Date(0).toISOString(), encoder: DEFAULT_HASH_ENCODER, goals: [], thoughts: [] };
}

// The default model's shape: hash dim 2048, hidden [64, 64], q + v heads.
const params = randomFloatParams(2048, [64, 64], { seed: 42, withV: true });
const modelBytes = quantizeCritic(params, meta("bench-default"));

const tCompile0 = now();
const wasm = loadWasmModuleFromDisk();
const compileMs = now() - tCompile0;

// Load + instantiate of a ~1 MB model (hidden [96, 64]): validation, CRC, instantiate, arena copy, re-layouts.
const bigBytes = quantizeCritic(randomFloatParams(2048, [96, 64], { seed: 43, withV: true }), meta("bench-1mb"));
const loadTimes: number[] = [];
const gc = (globalThis as { gc?: () => void }).gc; // exposed by the npm script (--expose-gc)
for (let i = 0; i < (SMOKE ? 2 : 30); i++) {
  // Each load is a cold start in its own right: collect the previous instances' memories first, untimed.
  gc?.();
  let t0 = now();
  loadCritic(bigBytes, wasm);
  loadTimes.push(now() - t0);
}

const simd = loadCritic(modelBytes, wasm, { kernel: "simd" }); // text inputs: encoded in Wasm inside the scoring call, repeated texts cached
const simdCold = loadCritic(modelBytes, wasm, { kernel: "simd", encodeCacheBytes: 0 }); // text inputs: encoded in Wasm on every call
const simdJsEncode = loadCritic(modelBytes, wasm, { kernel: "simd", encode: "js" }); // text inputs: JS encoder + LRU cache
const scalar = loadCritic(modelBytes, wasm, { kernel: "scalar" });
const session = await ort.InferenceSession.create(buildQGraph(params), {
  executionProviders: ["wasm"],
  graphOptimizationLevel: "all",
  intraOpNumThreads: 1,
  interOpNumThreads: 1,
});

interface Batch {
  state: SparseFeatures;
  thoughts: SparseFeatures[];
  goals: SparseFeatures[];
  feeds: Record<string, ort.Tensor>;
}

const text = textGenerator(7);
function makeBatch(T: number, G: number): Batch {
  const enc = (s: string) => encodeHashed(s, DEFAULT_HASH_ENCODER);
  const state = enc(text(60));
  const thoughts = Array.from({ length: T }, () => enc(text(12)));
  const goals = Array.from({ length: G }, () => enc(text(8)));
  const s = padBags([state]), t = padBags(thoughts), g = padBags(goals);
  const feeds = {
    s_idx: new ort.Tensor("int64", s.idx, [1, s.k]),
    s_val: new ort.Tensor("float32", s.val, [1, s.k, 1]),
    t_idx: new ort.Tensor("int64", t.idx, [T, t.k]),
    t_val: new ort.Tensor("float32", t.val, [T, t.k, 1]),
    g_idx: new ort.Tensor("int64", g.idx, [G, g.k]),
    g_val: new ort.Tensor("float32", g.val, [G, g.k, 1]),
  };
  return { state, thoughts, goals, feeds };
}

type Impl = { name: string; run: (b: Batch) => unknown | Promise<unknown> };
const IMPLS: Impl[] = [
  { name: "as-int8-simd", run: (b) => simd.scoreQEncoded(b.state, b.thoughts, b.goals) },
  { name: "as-int8-scalar", run: (b) => scalar.scoreQEncoded(b.state, b.thoughts, b.goals) },
  { name: "js-f32", run: (b) => floatScoreQ(params, b.state, b.thoughts, b.goals) },
  { name: "onnxruntime-web", run: (b) => session.run(b.feeds) },
];

/** Mean µs per call over a sample of `iters` calls. */
async function sample(impl: Impl, b: Batch, iters: number): Promise<number> {
  const t0 = now();
  for (let i = 0; i < iters; i++) {
    const r = impl.run(b);
    if (r instanceof Promise) await r;
  }
  return ((now() - t0) * 1000) / iters;
}

const results: Array<{ shape: string; impl: string; median_us: number; pairs_per_s: number }> = [];
for (const { shape, T, G } of SHAPES) {
  const batch = makeBatch(T, G);
  // Sanity: all implementations compute the same network.
  const ref = floatScoreQ(params, batch.state, batch.thoughts, batch.goals);
  const ortOut = (await session.run(batch.feeds)).q!.data as Float32Array;
  const simdOut = simd.scoreQEncoded(batch.state, batch.thoughts, batch.goals);
  const maxDiff = (a: ArrayLike<number>) => Math.max(...Array.from(ref, (x, i) => Math.abs(x - a[i]!)));
  console.error(`${shape}: max |dp| vs js-f32: ort ${maxDiff(ortOut).toExponential(1)}, int8 ${maxDiff(simdOut).toFixed(4)}`);

  const iters = new Map<string, number>();
  for (const impl of IMPLS) {
    // Warm up (~300 ms): V8 runs Wasm in its baseline tier first and optimizes in the background.
    for (const t0 = now(); now() - t0 < WARMUP_MS; ) await sample(impl, batch, 10);
    const per = await sample(impl, batch, 20);
    iters.set(impl.name, Math.max(1, Math.round((SAMPLE_MS * 1000) / per)));
  }
  const times = new Map<string, number[]>(IMPLS.map((i) => [i.name, []]));
  for (let r = 0; r < ROUNDS; r++) {
    const order = IMPLS.map((_, i) => IMPLS[(i + r) % IMPLS.length]!); // rotate who goes first
    for (const impl of order) times.get(impl.name)!.push(await sample(impl, batch, iters.get(impl.name)!));
  }
  for (const impl of IMPLS) {
    const us = median(times.get(impl.name)!);
    results.push({ shape, impl: impl.name, median_us: Number(us.toFixed(2)), pairs_per_s: Math.round((T * G * 1e6) / us) });
  }
}

// Encoding cost for one decision's texts (same JS for every implementation, not in the table above).
const encTimes: number[] = [];
const texts = [text(60), ...Array.from({ length: 8 }, () => text(12)), ...Array.from({ length: 16 }, () => text(8))];
for (let r = 0; r < (SMOKE ? 2 : 200); r++) {
  const t0 = now();
  for (const t of texts) encodeHashed(t, DEFAULT_HASH_ENCODER);
  encTimes.push((now() - t0) * 1000);
}

// One 1x8x16 decision from text, side by side (interleaved rounds): JS encode + Wasm score (the cold JS
// path), encode + score in one Wasm call with no cache (cold: the target's comparison), and both paths
// again with their caches warm (the same texts re-scored, as across refine rounds).
const textReq = { state: texts[0]!, thoughts: texts.slice(1, 9), goals: texts.slice(9) };
// Four times the table's rounds (~0.5 s more): with 31 the text-path ratio of medians moved by +-0.2x
// from run to run. The paired ratio of each round (the two cold paths' samples of that round) is
// printed beside it, with its quartiles, so a run shows its own spread.
const TEXT_ROUNDS = 4 * ROUNDS;
const jsEncode = (s: string) => encodeHashed(s, DEFAULT_HASH_ENCODER);
const TEXT_IMPLS: Array<{ name: string; run: () => unknown }> = [
  { name: "js-encode + wasm-score", run: () => simd.scoreQEncoded(jsEncode(textReq.state), textReq.thoughts.map(jsEncode), textReq.goals.map(jsEncode)) },
  { name: "wasm encode+score", run: () => simdCold.scoreQ(textReq) },
  { name: "js-encode cached + wasm-score", run: () => simdJsEncode.scoreQ(textReq) },
  { name: "wasm encode+score cached", run: () => simd.scoreQ(textReq) },
];
{
  const a = simdCold.scoreQ(textReq), b = simdJsEncode.scoreQ(textReq), c = simd.scoreQ(textReq), d = simd.scoreQ(textReq);
  if ([b, c, d].some((o) => a.some((x, i) => !Object.is(x, o[i])))) throw new Error("text paths disagree: wasm encode+score (cold or cached) differs from JS encode + score");
}
const textTimes = new Map<string, number[]>(TEXT_IMPLS.map((i) => [i.name, []]));
{
  const iters = new Map<string, number>();
  for (const impl of TEXT_IMPLS) {
    for (const t0 = now(); now() - t0 < WARMUP_MS; ) impl.run();
    const t0 = now();
    for (let i = 0; i < 20; i++) impl.run();
    iters.set(impl.name, Math.max(1, Math.round((SAMPLE_MS * 1000) / (((now() - t0) * 1000) / 20))));
  }
  for (let r = 0; r < TEXT_ROUNDS; r++)
    for (let k = 0; k < TEXT_IMPLS.length; k++) {
      const impl = TEXT_IMPLS[(k + r) % TEXT_IMPLS.length]!;
      const n = iters.get(impl.name)!;
      const t0 = now();
      for (let i = 0; i < n; i++) impl.run();
      textTimes.get(impl.name)!.push(((now() - t0) * 1000) / n);
    }
}
const textUs = (name: string) => median(textTimes.get(name)!);
const quartiles = (xs: number[]) => {
  const o = [...xs].sort((a, b) => a - b);
  return { p25: o[Math.floor((o.length - 1) / 4)]!, median: median(o), p75: o[Math.ceil(((o.length - 1) * 3) / 4)]! };
};
const roundRatios = quartiles(textTimes.get("js-encode + wasm-score")!.map((js, r) => js / textTimes.get("wasm encode+score")![r]!));
const warmTimes = textTimes.get("js-encode cached + wasm-score")!;

const get = (shape: string, impl: string) => results.find((r) => r.shape === shape && r.impl === impl)!.median_us;
console.log(`\ncritic bench: model 2048 -> [64, 64], q+v (${(modelBytes.length / 1024).toFixed(0)} KiB), ${ROUNDS} interleaved rounds, medians, Node ${process.versions.node}`);
console.log("shape     impl                  median_us      pairs/s   simd vs this");
for (const r of results) {
  const ratio = get(r.shape, "as-int8-simd") > 0 ? r.median_us / get(r.shape, "as-int8-simd") : 0;
  console.log(`${r.shape.padEnd(9)} ${r.impl.padEnd(20)} ${r.median_us.toFixed(1).padStart(10)} ${r.pairs_per_s.toLocaleString("en").padStart(12)}   ${ratio.toFixed(1)}x`);
}
for (const { shape } of SHAPES)
  console.log(`${shape}: simd vs onnxruntime-web ${(get(shape, "onnxruntime-web") / get(shape, "as-int8-simd")).toFixed(1)}x, simd vs js-f32 ${(get(shape, "js-f32") / get(shape, "as-int8-simd")).toFixed(1)}x, simd vs scalar ${(get(shape, "as-int8-scalar") / get(shape, "as-int8-simd")).toFixed(1)}x`);
console.log(
  `hash-encoding one 1x8x16 decision's 25 texts (JS, all impls): median ${median(encTimes).toFixed(0)} us; ` +
    `scoreQ on the same texts again (encodings cached by the critic): median ${median(warmTimes).toFixed(1)} us`,
);
console.log(`1x8x16 decision from text (${TEXT_ROUNDS} interleaved rounds, medians):`);
for (const { name } of TEXT_IMPLS) console.log(`  ${name.padEnd(30)} ${textUs(name).toFixed(1).padStart(8)} us`);
const textRatio = textUs("js-encode + wasm-score") / textUs("wasm encode+score"); // both cold: every call encodes its texts
console.log(`  per-round ratio js-encode + wasm-score / wasm encode+score: median ${roundRatios.median.toFixed(2)}x, quartiles ${roundRatios.p25.toFixed(2)}-${roundRatios.p75.toFixed(2)}x`);
const f32Ratio = get("1x8x16", "js-f32") / get("1x8x16", "as-int8-simd");
const ortRatio = get("1x8x16", "onnxruntime-web") / get("1x8x16", "as-int8-simd");
console.log(`targets: wasm encode+score vs js-encode + wasm-score (both uncached) ${textRatio.toFixed(2)}x (>= 3x); as-int8-simd vs js-f32 at 1x8x16 ${f32Ratio.toFixed(1)}x (>= 50x, margin >= 55x); vs onnxruntime-web ${ortRatio.toFixed(1)}x (>= 3x); relaxed vs portable: npm run bench:critic:workerd`);
console.log(
  `load + instantiate of a ${(bigBytes.length / 1024).toFixed(0)} KiB model: median ${median(loadTimes).toFixed(2)} ms (min ${Math.min(...loadTimes).toFixed(2)}) ` +
    `; Wasm module compile (once per process) ${compileMs.toFixed(1)} ms`,
);

if (SMOKE) {
  console.log("smoke run: bench/results/critic.json left as it was");
  process.exit(0);
}
const outDir = new URL("./results/", import.meta.url);
mkdirSync(outDir, { recursive: true });
const out = new URL("critic.json", outDir);
const payload = {
  results,
  load_instantiate_ms: {
    model_bytes: bigBytes.length,
    median: Number(median(loadTimes).toFixed(3)),
    min: Number(Math.min(...loadTimes).toFixed(3)),
  },
  encode_1x8x16_us: Number(median(encTimes).toFixed(1)),
  scoreQ_text_cached_1x8x16_us: Number(median(warmTimes).toFixed(1)),
  text_1x8x16_us: Object.fromEntries(TEXT_IMPLS.map(({ name }) => [name, Number(textUs(name).toFixed(2))])),
  text_rounds: TEXT_ROUNDS,
  text_ratio_per_round: { p25: Number(roundRatios.p25.toFixed(2)), median: Number(roundRatios.median.toFixed(2)), p75: Number(roundRatios.p75.toFixed(2)) },
  ratios_1x8x16: { wasm_text_vs_js_encode: Number(textRatio.toFixed(2)), simd_vs_js_f32: Number(f32Ratio.toFixed(1)), simd_vs_onnxruntime_web: Number(ortRatio.toFixed(1)) },
  node: process.versions.node,
  measured_at: new Date().toISOString(),
};
writeFileSync(`${out.pathname}.tmp`, JSON.stringify(payload, null, 2) + "\n");
renameSync(`${out.pathname}.tmp`, out.pathname);
console.log(`wrote ${out.pathname}`);
