/**
 * Interfaces of the planning loop (the PNLC decision: propose -> goals -> critique -> refine -> act).
 * The loop (src/planner/) talks only to these; concrete providers (LLM SDKs, scripted task policies,
 * mocks) live elsewhere and are chosen at the edge (the Worker, the CLI, the evaluation harness).
 */
import type { Critic, GoalDerivation, Polarity } from "../critic/types.ts";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
}

export interface GenerateRequest {
  messages: ChatMessage[];
  maxOutputTokens?: number;
  temperature?: number;
  /** Ask for a JSON object reply (providers that support it enforce it; the caller still validates). */
  json?: boolean;
  signal?: AbortSignal;
}

export interface GenerateResult {
  text: string;
  usage: Usage;
}

/** Language model capability, v1. `doGenerate` is for the loop's own helpers, not for callers to sprinkle around. */
export interface LanguageModelV1 {
  readonly specificationVersion: "v1";
  readonly provider: string;
  readonly modelId: string;
  doGenerate(req: GenerateRequest): Promise<GenerateResult>;
}

/** Embedding model capability, v1 (for critics trained on dense embeddings). */
export interface EmbeddingModelV1 {
  readonly specificationVersion: "v1";
  readonly provider: string;
  readonly modelId: string;
  readonly dim: number;
  doEmbed(texts: string[], signal?: AbortSignal): Promise<Float32Array[]>;
}

/** A candidate next step: a high-level thought and, when the proposer already knows it, the action. */
export interface Candidate {
  thought: string;
  action?: string;
}

export interface Goal {
  text: string;
  polarity: Polarity;
  source: "bank" | "llm" | "request";
  /** Index in the model's goal bank when source is "bank" (lets the critic use its cached goal partials). */
  bankIndex?: number;
  /** Worth of reaching it on 0..1 (from the model's goal bank); see scoreCandidates. */
  utility?: number;
  /** The outcomes of an exclusive group this bank goal is the union of (format version 2); see scoreCandidates. */
  derivedFrom?: GoalDerivation;
}

export interface DecisionContext {
  /** Compact text of the state, in the style the critic was trained on. */
  state: string;
  /** Task instructions (what the agent is for). */
  task?: string;
  signal?: AbortSignal;
}

export interface OutcomeScore {
  goal: string;
  polarity: Polarity;
  p: number;
}

export interface ScoredCandidate extends Candidate {
  outcomes: OutcomeScore[];
  /** Summary used for ranking: mean p of positive goals minus mean p of negative goals. */
  score: number;
}

/**
 * Where candidates come from. The LLM proposer (service, real-LLM evaluation) and the scripted task
 * policies (LLM-free evaluation) both implement it, so every agent runs the same loop.
 */
export interface Proposer {
  propose(ctx: DecisionContext, k: number): Promise<Candidate[]>;
  /** Read the critique and keep or rewrite; returns the candidates to score next (may be the same). */
  refine?(ctx: DecisionContext, scored: ScoredCandidate[], critique: string): Promise<Candidate[]>;
  /** Turn the final thought into the action (reply, tool call) when the candidate has none. */
  act(ctx: DecisionContext, chosen: Candidate): Promise<string>;
}

/** Produces possible futures for a state (bank-matched, LLM-imagined, or both). */
export interface GoalSource {
  goals(ctx: DecisionContext, counts: { positive: number; negative: number }): Promise<Goal[]>;
}

export type { Critic };

// ---------------------------------------------------------------------------------------------
// The loop's knobs, events and result (added by the planning service; additive to the above).
// ---------------------------------------------------------------------------------------------

/** learned: the model file's critic; llm: the LLM estimates the probabilities itself (ablation); none: no critique. */
export type CriticMode = "learned" | "llm" | "none";
export type GoalSourceKind = "bank" | "llm" | "both";

export interface PlanKnobs {
  /** Thoughts proposed per decision (K). */
  thoughts: number;
  goals: { positive: number; negative: number; source: GoalSourceKind };
  /** Maximum refine rounds (m); 0 means propose, score and act. */
  rounds: number;
  /** Accept without refining when the best candidate's score reaches this (score is in [-1, 1]). */
  acceptThreshold: number;
  critic: CriticMode;
  /** Overall deadline for the decision; after it the best thought so far is returned, degraded. */
  deadlineMs: number;
}

/** Estimates p(goal | state, thought) for every thought x goal (row-major by thought). */
export interface OutcomeEstimator {
  readonly kind: "learned" | "llm";
  /** p is row-major by candidate; encodeMs is the time spent embedding (0 when the critic hashes text itself). */
  estimate(ctx: DecisionContext, candidates: Candidate[], goals: Goal[]): Promise<{ p: Float32Array; encodeMs: number }>;
}

export type PlanStage = "propose" | "goals" | "encode" | "critic" | "refine" | "act";

export interface TraceEntry {
  stage: PlanStage;
  round: number;
  /** Milliseconds since the decision started. */
  startMs: number;
  durationMs: number;
  ok: boolean;
  /** What happened, e.g. "3 thoughts", "accepted: best score 0.41 >= 0.25", or the (redacted) error. */
  detail: string;
  /**
   * LLM calls this stage made (0 when it made none) and their tokens, counted on the PlanDeps meter
   * for calls made with the stage's own context signal; absent on entries recorded outside a stage.
   */
  llmCalls?: number;
  inputTokens?: number;
  outputTokens?: number;
  embeddingCalls?: number;
}

export type StageTimings = Record<PlanStage | "total", number>;

export interface PlanUsage {
  llmCalls: number;
  inputTokens: number;
  outputTokens: number;
  embeddingCalls: number;
}

export interface PlanRound {
  round: number;
  candidates: ScoredCandidate[];
  critique: string;
  decision: "accept" | "refine" | "final";
  reason: string;
}

export interface PlanResult {
  mode: "llm" | "offline";
  /** The chosen thought and the action it produced (null when no action could be produced). */
  thought: string;
  action: string | null;
  /** The chosen thought with its outcome probabilities as readable text (what offline mode returns). */
  recommendation: string;
  chosen: ScoredCandidate | null;
  goals: Goal[];
  /** Candidates of the last scored round, best first. */
  candidates: ScoredCandidate[];
  critique: string;
  rounds: PlanRound[];
  usage: PlanUsage;
  timings: StageTimings;
  trace: TraceEntry[];
  degraded: boolean;
  reason?: string;
}

export type PlanEvent =
  | { type: "thought"; round: number; candidates: Candidate[] }
  | { type: "goals"; goals: Goal[] }
  | { type: "critique"; round: number; candidates: ScoredCandidate[]; text: string }
  | { type: "refine"; round: number; decision: "accept" | "refine"; reason: string; candidates?: Candidate[] }
  | { type: "action"; thought: string; action: string | null }
  | { type: "usage"; usage: PlanUsage }
  | { type: "done"; result: PlanResult };
