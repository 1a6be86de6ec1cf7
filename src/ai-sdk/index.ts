/**
 * `pnlc-edge/ai-sdk`: an AI SDK middleware that makes any model plan with PNLC before it answers.
 *
 *   const model = wrapLanguageModel({ model: openai("gpt-4o-mini"), middleware: pnlcMiddleware({ critic }) });
 *
 * Each call: the conversation becomes the critic's state; the wrapped model proposes thoughts and
 * imagines goals (its own doGenerate, called with the planner's prompts), the critic scores them, the
 * model refines; then the user's own call runs with the chosen thought as an extra system message,
 * so tools, settings and streaming are the caller's. The plan travels as a reasoning part (streamed
 * as it happens) and as providerMetadata.pnlc (the whole plan result).
 */
import type { LanguageModelMiddleware } from "ai";
import type { Critic } from "../critic/types.ts";
import { BankGoalSource } from "../planner/bank/goals.ts";
import { DEFAULT_KNOBS, withKnobs } from "../planner/defaults.ts";
import { LearnedEstimator } from "../planner/learned-estimator.ts";
import { LlmEstimator } from "../planner/llm/estimator.ts";
import { LlmGoalSource } from "../planner/llm/goals.ts";
import { LlmProposer } from "../planner/llm/proposer.ts";
import { planDecision, type PlanDeps } from "../planner/loop.ts";
import { PlanNarrator } from "../planner/narrate.ts";
import { taskFromMessages } from "../planner/transcript.ts";
import type { Candidate, ChatMessage, DecisionContext, LanguageModelV1, PlanEvent, PlanKnobs, PlanResult, Proposer } from "../planner/types.ts";
import { meteredLanguageModel, UsageMeter } from "../planner/usage.ts";
import { stateForTask } from "../state/index.ts";

type WrapOptions = Parameters<NonNullable<LanguageModelMiddleware["wrapGenerate"]>>[0];
type CallOptions = WrapOptions["params"];
type Model = WrapOptions["model"];
type Prompt = CallOptions["prompt"];
type GenerateResult = Awaited<ReturnType<Model["doGenerate"]>>;
type StreamResult = Awaited<ReturnType<Model["doStream"]>>;
type StreamPart = StreamResult["stream"] extends ReadableStream<infer P> ? P : never;

export type KnobPatch = Partial<Omit<PlanKnobs, "goals">> & { goals?: Partial<PlanKnobs["goals"]> };

export interface PnlcMiddlewareOptions {
  /** A loaded critic (pnlc-edge's loadCritic, or pnlc-edge/node's loadModel). */
  critic: Critic;
  /** Planning knobs over the service defaults (3 thoughts, 2+2 imagined goals, 1 refine round). */
  knobs?: KnobPatch;
  /** The critic's state from the conversation; default: the critic task's own summariser (stateForTask). */
  state?: (messages: ChatMessage[]) => string;
  /** Task instructions for the planner's prompts; default: the conversation's system messages. */
  task?: string;
  /** Every plan event as it happens (thought, goals, critique, refine, action, usage, done). */
  onEvent?: (event: PlanEvent) => void;
}

const REASONING_ID = "pnlc-plan";

export function pnlcMiddleware(options: PnlcMiddlewareOptions): LanguageModelMiddleware {
  const { critic } = options ?? ({} as PnlcMiddlewareOptions);
  if (!critic || typeof critic.scoreQ !== "function" || !critic.meta) throw new TypeError("pnlcMiddleware: options.critic must be a loaded critic (loadCritic / loadModel)");
  const knobs = withKnobs(DEFAULT_KNOBS, options.knobs ?? {});
  if (!Number.isInteger(knobs.thoughts) || knobs.thoughts < 1 || knobs.thoughts > 16) throw new TypeError("pnlcMiddleware: knobs.thoughts must be an integer in [1, 16]");
  if (!Number.isInteger(knobs.rounds) || knobs.rounds < 0 || knobs.rounds > 3) throw new TypeError("pnlcMiddleware: knobs.rounds must be an integer in [0, 3]");
  if (!["learned", "llm", "none"].includes(knobs.critic)) throw new TypeError('pnlcMiddleware: knobs.critic must be "learned", "llm" or "none"');
  if (!["bank", "llm", "both"].includes(knobs.goals.source)) throw new TypeError('pnlcMiddleware: knobs.goals.source must be "bank", "llm" or "both"');
  if (options.state !== undefined && typeof options.state !== "function") throw new TypeError("pnlcMiddleware: options.state must be a function (messages) => string");
  const bankGoals = new BankGoalSource(critic.meta.goals);

  /** One decision's loop inputs; `answer` is the act stage: the caller's own call with the plan in it. */
  function decision(params: CallOptions, model: Model, answer: (thought: string, signal: AbortSignal | undefined, meter: UsageMeter) => Promise<string>) {
    const messages = toChatMessages(params.prompt);
    const task = options.task ?? taskFromMessages(messages);
    const ctx: DecisionContext = { state: options.state ? options.state(messages) : stateForTask(critic.meta.task, messages), ...(task ? { task } : {}), ...(params.abortSignal ? { signal: params.abortSignal } : {}) };
    const meter = new UsageMeter();
    const llm = meteredLanguageModel(planningModel(model, params), meter);
    const proposer = new LlmProposer(llm);
    const answering: Proposer = {
      propose: (c, k) => proposer.propose(c, k),
      // A refined thought may come with a drafted reply; the caller's own call writes the reply instead.
      refine: async (c, scored, critique) => (await proposer.refine(c, scored, critique)).map((r): Candidate => ({ thought: r.thought })),
      act: (c, chosen) => answer(chosen.thought, c.signal, meter),
    };
    const deps: PlanDeps = {
      proposer: answering,
      goalSources: { bank: bankGoals, llm: new LlmGoalSource(llm, critic.meta.goals.map((g) => g.text)) },
      estimators: { learned: new LearnedEstimator(critic), llm: new LlmEstimator(llm) },
      meter,
      mode: "llm",
    };
    return { events: planDecision(deps, ctx, knobs), messages };
  }

  return {
    specificationVersion: "v3",

    async wrapGenerate({ params, model }) {
      let answer: GenerateResult | undefined;
      const { events } = decision(params, model, async (thought, signal, meter) => {
        meter.add(signal, { llmCalls: 1 });
        answer = await model.doGenerate({ ...params, prompt: withPlan(params.prompt, thought), ...(signal ? { abortSignal: signal } : {}) });
        meter.add(signal, { inputTokens: answer.usage.inputTokens.total ?? 0, outputTokens: answer.usage.outputTokens.total ?? 0 });
        return textOf(answer);
      });
      const narrator = new PlanNarrator();
      let reasoning = narrator.start(knobs, critic.meta.name);
      let result: PlanResult | undefined;
      for await (const event of events) {
        options.onEvent?.(event);
        reasoning += narrator.event(event) ?? "";
        if (event.type === "done") result = event.result;
      }
      // No thought was chosen in time (deadline, failures): answer plainly rather than not at all.
      answer ??= await model.doGenerate(params);
      return {
        ...answer,
        content: [{ type: "reasoning", text: reasoning }, ...answer.content],
        providerMetadata: { ...answer.providerMetadata, pnlc: planMetadata(critic, result!) },
      };
    },

    async wrapStream({ params, model }) {
      const { readable, writable } = new TransformStream<StreamPart, StreamPart>();
      const out = writable.getWriter();
      const narrator = new PlanNarrator();
      let reasoningOpen = true;
      let held: StreamPart | undefined; // the answer's finish part, sent last with the plan's metadata
      let answered = false;
      const pipeAnswer = async (inner: StreamResult, meter: UsageMeter | undefined, signal: AbortSignal | undefined): Promise<string> => {
        if (reasoningOpen) {
          reasoningOpen = false;
          await out.write({ type: "reasoning-end", id: REASONING_ID });
        }
        let text = "";
        const reader = inner.stream.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (value.type === "finish") {
            held = value;
            meter?.add(signal, { inputTokens: value.usage.inputTokens.total ?? 0, outputTokens: value.usage.outputTokens.total ?? 0 });
            continue;
          }
          if (value.type === "text-delta") text += value.delta;
          await out.write(value);
        }
        answered = true;
        return text;
      };
      const { events } = decision(params, model, async (thought, signal, meter) => {
        meter.add(signal, { llmCalls: 1 });
        return pipeAnswer(await model.doStream({ ...params, prompt: withPlan(params.prompt, thought), ...(signal ? { abortSignal: signal } : {}) }), meter, signal);
      });
      (async () => {
        await out.write({ type: "reasoning-start", id: REASONING_ID });
        await out.write({ type: "reasoning-delta", id: REASONING_ID, delta: narrator.start(knobs, critic.meta.name) });
        let result: PlanResult | undefined;
        for await (const event of events) {
          options.onEvent?.(event);
          const piece = reasoningOpen ? narrator.event(event) : undefined;
          if (piece) await out.write({ type: "reasoning-delta", id: REASONING_ID, delta: piece });
          if (event.type === "done") result = event.result;
        }
        if (!answered) await pipeAnswer(await model.doStream(params), undefined, undefined);
        const meta = { pnlc: planMetadata(critic, result!) };
        if (held && held.type === "finish") await out.write({ ...held, providerMetadata: { ...held.providerMetadata, ...meta } });
        await out.close();
      })().catch(async (error: unknown) => {
        await out.write({ type: "error", error }).catch(() => {});
        await out.close().catch(() => {});
      });
      return { stream: readable };
    },
  };
}

/** The planner's calls go to the wrapped model itself (not through the middleware again). */
function planningModel(model: Model, params: CallOptions): LanguageModelV1 {
  return {
    specificationVersion: "v1",
    provider: model.provider,
    modelId: model.modelId,
    async doGenerate(req) {
      const r = await model.doGenerate({
        prompt: toPrompt(req.messages),
        ...(req.maxOutputTokens !== undefined ? { maxOutputTokens: req.maxOutputTokens } : {}),
        ...(req.temperature !== undefined ? { temperature: req.temperature } : {}),
        ...(req.json ? { responseFormat: { type: "json" as const } } : {}),
        ...(req.signal ? { abortSignal: req.signal } : {}),
        ...(params.headers ? { headers: params.headers } : {}),
      });
      return { text: textOf(r), usage: { inputTokens: r.usage.inputTokens.total ?? 0, outputTokens: r.usage.outputTokens.total ?? 0 } };
    },
  };
}

function textOf(r: GenerateResult): string {
  return r.content.map((c) => (c.type === "text" ? c.text : "")).join("");
}

export function toChatMessages(prompt: Prompt): ChatMessage[] {
  return prompt.map((m): ChatMessage => {
    if (m.role === "system") return { role: "system", content: m.content };
    const text = m.content.map((p) => (p.type === "text" ? p.text : p.type === "tool-result" ? `Tool result: ${JSON.stringify(p.output)}` : "")).join("");
    return { role: m.role === "tool" ? "user" : m.role, content: text };
  });
}

function toPrompt(messages: ChatMessage[]): Prompt {
  return messages.map((m) => (m.role === "system" ? { role: "system", content: m.content } : { role: m.role, content: [{ type: "text", text: m.content }] }));
}

/** The caller's prompt with the chosen thought as one more system message after the leading ones (some providers take system messages only first). */
export function withPlan(prompt: Prompt, thought: string): Prompt {
  const plan = { role: "system" as const, content: `Plan for your next reply (chosen by a critic that weighed the likely outcomes): ${thought}\nWrite the reply that carries out this plan.` };
  const lead = prompt.findIndex((m) => m.role !== "system");
  const at = lead === -1 ? prompt.length : lead;
  return [...prompt.slice(0, at), plan, ...prompt.slice(at)];
}

function planMetadata(critic: Critic, result: PlanResult) {
  // Provider metadata must be JSON values: the plan result is plain data already.
  return JSON.parse(JSON.stringify({ model: critic.meta.name, ...result }));
}
