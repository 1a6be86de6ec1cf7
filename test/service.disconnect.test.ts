/**
 * A client that goes away stops its plan (issue 18, item 9): cancelling a streamed response aborts
 * the plan's in-flight LLM calls and starts no later stage. Shown in Node through the app's own
 * stream cancel (Hono's onAbort), which is what a dropped connection does to the response body;
 * the dev runtime (wrangler dev) is not driven here.
 */
import { describe, expect, it } from "vitest";
import { plannerReplies, RecordingLanguageModel } from "../src/providers/mock/recording-model.ts";
import { clientDisconnects } from "../src/worker/middleware/disconnect.ts";
import { postJson, serviceApp } from "./helpers/service-app.ts";

const state = "Persuadee: I am not sure I want to donate to the charity.";
const LATENCY_MS = 150;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens a streamed request, lets it start, then drops it the way a closed connection does. */
async function dropAfterStart(path: string, body: object) {
  const llm = new RecordingLanguageModel(plannerReplies(), LATENCY_MS);
  const { app } = serviceApp({ llm });
  const res = await postJson(app, path, { ...body, stream: true });
  expect(res.status).toBe(200);
  await sleep(LATENCY_MS / 3); // propose and goals are in flight
  await res.body!.cancel();
  await sleep(LATENCY_MS * 6); // time for act (and refine) if planning went on
  return llm;
}

describe("client disconnect", () => {
  it("a dropped /v1/plan stream makes no call after the ones in flight", async () => {
    const before = clientDisconnects();
    const llm = await dropAfterStart("/v1/plan", { state, knobs: { acceptThreshold: -1 } });
    expect(llm.countByTask()).toEqual({ "propose-thoughts": 1, "imagine-goals": 1 });
    expect(clientDisconnects()).toBe(before + 1);
  });

  it("a dropped /v1/chat/completions stream makes no call after the ones in flight", async () => {
    const llm = await dropAfterStart("/v1/chat/completions", { model: "fake", messages: [{ role: "user", content: "Why should I give?" }], pnlc: { acceptThreshold: -1 } });
    expect(llm.countByTask()).toEqual({ "propose-thoughts": 1, "imagine-goals": 1 });
  });

  it("20 dropped streams make 40 calls (propose and goals each), not 60", async () => {
    const llm = new RecordingLanguageModel(plannerReplies(), LATENCY_MS);
    const { app } = serviceApp({ llm });
    const responses = await Promise.all(Array.from({ length: 20 }, () => postJson(app, "/v1/plan", { state, stream: true, knobs: { acceptThreshold: -1 } })));
    await sleep(LATENCY_MS / 3);
    await Promise.all(responses.map((r) => r.body!.cancel()));
    await sleep(LATENCY_MS * 6);
    expect(llm.calls.length).toBe(40);
  });

  it("a stream read to the end is not counted as a disconnect", async () => {
    const before = clientDisconnects();
    const llm = new RecordingLanguageModel(plannerReplies());
    const { app } = serviceApp({ llm });
    const text = await (await postJson(app, "/v1/plan", { state, stream: true, knobs: { acceptThreshold: -1 } })).text();
    expect(text).toContain("event: done");
    expect(clientDisconnects()).toBe(before);
  });
});
