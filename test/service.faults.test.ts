/**
 * Fault injection through the real OpenAI-compatible provider (AI SDK) against the loopback mock
 * server: every fault still yields a valid response, degraded when it must be, with the reason.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type MockLlmServer, type ServerReply, scriptFromPlannerReplies, startMockLlm } from "../src/mock-llm/server.ts";
import { openAICompatibleModel } from "../src/providers/llm-providers.ts";
import { json, postJson, realCriticApp } from "./helpers/service-app.ts";
import { freePort } from "./helpers/wrangler-dev.ts";

let llm: MockLlmServer;
const { app } = realCriticApp();
const state = "Persuadee: I have never heard of this charity.";
const KEY = "sk-test-key-0123456789";
const env = () => ({ PNLC_LLM_BASE_URL: llm.baseURL, PNLC_LLM_MODEL: "mock-model", PNLC_LLM_API_KEY: KEY, PNLC_LLM_TIMEOUT_MS: "300", PNLC_LLM_RETRIES: "2", PNLC_DEADLINE_MS: "8000" });

/** Replies per task: faults are used in order for that task's calls, then valid planner replies. */
function faultsFor(task: string, faults: ServerReply[]) {
  const normal = scriptFromPlannerReplies();
  return async (req: Parameters<typeof normal>[0], i: number) => {
    const first = req.messages.find((m) => m.role === "system")?.content ?? "";
    if (first.startsWith(`Task: ${task}`) && faults.length > 0) return faults.shift()!;
    return normal(req, i);
  };
}

beforeAll(async () => {
  llm = await startMockLlm();
});
afterAll(async () => {
  await llm.close();
});
beforeEach(() => {
  llm.reset();
  llm.setScript(scriptFromPlannerReplies());
});

const plan = async (knobs: object = { acceptThreshold: -1 }) => {
  const res = await postJson(app, "/v1/plan", { state, knobs }, env());
  expect(res.status).toBe(200);
  const text = await res.text();
  expect(text).not.toContain(KEY);
  return JSON.parse(text);
};
const tasks = () => llm.calls.map((c) => c.task);

describe("fault injection (real provider, mock server)", () => {
  it("no fault: a clean plan, the key sent only to the provider", async () => {
    const body = await plan();
    expect(body.degraded).toBe(false);
    expect(body.action).toContain("Even $1");
    expect(tasks().sort()).toEqual(["act", "imagine-goals", "propose-thoughts"]);
    expect(llm.calls[0]!.authorization).toBe(`Bearer ${KEY}`);
    expect(llm.calls[0]!.model).toBe("mock-model");
  });

  it("429 then success: retried, not degraded", async () => {
    llm.setScript(faultsFor("propose-thoughts", [{ status: 429, retryAfterSec: 0 }]));
    const body = await plan();
    expect(body.degraded).toBe(false);
    expect(tasks().filter((t) => t === "propose-thoughts")).toHaveLength(2);
  });

  it("500 on every attempt: 3 attempts, then the thought bank, degraded with the reason", async () => {
    llm.setScript(faultsFor("propose-thoughts", [{ status: 500 }, { status: 500 }, { status: 500 }]));
    const body = await plan();
    expect(tasks().filter((t) => t === "propose-thoughts")).toHaveLength(3);
    expect(body.degraded).toBe(true);
    expect(body.reason).toMatch(/propose failed .*thought bank/);
    expect(body.candidates.length).toBeGreaterThan(1);
    expect(body.action).toContain("Even $1");
  });

  it("connection dropped without a response, then success: retried, not degraded", async () => {
    llm.setScript(faultsFor("propose-thoughts", [{ dropConnection: true }]));
    const body = await plan();
    expect(body.degraded).toBe(false);
    expect(llm.calls.filter((c) => c.task === "propose-thoughts").map((c) => c.status)).toEqual([0, 200]);
  });

  it("connection dropped on every attempt: 3 attempts, then the thought bank, degraded", async () => {
    llm.setScript(faultsFor("propose-thoughts", [{ dropConnection: true }, { dropConnection: true }, { dropConnection: true }]));
    const body = await plan();
    expect(tasks().filter((t) => t === "propose-thoughts")).toHaveLength(3);
    expect(body.degraded).toBe(true);
    expect(body.reason).toMatch(/propose failed .*thought bank/);
  });

  it("nothing listening on the provider's port: each call is retried, the plan still answers", async () => {
    const closedPort = await freePort();
    const retries: number[] = [];
    const model = openAICompatibleModel({ baseURL: `http://127.0.0.1:${closedPort}/v1`, model: "m", policy: { timeoutMs: 2000, retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2, onRetry: (r) => void retries.push(r.attempt) } } });
    await expect(model.doGenerate({ messages: [{ role: "user", content: "hi" }] })).rejects.toThrow(/ECONNREFUSED|Cannot connect/);
    expect(retries).toEqual([0, 1]);
    const res = await postJson(app, "/v1/plan", { state, knobs: { acceptThreshold: -1 } }, { ...env(), PNLC_LLM_BASE_URL: `http://127.0.0.1:${closedPort}/v1` });
    const body = await json(res);
    expect(res.status).toBe(200);
    expect(body.degraded).toBe(true);
    expect(body.usage.llmCalls).toBeGreaterThanOrEqual(2);
    expect(body.candidates.length).toBeGreaterThan(1);
  });

  it("a 400 is not retried", async () => {
    llm.setScript(faultsFor("propose-thoughts", [{ status: 400, message: "bad request" }]));
    const body = await plan();
    expect(tasks().filter((t) => t === "propose-thoughts")).toHaveLength(1);
    expect(body.degraded).toBe(true);
  });

  it("timeout: each attempt aborted at the per-call timeout, the plan still answers", async () => {
    llm.setScript(faultsFor("act", [{ hang: true }, { hang: true }, { hang: true }]));
    const body = await plan();
    expect(body.degraded).toBe(true);
    expect(body.reason).toMatch(/act failed .*timed out after 300 ms/);
    expect(body.thought).not.toBe("");
    expect(body.action).toBeNull();
  });

  it("overall deadline: the best thought so far, degraded, with the stage", async () => {
    llm.setScript(faultsFor("act", [{ text: "late", delayMs: 250 }, { text: "late", delayMs: 250 }]));
    const res = await postJson(app, "/v1/plan", { state, knobs: { acceptThreshold: -1, deadlineMs: 150 } }, env());
    const body = await json(res);
    expect(body.degraded).toBe(true);
    expect(body.reason).toMatch(/deadline of 150 ms reached/);
  });

  it("malformed JSON body from the provider: goals fall back to the bank", async () => {
    llm.setScript(faultsFor("imagine-goals", [{ malformedBody: true }]));
    const body = await plan();
    expect(body.degraded).toBe(true);
    expect(body.reason).toMatch(/llm goals failed/);
    expect(body.goals.every((g: { source: string }) => g.source === "bank")).toBe(true);
    expect(body.goals.length).toBe(4);
  });

  it("broken JSON content from the LLM: proposals fall back to the thought bank", async () => {
    llm.setScript(faultsFor("propose-thoughts", ['{"thoughts": ["unfinished']));
    const body = await plan();
    expect(body.degraded).toBe(true);
    expect(body.reason).toMatch(/broken JSON/);
  });

  it("empty completion for the reply: action null, degraded, chat answers with the recommendation", async () => {
    llm.setScript(faultsFor("act", [{ empty: true }]));
    const body = await plan();
    expect(body.action).toBeNull();
    expect(body.reason).toMatch(/empty reply/);
    llm.setScript(faultsFor("act", [{ empty: true }]));
    const chat = await json(await postJson(app, "/v1/chat/completions", { model: "fake", messages: [{ role: "user", content: "hm" }], pnlc: { acceptThreshold: -1 } }, env()));
    expect(chat.choices[0].message.content).toContain("Recommended next step");
    expect(chat.pnlc.degraded).toBe(true);
  });
});
