/**
 * The evaluation figures of the issue, printed side by side (npm run bench:eval):
 *   1. LLM-free WebShop, 200 test-instruction episodes: simple, behavior, pnlc and ablations.
 *   2. LLM-free Avalon as Merlin, 200 test games: honest rule (simple), behavior, pnlc and ablations.
 *   3. Mock LLM at 300 ms per call (OpenAI-compatible server on 127.0.0.1): seconds and LLM calls per
 *      decision of PNLC (LLM proposer), ReAct, Reflexion, LATS n=5 depth 3 and the LLM-as-critic ablation.
 * Results are appended to bench/results/eval.jsonl and drawn in bench/results/eval.html.
 * BENCH_EPISODES (default 200) and BENCH_MOCK_EPISODES (default 2) scale the runs.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../src/data/paths.ts";
import { summaryJson, type EvalSummary } from "../src/eval/harness.ts";
import { renderReport, type SavedSummary } from "../src/eval/report.ts";
import { runSpec, type RunSpec } from "../src/eval/run.ts";

const N = Number(process.env.BENCH_EPISODES ?? 200);
const MOCK_N = Number(process.env.BENCH_MOCK_EPISODES ?? 2);
const outDir = join(projectRoot, "bench", "results");
mkdirSync(outDir, { recursive: true });
const rows: SavedSummary[] = [];

async function run(spec: Omit<RunSpec, "seed" | "split"> & { seed?: number }): Promise<EvalSummary> {
  const t0 = performance.now();
  const { summary, llmLabel } = await runSpec({ seed: 1, split: "test", ...spec });
  rows.push({ ...summaryJson(summary), llm: llmLabel });
  const s = summary;
  console.log(
    `${s.task.padEnd(10)} ${s.agent.padEnd(15)} ${llmLabel.padEnd(10)} n=${String(s.episodes).padEnd(4)} score ${s.score.mean.toFixed(1).padStart(5)} [${s.score.lo.toFixed(1)}, ${s.score.hi.toFixed(1)}]` +
      `  success ${(100 * s.success.mean).toFixed(1).padStart(5)}% [${(100 * s.success.lo).toFixed(1)}, ${(100 * s.success.hi).toFixed(1)}]` +
      `  ${s.llmCallsPerDecision.toFixed(2)} calls ${s.secondsPerDecision.toFixed(4)} s/decision  (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  return s;
}

console.log(`# LLM-free, ${N} episodes on the test split (critic trained on the train split only)`);
const ws: Record<string, EvalSummary> = {};
for (const agent of ["simple", "behavior", "pnlc", "pnlc-norefine", "pnlc-scalar"]) ws[agent] = await run({ task: "webshop", agent, episodes: N, llm: "none" });
const av: Record<string, EvalSummary> = {};
for (const agent of ["simple", "behavior", "pnlc", "pnlc-norefine", "pnlc-scalar"]) av[agent] = await run({ task: "avalon", agent, episodes: N, llm: "none" });

console.log(`\n# mock LLM, 300 ms per call, ${MOCK_N} WebShop episodes per agent (cost only: mock replies carry no skill)`);
const mock: Record<string, EvalSummary> = {};
for (const agent of ["pnlc", "pnlc-llmcritic", "react", "reflexion", "lats"]) mock[agent] = await run({ task: "webshop", agent, episodes: MOCK_N, llm: "mock:300", latsN: 5, latsDepth: 3 });

const d = (a: number, b: number) => (a - b).toFixed(1);
console.log("\n# targets");
console.log(`webshop: pnlc - behavior = ${d(ws.pnlc!.score.mean, ws.behavior!.score.mean)} score points (target >= 10); behavior - simple = ${d(ws.behavior!.score.mean, ws.simple!.score.mean)}`);
console.log(`avalon:  pnlc - behavior = ${d(100 * av.pnlc!.success.mean, 100 * av.behavior!.success.mean)} win-rate points (target >= 10)`);
console.log(`mock:    LATS n=5 s/decision / PNLC s/decision = ${(mock.lats!.secondsPerDecision / mock.pnlc!.secondsPerDecision).toFixed(1)}x (target >= 8x)`);

const lines = rows.map((r) => JSON.stringify({ ...r, at: new Date().toISOString() })).join("\n") + "\n";
writeFileSync(join(outDir, "eval.jsonl"), lines);
writeFileSync(join(outDir, "eval.html"), await renderReport(rows, "pnlc-edge: bench:eval"));
console.log(`\nwrote ${join("bench", "results", "eval.jsonl")} and eval.html`);
