/**
 * The paper's protocol with a real LLM: every task, the prompting and search baselines and PNLC with
 * its ablations, 100 episodes each, through the same runs as `pnlc eval --llm env` (runSpec).
 *
 *   PNLC_LLM_PROVIDER=openai-compatible PNLC_LLM_BASE_URL=https://api.openai.com/v1 \
 *   PNLC_LLM_MODEL=gpt-4o-mini PNLC_LLM_API_KEY=... npm run eval:paper
 *
 * Each finished run is appended to `paper.jsonl` at once (an interrupted protocol keeps what it
 * measured; a rerun with --resume skips the task/agent pairs already there), and `paper.html` (the
 * `pnlc eval-report` page) is rewritten after every run via a temporary file and a rename.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { summaryJson, type EpisodeRecord } from "./harness.ts";
import { openEvalLlm } from "./llm.ts";
import { parseSummaries, renderReport, type SavedSummary } from "./report.ts";
import { RunSpecError, runSpec } from "./run.ts";
import { writeFileAtomic } from "../train/export.ts";

export const PAPER_TASKS = ["webshop", "avalon", "persuasion"] as const;
export const PAPER_AGENTS = ["react", "reflexion", "lats", "pnlc", "pnlc-norefine", "pnlc-scalar", "pnlc-llmcritic"] as const;
export const PAPER_EPISODES = 100;

export interface PaperOptions {
  /** `env` for the protocol; `mock[:MS]` only to rehearse it. */
  llm: string;
  episodes: number;
  tasks: string[];
  agents: string[];
  seed: number;
  outDir: string;
  latsN: number;
  latsDepth: number;
  /** Skip task/agent pairs already in outDir/paper.jsonl (same llm label and episode count). */
  resume: boolean;
  log: (line: string) => void;
  onEpisode?: (task: string, agent: string, done: number, total: number, rec: EpisodeRecord) => void;
}

export class PaperProtocolError extends Error {}

export async function runPaperProtocol(o: PaperOptions): Promise<SavedSummary[]> {
  for (const t of o.tasks) if (!(PAPER_TASKS as readonly string[]).includes(t)) throw new PaperProtocolError(`tasks must be among ${PAPER_TASKS.join(", ")}; got ${t}`);
  for (const a of o.agents) if (!(PAPER_AGENTS as readonly string[]).includes(a)) throw new PaperProtocolError(`agents must be among ${PAPER_AGENTS.join(", ")}; got ${a}`);
  if (!Number.isInteger(o.episodes) || o.episodes < 1) throw new PaperProtocolError(`episodes must be a positive integer, got ${o.episodes}`);
  if (o.llm === "none") throw new PaperProtocolError("the paper's protocol needs an LLM: set PNLC_LLM_PROVIDER, PNLC_LLM_BASE_URL, PNLC_LLM_MODEL and PNLC_LLM_API_KEY (llm env)");
  // Fail before any episode when the provider is not configured (names the variable at fault).
  let label: string;
  try {
    const probe = await openEvalLlm(o.llm);
    label = probe.label;
    await probe.close();
  } catch (e) {
    throw new PaperProtocolError((e as Error).message);
  }
  mkdirSync(o.outDir, { recursive: true });
  const jsonl = join(o.outDir, "paper.jsonl");
  const html = join(o.outDir, "paper.html");
  const rows: SavedSummary[] = existsSync(jsonl) ? parseSummaries(readFileSync(jsonl, "utf8"), jsonl) : [];
  if (!o.resume && rows.length) throw new PaperProtocolError(`${jsonl} already holds ${rows.length} runs: pass --resume to continue it, or choose another --out`);
  const done = new Set(rows.filter((r) => r.llm === label && r.episodes === o.episodes).map((r) => `${r.task}/${r.agent}`));
  o.log(`# paper protocol: ${o.tasks.length} tasks x ${o.agents.length} agents, ${o.episodes} episodes each, llm ${label}, seed ${o.seed}${done.size ? `, ${done.size} runs already done` : ""}`);
  for (const task of o.tasks) {
    for (const agent of o.agents) {
      if (done.has(`${task}/${agent}`)) continue;
      const t0 = performance.now();
      let run;
      try {
        run = await runSpec({
          task, agent, episodes: o.episodes, seed: o.seed, split: "test", llm: o.llm, latsN: o.latsN, latsDepth: o.latsDepth,
          onEpisode: (n, rec) => o.onEpisode?.(task, agent, n, o.episodes, rec),
        });
      } catch (e) {
        if (e instanceof RunSpecError) throw new PaperProtocolError(`${task}/${agent}: ${e.message}`);
        throw e;
      }
      const row: SavedSummary = { ...summaryJson(run.summary), llm: run.llmLabel };
      appendFileSync(jsonl, JSON.stringify({ ...row, seed: o.seed, split: "test", at: new Date().toISOString() }) + "\n");
      rows.push(row);
      const s = run.summary;
      o.log(
        `${task.padEnd(10)} ${agent.padEnd(15)} score ${s.score.mean.toFixed(1)} [${s.score.lo.toFixed(1)}, ${s.score.hi.toFixed(1)}]  success ${(100 * s.success.mean).toFixed(1)}%` +
          `  ${s.llmCallsPerDecision.toFixed(2)} calls, ${Math.round(s.tokensPerDecision)} tokens, ${s.secondsPerDecision.toFixed(2)} s per decision  (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
      );
      await writeFileAtomic(html, await renderReport(rows, `pnlc-edge: the paper's protocol (${label})`));
    }
  }
  o.log(`wrote ${jsonl} and ${html}`);
  return rows;
}
