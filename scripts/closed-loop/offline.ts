/**
 * Scores critics on a closed-loop pool without wrangler: the Worker's app in-process (createApp, no
 * decision log), the same driver, greedy, the "before" phase's episodes. For choosing the loop's
 * knobs on the tuning pool (B) before the final run; it never reads the final pool unless asked.
 * With --temperatures 0,0.02,... the first model plays the same episodes greedily (0) and with softmax exploration at each
 * temperature: exploration's cost in outcome, paired by instruction.
 * Usage: npx tsx scripts/closed-loop/offline.ts --work DIR [--pool tune|final] [--seed 101] [--episodes 300] [--temperatures LIST] MODEL.pnlc...
 * Prints one JSON line per model (or temperature): mean score, success rate, and the paired difference to the first line.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadCriticFile } from "../../src/critic/node.ts";
import { createApp } from "../../src/worker/app.ts";
import { ModelStore } from "../../src/worker/models/store.ts";
import { runPhase } from "./driver.ts";

const { values: a, positionals: files } = parseArgs({ allowPositionals: true, options: {
  work: { type: "string" }, pool: { type: "string", default: "tune" }, seed: { type: "string", default: "101" }, episodes: { type: "string", default: "300" }, temperatures: { type: "string" },
} });
if (!a.work || files.length === 0 || !["tune", "final"].includes(a.pool!)) {
  console.error("offline: --work DIR [--pool tune|final] [--seed S] [--episodes N] MODEL.pnlc...");
  process.exit(2);
}
const pool = a.pool === "final" ? { instructions: join(a.work, "insTest.json"), split: "test" as const } : { instructions: join(a.work, "insB.json"), split: "train" as const };
let first: number[] | undefined;
const runs = a.temperatures ? a.temperatures.split(",").map((t) => ({ file: files[0]!, t: Number(t) })) : files.map((file) => ({ file, t: 0 }));
if (runs.some((r) => !(r.t >= 0 && r.t <= 10))) (console.error("offline: --temperatures are numbers in [0, 10]"), process.exit(2));
for (const { file, t } of runs) {
  const critic = loadCriticFile(file);
  const models = new ModelStore([{ name: "m", bytes: async () => new Uint8Array(0) }], "m", () => ({}) as WebAssembly.Module, () => critic);
  const app = createApp({ models });
  const r = await runPhase({ url: "http://local", label: "offline", ...pool, episodes: Number(a.episodes), seed: Number(a.seed), goals: { positive: 1, negative: 3 },
    ...(t > 0 ? { explore: { method: "softmax" as const, temperature: t } } : {}),
    fetch: (url, init) => Promise.resolve(app.request(url.replace("http://local", ""), init)) });
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  first ??= r.scores;
  const d = r.scores.map((s, i) => s - first![i]!), md = mean(d), sd = Math.sqrt(d.reduce((s, x) => s + (x - md) ** 2, 0) / Math.max(1, d.length - 1));
  console.log(JSON.stringify({ model: file.replace(/^.*\//, ""), ...(a.temperatures ? { temperature: t } : {}), score: +mean(r.scores).toFixed(2), success: r.successes / r.scores.length, vsFirst: [+md.toFixed(2), +(md - 1.96 * sd / Math.sqrt(d.length)).toFixed(2), +(md + 1.96 * sd / Math.sqrt(d.length)).toFixed(2)] }));
}
