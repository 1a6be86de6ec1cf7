import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import { planDecision, runPlan } from "../../planner/loop.ts";
import { taskFromMessages } from "../../planner/transcript.ts";
import { stateForTask, stateWithProfile } from "../../state/index.ts";
import type { AppEnv } from "../env.ts";
import { errorBody } from "../errors.ts";
import { clientSignal } from "../middleware/disconnect.ts";
import { buildPlanDeps, resolveKnobs } from "../planning.ts";
import type { Runtime } from "../runtime.ts";
import { chooseModel, episodeOf, logAfterResponse, startDecisionLog } from "../decision-log.ts";
import { GivenProposer } from "../../planner/given-proposer.ts";
import type { PlanResult } from "../../planner/types.ts";
import { errorResponses, PlanRequestSchema, PlanResultSchema } from "../schemas.ts";

const route = createRoute({
  method: "post",
  path: "/v1/plan",
  summary: "Plan one decision (PNLC): propose, goals, critique, refine or accept, act",
  description: "Offline (no LLM configured): the model's thought bank ranked by the critic, with a recommendation and its critique. With `stream: true` the response is server-sent events, one per stage.",
  request: { body: { content: { "application/json": { schema: PlanRequestSchema } }, required: true } },
  responses: {
    200: { description: "The plan (or text/event-stream when stream is true)", content: { "application/json": { schema: PlanResultSchema }, "text/event-stream": { schema: PlanResultSchema } } },
    ...errorResponses,
  },
});

export function registerPlan(app: OpenAPIHono<AppEnv>, runtime: Runtime): void {
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    const { config, redact } = c.var;
    const t0 = performance.now();
    const ep = episodeOf(body.episodeId, body.step, (body.messages ?? []).filter((m) => m.role === "assistant").length);
    const chosenModel = await chooseModel(runtime, c, body.model, ep.episodeId);
    const { name, critic } = chosenModel;
    const planned = buildPlanDeps(runtime, config, c.env, critic, redact);
    const given = body.thoughts?.map((t) => (typeof t === "string" ? { thought: t } : t));
    const deps = given ? { ...planned, proposer: new GivenProposer(given, planned.mode === "llm" ? planned.proposer : undefined), fallbackProposer: undefined } : planned;
    const knobs = resolveKnobs(deps.mode!, config, body.knobs);
    const task = body.task ?? taskFromMessages(body.messages ?? []);
    const ctx = { state: body.state !== undefined ? stateWithProfile(critic.meta.task, body.state, body.profile) : stateForTask(critic.meta.task, body.messages ?? [], body.profile), ...(task ? { task } : {}), signal: c.req.raw.signal };
    const id = `plan-${c.var.requestId}`;
    const decisionId = startDecisionLog(c, ep.episodeId);
    const logged = (result: PlanResult) => {
      if (!decisionId) return {};
      logAfterResponse(c, runtime, { result, state: ctx.state, ...ep, source: "plan", model: chosenModel, knobs, latencyMs: performance.now() - t0, decisionId });
      return { decisionId, episodeId: ep.episodeId };
    };
    if (!body.stream) {
      const result = await runPlan(deps, { ...ctx, signal: clientSignal(c.req.raw, undefined, c.var.requestId) }, knobs);
      return c.json({ id, model: name, ...result, ...logged(result) }, 200);
    }
    return streamSSE(c, async (sse) => {
      for await (const event of planDecision(deps, { ...ctx, signal: clientSignal(c.req.raw, sse, c.var.requestId) }, knobs)) {
        if (sse.aborted) break; // nobody reads the rest
        const data = event.type === "done" ? { ...event, result: { id, model: name, ...event.result, ...logged(event.result) } } : event;
        await sse.writeSSE({ event: event.type, data: JSON.stringify(data) });
      }
    }, async (err, sse) => {
      // Headers are gone by now: the failure becomes a final typed event instead of a status code.
      await sse.writeSSE({ event: "error", data: JSON.stringify(errorBody("internal_error", redact(err.message))) });
    }) as never;
  });
}
