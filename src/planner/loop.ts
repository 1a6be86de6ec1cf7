/**
 * One PNLC decision as a typed stream of events: propose thoughts while goals are produced, score
 * every thought x goal with the critic, turn the scores into a critique, refine or accept, act.
 * No search and no LLM dependency here: proposers, goal sources and estimators are interfaces, so
 * the service (LLM-backed) and the evaluation agents (scripted) run this very loop.
 */
import { type Choice, chooseCandidate } from "./explore.ts";
import { anySignal, childSignal, DeadlineError, raceAbort } from "./deadline.ts";
import { critiqueText, recommendationText, scoreCandidates, unscored } from "./score.ts";
import { errorText, TraceRecorder } from "./trace.ts";
import { UsageMeter } from "./usage.ts";
import type {
  Candidate, DecisionContext, Goal, GoalSource, OutcomeEstimator, PlanEvent, PlanKnobs, PlanResult, PlanRound, PlanStage,
  Proposer, ScoredCandidate,
} from "./types.ts";

export interface PlanDeps {
  proposer: Proposer;
  goalSources: Partial<Record<"bank" | "llm", GoalSource>>;
  estimators: Partial<Record<"learned" | "llm", OutcomeEstimator>>;
  /** Used when the proposer fails or returns nothing (the service passes the thought bank). */
  fallbackProposer?: Proposer;
  /** The meter the LLM/embedding wrappers count on; its snapshot becomes the usage event. */
  meter?: UsageMeter;
  mode?: "llm" | "offline";
  /** Applied to every error text that enters the trace (strips secrets). */
  redact?: (s: string) => string;
  now?: () => number;
  /** Uniform [0, 1) source for the explore knob (Math.random by default; tests pass a seeded one). */
  random?: () => number;
}

/** Consumes the stream and returns the final result. */
export async function runPlan(deps: PlanDeps, ctx: DecisionContext, knobs: PlanKnobs): Promise<PlanResult> {
  const it = planDecision(deps, ctx, knobs);
  for (;;) {
    const next = await it.next();
    if (next.done) return next.value;
  }
}

export async function* planDecision(deps: PlanDeps, ctx: DecisionContext, knobs: PlanKnobs): AsyncGenerator<PlanEvent, PlanResult> {
  const now = deps.now ?? (() => performance.now());
  const redact = deps.redact ?? ((s: string) => s);
  const trace = new TraceRecorder(now, redact);
  const meter = deps.meter ?? new UsageMeter();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DeadlineError(knobs.deadlineMs)), knobs.deadlineMs);
  const signal = anySignal([ctx.signal, deadline.signal]);
  const dctx: DecisionContext = { ...ctx, signal };
  const reasons: string[] = [];
  const rounds: PlanRound[] = [];
  let goals: Goal[] = [];
  let scored: ScoredCandidate[] = [];
  let stage: PlanStage = "propose";
  /** Stages cut off by the deadline or cancellation (propose and goals may both be in flight). */
  const interrupted = new Set<PlanStage>();
  // Each stage runs with its own child signal so the meter can tell its LLM calls from a concurrent
  // stage's. Without deps.meter nothing counts calls, so entries carry no counts rather than zeros.
  const step: Step = (s, round, work, describe) => {
    stage = s;
    const stageSignal = childSignal(signal);
    const tally = deps.meter ? meter.tally(stageSignal) : undefined;
    return trace.run(s, round, () => raceAbort(work({ ...dctx, signal: stageSignal }), signal), describe, tally).catch((err) => {
      if (signal.aborted) interrupted.add(s);
      throw err;
    });
  };

  let chosen: ScoredCandidate | null = null;
  let choice: Choice | null = null;
  let action: string | null = null;
  try {
    // 1. propose || goals (goals depend only on the state)
    const [proposed, gotGoals] = await Promise.allSettled([
      step("propose", 0, (c) => deps.proposer.propose(c, knobs.thoughts), (c) => `${c.length} thoughts`),
      knobs.critic === "none" ? Promise.resolve([] as Goal[]) : collectGoals(deps, dctx, knobs, step, reasons),
    ]);
    if (signal.aborted) throw signal.reason;
    let candidates = proposed.status === "fulfilled" ? cleanCandidates(proposed.value) : [];
    if (candidates.length === 0) {
      const why = proposed.status === "rejected" ? `propose failed (${errorText(proposed.reason)})` : "proposer returned no thought";
      if (!deps.fallbackProposer) throw new Error(why);
      reasons.push(`${why}: used the thought bank`);
      candidates = cleanCandidates(await step("propose", 0, (c) => deps.fallbackProposer!.propose(c, knobs.thoughts), (c) => `fallback: ${c.length} thoughts from the bank`));
    }
    goals = gotGoals.status === "fulfilled" ? gotGoals.value : [];
    yield { type: "thought", round: 0, candidates };
    yield { type: "goals", goals };

    // 2. critique, refine or accept
    let round = 0;
    scored = await scoreRound(deps, dctx, knobs, candidates, goals, round, step, trace, reasons);
    for (;;) {
      const critique = critiqueText(scored);
      yield { type: "critique", round, candidates: scored, text: critique };
      const verdict = acceptRule(scored, knobs, round, deps.proposer, goals);
      if (verdict.decision !== "refine") {
        rounds.push({ round, candidates: scored, critique, decision: verdict.decision, reason: verdict.reason });
        yield { type: "refine", round, decision: "accept", reason: verdict.reason };
        break;
      }
      rounds.push({ round, candidates: scored, critique, decision: "refine", reason: verdict.reason });
      let refined: Candidate[] = [];
      try {
        refined = cleanCandidates(await step("refine", round + 1, (c) => deps.proposer.refine!(c, scored, critique), (c) => `${c.length} refined thoughts`));
      } catch (err) {
        if (signal.aborted) throw signal.reason;
        reasons.push(`refine failed (${errorText(err)}): kept the best scored thought`);
      }
      yield { type: "refine", round, decision: "refine", reason: verdict.reason, candidates: refined };
      round++;
      if (refined.length === 0) {
        rounds.push({ round, candidates: scored, critique, decision: "final", reason: "no refined thought; kept the best scored" });
        break;
      }
      // The refined thoughts replace the earlier ones (the LLM has read the critique and kept or
      // rewrote); the critic re-scores them for the next accept check and to rank several.
      scored = await scoreRound(deps, dctx, knobs, refined, goals, round, step, trace, reasons);
    }

    // 3. act (greedy unless the explore knob is on; the propensity is kept for the decision log)
    choice = chooseCandidate(scored, knobs.explore, deps.random);
    chosen = choice ? scored[choice.index]! : null;
    if (chosen) {
      const pick = chosen;
      if (pick.action) action = pick.action;
      else {
        try {
          const text = await step("act", round, (c) => deps.proposer.act(c, pick), (a) => `${a.length} chars`);
          if (text.trim() === "") reasons.push("act returned an empty reply");
          else action = text;
        } catch (err) {
          if (signal.aborted) throw signal.reason;
          reasons.push(`act failed (${errorText(err)})`);
        }
      }
    }
  } catch (err) {
    if (err instanceof DeadlineError || signal.aborted) {
      const why = err instanceof DeadlineError ? err : signal.reason;
      reasons.push(`${why instanceof DeadlineError ? why.message : `cancelled (${errorText(why)})`} during ${interrupted.size > 0 ? [...interrupted].join(" and ") : stage}: returned the best thought so far`);
    } else reasons.push(errorText(err));
    if (scored.length === 0) {
      const rescued = await offlineRescue(deps, ctx, knobs, goals, trace);
      if (rescued) {
        ({ goals, scored } = rescued);
        reasons.push("answered from the thought bank ranked by the critic");
      }
    }
    chosen = scored[0] ?? null;
    choice = chosen ? { index: 0, propensity: 1, probabilities: scored.map((_, i) => (i === 0 ? 1 : 0)) } : null;
  } finally {
    clearTimeout(timer);
  }

  const critique = rounds.at(-1)?.critique ?? critiqueText(scored);
  yield { type: "action", thought: chosen?.thought ?? "", action };
  const usage = meter.snapshot();
  yield { type: "usage", usage };
  const result: PlanResult = {
    mode: deps.mode ?? "llm",
    thought: chosen?.thought ?? "",
    action,
    recommendation: recommendationText(chosen),
    chosen,
    goals,
    candidates: scored,
    critique,
    rounds,
    usage,
    timings: trace.timings(),
    trace: trace.entries,
    degraded: reasons.length > 0,
    ...(reasons.length > 0 ? { reason: redact(reasons.join("; ")) } : {}),
    ...(choice ? { choice } : {}),
  };
  yield { type: "done", result };
  return result;
}

/**
 * When a decision ends (deadline, failure) before any thought was scored, the local parts still
 * work: rank the thought bank with the learned critic against bank goals. No LLM, no signal.
 */
async function offlineRescue(deps: PlanDeps, ctx: DecisionContext, knobs: PlanKnobs, goals: Goal[], trace: TraceRecorder): Promise<{ goals: Goal[]; scored: ScoredCandidate[] } | undefined> {
  const bank = deps.goalSources.bank;
  const learned = deps.estimators.learned;
  if (!deps.fallbackProposer || !bank || !learned) return undefined;
  try {
    const local = { state: ctx.state, ...(ctx.task ? { task: ctx.task } : {}) };
    const candidates = cleanCandidates(await deps.fallbackProposer.propose(local, knobs.thoughts));
    const useGoals = goals.length > 0 ? goals : await bank.goals(local, { positive: knobs.goals.positive, negative: knobs.goals.negative });
    if (candidates.length === 0) return undefined;
    if (useGoals.length === 0) return { goals: useGoals, scored: unscored(candidates) };
    const t0 = trace.elapsed();
    const { p } = await learned.estimate(local, candidates, useGoals);
    trace.add("critic", 0, trace.start + t0, trace.elapsed() - t0, true, `rescue: ${candidates.length} bank thoughts x ${useGoals.length} goals`);
    return { goals: useGoals, scored: scoreCandidates(candidates, useGoals, p) };
  } catch {
    return undefined;
  }
}

/** Runs one traced stage; `work` gets the decision context with the stage's own signal (pass it to LLM calls). */
type Step = <T>(s: PlanStage, round: number, work: (stageCtx: DecisionContext) => Promise<T>, describe: (r: T) => string) => Promise<T>;

async function collectGoals(deps: PlanDeps, ctx: DecisionContext, knobs: PlanKnobs, step: Step, reasons: string[]): Promise<Goal[]> {
  const counts = { positive: knobs.goals.positive, negative: knobs.goals.negative };
  const wanted: Array<"bank" | "llm"> = knobs.goals.source === "both" ? ["llm", "bank"] : [knobs.goals.source];
  const out: Goal[] = [];
  for (const kind of wanted) {
    const source = deps.goalSources[kind];
    if (!source) {
      reasons.push(`no ${kind} goal source`);
      continue;
    }
    try {
      out.push(...(await step("goals", 0, (c) => source.goals(c, counts), (g) => `${g.length} ${kind} goals`)));
    } catch (err) {
      if (ctx.signal?.aborted) throw ctx.signal.reason;
      reasons.push(`${kind} goals failed (${errorText(err)})`);
    }
  }
  // An LLM that imagined nothing still leaves the decision with the bank's goals.
  if (out.length === 0 && !wanted.includes("bank") && deps.goalSources.bank) {
    reasons.push("used bank goals instead");
    out.push(...(await step("goals", 0, (c) => deps.goalSources.bank!.goals(c, counts), (g) => `fallback: ${g.length} bank goals`)));
  }
  const seen = new Set<string>();
  return out.filter((g) => g.text.trim() !== "" && !seen.has(g.text) && seen.add(g.text));
}

async function scoreRound(
  deps: PlanDeps, ctx: DecisionContext, knobs: PlanKnobs, candidates: Candidate[], goals: Goal[], round: number, step: Step,
  trace: TraceRecorder, reasons: string[],
): Promise<ScoredCandidate[]> {
  if (knobs.critic === "none") return unscored(candidates);
  const estimator = deps.estimators[knobs.critic];
  if (!estimator) {
    reasons.push(`no ${knobs.critic} critic available: candidates left unscored`);
    return unscored(candidates);
  }
  if (goals.length === 0) {
    reasons.push("no goals to score against: candidates left unscored");
    return unscored(candidates);
  }
  try {
    const est = await step("critic", round, (c) => estimator.estimate(c, candidates, goals), (r) => `${candidates.length} x ${goals.length} scores (${estimator.label ?? estimator.kind})`);
    if (est.encodeMs > 0) {
      // The estimator times its own embedding; show it as its own stage and keep the critic stage net of it.
      // Its embedding calls move with it; LLM calls (none for the learned critic) stay on the critic entry.
      const last = trace.entries.at(-1)!;
      last.durationMs = Math.max(0, Math.round((last.durationMs - est.encodeMs) * 100) / 100);
      const counts = last.embeddingCalls === undefined ? {} : { llmCalls: 0, inputTokens: 0, outputTokens: 0, embeddingCalls: last.embeddingCalls };
      if (last.embeddingCalls !== undefined) last.embeddingCalls = 0;
      trace.entries.push({ stage: "encode", round, startMs: last.startMs, durationMs: Math.round(est.encodeMs * 100) / 100, ok: true, detail: "embedded state, thoughts and goals", ...counts });
    }
    return scoreCandidates(candidates, goals, est.p);
  } catch (err) {
    if (ctx.signal?.aborted) throw ctx.signal.reason;
    reasons.push(`critic failed (${errorText(err)}): candidates left unscored`);
    return unscored(candidates);
  }
}

interface Verdict {
  decision: "accept" | "refine" | "final";
  reason: string;
}

/** Refine only when a critique exists, the best thought is below the threshold and rounds remain. */
export function acceptRule(scored: ScoredCandidate[], knobs: PlanKnobs, round: number, proposer: Proposer, goals: Goal[]): Verdict {
  const best = scored[0];
  if (!best) return { decision: "final", reason: "no candidate" };
  if (knobs.critic === "none" || goals.length === 0 || best.outcomes.length === 0) return { decision: "accept", reason: "no critique: kept the first thought" };
  if (best.score >= knobs.acceptThreshold) return { decision: "accept", reason: `best score ${best.score.toFixed(3)} >= threshold ${knobs.acceptThreshold}` };
  if (round >= knobs.rounds) return { decision: "final", reason: `no refine rounds left (${knobs.rounds}): kept the best scored thought` };
  if (!proposer.refine) return { decision: "final", reason: "the proposer cannot refine: kept the best scored thought" };
  return { decision: "refine", reason: `best score ${best.score.toFixed(3)} < threshold ${knobs.acceptThreshold}` };
}

function cleanCandidates(cs: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return cs
    .map((c) => ({ ...c, thought: c.thought.trim() }))
    .filter((c) => c.thought !== "" && !seen.has(c.thought) && seen.add(c.thought));
}
