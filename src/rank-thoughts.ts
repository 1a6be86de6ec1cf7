/**
 * Score thoughts for a state in one call, without the loop or an LLM: the critic's probability of
 * every goal after each thought, the thoughts ranked, and the critique text an LLM would read.
 * Goals default to the model's own goal bank (best matches for the state); `thoughts` default to its
 * thought bank.
 */
import type { Critic } from "./critic/types.ts";
import { BankGoalSource } from "./planner/bank/goals.ts";
import { LearnedEstimator } from "./planner/learned-estimator.ts";
import { critiqueText, scoreCandidates } from "./planner/score.ts";
import type { Goal, ScoredCandidate } from "./planner/types.ts";

export interface RankThoughtsRequest {
  /** The state, in the style of the model's training states (stateForTask builds it from a chat). */
  state: string;
  /** Candidate thoughts; default: the model's thought bank. */
  thoughts?: string[];
  /** Goals as text (positive) or {text, polarity}; default: the bank goals that best match the state. */
  goals?: Array<string | { text: string; polarity: "positive" | "negative" }>;
  /** How many bank goals of each polarity when `goals` is omitted (default 4 and 4). */
  bankGoals?: { positive: number; negative: number };
}

export interface RankedThoughts {
  /** Best first, each with its outcomes [{goal, polarity, p}] and score. */
  candidates: ScoredCandidate[];
  goals: Goal[];
  critique: string;
}

export async function rankThoughts(critic: Critic, req: RankThoughtsRequest): Promise<RankedThoughts> {
  if (typeof req?.state !== "string" || req.state.trim() === "") throw new TypeError("rankThoughts: state must be a non-empty string");
  const thoughts = req.thoughts ?? critic.meta.thoughts.map((t) => t.text);
  if (!Array.isArray(thoughts) || thoughts.length === 0 || thoughts.some((t) => typeof t !== "string" || t.trim() === ""))
    throw new TypeError("rankThoughts: thoughts must be non-empty strings (or omitted to use the model's thought bank)");
  const goals: Goal[] = req.goals
    ? req.goals.map((g) => (typeof g === "string" ? { text: g, polarity: "positive", source: "request" } : { text: g.text, polarity: g.polarity, source: "request" }))
    : await new BankGoalSource(critic.meta.goals).goals({ state: req.state }, req.bankGoals ?? { positive: 4, negative: 4 });
  if (goals.length === 0) throw new TypeError("rankThoughts: no goals (the model has no goal bank; pass goals)");
  const candidates = thoughts.map((thought) => ({ thought }));
  const { p } = await new LearnedEstimator(critic).estimate({ state: req.state }, candidates, goals);
  const scored = scoreCandidates(candidates, goals, p);
  return { candidates: scored, goals, critique: critiqueText(scored) };
}
