/**
 * POST /v1/critique: the critic's p[t][g] matrix for the caller's thoughts and goals, answered by
 * reference (each goal and thought listed once, everything else by index) so the response grows with
 * the request, not with thoughts x goals x text. The caps (CRITIQUE_LIMITS) bound every accepted
 * request's CPU, memory and response size; docs/design/service.md states the budget.
 */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { expectedUtility } from "../../planner/score.ts";
import { bankGoal } from "../../planner/bank/goals.ts";
import type { Goal } from "../../planner/types.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../errors.ts";
import type { Runtime } from "../runtime.ts";
import { CRITIQUE_LIMITS, CritiqueRequestSchema, CritiqueResultSchema, errorResponses } from "../schemas.ts";

const route = createRoute({
  method: "post",
  path: "/v1/critique",
  summary: "Score thoughts against goals with the learned critic (no LLM)",
  description:
    `The answer lists each goal and thought once; \`p[t][g]\` is the probability of goal g after thought t, \`ranking\` orders thought indexes best first. ` +
    `Limits: at most ${CRITIQUE_LIMITS.thoughts} thoughts and ${CRITIQUE_LIMITS.goals} goals of ${CRITIQUE_LIMITS.textChars} characters each, ` +
    `at most ${CRITIQUE_LIMITS.totalChars.toLocaleString("en-US")} characters of thoughts and goals together; the critique text is cut at ` +
    `${CRITIQUE_LIMITS.critiqueChars.toLocaleString("en-US")} characters (then \`critiqueTruncated\` is true; p and ranking stay complete).`,
  request: { body: { content: { "application/json": { schema: CritiqueRequestSchema } }, required: true } },
  responses: { 200: { description: "The probability matrix, the ranking and the critique text", content: { "application/json": { schema: CritiqueResultSchema } } }, ...errorResponses },
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
    const G = goals.length;
    const matrix = body.thoughts.map((_, t) => Array.from(p.subarray(t * G, (t + 1) * G), round3));
    const ranking = rank(matrix, goals);
    const { text, truncated } = boundedCritique(ranking, body.thoughts, goals, matrix, CRITIQUE_LIMITS.critiqueChars);
    return c.json({ model: name, goals, thoughts: body.thoughts, p: matrix, ...(v ? { v } : {}), ranking, critique: text, critiqueTruncated: truncated, timingMs }, 200);
  });
}

/** Thought indexes best first with their scores (the planner's rule: expected utility, else mean p hoped for - mean p to avoid). */
export function rank(matrix: number[][], goals: Goal[]): Array<{ thought: number; score: number }> {
  const byUtility = goals.every((g) => typeof g.utility === "number" && Number.isFinite(g.utility));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const scored = matrix.map((row, thought) => {
    const score = byUtility
      ? expectedUtility(goals.map((g) => g.utility!), row)
      : mean(row.filter((_, g) => goals[g]!.polarity === "positive")) - mean(row.filter((_, g) => goals[g]!.polarity === "negative"));
    return { thought, score: round3(score) };
  });
  return scored.sort((a, b) => b.score - a.score || a.thought - b.thought);
}

/**
 * The critique an LLM reads ("Thought 1 (score 0.41): ... / 0.62: goal (hoped for)"), best thought
 * first, built line by line and stopped before `maxChars`: the full text grows with thoughts x goals
 * x goal length (17 MB at the old caps), so it is the one part of the answer that needs its own cap.
 */
export function boundedCritique(ranking: Array<{ thought: number; score: number }>, thoughts: string[], goals: Goal[], matrix: number[][], maxChars: number): { text: string; truncated: boolean } {
  const lines: string[] = [];
  let used = 0;
  const push = (line: string) => {
    if (used + line.length + 1 > maxChars) return false;
    lines.push(line);
    used += line.length + 1;
    return true;
  };
  for (let i = 0; i < ranking.length; i++) {
    const { thought, score } = ranking[i]!;
    let ok = push(`Thought ${i + 1} (score ${score.toFixed(2)}): ${thoughts[thought]}`);
    for (let g = 0; ok && g < goals.length; g++) ok = push(`  ${matrix[thought]![g]!.toFixed(2)}: ${goals[g]!.text} (${goals[g]!.polarity === "positive" ? "hoped for" : "to avoid"})`);
    if (!ok) {
      lines.push(`[critique cut at ${maxChars} characters; p and ranking cover every thought]`);
      return { text: lines.join("\n"), truncated: true };
    }
  }
  return { text: lines.join("\n"), truncated: false };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
