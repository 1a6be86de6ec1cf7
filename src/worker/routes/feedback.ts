/**
 * POST /v1/feedback: how an episode ended, reported by the application after its last decision.
 * Idempotent by episode id (the same report again is 200 with duplicate: true, a different one 409
 * naming the field); an episode with no logged decision is 404; without a decision log, 503.
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { FeedbackValidationError, recordFeedback } from "../../log/feedback.ts";
import { decisionLog } from "../decision-log.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../errors.ts";
import type { Runtime } from "../runtime.ts";
import { errorResponses } from "../schemas.ts";

const FeedbackRequestSchema = z.object({
  episodeId: z.string().openapi({ example: "ep-3f2a", description: "The episode id returned with its decisions" }),
  outcome: z.object({ text: z.string(), success: z.boolean().optional(), value: z.number().optional() })
    .openapi({ description: "How the episode ended: a canonical outcome text, success and/or a value", example: { text: "bought the right item", success: true, value: 1 } }),
  events: z.array(z.object({ step: z.number().int(), label: z.string() })).optional()
    .openapi({ description: "Labels of what happened after intermediate steps (step = the decision's step index)" }),
}).openapi("FeedbackRequest");

const FeedbackResultSchema = z.object({ episodeId: z.string(), decisions: z.number(), duplicate: z.boolean() }).openapi("FeedbackResult");

const route = createRoute({
  method: "post",
  path: "/v1/feedback",
  summary: "Report an episode's outcome (for the decision log; needs the PNLC_LOG binding)",
  request: { body: { content: { "application/json": { schema: FeedbackRequestSchema } }, required: true } },
  responses: {
    200: { description: "Recorded (or the same report again: duplicate true)", content: { "application/json": { schema: FeedbackResultSchema } } },
    ...errorResponses,
    409: { description: "A different outcome was already recorded for this episode (error.param names the field)", content: errorResponses[400].content },
    503: { description: "No decision log configured, or the database failed", content: errorResponses[400].content },
  },
});

export function registerFeedback(app: OpenAPIHono<AppEnv>, _runtime: Runtime): void {
  app.openapi(route, async (c) => {
    const log = decisionLog(c.env);
    if (!log) throw new HttpError(503, "log_not_configured", "no decision log: bind a D1 database as PNLC_LOG (docs/design/learning-loop.md)");
    let result;
    try {
      result = await recordFeedback(log, c.req.valid("json"), c.var.redact);
    } catch (err) {
      if (err instanceof FeedbackValidationError) throw new HttpError(400, "invalid_request", err.message, err.field);
      throw new HttpError(503, "log_unavailable", `the decision log failed: ${c.var.redact(err instanceof Error ? err.message : String(err)).slice(0, 200)}`);
    }
    if (result.status === "unknown_episode") throw new HttpError(404, "episode_not_found", `no decision logged for episode "${result.episodeId}"`, "episodeId");
    if (result.status === "conflict") {
      if (result.field.startsWith("events[")) throw new HttpError(400, "invalid_request", `${result.field}: beyond the episode's last logged step`, result.field);
      throw new HttpError(409, "feedback_conflict", `${result.field}: differs from the feedback already recorded for this episode`, result.field);
    }
    return c.json({ episodeId: result.episodeId, decisions: result.decisions, duplicate: result.status === "duplicate" }, 200);
  });
}
