/** An evaluation agent: picks the next action of a task episode and reports what the decision cost. */
import type { EpisodeResult, TaskEpisode } from "../tasks/types.ts";

export interface DecisionStats {
  llmCalls: number;
  inputTokens: number;
  outputTokens: number;
  seconds: number;
}

export interface Decision {
  thought: string;
  action: string;
  stats: DecisionStats;
  /** Agents with a critic: the probability of success it gives the chosen thought (the first-decision calibration check). */
  predictedSuccess?: number;
}

export interface Agent {
  readonly name: string;
  decide(ep: TaskEpisode): Promise<Decision>;
  /** The harness reports what each action brought back (LLM agents keep a history). */
  observe?(ep: TaskEpisode, observation: string): void;
  /** Called once an episode ends (Reflexion writes its reflection here). */
  endEpisode?(ep: TaskEpisode, result: EpisodeResult): Promise<DecisionStats | void>;
}

export const AGENT_NAMES = [
  "simple", "behavior", "greedy", "react", "reflexion", "lats",
  "pnlc", "pnlc-scalar", "pnlc-norefine", "pnlc-llmcritic",
] as const;
export type AgentName = (typeof AGENT_NAMES)[number];

export function zeroStats(): DecisionStats {
  return { llmCalls: 0, inputTokens: 0, outputTokens: 0, seconds: 0 };
}
