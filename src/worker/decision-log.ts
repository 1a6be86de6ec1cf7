/**
 * The Worker's side of the decision log: which logger (the PNLC_LOG D1 binding; none = nothing is
 * logged and responses are unchanged), which model decides (PNLC_CANDIDATE_MODEL in shadow, or
 * deciding a PNLC_ROLLOUT share of episodes), and the write after the response (ctx.waitUntil).
 * Shadow scoring also runs after the response, so it adds nothing to the answer's latency.
 */
import type { Context } from "hono";
import type { Critic } from "../critic/types.ts";
import { D1DecisionLog } from "../log/d1.ts";
import { decisionRecord, newDecisionId, newEpisodeId, patternRedactor } from "../log/record.ts";
import type { ShadowScores } from "../log/types.ts";
import { BankGoalSource } from "../planner/bank/goals.ts";
import { LearnedEstimator } from "../planner/learned-estimator.ts";
import { scoreCandidates } from "../planner/score.ts";
import type { PlanKnobs, PlanResult } from "../planner/types.ts";
import type { ServiceConfig } from "../providers/config.ts";
import type { AppEnv, Bindings } from "./env.ts";
import { HttpError } from "./errors.ts";
import type { Runtime } from "./runtime.ts";

export interface LogSettings {
  retentionDays: number;
  redactPatterns: string[];
  candidateModel?: string;
  /** Share of episodes the candidate model decides (0 = shadow only). */
  rollout: number;
}

const loggers = new WeakMap<object, D1DecisionLog>();
const settingsCache = new WeakMap<object, LogSettings>();

/** The log settings from vars, validated once per env (a bad value is a 500 naming the variable). */
export function logSettings(env: Bindings | undefined): LogSettings {
  if (!env) return { retentionDays: 0, redactPatterns: [], rollout: 0 };
  let s = settingsCache.get(env);
  if (s) return s;
  const str = (k: string) => (typeof env[k] === "string" && env[k] !== "" ? (env[k] as string) : undefined);
  const days = Number(str("PNLC_LOG_RETENTION_DAYS") ?? "0");
  if (!Number.isInteger(days) || days < 0 || days > 3650) throw new HttpError(500, "config_error", "config: PNLC_LOG_RETENTION_DAYS must be an integer in [0, 3650] (0 keeps everything)");
  let patterns: unknown = [];
  try {
    patterns = JSON.parse(str("PNLC_LOG_REDACT") ?? "[]");
    if (!Array.isArray(patterns) || !patterns.every((p) => typeof p === "string")) throw new Error();
    patterns.forEach((p) => new RegExp(p as string));
  } catch {
    throw new HttpError(500, "config_error", "config: PNLC_LOG_REDACT must be a JSON array of regular expressions");
  }
  const rollout = Number(str("PNLC_ROLLOUT") ?? "0");
  if (!(rollout >= 0 && rollout <= 1)) throw new HttpError(500, "config_error", "config: PNLC_ROLLOUT must be a share in [0, 1]");
  const candidateModel = str("PNLC_CANDIDATE_MODEL");
  s = { retentionDays: days, redactPatterns: patterns as string[], rollout, ...(candidateModel ? { candidateModel } : {}) };
  settingsCache.set(env, s);
  return s;
}

/** The isolate's logger for this env's D1 binding, or undefined without one. */
export function decisionLog(env: Bindings | undefined): D1DecisionLog | undefined {
  const db = env?.PNLC_LOG;
  if (!db) return undefined;
  let log = loggers.get(db);
  if (!log) loggers.set(db, (log = new D1DecisionLog(db, { retentionDays: logSettings(env).retentionDays })));
  return log;
}

export interface ModelChoice {
  name: string;
  critic: Critic;
  /** The other model of a shadow or rollout pair (scored after the response, logged beside). */
  other?: { name: string; critic: Critic };
}

/**
 * The live model, unless a candidate is configured and the request names no model or the live one:
 * then the candidate decides a PNLC_ROLLOUT share of episodes (by a hash of the episode id, so an
 * episode keeps one model) and shadows the rest.
 */
export async function chooseModel(runtime: Runtime, c: Context<AppEnv>, requested: string | undefined, episodeId: string): Promise<ModelChoice> {
  const { config } = c.var;
  const live = await runtime.models.get(requested, c.env, config);
  const s = logSettings(c.env);
  if (!s.candidateModel || s.candidateModel === live.name || live.name !== runtime.models.resolveName(undefined, config)) return live;
  const cand = await runtime.models.get(s.candidateModel, c.env, config);
  return shareOf(episodeId) < s.rollout ? { ...cand, other: live } : { ...live, other: cand };
}

/** A stable share in [0, 1) for an episode id (FNV-1a). */
export function shareOf(episodeId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < episodeId.length; i++) h = Math.imul(h ^ episodeId.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 2 ** 32;
}

export interface ServedDecision {
  result: PlanResult;
  state: string;
  episodeId: string;
  step: number;
  source: "plan" | "chat";
  model: ModelChoice;
  knobs: PlanKnobs;
  latencyMs: number;
  /** From startDecisionLog (so that the headers carry it before a stream starts). */
  decisionId: string;
}

/**
 * With a log configured: a decision id, set with the episode id in the response headers now (before
 * any streaming starts). Undefined without a log (nothing changes).
 */
export function startDecisionLog(c: Context<AppEnv>, episodeId: string): string | undefined {
  if (!decisionLog(c.env)) return undefined;
  const id = newDecisionId();
  c.header("x-pnlc-decision-id", id);
  c.header("x-pnlc-episode-id", episodeId);
  return id;
}

/** Writes the decision after the response (waitUntil). */
export function logAfterResponse(c: Context<AppEnv>, runtime: Runtime, x: ServedDecision): void {
  const log = decisionLog(c.env);
  if (!log) return;
  const redact = patternRedactor(logSettings(c.env).redactPatterns, c.var.redact);
  const record = decisionRecord({
    result: x.result, state: x.state, episodeId: x.episodeId, step: x.step, source: x.source, model: x.model.name,
    modelSha256: runtime.models.digestOf(x.model.critic), knobs: x.knobs, latencyMs: x.latencyMs, redact, id: x.decisionId,
  });
  const work = (async () => {
    if (x.model.other) record.shadow = await shadowScores(x.model.other, runtime, x.state, x.result.candidates.map((k) => k.thought), x.knobs).catch(() => undefined);
    log.log(record);
    await log.flush();
  })();
  try {
    c.executionCtx.waitUntil(work);
  } catch {
    // No execution context (Node tests calling app.request without one): the write runs on its own.
  }
}

async function shadowScores(other: { name: string; critic: Critic }, runtime: Runtime, state: string, thoughts: string[], knobs: PlanKnobs): Promise<ShadowScores | undefined> {
  if (thoughts.length === 0) return undefined;
  const goals = await new BankGoalSource(other.critic.meta.goals).goals({ state }, { positive: knobs.goals.positive, negative: knobs.goals.negative });
  const candidates = thoughts.map((thought) => ({ thought }));
  const { p } = await new LearnedEstimator(other.critic).estimate({ state }, candidates, goals);
  const byThought = new Map(scoreCandidates(candidates, goals, p).map((s) => [s.thought, s.score]));
  const scores = candidates.map((cand) => byThought.get(cand.thought) ?? 0);
  const choice = scores.reduce((b, s, i) => (s > scores[b]! ? i : b), 0);
  return { model: other.name, sha256: runtime.models.digestOf(other.critic), scores, choice };
}

/** The caller's episode id or a new one; the step defaults to the assistant turns so far. */
export function episodeOf(episodeId: string | undefined, step: number | undefined, assistantTurns: number): { episodeId: string; step: number } {
  return { episodeId: episodeId ?? newEpisodeId(), step: step ?? assistantTurns };
}

export type { ServiceConfig };
