/**
 * OpenAI-compatible chat completions that plan before answering: the conversation becomes the state,
 * system messages the task, and the plan rides along in `pnlc`. `model` is a critic model name, or
 * (what OpenAI clients send) an LLM's name: then the default critic plans and the name is passed to
 * an OpenAI-compatible or Anthropic provider as the model id.
 * Streaming sends the plan as it happens as `reasoning_content` deltas (what OpenAI-compatible clients
 * show as reasoning; the first goes out before any LLM call), then the answer as `content` deltas,
 * token by token from the provider when it streams, a final chunk carrying `pnlc`, and `data: [DONE]`.
 */
import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import { LlmProposer } from "../../planner/llm/proposer.ts";
import { planDecision, runPlan, type PlanDeps } from "../../planner/loop.ts";
import { PlanNarrator } from "../../planner/narrate.ts";
import { taskFromMessages } from "../../planner/transcript.ts";
import { stateForTask } from "../../state/index.ts";
import type { ChatMessage, PlanResult } from "../../planner/types.ts";
import type { AppEnv } from "../env.ts";
import { errorBody } from "../errors.ts";
import { clientSignal } from "../middleware/disconnect.ts";
import { buildPlanDeps, resolveKnobs, withLlmModel } from "../planning.ts";
import type { Runtime } from "../runtime.ts";
import { chooseModel, episodeOf, logAfterResponse, startDecisionLog } from "../decision-log.ts";
import { ChatCompletionSchema, ChatRequestSchema, errorResponses } from "../schemas.ts";

const route = createRoute({
  method: "post",
  path: "/v1/chat/completions",
  summary: "OpenAI-compatible chat completion that plans with PNLC before it answers",
  description:
    "`model` is either a critic model name from GET /v1/models (that critic plans, with the server's configured LLM) or any other name, " +
    "taken as the LLM's model id (e.g. `gpt-4o-mini`): the default critic plans and, when the provider is OpenAI-compatible or Anthropic, " +
    "that model id replaces PNLC_LLM_MODEL for this request (Workers AI and offline mode ignore it). The response's `model` echoes the LLM id " +
    "when one was used this way, else the critic's name; `pnlc.model` is always the critic. The request's extension field `pnlc` sets the " +
    "planning knobs; the response carries the plan in `pnlc`. Offline, the answer is the recommended strategy with its critique.",
  request: { body: { content: { "application/json": { schema: ChatRequestSchema } }, required: true } },
  responses: {
    200: { description: "A chat.completion (or chat.completion.chunk events when stream is true)", content: { "application/json": { schema: ChatCompletionSchema } } },
    ...errorResponses,
  },
});

type ChatBody = z.infer<typeof ChatRequestSchema>;

function toChatMessages(messages: ChatBody["messages"]): ChatMessage[] {
  return messages.map((m) => {
    const content = typeof m.content === "string" ? m.content : Array.isArray(m.content) ? m.content.map((p) => p.text ?? "").join("") : "";
    if (m.role === "developer") return { role: "system", content };
    if (m.role === "tool") return { role: "user", content: `Tool result: ${content}` };
    return { role: m.role, content };
  });
}

function answerOf(result: PlanResult): string {
  return result.mode === "offline" || result.action === null ? result.recommendation : result.action;
}

/** Splits text at word boundaries into pieces of about `size` characters. */
export function chunkText(text: string, size = 48): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const cut = rest.lastIndexOf(" ", size);
    const at = cut > 0 ? cut + 1 : size;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest.length > 0) out.push(rest);
  return out;
}

/** The same plan, but the LLM's reply is passed to `onText` piece by piece as it is written. */
function streamingAnswer(deps: PlanDeps, onText: (piece: string) => Promise<void>): PlanDeps {
  const p = deps.proposer;
  if (!(p instanceof LlmProposer)) return deps;
  return { ...deps, proposer: { propose: (c, k) => p.propose(c, k), refine: (c, s, t) => p.refine(c, s, t), act: (c, chosen) => p.actStreaming(c, chosen, onText) } };
}

export function registerChat(app: OpenAPIHono<AppEnv>, runtime: Runtime): void {
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    const { config, redact } = c.var;
    // OpenAI clients put the LLM's name in `model`: a critic name picks that critic, anything else
    // picks the default critic and becomes the LLM model id (where the provider takes one).
    const criticNamed = runtime.models.has(body.model, config);
    const t0 = performance.now();
    const ep = episodeOf(body.pnlc?.episodeId, body.pnlc?.step, body.messages.filter((m) => m.role === "assistant").length);
    const chosenModel = await chooseModel(runtime, c, criticNamed ? body.model : undefined, ep.episodeId);
    const { name, critic } = chosenModel;
    const llmModelId = criticNamed ? undefined : body.model;
    const passedToLlm = llmModelId !== undefined && withLlmModel(config, llmModelId) !== config;
    const deps = buildPlanDeps(runtime, config, c.env, critic, redact, llmModelId);
    const model = passedToLlm ? body.model : name;
    const { task: taskKnob, profile, episodeId: _e, step: _s, ...knobPatch } = body.pnlc ?? {};
    const knobs = resolveKnobs(deps.mode!, config, knobPatch, "pnlc");
    const messages = toChatMessages(body.messages);
    const task = taskKnob ?? taskFromMessages(messages);
    const ctx = { state: stateForTask(critic.meta.task, messages, profile), ...(task ? { task } : {}), signal: c.req.raw.signal };
    const id = `chatcmpl-${c.var.requestId}`;
    const created = Math.floor(Date.now() / 1000);
    const decisionId = startDecisionLog(c, ep.episodeId);
    const logged = (result: PlanResult) => {
      if (!decisionId) return {};
      logAfterResponse(c, runtime, { result, state: ctx.state, ...ep, source: "chat", model: chosenModel, knobs, latencyMs: performance.now() - t0, decisionId });
      return { decisionId, episodeId: ep.episodeId };
    };
    const usageOf = (r: PlanResult) => ({ prompt_tokens: r.usage.inputTokens, completion_tokens: r.usage.outputTokens, total_tokens: r.usage.inputTokens + r.usage.outputTokens });

    if (!body.stream) {
      const result = await runPlan(deps, ctx, knobs);
      return c.json({
        id, object: "chat.completion", created, model,
        choices: [{ index: 0, message: { role: "assistant", content: answerOf(result), refusal: null }, finish_reason: "stop", logprobs: null }],
        usage: usageOf(result),
        pnlc: { model: name, ...result, ...logged(result) },
      }, 200);
    }
    const includeUsage = (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true;
    return streamSSE(c, async (sse) => {
      const signal = clientSignal(c.req.raw, sse, c.var.requestId); // before the first write: a client may leave while it waits
      const chunk = (delta: object, finish: string | null, extra: object = {}) =>
        sse.writeSSE({ data: JSON.stringify({ id, object: "chat.completion.chunk", created, model, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }], ...extra }) });
      await chunk({ role: "assistant", content: "" }, null);
      const narrator = new PlanNarrator();
      await chunk({ reasoning_content: narrator.start(knobs, name) }, null);
      let answering = false; // once the answer's content has begun, the plan's remaining events (action, usage) are not narrated
      const streaming = streamingAnswer(deps, (piece) => ((answering = true), chunk({ content: piece }, null)));
      let result: PlanResult | undefined;
      try {
        for await (const event of planDecision(streaming, { ...ctx, signal }, knobs)) {
          if (event.type === "done") result = event.result;
          const text = answering ? undefined : narrator.event(event);
          if (text) await chunk({ reasoning_content: text }, null);
        }
      } catch (err) {
        if (signal.aborted) return; // the client left: nobody reads the rest
        throw err;
      }
      if (!answering) for (const piece of chunkText(answerOf(result!))) await chunk({ content: piece }, null);
      await chunk({}, "stop", { pnlc: { model: name, ...result, ...logged(result!) } });
      if (includeUsage) await sse.writeSSE({ data: JSON.stringify({ id, object: "chat.completion.chunk", created, model, choices: [], usage: usageOf(result!) }) });
      await sse.writeSSE({ data: "[DONE]" });
    }, async (err, sse) => {
      // OpenAI clients raise an APIError for a data line carrying `error`.
      await sse.writeSSE({ data: JSON.stringify(errorBody("internal_error", redact(err.message))) });
    }) as never;
  });
}
