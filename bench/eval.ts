/**
 * The evaluation figures of the issue, printed side by side (npm run bench:eval):
 *   1. LLM-free WebShop, 200 test-instruction episodes: pnlc, greedy (the proposer's top candidate, no
 *      critic: the ReAct analogue), behavior, simple and the ablations, all on the same episodes, with
 *      pnlc's paired differences from each (95% intervals from the pairing).
 *   2. LLM-free Avalon as Merlin, 200 test games: the same agents (simple = the honest rule).
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
import { pairedJson } from "../src/eval/paired.ts";
import { runPaired, runSpec, type RunSpec } from "../src/eval/run.ts";
import { fmtInterval } from "../src/eval/stats.ts";

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

const LLM_FREE = ["pnlc", "greedy", "behavior", "simple", "pnlc-norefine", "pnlc-scalar"];

/** Every LLM-free agent on the same episodes; pnlc's paired differences from greedy and behavior. */
async function paired(task: string): Promise<Record<string, EvalSummary>> {
  const t0 = performance.now();
  const r = await runPaired({ task, agents: LLM_FREE, episodes: N, seed: 1, split: "test", llm: "none" });
  const out: Record<string, EvalSummary> = {};
  for (const { summary: s } of r.runs) {
    out[s.agent] = s;
    rows.push({ ...summaryJson(s), llm: r.llmLabel });
    const c = s.calibration;
    console.log(
      `${s.task.padEnd(10)} ${s.agent.padEnd(15)} n=${String(s.episodes).padEnd(4)} score ${fmtInterval(s.score)}  success ${fmtInterval(s.success, 1, 100)}%` +
        (c ? `  first decision: predicted ${c.predicted.toFixed(3)}, realised ${c.realised.toFixed(3)}` : ""),
    );
  }
  for (const d of r.paired.filter((x) => x.other === "greedy" || x.other === "behavior")) {
    console.log(`${task.padEnd(10)} ${d.reference} - ${d.other}: score ${fmtInterval(d.score)}, success ${fmtInterval(d.success)} points (paired)`);
    pairs.push({ task, ...pairedJson(d) });
  }
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return out;
}
const pairs: Array<Record<string, unknown>> = [];

console.log(`# LLM-free, ${N} episodes on the test split (critic trained on the train split only), every agent on the same episodes`);
const ws = await paired("webshop");
const av = await paired("avalon");

console.log(`\n# mock LLM, 300 ms per call, ${MOCK_N} WebShop episodes per agent (cost only: mock replies carry no skill)`);
const mock: Record<string, EvalSummary> = {};
for (const agent of ["pnlc", "pnlc-llmcritic", "react", "reflexion", "lats"]) mock[agent] = await run({ task: "webshop", agent, episodes: MOCK_N, llm: "mock:300", latsN: 5, latsDepth: 3 });

const d = (a: number, b: number) => (a - b).toFixed(1);
const pairOf = (task: string, other: string) => pairs.find((p) => p.task === task && p.other === other) as ReturnType<typeof pairedJson> | undefined;
console.log("\n# targets");
console.log(`webshop: pnlc - greedy = ${pairOf("webshop", "greedy")?.score_diff} score points ${JSON.stringify(pairOf("webshop", "greedy")?.score_diff_ci95)} (target >= 5, interval above 0); pnlc - behavior = ${d(ws.pnlc!.score.mean, ws.behavior!.score.mean)}`);
console.log(`avalon:  pnlc - greedy = ${pairOf("avalon", "greedy")?.success_diff} win-rate points (target >= 15); pnlc - behavior = ${d(100 * av.pnlc!.success.mean, 100 * av.behavior!.success.mean)}`);
for (const [task, s] of [["webshop", ws.pnlc!], ["avalon", av.pnlc!]] as const)
  if (s.calibration) console.log(`${task}: first-decision |predicted - realised| = ${Math.abs(s.calibration.gap.mean).toFixed(3)} (target <= 0.05)`);
console.log(`mock:    LATS n=5 s/decision / PNLC s/decision = ${(mock.lats!.secondsPerDecision / mock.pnlc!.secondsPerDecision).toFixed(1)}x (target >= 8x)`);

const lines = rows.map((r) => JSON.stringify({ ...r, at: new Date().toISOString() })).join("\n") + "\n";
writeFileSync(join(outDir, "eval.jsonl"), lines);
writeFileSync(join(outDir, "eval.html"), await renderReport(rows, "pnlc-edge: bench:eval"));
console.log(`\nwrote ${join("bench", "results", "eval.jsonl")} and eval.html`);
