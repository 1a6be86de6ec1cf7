/**
 * Interfaces of the planning loop (the PNLC decision: propose -> goals -> critique -> refine -> act).
 * The loop (src/planner/) talks only to these; concrete providers (LLM SDKs, scripted task policies,
 * mocks) live elsewhere and are chosen at the edge (the Worker, the CLI, the evaluation harness).
 */
import type { Critic, Polarity } from "../critic/types.ts";

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
