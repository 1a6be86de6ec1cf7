/** One evaluation or rollout run, shared by `pnlc eval`, `pnlc rollout` and the bench script. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { isAgentName, makeAgent } from "../agents/index.ts";
import { AGENT_NAMES, type AgentName } from "../agents/types.ts";
import { loadCriticFile } from "../critic/node.ts";
import type { Critic } from "../critic/types.ts";
import { projectRoot } from "../data/paths.ts";
import { loadTask, TASK_NAMES } from "../tasks/index.ts";
import type { TaskName } from "../tasks/types.ts";
import { runEpisodes, summarize, type EpisodeRecord, type EvalSummary } from "./harness.ts";
import { openEvalLlm } from "./llm.ts";
import { pairedDifference, type PairedDifference } from "./paired.ts";

export interface RunSpec {
  task: string;
  agent: string;
  episodes: number;
  seed: number;
  split: "train" | "test";
  instructions?: string;
  llm: string;
  model?: string;
  latsN?: number;
  latsDepth?: number;
  thoughts?: number;
  temperature?: number;
  scriptedProposer?: boolean;
  record?: boolean;
  onEpisode?: (done: number, rec: EpisodeRecord) => void;
}

export class RunSpecError extends Error {}

export function defaultModelPath(task: string): string {
  return join(projectRoot, "models", `${task}.pnlc`);
}

export function checkSpec(s: RunSpec): { task: TaskName; agent: AgentName } {
  if (!(TASK_NAMES as string[]).includes(s.task)) throw new RunSpecError(`--task must be one of ${TASK_NAMES.join(", ")}, got ${s.task}`);
  if (!isAgentName(s.agent)) throw new RunSpecError(`--agent must be one of ${AGENT_NAMES.join(", ")}; got ${s.agent}`);
  if (!Number.isInteger(s.episodes) || s.episodes < 1 || s.episodes > 100_000) throw new RunSpecError(`--episodes must be an integer in [1, 100000], got ${s.episodes}`);
  if (!Number.isInteger(s.seed) || s.seed < 0) throw new RunSpecError(`--seed must be a non-negative integer, got ${s.seed}`);
  if (s.split !== "train" && s.split !== "test") throw new RunSpecError(`--split must be train or test, got ${s.split}`);
  if (s.instructions && s.task !== "webshop") throw new RunSpecError("--instructions applies to --task webshop only");
  if (s.instructions && !existsSync(s.instructions)) throw new RunSpecError(`--instructions: ${s.instructions} does not exist`);
  if (s.temperature !== undefined && !(s.temperature > 0 && s.temperature <= 10)) throw new RunSpecError(`--temperature must be in (0, 10], got ${s.temperature}`);
  return { task: s.task as TaskName, agent: s.agent };
}

export async function runSpec(s: RunSpec): Promise<{ summary: EvalSummary; records: EpisodeRecord[]; llmLabel: string }> {
  const { task: taskName, agent: agentName } = checkSpec(s);
  const task = await loadTask(taskName);
  let critic: Critic | undefined;
  if (agentName.startsWith("pnlc")) {
    const path = s.model ?? defaultModelPath(taskName);
    if (!existsSync(path)) throw new RunSpecError(`--model: ${path} does not exist (train one: npx pnlc rollout ... then npx pnlc train)`);
    critic = loadCriticFile(path);
  }
  const llm = await openEvalLlm(s.llm);
  try {
    let episodes;
    try {
      episodes = await task.episodes({ n: s.episodes, seed: s.seed, split: s.split, ...(s.instructions ? { instructions: s.instructions } : {}), ...(llm.model ? { donor: llm.model } : {}) });
    } catch (e) {
      // Bad instruction files, missing corpora, a persuasion run without a donor LLM: input problems.
      throw new RunSpecError((e as Error).message);
    }
    const agentOf = () => makeAgent(agentName, {
      task,
      seed: s.seed,
      ...(llm.model ? { llm: llm.model } : {}),
      ...(critic ? { critic } : {}),
      lats: { n: s.latsN ?? 5, depth: s.latsDepth ?? 3 },
      ...(s.temperature ? { temperature: s.temperature } : {}),
      ...(s.thoughts ? { thoughts: s.thoughts } : {}),
      ...(s.scriptedProposer ? { scriptedProposer: true } : {}),
    });
    let agent;
    try {
      agent = agentOf();
    } catch (e) {
      throw new RunSpecError((e as Error).message); // e.g. an LLM agent without --llm
    }
    const records = await runEpisodes({ agent, episodes, record: s.record ?? false, ...(s.onEpisode ? { onEpisode: s.onEpisode } : {}) });
    return { summary: summarize(taskName, agentName, records), records, llmLabel: llm.label };
  } finally {
    await llm.close();
  }
}

export interface PairedRun {
  runs: Array<{ summary: EvalSummary; records: EpisodeRecord[] }>;
  /** The first agent minus each of the others, episode by episode. */
  paired: PairedDifference[];
  llmLabel: string;
}

/**
 * Several agents on the same episodes (same task, seed and split): each agent's summary and the first
 * agent's paired differences from the others (`pnlc eval --agent pnlc,greedy,behavior,simple`).
 */
export async function runPaired(s: Omit<RunSpec, "agent" | "onEpisode"> & { agents: string[]; onEpisode?: (agent: string, done: number, rec: EpisodeRecord) => void }): Promise<PairedRun> {
  if (!s.agents.length) throw new RunSpecError("--agent: name at least one agent");
  if (new Set(s.agents).size !== s.agents.length) throw new RunSpecError(`--agent: an agent is named twice in ${s.agents.join(",")}`);
  const { onEpisode, agents: _agents, ...rest } = s;
  for (const agent of s.agents) checkSpec({ ...rest, agent });
  const runs: PairedRun["runs"] = [];
  let llmLabel = "";
  for (const agent of s.agents) {
    const spec: RunSpec = { ...rest, agent };
    if (onEpisode) spec.onEpisode = (done, rec) => onEpisode(agent, done, rec);
    const r = await runSpec(spec);
    runs.push({ summary: r.summary, records: r.records });
    llmLabel = r.llmLabel;
  }
  const [ref, ...others] = runs;
  const paired = others.map((o) => pairedDifference(ref!.summary.agent, ref!.records, o.summary.agent, o.records));
  return { runs, paired, llmLabel };
}
