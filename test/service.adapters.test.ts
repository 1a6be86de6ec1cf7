/** Provider adapters: AI SDK models behind LanguageModelV1 (retry, timeout, usage), embeddings, dense critics. */
import { MockLanguageModelV3 } from "ai/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LearnedEstimator } from "../src/planner/learned-estimator.ts";
import { startMockLlm, type MockLlmServer } from "../src/mock-llm/server.ts";
import { AiSdkLanguageModel } from "../src/providers/ai-sdk-model.ts";
import { HashEmbeddingModel } from "../src/providers/embeddings/hash.ts";
import { openAICompatibleEmbedding, workersAiEmbedding } from "../src/providers/embeddings/remote.ts";
import { anthropicModel, workersAiModel } from "../src/providers/llm-providers.ts";
import { FAKE_META, fakeCritic } from "./helpers/fake-critic.ts";

const policy = { timeoutMs: 200, retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2 } };
const ok = (text: string) => ({
  content: [{ type: "text" as const, text }],
  finishReason: { unified: "stop" as const, raw: "stop" },
  usage: { inputTokens: { total: 7, noCache: 7, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 3, text: 3, reasoning: 0 } },
  warnings: [],
});

describe("AI SDK adapter", () => {
  it("maps text and usage, and retries a 503 from the SDK", async () => {
    let n = 0;
    const mock = new MockLanguageModelV3({
      doGenerate: async () => {
        if (n++ === 0) throw Object.assign(new Error("unavailable"), { statusCode: 503 });
        return ok("hello") as never;
      },
    });
    const model = new AiSdkLanguageModel(mock, "mock", "m", policy);
    const out = await model.doGenerate({ messages: [{ role: "user", content: "hi" }] });
    expect(out).toEqual({ text: "hello", usage: { inputTokens: 7, outputTokens: 3 } });
    expect(mock.doGenerateCalls).toHaveLength(2);
  });

  it("times out each attempt and gives up after the retries", async () => {
    const mock = new MockLanguageModelV3({ doGenerate: () => new Promise(() => {}) });
    const model = new AiSdkLanguageModel(mock, "mock", "m", { timeoutMs: 30, retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 } });
    await expect(model.doGenerate({ messages: [{ role: "user", content: "hi" }] })).rejects.toThrow(/timed out after 30 ms/);
    expect(mock.doGenerateCalls).toHaveLength(2);
  });

  it("drives the Workers AI binding", async () => {
    const runs: unknown[] = [];
    const binding = { run: async (model: string, inputs: unknown) => (runs.push({ model, inputs }), { response: "from workers ai", usage: { prompt_tokens: 5, completion_tokens: 2 } }) };
    const model = workersAiModel({ binding: binding as unknown as Ai, model: "@cf/meta/llama-3.1-8b-instruct", policy });
    const out = await model.doGenerate({ messages: [{ role: "user", content: "hi" }] });
    expect(out.text).toBe("from workers ai");
    expect(runs).toHaveLength(1);
  });
});

describe("Anthropic adapter against the mock server's /v1/messages", () => {
  let server: MockLlmServer;
  beforeAll(async () => void (server = await startMockLlm()));
  afterAll(async () => server.close());

  it("sends the system prompt and key the Anthropic way and reads the reply", async () => {
    server.enqueue("anthropic says hi");
    const model = anthropicModel({ model: "claude-test", apiKey: "sk-ant-test-123456", baseURL: server.baseURL, policy });
    const out = await model.doGenerate({ messages: [{ role: "system", content: "Task: act\nbe brief" }, { role: "user", content: "hi" }] });
    expect(out.text).toBe("anthropic says hi");
    expect(out.usage.inputTokens).toBeGreaterThan(0);
    expect(server.calls[0]).toMatchObject({ path: "/v1/messages", model: "claude-test", task: "act", authorization: "x-api-key sk-ant-test-123456" });
  });
});

describe("embeddings", () => {
  let server: MockLlmServer;
  beforeAll(async () => void (server = await startMockLlm({ embeddingDim: 16 })));
  afterAll(async () => server.close());

  it("local hash embeddings are unit vectors of the encoder's size", async () => {
    const [v] = await new HashEmbeddingModel().doEmbed(["the donor agrees"]);
    expect(v!.length).toBe(2048);
    expect(Math.hypot(...v!)).toBeCloseTo(1, 5);
  });

  it("OpenAI-compatible embeddings, dimension checked", async () => {
    const e = openAICompatibleEmbedding({ baseURL: server.baseURL, model: "emb", dim: 16, policy });
    const vs = await e.doEmbed(["a", "b"]);
    expect(vs.map((v) => v.length)).toEqual([16, 16]);
    const wrong = openAICompatibleEmbedding({ baseURL: server.baseURL, model: "emb", dim: 32, policy });
    await expect(wrong.doEmbed(["a"])).rejects.toThrow(/16-dim vectors, the model expects 32/);
  });

  it("Workers AI embeddings through the binding", async () => {
    const binding = { run: async (_m: string, i: { text: string[] }) => ({ data: i.text.map(() => [0.6, 0.8]) }) };
    const vs = await workersAiEmbedding({ binding: binding as unknown as Ai, model: "@cf/baai/bge-small-en-v1.5", dim: 2, policy }).doEmbed(["x"]);
    expect(Array.from(vs[0]!)).toEqual([0.6000000238418579, 0.800000011920929]);
  });

  it("a dense-encoder critic gets vectors from the embedding model, timed as the encode stage", async () => {
    const seen: unknown[] = [];
    const dense = { ...fakeCritic({ ...FAKE_META, encoder: { type: "dense", provider: "openai-compatible", model: "emb", dim: 16 } }) };
    dense.scoreQ = (req) => (seen.push(req), new Float32Array(req.thoughts.length * req.goals.length).fill(0.5));
    const est = new LearnedEstimator(dense, openAICompatibleEmbedding({ baseURL: server.baseURL, model: "emb", dim: 16, policy }));
    const out = await est.estimate({ state: "s" }, [{ thought: "t" }], [{ text: "g", polarity: "positive", source: "llm" }]);
    expect(out.p).toEqual(new Float32Array([0.5]));
    expect((seen[0] as { state: unknown }).state).toBeInstanceOf(Float32Array);
    expect(out.encodeMs).toBeGreaterThanOrEqual(0);
    await expect(new LearnedEstimator(dense).estimate({ state: "s" }, [{ thought: "t" }], [{ text: "g", polarity: "positive", source: "llm" }])).rejects.toThrow(/needs dense embeddings/);
  });
});
