/**
 * Runs an agent over a run's episodes: decide, step, record, until each episode ends. Keeps per-decision
 * cost (LLM calls, tokens, seconds) and, when asked, the trajectory in the trainer's format.
 */
import type { Agent, DecisionStats } from "../agents/types.ts";
import type { Episode as Trajectory } from "../train/trajectory.ts";
import type { EpisodeResult, TaskEpisode } from "../tasks/types.ts";
import { calibrationJson, firstDecisionCalibration, type FirstDecisionCalibration } from "./paired.ts";
import { meanInterval, wilsonInterval, type Interval } from "./stats.ts";
import { MAX_DONATION } from "../data/persuasion.ts";

export interface EpisodeRecord {
  id: string;
  result: EpisodeResult;
  decisions: number;
  cost: DecisionStats;
  /** Cost of end-of-episode work (Reflexion's reflection), not counted per decision. */
  extra: DecisionStats;
  /** The agent's predicted probability of success at the episode's first decision, when it has a critic. */
  firstPredicted?: number;
  trajectory?: Trajectory;
}

export interface RunOptions {
  agent: Agent;
  episodes: TaskEpisode[];
  record?: boolean;
  /** Called after each episode (progress bars). */
  onEpisode?: (done: number, rec: EpisodeRecord) => void;
  /** Safety net against an agent that never ends an episode. */
  maxDecisions?: number;
}

const add = (a: DecisionStats, b: DecisionStats): DecisionStats => ({
  llmCalls: a.llmCalls + b.llmCalls,
  inputTokens: a.inputTokens + b.inputTokens,
  outputTokens: a.outputTokens + b.outputTokens,
  seconds: a.seconds + b.seconds,
});
const zero = (): DecisionStats => ({ llmCalls: 0, inputTokens: 0, outputTokens: 0, seconds: 0 });

export async function runEpisode(agent: Agent, ep: TaskEpisode, record: boolean, maxDecisions = 200): Promise<EpisodeRecord> {
  let cost = zero();
  let decisions = 0;
  const steps: Trajectory["steps"] = [];
  let firstPredicted: number | undefined;
  while (!ep.done) {
    if (decisions >= maxDecisions) throw new Error(`${ep.id}: agent ${agent.name} made ${maxDecisions} decisions without ending the episode`);
    const state = ep.stateText();
    const d = await agent.decide(ep);
    if (decisions === 0) firstPredicted = d.predictedSuccess;
    decisions++;
    cost = add(cost, d.stats);
    const { observation } = await ep.step(d.action);
    agent.observe?.(ep, observation);
    if (record) steps.push({ state, thought: d.thought || d.action, action: d.action, observation: ep.stateText() });
  }
  const result = ep.result();
  const extra = (await agent.endEpisode?.(ep, result)) ?? zero();
  const rec: EpisodeRecord = { id: ep.id, result, decisions, cost, extra, ...(firstPredicted !== undefined ? { firstPredicted } : {}) };
  if (record && steps.length)
    rec.trajectory = { id: ep.id, task: ep.task, steps, outcome: { text: result.outcome, success: result.success, value: result.value }, meta: { agent: agent.name, score: result.score } };
  return rec;
}

export async function runEpisodes(o: RunOptions): Promise<EpisodeRecord[]> {
  const out: EpisodeRecord[] = [];
  for (const ep of o.episodes) {
    const rec = await runEpisode(o.agent, ep, o.record ?? false, o.maxDecisions);
    out.push(rec);
    o.onEpisode?.(out.length, rec);
  }
  return out;
}

export interface EvalSummary {
  task: string;
  agent: string;
  episodes: number;
  score: Interval;
  success: Interval;
  /** WebShop reward, Avalon win (0/1), persuasion donation ($). */
  value: Interval;
  decisions: number;
  llmCallsPerDecision: number;
  tokensPerDecision: number;
  secondsPerDecision: number;
  /** Mean predicted success at the first decision against the realised success (agents with a critic). */
  calibration?: FirstDecisionCalibration;
}

/** The largest `value` an episode can have: WebShop reward 1, Avalon win 1, persuasion donation MAX_DONATION dollars. */
const VALUE_MAX: Record<string, number> = { webshop: 1, avalon: 1, persuasion: MAX_DONATION };

export function summarize(task: string, agent: string, recs: EpisodeRecord[]): EvalSummary {
  const decisions = recs.reduce((a, r) => a + r.decisions, 0);
  const cost = recs.reduce((a, r) => add(a, r.cost), zero());
  const per = (x: number) => (decisions ? x / decisions : 0);
  return {
    task,
    agent,
    episodes: recs.length,
    score: meanInterval(recs.map((r) => r.result.score), [0, 100]), // every task scores in [0, 100]
    success: wilsonInterval(recs.filter((r) => r.result.success).length, recs.length),
    value: meanInterval(recs.map((r) => r.result.value), [0, VALUE_MAX[task] ?? Infinity]), // rewards, wins and donations: 0 up to the task's most
    decisions,
    llmCallsPerDecision: per(cost.llmCalls),
    tokensPerDecision: per(cost.inputTokens + cost.outputTokens),
    secondsPerDecision: per(cost.seconds),
    ...(recs.some((r) => r.firstPredicted !== undefined) ? { calibration: firstDecisionCalibration(recs) } : {}),
  };
}

/** The `--json` line of `pnlc eval`. */
export function summaryJson(s: EvalSummary) {
  return {
    task: s.task,
    agent: s.agent,
    episodes: s.episodes,
    score: round(s.score.mean, 2),
    success_rate: round(s.success.mean, 4),
    llm_calls_per_decision: round(s.llmCallsPerDecision, 3),
    seconds_per_decision: round(s.secondsPerDecision, 5),
    score_ci95: [round(s.score.lo, 2), round(s.score.hi, 2)] as [number, number],
    success_ci95: [round(s.success.lo, 4), round(s.success.hi, 4)] as [number, number],
    value: round(s.value.mean, 4),
    value_ci95: [round(s.value.lo, 4), round(s.value.hi, 4)] as [number, number],
    tokens_per_decision: round(s.tokensPerDecision, 1),
    decisions: s.decisions,
    ...(s.calibration ? { first_decision: calibrationJson(s.calibration) } : {}),
  };
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
