/**
 * Inside workerd: the real Worker (bundled model, precompiled Wasm) through SELF, and the same app
 * around a recording mock LLM to check the loop's calls and the OpenAI-compatible stream.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { plannerReplies, RecordingLanguageModel } from "../src/providers/mock/recording-model.ts";
import { createApp } from "../src/worker/app.ts";
import { models } from "../src/worker/index.ts";
import { DEFAULT_MODEL } from "../src/worker/models/registry.ts";

const state = "Persuadee: I have never heard of this charity. Why should I trust it?";
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  SELF.fetch(`http://local${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("the Worker in workerd (offline, bundled default model)", () => {
  it("answers /healthz in offline mode", async () => {
    const res = await SELF.fetch("http://local/healthz");
    expect(await res.json()).toMatchObject({ ok: true, mode: "offline", defaultModel: DEFAULT_MODEL });
  });

  it("serves with the relaxed-SIMD build, which workerd validates and the self-check finds exact: /healthz and the plan trace say so", async () => {
    const health = (await (await SELF.fetch("http://local/healthz")).json()) as { criticBuild: { build: string; reason: string } };
    expect(health.criticBuild.build).toBe("relaxed-simd");
    expect(health.criticBuild.reason).toMatch(/check scores equal the portable build.s bit for bit/);
    const plan = (await (await post("/v1/plan", { state })).json()) as { trace: Array<{ stage: string; detail: string }> };
    expect(plan.trace.find((t) => t.stage === "critic")!.detail).toMatch(/learned: relaxed-simd build, simd kernels, text encoded in wasm/);
  });

  it("plans offline with the Wasm critic", async () => {
    const res = await post("/v1/plan", { state });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { mode: string; candidates: Array<{ score: number; outcomes: Array<{ p: number }> }>; degraded: boolean; recommendation: string };
    expect(body.mode).toBe("offline");
    expect(body.degraded).toBe(false);
    expect(body.candidates.length).toBeGreaterThan(1);
    expect(body.candidates[0]!.outcomes.every((o) => o.p >= 0 && o.p <= 1)).toBe(true);
    expect(body.recommendation).toContain("Recommended next step");
  });

  it("scores a critique matrix", async () => {
    const body = (await (await post("/v1/critique", { state, thoughts: ["tell a story", "ask for $2"], goals: ["the persuadee donates", { text: "the persuadee leaves", polarity: "negative" }] })).json()) as { p: number[][]; v?: number[] };
    expect(body.p).toHaveLength(2);
    expect(body.p[0]).toHaveLength(2);
  });

  it("validates with a 400 naming the field and serves the docs assets", async () => {
    const res = await post("/v1/plan", { state, knobs: { rounds: 9 } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { param: string } }).error.param).toBe("knobs.rounds");
    const css = await SELF.fetch("http://local/docs/swagger-ui.css");
    expect(css.status).toBe(200);
    expect((await css.text()).length).toBeGreaterThan(1000);
  });
});

describe("the app in workerd with a recording mock LLM", () => {
  const llm = new RecordingLanguageModel(plannerReplies({ refined: { thought: "refined", action: "refined reply" } }));
  const app = createApp({ models, languageModel: () => llm });

  it("runs propose and goals, critique, refine, and no separate act", async () => {
    llm.calls.length = 0;
    const res = await app.request("/v1/plan", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ state, knobs: { acceptThreshold: 1 } }) }, {});
    const body = (await res.json()) as { mode: string; action: string; usage: { llmCalls: number } };
    expect(body.mode).toBe("llm");
    expect(llm.countByTask()).toEqual({ "propose-thoughts": 1, "imagine-goals": 1, "refine-thought": 1 });
    expect(body.action).toBe("refined reply");
    expect(body.usage.llmCalls).toBe(3);
  });

  it("streams OpenAI chat chunks ending in [DONE]", async () => {
    const res = await app.request("/v1/chat/completions", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "test-small", stream: true, messages: [{ role: "user", content: "Why?" }], pnlc: { acceptThreshold: -1 } }) }, {});
    const text = await res.text();
    expect(text.trim().endsWith("data: [DONE]")).toBe(true);
    expect(text).toContain('"finish_reason":"stop"');
    expect(text).toContain('"pnlc":');
  });
});
