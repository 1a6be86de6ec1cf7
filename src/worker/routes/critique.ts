import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { critiqueText, scoreCandidates } from "../../planner/score.ts";
import { bankGoal } from "../../planner/bank/goals.ts";
import type { Goal } from "../../planner/types.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../errors.ts";
import type { Runtime } from "../runtime.ts";
import { CritiqueRequestSchema, CritiqueResultSchema, errorResponses } from "../schemas.ts";

const route = createRoute({
  method: "post",
  path: "/v1/critique",
  summary: "Score thoughts against goals with the learned critic (no LLM)",
  request: { body: { content: { "application/json": { schema: CritiqueRequestSchema } }, required: true } },
  responses: { 200: { description: "The probability matrix and its critique text", content: { "application/json": { schema: CritiqueResultSchema } } }, ...errorResponses },
});

export function registerCritique(app: OpenAPIHono<AppEnv>, runtime: Runtime): void {
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    const { name, critic } = await runtime.models.get(body.model, c.env, c.var.config);
    if (critic.meta.encoder.type === "dense")
      throw new HttpError(400, "invalid_request", `model "${name}" reads dense embeddings; /v1/critique serves hashed-encoder models (use /v1/plan)`, "model");
    const goals: Goal[] = body.goals
      ? body.goals.map((g) => (typeof g === "string" ? { text: g, polarity: "positive", source: "request" } : { ...g, source: "request" }))
      : critic.meta.goals.map(bankGoal);
    if (goals.length === 0) throw new HttpError(400, "invalid_request", `model "${name}" has no goal bank: give goals`, "goals");
    const t0 = performance.now();
    const p = body.goals
      ? critic.scoreQ({ state: body.state, thoughts: body.thoughts, goals: goals.map((g) => g.text) })
      : critic.scoreQBank(body.state, body.thoughts);
    const v = critic.meta.network.heads.includes("v") ? Array.from(critic.scoreV(body.state, goals.map((g) => g.text)), round3) : undefined;
    const timingMs = Math.round((performance.now() - t0) * 1000) / 1000;
    const candidates = scoreCandidates(body.thoughts.map((thought) => ({ thought })), goals, p);
    const matrix = body.thoughts.map((_, t) => Array.from(p.subarray(t * goals.length, (t + 1) * goals.length), round3));
    return c.json({ model: name, goals, thoughts: body.thoughts, p: matrix, ...(v ? { v } : {}), candidates, critique: critiqueText(candidates), timingMs }, 200);
  });
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
