/**
 * The library's planner with a decision log: runs one PNLC decision and hands the record to any
 * DecisionLogger (D1, memory, your own). The caller gets the decision id and episode id to report
 * the outcome with later (recordFeedback). Logging never fails the decision: `log` only queues.
 */
import { runPlan, type PlanDeps } from "../planner/loop.ts";
import type { DecisionContext, PlanKnobs, PlanResult } from "../planner/types.ts";
import { decisionRecord, newEpisodeId } from "./record.ts";
import type { DecisionLogger } from "./types.ts";

export interface LoggedPlanOptions {
  logger: DecisionLogger;
  model: string;
  modelSha256: string;
  episodeId?: string;
  step?: number;
  redact?: (text: string) => string;
}

export async function runLoggedPlan(deps: PlanDeps, ctx: DecisionContext, knobs: PlanKnobs, o: LoggedPlanOptions): Promise<{ result: PlanResult; decisionId: string; episodeId: string }> {
  const t0 = performance.now();
  const result = await runPlan(deps, ctx, knobs);
  const episodeId = o.episodeId ?? newEpisodeId();
  const record = decisionRecord({
    result, state: ctx.state, episodeId, step: o.step ?? 0, source: "library", model: o.model, modelSha256: o.modelSha256,
    knobs, latencyMs: performance.now() - t0, ...(o.redact ? { redact: o.redact } : {}),
  });
  o.logger.log(record);
  return { result, decisionId: record.id, episodeId };
}
