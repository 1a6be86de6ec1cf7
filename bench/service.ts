/**
 * npm run bench:service — the planning service's figures, printed and written to
 * bench/results/service.json:
 *  1. decisions against `wrangler dev` with the mock LLM at a fixed 300 ms per call: wall time and
 *     sequential LLM round trips of PNLC (accept path, refine path) against a plain single-call agent;
 *  2. encode + critic per decision inside workerd (bench/service-workerd.ts);
 *  3. load: autocannon on /v1/critique and offline /v1/plan, 30 s each (bounded), 127.0.0.1;
 *  4. upload size of `wrangler deploy --dry-run --outdir /tmp/pnlc-dry` (gzip);
 *  5. streaming chat: first reasoning delta, time to first and last answer token vs a plain agent
 *     (bench/service-streaming.ts). `npm run bench:service -- --only streaming` runs 0 and 5 only and
 *     writes bench/results/service-streaming.json.
 * The servers run that prebuilt bundle (`--no-bundle`), so edits in the checkout cannot reload them.
 * Uses port 8788. BENCH_LOAD_SECONDS overrides the 30 s.
 */
import autocannon from "autocannon";
import { execFileSync } from "node:child_process";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import OpenAI from "openai";
import { startMockLlm, type MockLlmCall } from "../src/mock-llm/server.ts";
import { startWranglerDev } from "../test/helpers/wrangler-dev.ts";
import { streamingLatency } from "./service-streaming.ts";

const PORT = 8788;
/** Every wrangler dev here runs a prebuilt bundle, so edits by others in the checkout cannot reload it mid-run. */
const BUNDLE = "/tmp/pnlc-dry";
const CRITIC_BUNDLE = "/tmp/pnlc-dry-critic-bench";
const LATENCY_MS = 300;
const DECISIONS = 5;
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const STATE = "Persuader: Have you heard of Save the Children? Persuadee: No, what do they do? Persuader: They help children in developing countries. Persuadee: I am not sure I can afford to give.";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** Calls that start while an earlier wave is still in flight belong to it: waves = sequential round trips. */
function sequentialRoundTrips(calls: MockLlmCall[]): number {
  const starts = calls.map((c) => c.receivedAt).sort((a, b) => a - b);
  let waves = 0;
  let waveStart = -Infinity;
  for (const t of starts) if (t >= waveStart + LATENCY_MS * 0.8) (waves++, (waveStart = t));
  return waves;
}

async function decisions() {
  const llm = await startMockLlm({ latencyMs: LATENCY_MS });
  const dev = await startWranglerDev({ port: PORT, prebuilt: `${BUNDLE}/index.js`, vars: { PNLC_LLM_BASE_URL: llm.baseURL, PNLC_LLM_MODEL: "mock-model", PNLC_LLM_TIMEOUT_MS: "5000" } });
  const out: Record<string, { wallMsP50: number; llmCallsPerDecision: number; sequentialRoundTrips: number }> = {};
  try {
    const plain = new OpenAI({ baseURL: llm.baseURL, apiKey: "mock", maxRetries: 0 });
    const scenarios: Record<string, () => Promise<void>> = {
      "plain single-call agent": async () => void (await plain.chat.completions.create({ model: "mock-model", messages: [{ role: "user", content: STATE }] })),
      "PNLC, accept (no refine)": async () => void (await post(`${dev.url}/v1/plan`, { state: STATE, knobs: { acceptThreshold: -1 } })),
      "PNLC, one refine round": async () => void (await post(`${dev.url}/v1/plan`, { state: STATE, knobs: { acceptThreshold: 1, rounds: 1 } })),
      "PNLC, critic=llm ablation": async () => void (await post(`${dev.url}/v1/plan`, { state: STATE, knobs: { critic: "llm", acceptThreshold: -1 } })),
    };
    await scenarios["PNLC, accept (no refine)"]!(); // warm the isolate
    for (const [name, run] of Object.entries(scenarios)) {
      const walls: number[] = [];
      const trips: number[] = [];
      let calls = 0;
      for (let i = 0; i < DECISIONS; i++) {
        llm.reset();
        const t0 = performance.now();
        await run();
        walls.push(performance.now() - t0);
        trips.push(sequentialRoundTrips(llm.calls));
        calls += llm.calls.length;
      }
      out[name] = { wallMsP50: Math.round(median(walls)), llmCallsPerDecision: calls / DECISIONS, sequentialRoundTrips: median(trips) };
    }
  } finally {
    await dev.stop();
    await llm.close();
  }
  return out;
}

async function post(url: string, body: unknown) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`);
  const json = (await res.json()) as { degraded?: boolean; reason?: string };
  if (json.degraded) throw new Error(`${url}: degraded plan in the benchmark: ${json.reason}`);
  return json;
}

async function criticInWorkerd() {
  const dev = await startWranglerDev({ port: PORT, prebuilt: `${CRITIC_BUNDLE}/service-workerd.js` });
  try {
    const res = await fetch(`${dev.url}/?batches=40&batch=50`);
    const body = (await res.json()) as { batch: number; model: string; llm: number[]; offline: number[]; shapes: Record<string, string> };
    return { model: body.model, samplesOf: `mean of ${body.batch} decisions (workerd timers tick in ms)`, llmShape: body.shapes.llm, encodeCriticMsP50: r2(median(body.llm)), offlineShape: body.shapes.offline, offlineEncodeCriticMsP50: r2(median(body.offline)) };
  } finally {
    await dev.stop();
  }
}

async function load() {
  const dev = await startWranglerDev({ port: PORT, prebuilt: `${BUNDLE}/index.js` });
  const runs: Record<string, object> = {};
  try {
    const targets = {
      "/v1/critique": { state: STATE, thoughts: ["Tell the story of one child the charity helped", "Ask what causes they already care about", "Point out that even $0.50 makes a difference"] },
      "/v1/plan (offline)": { state: STATE },
    };
    // Closed loop with 8 connections saturates the one workerd thread (throughput, queueing in the
    // tail); one connection is the service latency without queueing. (autocannon's overallRate
    // pacing sends in bursts and inflated the tail several-fold here, so it is not used.)
    const plans: Array<[string, string, object, { connections: number; overallRate?: number }]> = [
      ["/v1/critique (8 conns, max rate)", "/v1/critique", targets["/v1/critique"], { connections: 8 }],
      ["/v1/plan offline (8 conns, max rate)", "/v1/plan", targets["/v1/plan (offline)"], { connections: 8 }],
      ["/v1/critique (1 conn)", "/v1/critique", targets["/v1/critique"], { connections: 1 }],
    ];
    for (const [name, path, body, shape] of plans) {
      await post(`${dev.url}${path}`, body); // warm
      const r = await autocannon({ url: `${dev.url}${path}`, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), duration: LOAD_SECONDS, timeout: 10, ...shape });
      runs[name] = { seconds: LOAD_SECONDS, ...shape, requests: r.requests.total, reqPerSec: Math.round(r.requests.average), latencyMsP50: r.latency.p50, latencyMsP97_5: r.latency.p97_5, latencyMsP99: r.latency.p99, latencyMsMax: r.latency.max, errors: r.errors + r.timeouts + r.non2xx };
    }
  } finally {
    await dev.stop();
  }
  return runs;
}

function dryRun(outdir: string, script?: string): string {
  const args = ["deploy", ...(script ? [script] : []), "--dry-run", "--outdir", outdir];
  return execFileSync("node_modules/.bin/wrangler", args, { env: { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Builds the bundles the benchmark serves and reads the upload size of the real one. */
function buildBundles() {
  const out = dryRun(BUNDLE);
  dryRun(CRITIC_BUNDLE, "bench/service-workerd.ts");
  const m = /Total Upload:\s*([\d.]+)\s*KiB\s*\/\s*gzip:\s*([\d.]+)\s*KiB/.exec(out);
  return m ? { totalKiB: Number(m[1]), gzipKiB: Number(m[2]), note: "Worker script + bundled model + critic.wasm; the docs assets (swagger-ui-dist) upload separately as static assets" } : { error: out.slice(-500) };
}

function writeResult(file: string, result: object) {
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(`bench/results/${file}.tmp`, JSON.stringify(result, null, 2) + "\n");
  renameSync(`bench/results/${file}.tmp`, `bench/results/${file}`);
}

async function streamingOnly() {
  const started = new Date().toISOString();
  const startLoad = loadavg().map(r2);
  process.stderr.write("0/1 wrangler deploy --dry-run (the bundle served below)...\n");
  buildBundles();
  process.stderr.write("1/1 streaming chat latency...\n");
  const streaming = await streamingLatency(`${BUNDLE}/index.js`, PORT);
  const loadAverage = { atStart: startLoad, atEnd: loadavg().map(r2) };
  console.log("\nstreaming chat (mock LLM: 300 ms to the first token, then one word per", streaming.tokenDelayMs, "ms):");
  console.table(streaming.scenarios);
  console.log("targets:", streaming.targets, "\nmachine load average (1, 5, 15 min):", loadAverage);
  writeResult("service-streaming.json", { started, machine: "shared 2-core VM", loadAverage, ...streaming });
}

async function main() {
  if (process.argv.includes("--only")) {
    const only = process.argv[process.argv.indexOf("--only") + 1];
    if (only !== "streaming") {
      console.error(`bench:service: --only takes "streaming", got ${only ?? "nothing"}`);
      process.exit(2);
    }
    return streamingOnly();
  }
  const started = new Date().toISOString();
  const startLoad = loadavg().map(r2);
  process.stderr.write("0/4 wrangler deploy --dry-run (bundles served below, upload size)...\n");
  const upload = buildBundles();
  process.stderr.write("1/4 decisions with the mock LLM at 300 ms per call...\n");
  const perDecision = await decisions();
  process.stderr.write("2/4 encode + critic inside workerd...\n");
  const critic = await criticInWorkerd();
  process.stderr.write("3/4 streaming chat latency...\n");
  const streaming = await streamingLatency(`${BUNDLE}/index.js`, PORT);
  process.stderr.write(`4/4 load: autocannon ${LOAD_SECONDS} s per route...\n`);
  const loadRuns = await load();
  const loadAverage = { atStart: startLoad, atEnd: loadavg().map(r2) };
  const result = { started, machine: "shared 2-core VM; autocannon tops out near 900 req/s on a trivial route here", loadAverage, llmLatencyMs: LATENCY_MS, decisions: perDecision, critic, load: loadRuns, upload };
  console.log("\nper decision (mock LLM, 300 ms per call, via wrangler dev):");
  console.table(perDecision);
  console.log("encode + critic inside workerd:", critic);
  console.log("streaming chat (first reasoning delta, first and last answer token):");
  console.table(streaming.scenarios);
  console.log("streaming targets:", streaming.targets);
  console.log("load:");
  console.table(loadRuns);
  console.log("upload:", upload);
  console.log("machine load average (1, 5, 15 min):", loadAverage);
  writeResult("service.json", result);
  writeResult("service-streaming.json", { started, machine: result.machine, loadAverage, ...streaming });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
