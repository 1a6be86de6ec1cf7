/**
 * The decision log and outcome feedback, as small interfaces: the Worker routes and the library's
 * planner write through them, D1 is the first implementation (src/log/d1.ts), an in-memory one
 * serves tests and scripts (src/log/memory.ts). Nothing here is on a request's critical path:
 * loggers buffer, and a failed write is counted, never thrown at the caller.
 */

/** One candidate as the decision saw it: its scores under the model that decided. */
export interface LoggedCandidate {
  thought: string;
  action?: string;
  score: number;
  /** Goal probabilities: [{goal, polarity, p}]. */
  outcomes: Array<{ goal: string; polarity: "positive" | "negative"; p: number }>;
  /** Probability that the deciding policy picks this candidate (1/0 when greedy). */
  probability: number;
}

/** A second model's view of the same candidates (shadow scoring or the model that did not decide in a rollout). */
export interface ShadowScores {
  model: string;
  sha256: string;
  /** One score per logged candidate, same order. */
  scores: number[];
  /** Index of the candidate this model would pick greedily. */
  choice: number;
}

export interface DecisionRecord {
  id: string;
  episodeId: string;
  step: number;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** Where it was served: "plan", "chat" or "library". */
  source: string;
  state: string;
  /** Candidates of the last scored round, best first. */
  candidates: LoggedCandidate[];
  /** Index of the chosen candidate in `candidates` (-1 when there was none). */
  chosenIndex: number;
  thought: string;
  action: string | null;
  /** Probability with which the chosen candidate was picked (the logged propensity). */
  propensity: number;
  model: string;
  modelSha256: string;
  shadow?: ShadowScores;
  /** The knobs the decision ran with (as JSON-able values). */
  knobs: Record<string, unknown>;
  latencyMs: number;
  degraded: boolean;
}

export interface DecisionLogger {
  /** Queues a decision; never throws, never waits. */
  log(decision: DecisionRecord): void;
  /** Writes what is queued (bounded in time); failures are counted as misses, not thrown. */
  flush(): Promise<void>;
  stats(): LogStats;
}

export interface LogStats {
  /** Decisions written. */
  written: number;
  /** Decisions that could not be written (database failed or timed out). */
  missed: number;
  /** Decisions waiting to be written. */
  pending: number;
  lastError?: string;
}

/** An outcome label for an intermediate step: what happened after `step` (becomes a goal for training). */
export interface FeedbackEvent {
  step: number;
  label: string;
}

export interface Feedback {
  episodeId: string;
  outcome: { text: string; success?: boolean; value?: number };
  events: FeedbackEvent[];
}

export type FeedbackResult =
  | { status: "recorded" | "duplicate"; episodeId: string; decisions: number }
  | { status: "unknown_episode"; episodeId: string }
  | { status: "conflict"; episodeId: string; field: string };

export interface FeedbackStore {
  /** Stores the feedback once per episode: the same feedback again is a duplicate, a different one a conflict. */
  recordFeedback(feedback: Feedback): Promise<FeedbackResult>;
}
