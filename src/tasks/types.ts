/**
 * What the evaluation harness and the agents see of a task: an episode with text observations,
 * a compact state text in the critic's style, text actions, and a final result.
 */
export type TaskName = "webshop" | "avalon" | "persuasion";

export interface StepResult {
  observation: string;
  done: boolean;
}

export interface EpisodeResult {
  /** 0-100: WebShop 100 x reward, Avalon 100 for a win, persuasion 50 x donation. */
  score: number;
  success: boolean;
  /** The episode's final outcome in words (the trajectory outcome the critic is trained to predict). */
  outcome: string;
  /** Task-specific figure: WebShop reward, Avalon 1/0, persuasion donation in dollars. */
  value: number;
}

export interface TaskEpisode {
  readonly task: TaskName;
  readonly id: string;
  /** What an acting agent reads now. */
  observation(): string;
  /** Short state text for the critic (what happened so far, summarised). */
  stateText(): string;
  /** Instructions for an LLM agent: the role and the action syntax. */
  instructions(): string;
  /** Actions that are valid now (LLM prompts show them; invalid actions are rejected by step). */
  validActions(): string[];
  step(action: string): Promise<StepResult>;
  readonly done: boolean;
  result(): EpisodeResult;
  /** An independent copy to simulate on (LATS searches over copies; the real episode is untouched). */
  clone(): TaskEpisode;
}
