/**
 * /v1/chat/completions `model`: OpenAI clients send the LLM's name there. A critic model name picks
 * that critic; any other name picks the default critic and becomes the LLM model id sent to an
 * OpenAI-compatible or Anthropic provider (checked on the loopback mock server, which records it).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type MockLlmServer, startMockLlm } from "../src/mock-llm/server.ts";
import { json, postJson, serviceApp } from "./helpers/service-app.ts";

let llm: MockLlmServer;
const { app } = serviceApp(); // one critic model, "fake" (the default)
const messages = [{ role: "user", content: "Why should I give anything?" }];
const openAiEnv = () => ({ PNLC_LLM_BASE_URL: llm.baseURL, PNLC_LLM_MODEL: "configured-model", PNLC_LLM_TIMEOUT_MS: "2000" });
const anthropicEnv = () => ({ PNLC_LLM_PROVIDER: "anthropic", PNLC_LLM_BASE_URL: llm.baseURL, PNLC_LLM_MODEL: "configured-model", PNLC_LLM_API_KEY: "sk-ant-test", PNLC_LLM_TIMEOUT_MS: "2000" });

beforeAll(async () => {
  llm = await startMockLlm();
});
afterAll(async () => {
  await llm.close();
});
beforeEach(() => llm.reset());

const chat = async (model: string, env: Record<string, string>, extra: object = {}) => {
  const res = await postJson(app, "/v1/chat/completions", { model, messages, pnlc: { acceptThreshold: -1 }, ...extra }, env);
  expect(res.status).toBe(200);
  return res;
};

describe("chat completions: model is a critic or the LLM", () => {
  it("a critic model name selects that critic and keeps the configured LLM model", async () => {
    const body = await json(await chat("fake", openAiEnv()));
    expect(body.model).toBe("fake");
    expect(body.pnlc.model).toBe("fake");
    expect(body.pnlc.mode).toBe("llm");
    expect(new Set(llm.calls.map((c) => c.model))).toEqual(new Set(["configured-model"]));
  });

  it("any other name (OpenAI-compatible): the default critic plans and the name is the LLM model id", async () => {
    const body = await json(await chat("gpt-4o-mini", openAiEnv()));
    expect(body.model).toBe("gpt-4o-mini");
    expect(body.pnlc.model).toBe("fake");
    expect(body.pnlc.degraded).toBe(false);
    expect(llm.calls.length).toBe(3);
    expect(new Set(llm.calls.map((c) => c.model))).toEqual(new Set(["gpt-4o-mini"]));
  });

  it("streaming with an LLM name: every chunk names it, the plan names the critic", async () => {
    const res = await chat("meta-llama/Llama-3.3-70B-Instruct", openAiEnv(), { stream: true });
    const chunks = (await res.text()).split("\n\n").filter((b) => b.startsWith("data: {")).map((b) => JSON.parse(b.slice(6)));
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.every((c) => c.model === "meta-llama/Llama-3.3-70B-Instruct")).toBe(true);
    expect(chunks.at(-1).pnlc.model).toBe("fake");
    expect(new Set(llm.calls.map((c) => c.model))).toEqual(new Set(["meta-llama/Llama-3.3-70B-Instruct"]));
  });

  it("Anthropic: the name is the model id sent to /v1/messages", async () => {
    const body = await json(await chat("claude-3-5-haiku-latest", anthropicEnv()));
    expect(body.pnlc.degraded).toBe(false);
    expect(llm.calls.every((c) => c.path.endsWith("/messages"))).toBe(true);
    expect(new Set(llm.calls.map((c) => c.model))).toEqual(new Set(["claude-3-5-haiku-latest"]));
  });

  it("offline: an LLM name is no 404; the default critic answers and the name is not echoed as if used", async () => {
    const body = await json(await chat("gpt-4o-mini", {}));
    expect(body.pnlc.mode).toBe("offline");
    expect(body.model).toBe("fake");
    expect(body.choices[0].message.content).toContain("Recommended next step");
  });

  it("/v1/plan still takes only critic names (404 naming the field)", async () => {
    const res = await postJson(app, "/v1/plan", { state: "hi", model: "gpt-4o-mini" }, openAiEnv());
    expect(res.status).toBe(404);
    expect((await json(res)).error.param).toBe("model");
  });
});
