/**
 * A served decision as a log record: the plan's candidates with their goal probabilities and the
 * policy's probability of each, the choice and its propensity, the model, the knobs, the latency.
 * Every free text passes the redaction hook first; the record holds nothing from the request's
 * headers (keys and auth never reach it).
 */
import type { PlanKnobs, PlanResult } from "../planner/types.ts";
import { EPISODE_ID_PATTERN } from "./feedback.ts";
import type { DecisionRecord, ShadowScores } from "./types.ts";

export interface RecordInput {
  result: PlanResult;
  state: string;
  episodeId: string;
  step: number;
  source: string;
  model: string;
  modelSha256: string;
  knobs: PlanKnobs;
  latencyMs: number;
  shadow?: ShadowScores;
  redact?: (text: string) => string;
  id?: string;
  now?: number;
}

export function decisionRecord(x: RecordInput): DecisionRecord {
  const redact = x.redact ?? ((s: string) => s);
  const probs = x.result.choice?.probabilities ?? x.result.candidates.map((_, i) => (i === 0 ? 1 : 0));
  const chosenIndex = x.result.choice?.index ?? (x.result.candidates.length > 0 ? 0 : -1);
  return {
    id: x.id ?? newDecisionId(),
    episodeId: x.episodeId,
    step: x.step,
    createdAt: x.now ?? Date.now(),
    source: x.source,
    state: redact(x.state),
    candidates: x.result.candidates.map((c, i) => ({
      thought: redact(c.thought),
      ...(c.action !== undefined ? { action: redact(c.action) } : {}),
      score: c.score,
      outcomes: c.outcomes,
      probability: precise(probs[i] ?? 0),
    })),
    chosenIndex,
    thought: redact(x.result.thought),
    action: x.result.action === null ? null : redact(x.result.action),
    propensity: precise(x.result.choice?.propensity ?? 1),
    model: x.model,
    modelSha256: x.modelSha256,
    ...(x.shadow ? { shadow: x.shadow } : {}),
    knobs: { ...x.knobs } as Record<string, unknown>,
    latencyMs: Math.round(x.latencyMs * 100) / 100,
    degraded: x.result.degraded,
  };
}

export function newDecisionId(): string {
  return `dec-${crypto.randomUUID()}`;
}

export function newEpisodeId(): string {
  return `ep-${crypto.randomUUID()}`;
}

export function isEpisodeId(s: string): boolean {
  return EPISODE_ID_PATTERN.test(s);
}

/**
 * A redaction hook from patterns (regular expression sources): every match becomes "[redacted]".
 * Composed after the service's own redactor, which already strips configured secrets.
 */
export function patternRedactor(patterns: string[], base: (s: string) => string = (s) => s): (s: string) => string {
  const res = patterns.map((p) => new RegExp(p, "g"));
  return (s) => res.reduce((acc, re) => acc.replace(re, "[redacted]"), base(s));
}

/** Six significant digits: small probabilities must not round to 0 (an explored candidate would lose its support). */
function precise(x: number): number {
  return Number(x.toPrecision(6));
}
