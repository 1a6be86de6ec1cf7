/**
 * End to end: `wrangler dev` on a free 127.0.0.1 port configured with an OpenAI-compatible provider whose
 * base URL is the loopback mock LLM server, driven by the official `openai` client.
 */
import { existsSync } from "node:fs";
import OpenAI from "openai";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type MockLlmServer, scriptFromPlannerReplies, startMockLlm } from "../src/mock-llm/server.ts";
import { startWranglerDev, type WranglerDev } from "./helpers/wrangler-dev.ts";

const KEY = "sk-e2e-secret-0123456789";
let llm: MockLlmServer;
let dev: WranglerDev;
let client: OpenAI;

beforeAll(async () => {
  llm = await startMockLlm();
  dev = await startWranglerDev({
    vars: { PNLC_LLM_BASE_URL: llm.baseURL, PNLC_LLM_MODEL: "mock-model", PNLC_LLM_API_KEY: KEY, PNLC_LLM_TIMEOUT_MS: "2000", PNLC_LLM_RETRIES: "2" },
  });
  client = new OpenAI({ baseURL: `${dev.url}/v1`, apiKey: "unused-without-PNLC_API_TOKEN", maxRetries: 0 });
});

afterAll(async () => {
  await dev?.stop();
  await llm?.close();
});

beforeEach(() => {
  llm.reset();
  llm.setScript(scriptFromPlannerReplies());
});

const messages = [
  { role: "system" as const, content: "You persuade people to donate to Save the Children." },
  { role: "user" as const, content: "I have never heard of them. Why should I give anything?" },
];
type WithPlan = { pnlc?: { mode: string; degraded: boolean; reason?: string; candidates: unknown[]; usage: { llmCalls: number } } };

describe("wrangler dev + mock LLM + official openai client", () => {
  it("runs with its own devtools inspector port (not wrangler's shared default 9229)", async () => {
    expect(dev.inspectorPort).not.toBe(9229);
    const res = await fetch(`http://127.0.0.1:${dev.inspectorPort}/json/version`);
    expect(res.ok).toBe(true);
  });

  it("lists the models", async () => {
    const list = await client.models.list();
    expect(list.data.map((m) => m.id)).toContain("test-small");
  });

  it("plain completion plans first and carries the plan", async () => {
    const completion = await client.chat.completions.create({ model: "test-small", messages, pnlc: { acceptThreshold: -1 } } as OpenAI.ChatCompletionCreateParamsNonStreaming);
    expect(completion.choices[0]!.message.content).toContain("Even $1");
    const plan = (completion as unknown as WithPlan).pnlc!;
    expect(plan.mode).toBe("llm");
    expect(plan.degraded).toBe(false);
    expect(plan.candidates.length).toBe(3);
    expect(llm.calls.map((c) => c.task).sort()).toEqual(["act", "imagine-goals", "propose-thoughts"]);
    expect(llm.calls.every((c) => c.authorization === `Bearer ${KEY}`)).toBe(true);
    expect(JSON.stringify(completion)).not.toContain(KEY);
  });

  it("an LLM's name in model (what OpenAI clients send) plans with the default critic and reaches the provider", async () => {
    const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages, pnlc: { acceptThreshold: -1 } } as OpenAI.ChatCompletionCreateParamsNonStreaming);
    expect(completion.model).toBe("gpt-4o-mini");
    const plan = (completion as unknown as WithPlan & { pnlc: { model: string; trace: Array<{ stage: string; llmCalls: number }> } }).pnlc;
    const models = (await client.models.list()).data as unknown as Array<{ id: string; pnlc: { default: boolean } }>;
    expect(plan.model).toBe(models.find((m) => m.pnlc.default)!.id);
    expect(plan.degraded).toBe(false);
    expect(new Set(llm.calls.map((c) => c.model))).toEqual(new Set(["gpt-4o-mini"]));
    // Per-stage LLM calls in the real runtime: propose and goals concurrently, then act.
    const calls = Object.fromEntries(["propose", "goals", "critic", "act"].map((s) => [s, plan.trace.filter((t) => t.stage === s).reduce((n, t) => n + t.llmCalls, 0)]));
    expect(calls).toEqual({ propose: 1, goals: 1, critic: 0, act: 1 });
  });

  it("streaming completion yields chunks and the plan on the final chunk", async () => {
    const stream = await client.chat.completions.create({ model: "test-small", messages, stream: true, stream_options: { include_usage: true } });
    let text = "";
    let plan: WithPlan["pnlc"];
    let usage: unknown;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? "";
      if ((chunk as unknown as WithPlan).pnlc) plan = (chunk as unknown as WithPlan).pnlc;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text.length).toBeGreaterThan(10);
    expect(plan?.usage.llmCalls).toBeGreaterThanOrEqual(3);
    expect(usage).toBeDefined();
  });

  it("429 then success is retried inside the Worker", async () => {
    llm.enqueue({ status: 429, retryAfterSec: 0 });
    const completion = await client.chat.completions.create({ model: "test-small", messages, pnlc: { acceptThreshold: -1 } } as OpenAI.ChatCompletionCreateParamsNonStreaming);
    expect((completion as unknown as WithPlan).pnlc!.degraded).toBe(false);
    expect(llm.calls.filter((c) => c.status === 429)).toHaveLength(1);
  });

  it("a connection dropped without a response is retried inside the Worker (network error, no status)", async () => {
    llm.enqueue({ dropConnection: true });
    const completion = await client.chat.completions.create({ model: "test-small", messages, pnlc: { acceptThreshold: -1 } } as OpenAI.ChatCompletionCreateParamsNonStreaming);
    expect((completion as unknown as WithPlan).pnlc!.degraded).toBe(false);
    expect(llm.calls.filter((c) => c.status === 0)).toHaveLength(1);
    expect(llm.calls.filter((c) => c.status === 200)).toHaveLength(3);
  });

  it("500 on every call: still a valid completion, degraded, answered from the thought bank", async () => {
    llm.setScript(() => ({ status: 500, message: `upstream broke, key ${KEY}` }));
    const completion = await client.chat.completions.create({ model: "test-small", messages });
    const plan = (completion as unknown as WithPlan).pnlc!;
    expect(plan.degraded).toBe(true);
    expect(completion.choices[0]!.message.content).toContain("Recommended next step");
    expect(JSON.stringify(completion)).not.toContain(KEY);
  });

  it("timeout, malformed body and empty completion each still give a valid streamed answer", async () => {
    llm.setScript(async (req, i) => {
      const task = /^Task: ([a-z-]+)/.exec(req.messages[0]?.content ?? "")?.[1];
      if (task === "propose-thoughts") return { hang: true };
      if (task === "imagine-goals") return { malformedBody: true };
      if (task === "act") return { empty: true };
      return scriptFromPlannerReplies()(req, i);
    });
    const stream = await client.chat.completions.create({ model: "test-small", messages, stream: true, pnlc: { acceptThreshold: -1, deadlineMs: 20_000 } } as OpenAI.ChatCompletionCreateParamsStreaming);
    let text = "";
    let plan: WithPlan["pnlc"];
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? "";
      if ((chunk as unknown as WithPlan).pnlc) plan = (chunk as unknown as WithPlan).pnlc;
    }
    expect(text).toContain("Recommended next step");
    expect(plan?.degraded).toBe(true);
    expect(plan?.reason).toMatch(/timed out/);
    expect(plan?.reason).toMatch(/goals failed/);
    expect(plan?.reason).toMatch(/empty reply/);
  });

  it("a bad request is a 400 the client surfaces with the field", async () => {
    const err = await client.chat.completions.create({ model: "test-small", messages: [] }).catch((e) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).param).toBe("messages");
  });

  const chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);
  it.skipIf(!chromiumPath && !process.env.CI)("the playground's timing table shows LLM calls per stage in LLM mode, summing to the total", async () => {
    if (!chromiumPath) throw new Error("chromium is missing (CI installs it)");
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage();
      await page.goto(`${dev.url}/`);
      await page.locator("#message").fill("Why should I trust them with my money?");
      await page.locator("#plan").click();
      await page.locator('#stages li[data-stage="done"].done').waitFor({ timeout: 30_000 });
      const rows = await page.$$eval("#timings tbody tr", (trs) => trs.map((tr) => [tr.querySelector("th")!.textContent, tr.querySelectorAll("td.num")[1]!.textContent]));
      const calls = Object.fromEntries(rows) as Record<string, string>;
      expect(calls.propose).toBe("1");
      expect(calls.goals).toBe("1");
      expect(calls.critic).toBe("0");
      const perStage = rows.filter(([stage]) => stage !== "total").map(([, n]) => n).filter((n) => n !== "\u2013").map(Number);
      expect(perStage.reduce((x, y) => x + y, 0)).toBe(Number(calls.total));
      expect(llm.calls.length).toBe(Number(calls.total));
    } finally {
      await browser.close();
    }
  });

  it.skipIf(!chromiumPath && !process.env.CI)("the interactive docs render from the Worker's own assets, with no external request", async () => {
    if (!chromiumPath) throw new Error("chromium is missing (CI installs it)");
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage();
      const external: string[] = [];
      page.on("request", (r) => void (r.url().startsWith(dev.url) || external.push(r.url())));
      await page.goto(`${dev.url}/docs`);
      await page.waitForSelector(".opblock-summary-path", { timeout: 30_000 });
      const paths = await page.$$eval(".opblock-summary-path", (els) => els.map((e) => e.textContent));
      expect(paths).toEqual(expect.arrayContaining(["/v1/plan", "/v1/critique", "/v1/chat/completions", "/v1/models", "/healthz"]));
      expect(external).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
