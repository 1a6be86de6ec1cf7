/**
 * The PNLC agent: the planner's own loop (src/planner/loop.ts, the one the service runs) with the
 * task's proposer (scripted, or the LLM proposer), goals from the model's goal bank (or imagined by
 * the LLM) and the learned critic. The ablations differ only in knobs and estimator:
 *   pnlc-scalar: no goal conditioning; every candidate gets one scalar, its value for the primary
 *     positive outcome (the same network queried with a single goal), and no negative goals.
 *   pnlc-norefine: no refinement rounds: the critic picks the best of N.
 *   pnlc-llmcritic: the LLM estimates the outcome probabilities itself.
 */
import type { Critic } from "../critic/types.ts";
import { BankGoalSource } from "../planner/bank/goals.ts";
import { DEFAULT_KNOBS, withKnobs } from "../planner/defaults.ts";
import { LearnedEstimator } from "../planner/learned-estimator.ts";
import { LlmEstimator } from "../planner/llm/estimator.ts";
import { LlmGoalSource } from "../planner/llm/goals.ts";
import { LlmProposer } from "../planner/llm/proposer.ts";
import { runPlan } from "../planner/loop.ts";
import type { Candidate, DecisionContext, Goal, GoalSource, OutcomeEstimator, PlanKnobs, Proposer } from "../planner/types.ts";
import type { TaskEpisode } from "../tasks/types.ts";
import { CountingModel } from "./counting-model.ts";
import type { Agent, Decision } from "./types.ts";

export type PnlcVariant = "pnlc" | "pnlc-scalar" | "pnlc-norefine" | "pnlc-llmcritic";

export interface PnlcOptions {
  variant: PnlcVariant;
  critic: Critic;
  /** Scripted proposer per episode (LLM-free), used when no LLM is given. */
  scriptedProposer: (ep: TaskEpisode) => Proposer;
  llm?: CountingModel;
  thoughts?: number;
  rounds?: number;
}

/** The single goal of the scalar ablation: the bank's first positive outcome. */
class ScalarGoalSource implements GoalSource {
  constructor(private readonly critic: Critic) {}
  async goals(): Promise<Goal[]> {
    const i = this.critic.meta.goals.findIndex((g) => g.polarity === "positive" && g.kind === "outcome");
    const idx = i >= 0 ? i : 0;
    // No utility: with one goal an expected utility would be the same for every thought.
    return [{ text: this.critic.meta.goals[idx]!.text, polarity: "positive", source: "bank", bankIndex: idx }];
  }
}

export class PnlcAgent implements Agent {
  readonly name: string;
  private readonly proposers = new WeakMap<TaskEpisode, Proposer>();
  private readonly knobs: PlanKnobs;
  private readonly goalSources: Partial<Record<"bank" | "llm", GoalSource>>;
  private readonly estimators: Partial<Record<"learned" | "llm", OutcomeEstimator>>;

  constructor(private readonly opts: PnlcOptions) {
    this.name = opts.variant;
    const { critic, llm, variant } = opts;
    if (variant === "pnlc-llmcritic" && !llm) throw new Error("agent pnlc-llmcritic needs an LLM (--llm): the LLM is the critic");
    const positives = critic.meta.goals.filter((g) => g.polarity === "positive").length;
    const negatives = critic.meta.goals.length - positives;
    // A bank of exclusive outcomes with utilities is scored whole (expected utility needs every
    // outcome); otherwise every outcome of a small bank, at most 3 per polarity.
    const withUtility = critic.meta.goals.length > 0 && critic.meta.goals.every((g) => g.utility !== undefined);
    const goalCounts = withUtility ? { positive: positives, negative: negatives } : { positive: Math.min(3, positives), negative: Math.min(3, negatives) };
    const base = withKnobs(DEFAULT_KNOBS, {
      thoughts: opts.thoughts ?? (llm ? 3 : 5),
      rounds: opts.rounds ?? 1,
      goals: { ...goalCounts, source: llm ? "both" : "bank" },
      deadlineMs: 600_000,
    });
    this.knobs =
      variant === "pnlc-norefine" ? withKnobs(base, { rounds: 0 })
      : variant === "pnlc-scalar" ? withKnobs(base, { goals: { positive: 1, negative: 0, source: "bank" } })
      : variant === "pnlc-llmcritic" ? withKnobs(base, { critic: "llm" })
      : base;
    this.goalSources = variant === "pnlc-scalar"
      ? { bank: new ScalarGoalSource(critic) }
      : { bank: new BankGoalSource(critic.meta.goals), ...(llm ? { llm: new LlmGoalSource(llm, critic.meta.goals.map((g) => g.text)) } : {}) };
    this.estimators = { learned: new LearnedEstimator(critic), ...(llm ? { llm: new LlmEstimator(llm) } : {}) };
  }

  private proposerFor(ep: TaskEpisode): Proposer {
    let p = this.proposers.get(ep);
    if (!p) this.proposers.set(ep, (p = this.opts.llm ? new LlmProposer(this.opts.llm) : this.opts.scriptedProposer(ep)));
    return p;
  }

  async decide(ep: TaskEpisode): Promise<Decision> {
    const ctx: DecisionContext = { state: ep.stateText(), task: this.opts.llm ? `${ep.instructions()}\nCurrent observation: ${ep.observation().slice(0, 3000)}\nValid actions now: ${ep.validActions().join(", ")}` : undefined };
    const proposer = this.proposerFor(ep);
    const run = async () => runPlan({ proposer, goalSources: this.goalSources, estimators: this.estimators, mode: this.opts.llm ? "llm" : "offline" }, ctx, this.knobs);
    if (this.opts.llm) {
      const m = await this.opts.llm.measure(run);
      const predicted = successProbability(m.value.chosen, m.value.goals);
      return { thought: m.value.thought, action: actionOf(m.value.action, m.value.chosen), stats: { llmCalls: m.llmCalls, inputTokens: m.inputTokens, outputTokens: m.outputTokens, seconds: m.seconds }, ...(predicted !== undefined ? { predictedSuccess: predicted } : {}) };
    }
    const t0 = performance.now();
    const result = await run();
    const predicted = successProbability(result.chosen, result.goals);
    return { thought: result.thought, action: actionOf(result.action, result.chosen), stats: { llmCalls: 0, inputTokens: 0, outputTokens: 0, seconds: (performance.now() - t0) / 1000 }, ...(predicted !== undefined ? { predictedSuccess: predicted } : {}) };
  }
}

/**
 * The critic's probability of success for the chosen thought: its bank's first hoped-for outcome.
 * A bank of exclusive outcomes with utilities (Avalon) is one distribution, so the outcome's share
 * of their sum, as the planner ranks by; otherwise the probability the critique shows.
 */
export function successProbability(chosen: Candidate & { outcomes?: Array<{ p: number }> } | null, goals: Goal[]): number | undefined {
  if (!chosen?.outcomes?.length || chosen.outcomes.length !== goals.length) return undefined;
  const i = goals.findIndex((g) => g.polarity === "positive" && g.source === "bank");
  if (i < 0) return undefined;
  const p = chosen.outcomes.map((o) => o.p);
  const exclusive = goals.every((g) => typeof g.utility === "number");
  const sum = p.reduce((a, b) => a + b, 0);
  return exclusive ? (sum > 0 ? p[i]! / sum : 0) : p[i]!;
}

function actionOf(action: string | null, chosen: Candidate | null): string {
  return (action ?? chosen?.action ?? "").trim();
}
