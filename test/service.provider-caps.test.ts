/**
 * What is read from an LLM provider is capped (issue 18, item 8): a provider that ignores max_tokens
 * and answers megabytes has its body cut on the wire and its text cut at a few characters per token,
 * so the plan stays small and within the deadline.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type MockLlmServer, type ServerReply, scriptFromPlannerReplies, startMockLlm } from "../src/mock-llm/server.ts";
import { capBody } from "../src/providers/output-cap.ts";
import { postJson, realCriticApp } from "./helpers/service-app.ts";

let llm: MockLlmServer;
const { app } = realCriticApp();
const state = "Persuadee: I have never heard of this charity.";
const DEADLINE_MS = 8000;
const env = () => ({ PNLC_LLM_BASE_URL: llm.baseURL, PNLC_LLM_MODEL: "mock-model", PNLC_LLM_TIMEOUT_MS: "5000", PNLC_LLM_RETRIES: "0", PNLC_DEADLINE_MS: String(DEADLINE_MS) });

/** Every call for `task` answers `reply`; the other calls get valid planner replies. */
function replyFor(task: string, reply: ServerReply) {
  const normal = scriptFromPlannerReplies();
  return async (req: Parameters<typeof normal>[0], i: number) => ((req.messages.find((m) => m.role === "system")?.content ?? "").startsWith(`Task: ${task}`) ? reply : normal(req, i));
}

beforeAll(async () => {
  llm = await startMockLlm();
});
afterAll(async () => {
  await llm.close();
});
beforeEach(() => llm.reset());

async function timedPlan() {
  const t0 = performance.now();
  const res = await postJson(app, "/v1/plan", { state, knobs: { acceptThreshold: -1 } }, env());
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text), ms: performance.now() - t0 };
}

describe("provider output caps", () => {
  it("cuts a 5 MB answer on the wire: the plan degrades, stays small, and keeps the deadline", async () => {
    llm.setScript(replyFor("act", "A".repeat(5_000_000)));
    const { status, text, body, ms } = await timedPlan();
    expect(status).toBe(200);
    expect(text.length).toBeLessThan(64 * 1024);
    expect(body.action).toBeNull();
    expect(body.degraded).toBe(true);
    expect(body.reason).toMatch(/exceeded \d+ bytes/);
    expect(ms).toBeLessThan(DEADLINE_MS);
  });

  it("cuts an answer under the byte cap at 8 characters per requested token", async () => {
    llm.setScript(replyFor("act", "B".repeat(100_000)));
    const { status, body } = await timedPlan();
    expect(status).toBe(200);
    expect(body.action.length).toBeLessThanOrEqual(800 * 8);
  });

  it("cuts a streamed body at the cap and cancels the upstream read", async () => {
    let cancelled = false;
    let sent = 0;
    const upstream = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += 1000;
        c.enqueue(new Uint8Array(1000));
      },
      cancel() {
        cancelled = true;
      },
    });
    const reader = capBody(upstream, 10_000).getReader();
    let got = 0;
    const err = await (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return null;
        got += value.byteLength;
      }
    })().catch((e) => e);
    expect(err?.name).toBe("ProviderResponseTooLargeError");
    expect(got).toBeLessThanOrEqual(10_000);
    expect(cancelled).toBe(true);
    expect(sent).toBeLessThan(20_000);
  });
});
