/**
 * The AI SDK middleware around a recording MockLanguageModelV3 and the real Wasm critic: the model is
 * asked to propose, imagine goals and refine (the planner's prompts), then answers the caller's own
 * prompt with the chosen thought in it; the plan comes back as reasoning and providerMetadata.pnlc.
 */
import { generateText, streamText, wrapLanguageModel } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";
import { pnlcMiddleware } from "pnlc-edge/ai-sdk";
import { loadModel } from "pnlc-edge/node";
import { plannerReplies, taskOf } from "../src/providers/mock/recording-model.ts";

const critic = loadModel("persuasion");
const script = plannerReplies({ refined: { thought: "Share one concrete story of impact", action: "drafted by refine" } });
const ANSWER = "Every dollar feeds a child; would you give $1 today?";
const usage = { inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 5, text: 5, reasoning: undefined } };

type Prompt = Array<{ role: string; content: unknown }>;
const asMessages = (prompt: Prompt) => prompt.map((m) => ({ role: m.role as "system", content: typeof m.content === "string" ? m.content : (m.content as Array<{ text?: string }>).map((p) => p.text ?? "").join("") }));
const isPlannerCall = (prompt: Prompt) => taskOf(asMessages(prompt)) !== "chat";

function mockModel() {
  return new MockLanguageModelV3({
    doGenerate: async ({ prompt }) => {
      const messages = asMessages(prompt as Prompt);
      const text = isPlannerCall(prompt as Prompt) ? String(await script({ messages }, 0)) : ANSWER;
      return { content: [{ type: "text", text }], finishReason: { unified: "stop", raw: "stop" }, usage, warnings: [] };
    },
    doStream: async () => ({
      stream: new ReadableStream({
        start(c) {
          c.enqueue({ type: "stream-start", warnings: [] });
          c.enqueue({ type: "text-start", id: "t" });
          for (const word of ANSWER.split(/(?<= )/)) c.enqueue({ type: "text-delta", id: "t", delta: word });
          c.enqueue({ type: "text-end", id: "t" });
          c.enqueue({ type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage, providerMetadata: { mock: { ok: true } } });
          c.close();
        },
      }),
    }),
  });
}

const prompt = [
  { role: "system" as const, content: "You persuade people to donate to Save the Children." },
  { role: "user" as const, content: "I have never heard of them. Why should I trust them?" },
];

describe("pnlcMiddleware", () => {
  it("plans with the wrapped model, then answers the caller's prompt with the chosen thought (generate)", async () => {
    const base = mockModel();
    const events: string[] = [];
    const model = wrapLanguageModel({ model: base, middleware: pnlcMiddleware({ critic, onEvent: (e) => events.push(e.type) }) });
    const result = await generateText({ model, system: prompt[0]!.content, messages: prompt.slice(1) });
    expect(result.text).toBe(ANSWER);
    expect(result.reasoningText).toContain("Planning with the persuasion critic");
    expect(result.reasoningText).toContain("Critique");
    const meta = result.providerMetadata?.pnlc as { model: string; thought: string; usage: { llmCalls: number }; candidates: unknown[] };
    expect(meta.model).toBe("persuasion");
    expect(meta.candidates.length).toBeGreaterThan(0);
    const calls = base.doGenerateCalls.map((c) => taskOf(asMessages(c.prompt as Prompt)));
    expect(calls.filter((t) => t === "chat")).toHaveLength(1); // the answer: once, as the caller's own call
    expect(calls).toContain("propose-thoughts");
    const answerCall = base.doGenerateCalls.find((c) => !isPlannerCall(c.prompt as Prompt))!;
    expect(answerCall.prompt[0]).toEqual(prompt[0]);
    expect(String((answerCall.prompt[1] as { content: string }).content)).toContain(meta.thought);
    expect(meta.usage.llmCalls).toBe(base.doGenerateCalls.length);
    expect(events.at(-1)).toBe("done");
  });

  it("streams the plan as reasoning before the answer's text, which streams from the model (stream)", async () => {
    const base = mockModel();
    const model = wrapLanguageModel({ model: base, middleware: pnlcMiddleware({ critic, knobs: { rounds: 0 } }) });
    const result = streamText({ model, system: prompt[0]!.content, messages: prompt.slice(1) });
    const kinds: string[] = [];
    for await (const part of result.fullStream) kinds.push(part.type);
    expect(await result.text).toBe(ANSWER);
    expect(kinds.indexOf("reasoning-delta")).toBeLessThan(kinds.indexOf("text-delta"));
    expect(kinds.lastIndexOf("reasoning-end")).toBeLessThan(kinds.indexOf("text-delta"));
    expect(kinds.filter((k) => k === "text-delta")).toHaveLength(ANSWER.split(" ").length);
    const meta = (await result.providerMetadata) as { pnlc: { thought: string }; mock: unknown };
    expect(meta.mock).toEqual({ ok: true });
    expect(meta.pnlc.thought.length).toBeGreaterThan(0);
    expect(base.doStreamCalls).toHaveLength(1);
    expect(JSON.stringify(base.doStreamCalls[0]!.prompt)).toContain(meta.pnlc.thought);
  });

  it("rejects bad options when it is built", () => {
    expect(() => pnlcMiddleware({} as never)).toThrow(/options.critic/);
    expect(() => pnlcMiddleware({ critic, knobs: { rounds: 7 } })).toThrow(/knobs.rounds/);
  });
});
