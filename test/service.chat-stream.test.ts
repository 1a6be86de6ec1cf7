/**
 * Streaming chat: the plan goes out as `reasoning_content` deltas while it happens (the first before
 * any LLM call has returned), then the answer as `content` deltas, piece by piece as the provider
 * writes it. One test in process with a gated fake LLM (order, not timing); one through the real
 * OpenAI-compatible provider against the loopback mock server streaming word by word.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockLlmServer, startMockLlm } from "../src/mock-llm/server.ts";
import { plannerReplies, taskOf } from "../src/providers/mock/recording-model.ts";
import type { GenerateRequest, LanguageModelV1 } from "../src/planner/types.ts";
import { postJson, realCriticApp } from "./helpers/service-app.ts";

const ANSWER = "Even one dollar buys a child a meal today.";
const messages = [{ role: "user", content: "Why should I give anything?" }];
type Chunk = { choices: Array<{ delta: { content?: string; reasoning_content?: string }; finish_reason: string | null }>; pnlc?: { action: string } };

/** Reads SSE data lines as they arrive; `onChunk` runs before the next one is read. */
async function readChunks(res: Response, onChunk: (c: Chunk) => void = () => {}): Promise<Chunk[]> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const out: Chunk[] = [];
  let buf = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    buf += value;
    let at: number;
    while ((at = buf.indexOf("\n\n")) >= 0) {
      const block = buf.slice(0, at);
      buf = buf.slice(at + 2);
      const data = block.split("\n").find((l) => l.startsWith("data: "))?.slice(6);
      if (!data || data === "[DONE]") continue;
      const chunk = JSON.parse(data) as Chunk;
      out.push(chunk);
      onChunk(chunk);
    }
  }
}

const kinds = (chunks: Chunk[]) => chunks.flatMap((c) => (c.choices[0]?.delta.reasoning_content ? ["reasoning"] : c.choices[0]?.delta.content ? ["content"] : []));

describe("streaming chat completions", () => {
  it("sends the first reasoning delta before any LLM call returns, then the answer as the provider streams it", async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const script = plannerReplies({ refined: { thought: "Share one concrete story" } });
    let answered = 0;
    const pieces = ANSWER.split(/(?<= )/);
    const llm: LanguageModelV1 = {
      specificationVersion: "v1", provider: "gated", modelId: "gated",
      async doGenerate(req: GenerateRequest) {
        await gate;
        answered++;
        return { text: String(await script(req, 0)), usage: { inputTokens: 1, outputTokens: 1 } };
      },
      async doStream(req: GenerateRequest) {
        expect(taskOf(req.messages)).toBe("act");
        return { textStream: (async function* () { yield* pieces; })(), usage: Promise.resolve({ inputTokens: 1, outputTokens: pieces.length }) };
      },
    };
    const { app } = realCriticApp({ llm });
    const res = await postJson(app, "/v1/chat/completions", { model: "fake", stream: true, messages, pnlc: { goals: { source: "bank" } } });
    let answeredAtFirstReasoning = -1;
    const chunks = await readChunks(res, (c) => {
      if (c.choices[0]?.delta.reasoning_content && answeredAtFirstReasoning < 0) {
        answeredAtFirstReasoning = answered;
        open();
      }
    });
    expect(answeredAtFirstReasoning).toBe(0);
    const order = kinds(chunks);
    expect(order.lastIndexOf("reasoning")).toBeLessThan(order.indexOf("content"));
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? "").filter(Boolean)).toEqual(pieces);
    const reasoning = chunks.map((c) => c.choices[0]?.delta.reasoning_content ?? "").join("");
    expect(reasoning).toContain("Thoughts:");
    expect(reasoning).toContain("Critique");
    expect(chunks.at(-1)!.pnlc!.action).toBe(ANSWER.trim());
  });

  describe("through the OpenAI-compatible provider (mock server, one word per 5 ms)", () => {
    let server: MockLlmServer;
    beforeAll(async () => {
      server = await startMockLlm({ latencyMs: 20, tokenDelayMs: 5, script: (req) => (taskOf(req.messages) === "act" ? ANSWER : String(plannerReplies()({ messages: req.messages }, 0))) });
    });
    afterAll(() => server.close());

    it("streams the act call's words as content deltas", async () => {
      const { app } = realCriticApp();
      const env = { PNLC_LLM_BASE_URL: server.baseURL, PNLC_LLM_MODEL: "m", PNLC_LLM_TIMEOUT_MS: "5000" };
      const res = await postJson(app, "/v1/chat/completions", { model: "fake", stream: true, messages, pnlc: { rounds: 0 } }, env);
      const chunks = await readChunks(res);
      const content = chunks.map((c) => c.choices[0]?.delta.content ?? "").filter(Boolean);
      expect(content.join("")).toBe(ANSWER);
      expect(content.length).toBe(ANSWER.split(" ").length);
      expect(server.calls.filter((c) => c.stream).map((c) => c.task)).toEqual(["act"]);
    });

    for (const [fault, reply, why] of [
      ["fails", { status: 500 }, /act failed/],
      ["never answers", { hang: true }, /act failed \(.*(timed out|timeout)/i],
    ] as const)
      it(`still ends the stream, degraded, with the recommendation when the streamed act call ${fault}`, async () => {
        server.reset();
        server.setScript((req) => (taskOf(req.messages) === "act" ? reply : String(plannerReplies()({ messages: req.messages }, 0))));
        const { app } = realCriticApp();
        const env = { PNLC_LLM_BASE_URL: server.baseURL, PNLC_LLM_MODEL: "m", PNLC_LLM_TIMEOUT_MS: "400", PNLC_LLM_RETRIES: "0" };
        const res = await postJson(app, "/v1/chat/completions", { model: "fake", stream: true, messages, pnlc: { rounds: 0 } }, env);
        const chunks = await readChunks(res);
        const last = chunks.at(-1) as Chunk & { pnlc: { degraded: boolean; reason: string; action: string | null; recommendation: string } };
        expect(last.pnlc.degraded).toBe(true);
        expect(last.pnlc.reason).toMatch(why);
        expect(last.pnlc.action).toBeNull();
        expect(chunks.map((c) => c.choices[0]?.delta.content ?? "").join("")).toBe(last.pnlc.recommendation);
      });
  });
});
