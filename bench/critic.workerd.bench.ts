/**
 * The critic inside workerd: portable SIMD vs relaxed SIMD (workerd only) vs scalar vs plain JS float,
 * same model shape and batches as bench/critic.ts (onnxruntime-web does not run in Workers); then one
 * 1x8x16 decision from text: JS encode + Wasm score against encode + score in one Wasm call, per build,
 * and the build the Worker selects (src/critic/select-build.ts) with the time its self-check takes.
 * Workers' clocks tick in whole milliseconds, so each sample runs enough calls to last >= 50 ms.
 * A script that prints figures, not a test: `npm run bench:critic:workerd` (bench/critic.workerd.config.ts);
 * `CRITIC_BENCH_SMOKE=1 npm run bench:critic:workerd` only checks that it runs (one short round).
 */
import { inject, it } from "vitest";
import persuasionModel from "../models/persuasion.pnlc";
import relaxedModule from "../build/critic-relaxed.wasm";
import portableModule from "../build/critic.wasm";
import { DEFAULT_HASH_ENCODER, encodeHashed, floatScoreQ, loadCritic, quantizeCritic } from "../src/critic/index.ts";
import { randomFloatParams } from "../src/critic/random-params.ts";
import { selectCriticBuild } from "../src/critic/select-build.ts";
import { textGenerator } from "../test/critic-fixtures.ts";

declare module "vitest" {
  interface ProvidedContext {
    criticBenchSmoke: boolean;
  }
}
const SMOKE = inject("criticBenchSmoke");
const ROUNDS = SMOKE ? 1 : 11;
const SAMPLE_MS = SMOKE ? 1 : 50;
const SHAPES = [
  { shape: "1x8x16", T: 8, G: 16 },
  { shape: "1x1x1", T: 1, G: 1 },
  { shape: "1x8x8", T: 8, G: 8 },
  { shape: "1x32x16", T: 32, G: 16 },
];

const tick = () => new Promise((r) => setTimeout(r, 0)); // clocks advance only across I/O

/**
 * Median microseconds per call of each implementation: the calls per sample are doubled until a sample
 * lasts SAMPLE_MS, then ROUNDS rounds run every implementation in turn, starting one later each round.
 */
async function medianUs(impls: Array<[string, () => unknown]>): Promise<Map<string, number>> {
  const iters = new Map<string, number>();
  for (const [name, run] of impls) {
    let n = 1;
    for (;;) {
      await tick();
      const t0 = performance.now();
      for (let i = 0; i < n; i++) run();
      await tick();
      if (performance.now() - t0 >= SAMPLE_MS) break;
      n *= 2;
    }
    iters.set(name, n);
  }
  const times = new Map<string, number[]>(impls.map(([n]) => [n, []]));
  for (let r = 0; r < ROUNDS; r++)
    for (let k = 0; k < impls.length; k++) {
      const [name, run] = impls[(k + r) % impls.length]!;
      const n = iters.get(name)!;
      await tick();
      const t0 = performance.now();
      for (let i = 0; i < n; i++) run();
      await tick();
      times.get(name)!.push(((performance.now() - t0) * 1000) / n);
    }
  return new Map(impls.map(([name]) => [name, [...times.get(name)!].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!]));
}

it("critic benchmark inside workerd", async () => {
  const params = randomFloatParams(2048, [64, 64], { seed: 42, withV: true });
  const bytes = quantizeCritic(params, { name: "bench-default", task: "bench", createdAt: new Date(0).toISOString(), encoder: DEFAULT_HASH_ENCODER, goals: [], thoughts: [] });
  const bigBytes = quantizeCritic(randomFloatParams(2048, [96, 64], { seed: 43, withV: true }), { name: "bench-1mb", task: "bench", createdAt: new Date(0).toISOString(), encoder: DEFAULT_HASH_ENCODER, goals: [], thoughts: [] });
  await tick();
  let t0 = performance.now();
  const LOADS = SMOKE ? 2 : 20;
  for (let i = 0; i < LOADS; i++) loadCritic(bigBytes, relaxedModule);
  await tick();
  const loadMs = (performance.now() - t0) / LOADS;

  const critics = {
    "as-int8-relaxed": loadCritic(bytes, relaxedModule),
    "as-int8-simd": loadCritic(bytes, portableModule),
    "as-int8-scalar": loadCritic(bytes, portableModule, { kernel: "scalar" }),
  };
  const text = textGenerator(7);
  const enc = (s: string) => encodeHashed(s, DEFAULT_HASH_ENCODER);
  // cold text path: no cache of encoded texts, so every call encodes its texts (as the JS side does)
  const coldPortable = loadCritic(bytes, portableModule, { encodeCacheBytes: 0 });
  const coldRelaxed = loadCritic(bytes, relaxedModule, { encodeCacheBytes: 0 });
  const rows: Array<{ shape: string; impl: string; median_us: number; pairs_per_s: number }> = [];
  for (const { shape, T, G } of SHAPES) {
    const st = enc(text(60)), ts = Array.from({ length: T }, () => enc(text(12))), gs = Array.from({ length: G }, () => enc(text(8)));
    const impls: Array<[string, () => unknown]> = [
      ...Object.entries(critics).map(([name, c]) => [name, () => c.scoreQEncoded(st, ts, gs)] as [string, () => unknown]),
      ["js-f32", () => floatScoreQ(params, st, ts, gs)],
    ];
    const median = await medianUs(impls);
    for (const [name] of impls) {
      const us = median.get(name)!;
      rows.push({ shape, impl: name, median_us: Number(us.toFixed(2)), pairs_per_s: Math.round((T * G * 1e6) / us) });
    }
  }
  // One 1x8x16 decision from text, per build: JS encode + Wasm score, and encode + score in one Wasm call.
  const texts = [text(60), ...Array.from({ length: 8 }, () => text(12)), ...Array.from({ length: 16 }, () => text(8))];
  const req = { state: texts[0]!, thoughts: texts.slice(1, 9), goals: texts.slice(9) };
  const textImpls: Array<[string, () => unknown]> = [
    ["portable js-encode + score", () => critics["as-int8-simd"].scoreQEncoded(enc(req.state), req.thoughts.map(enc), req.goals.map(enc))],
    ["portable wasm encode+score", () => coldPortable.scoreQ(req)],
    ["relaxed js-encode + score", () => critics["as-int8-relaxed"].scoreQEncoded(enc(req.state), req.thoughts.map(enc), req.goals.map(enc))],
    ["relaxed wasm encode+score", () => coldRelaxed.scoreQ(req)],
    ["relaxed wasm encode+score, texts cached", () => critics["as-int8-relaxed"].scoreQ(req)],
  ];
  // Warm up first: calibrating a cold (baseline-tier) path gives too few calls per sample once it is optimized,
  // and the ms clock then reads 0.
  for (const [, run] of textImpls) for (let i = 0; i < (SMOKE ? 5 : 500); i++) run();
  const textMedian = await medianUs(textImpls);
  const textRows = textImpls.map(([name]) => ({ impl: name, median_us: Number(textMedian.get(name)!.toFixed(2)) }));
  // The Worker's build selection as the Worker makes it (layer 2, then the bundled persuasion critic's
  // check scores in both builds), 20 times in a row (ms clock: the mean over the batch).
  const checkModel = new Uint8Array(persuasionModel);
  const SELECTS = SMOKE ? 2 : 20;
  await tick();
  t0 = performance.now();
  let selection = selectCriticBuild(portableModule, relaxedModule, checkModel);
  for (let i = 1; i < SELECTS; i++) selection = selectCriticBuild(portableModule, relaxedModule, checkModel);
  await tick();
  const selectMs = (performance.now() - t0) / SELECTS;

  const get = (s: string, i: string) => rows.find((r) => r.shape === s && r.impl === i)!.median_us;
  console.log("critic bench inside workerd (model 2048 -> [64, 64], q+v; ms clock, >= 50 ms samples, medians of 11 interleaved rounds)");
  console.log("shape     impl                  median_us      pairs/s");
  for (const r of rows) console.log(`${r.shape.padEnd(9)} ${r.impl.padEnd(20)} ${r.median_us.toFixed(1).padStart(10)} ${r.pairs_per_s.toLocaleString("en").padStart(12)}`);
  for (const { shape } of SHAPES)
    console.log(`${shape}: relaxed vs simd ${(get(shape, "as-int8-simd") / get(shape, "as-int8-relaxed")).toFixed(2)}x, relaxed vs js-f32 ${(get(shape, "js-f32") / get(shape, "as-int8-relaxed")).toFixed(1)}x, simd vs js-f32 ${(get(shape, "js-f32") / get(shape, "as-int8-simd")).toFixed(1)}x`);
  const tu = (i: string) => textRows.find((r) => r.impl === i)!.median_us;
  console.log("1x8x16 decision from text inside workerd:");
  for (const r of textRows) console.log(`  ${r.impl.padEnd(40)} ${r.median_us.toFixed(1).padStart(8)} us`);
  console.log(`  wasm encode+score vs js-encode + score: portable ${(tu("portable js-encode + score") / tu("portable wasm encode+score")).toFixed(2)}x, relaxed ${(tu("relaxed js-encode + score") / tu("relaxed wasm encode+score")).toFixed(2)}x; relaxed vs portable from text ${(tu("portable wasm encode+score") / tu("relaxed wasm encode+score")).toFixed(2)}x`);
  console.log(`the Worker's build: ${selection.build} (${selection.reason}); selection incl. self-check: mean ${selectMs.toFixed(2)} ms over ${SELECTS}`);
  console.log(`load + instantiate of a ${(bigBytes.length / 1024).toFixed(0)} KiB model inside workerd: mean ${loadMs.toFixed(2)} ms over ${LOADS} loads`);
  if (SMOKE) console.log("smoke run: the figures above mean nothing");
  else console.log(`BENCH_JSON ${JSON.stringify({ results: rows, text_1x8x16: textRows, build: selection.build, select_ms: selectMs, load_instantiate_ms: loadMs })}`);
});
