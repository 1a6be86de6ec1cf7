/**
 * Every request's work and answer are bounded (issue 18, items 6, 7, 10): /v1/critique answers by
 * reference within 4x its request plus a fixed allowance, a 400 carries a few issues however many
 * the body holds, and chat content given as parts has the same cap as a string.
 */
import { setFlagsFromString } from "node:v8";
import { getHeapStatistics } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { loadCriticFile } from "../src/critic/node.ts";
import { boundedCritique, rank } from "../src/worker/routes/critique.ts";
import { CRITIQUE_LIMITS } from "../src/worker/schemas.ts";
import { json, postJson, serviceApp } from "./helpers/service-app.ts";

/** The response bound of the issue's target: 4x the request plus this fixed allowance (p matrix, critique text, ranking). */
export const RESPONSE_ALLOWANCE = 64 * 1024;

/** Distinct texts of exactly n characters (distinct so no cache or dedup hides the cost). */
function text(seed: number, n: number): string {
  let s = "";
  for (let i = seed; s.length < n; i++) s += `word${i % 997} `;
  return s.slice(0, n);
}

/** A request at every /v1/critique cap: 64 thoughts x 64 goals sharing the total-characters budget. */
export function capSizedCritique(seed = 0) {
  const per = Math.floor(CRITIQUE_LIMITS.totalChars / (CRITIQUE_LIMITS.thoughts + CRITIQUE_LIMITS.goals));
  return {
    state: text(seed, 20_000),
    thoughts: Array.from({ length: CRITIQUE_LIMITS.thoughts }, (_, i) => text(seed + i * 7, per)),
    goals: Array.from({ length: CRITIQUE_LIMITS.goals }, (_, i) => ({ text: text(seed + i * 13 + 5, per), polarity: i % 2 ? "negative" : "positive" })),
  };
}

const realApp = () => serviceApp({ critic: loadCriticFile(new URL("../models/persuasion.pnlc", import.meta.url).pathname) });

describe("/v1/critique answers by reference", () => {
  it("lists goals and thoughts once, p[t][g] by index, and a ranking of thought indexes", async () => {
    const { app } = serviceApp();
    const res = await postJson(app, "/v1/critique", { state: "hi", thoughts: ["ask what causes they care about", "insist until they donate"], goals: ["the persuadee agrees to donate", { text: "the persuadee gets annoyed", polarity: "negative" }] });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.thoughts).toEqual(["ask what causes they care about", "insist until they donate"]);
    expect(body.goals.map((g: { text: string }) => g.text)).toEqual(["the persuadee agrees to donate", "the persuadee gets annoyed"]);
    expect(body.p).toHaveLength(2);
    expect(body.p[0]).toHaveLength(2);
    expect(body.candidates).toBeUndefined(); // the per-candidate copy of every goal text is gone
    expect(body.ranking.map((r: { thought: number }) => r.thought).sort()).toEqual([0, 1]);
    const [best] = body.ranking;
    expect(best.score).toBeCloseTo(body.p[best.thought][0] - body.p[best.thought][1], 2);
    expect(body.critique).toContain("Thought 1 (score");
    expect(body.critiqueTruncated).toBe(false);
  });

  it("answers a cap-sized request within 4x its size plus the allowance", async () => {
    const { app } = realApp();
    const request = JSON.stringify(capSizedCritique());
    const res = await postJson(app, "/v1/critique", request);
    expect(res.status).toBe(200);
    const answer = await res.text();
    expect(answer.length).toBeLessThanOrEqual(4 * request.length + RESPONSE_ALLOWANCE);
    const body = JSON.parse(answer);
    expect(body.p).toHaveLength(64);
    expect(body.ranking).toHaveLength(64);
    expect(body.critiqueTruncated).toBe(true);
    expect(body.critique.length).toBeLessThanOrEqual(CRITIQUE_LIMITS.critiqueChars + 100);
  });

  it("refuses more characters than the work budget with a 400 naming thoughts", async () => {
    const { app } = serviceApp();
    const big = { state: "hi", thoughts: Array.from({ length: 64 }, (_, i) => text(i, 2000)) };
    const res = await postJson(app, "/v1/critique", big);
    expect(res.status).toBe(400);
    expect((await json(res)).error.param).toBe("thoughts");
  });

  it("keeps the heap under 64 MB under a bounded load of cap-sized requests", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const { app } = realApp();
    const requests = Array.from({ length: 8 }, (_, i) => JSON.stringify(capSizedCritique(i * 101)));
    await postJson(app, "/v1/critique", requests[0]!); // load the model before the baseline
    gc();
    const base = getHeapStatistics().used_heap_size;
    // Eight requests in flight at once, every answer still held (unread): no GC runs in between, so the
    // figure counts the garbage of all eight as well, an upper bound on their peak.
    const answers = await Promise.all(requests.map((r) => postJson(app, "/v1/critique", r)));
    const grown = getHeapStatistics().used_heap_size - base;
    expect(answers.every((a) => a.status === 200)).toBe(true);
    console.log(`critique load: 8 cap-sized requests grew the heap by ${(grown / 2 ** 20).toFixed(1)} MB`);
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  });

  it("cuts the critique text line by line at its cap and says so", () => {
    const goals = [{ text: "g".repeat(50), polarity: "positive" as const, source: "request" as const }];
    const matrix = Array.from({ length: 100 }, () => [0.5]);
    const ranking = rank(matrix, goals);
    const { text: out, truncated } = boundedCritique(ranking, matrix.map((_, i) => `thought ${i}`), goals, matrix, 1000);
    expect(truncated).toBe(true);
    expect(out.length).toBeLessThanOrEqual(1100);
    expect(out.endsWith("p and ranking cover every thought]")).toBe(true);
  });
});

describe("400s stay small", () => {
  it("checks the profile's field count before its fields: 25,000 bad keys give one short issue", async () => {
    const { app } = serviceApp();
    const profile: Record<string, string> = {};
    for (let i = 0; i < 25_000; i++) profile[`${"k".repeat(41)}${i}`] = "x";
    const request = JSON.stringify({ state: "hi", profile });
    const res = await postJson(app, "/v1/plan", request, { PNLC_MAX_BODY_BYTES: "2000000" });
    expect(res.status).toBe(400);
    const answer = await res.text();
    expect(answer.length).toBeLessThan(2048);
    expect(JSON.parse(answer).error.param).toBe("profile");
  });

  it("returns at most 5 issues, each without nested union errors", async () => {
    const { app } = serviceApp();
    const messages = Array.from({ length: 200 }, () => ({ role: "nobody", content: 5 }));
    const res = await postJson(app, "/v1/chat/completions", { model: "fake", messages });
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.error.issues.length).toBeLessThanOrEqual(5);
    expect(JSON.stringify(body).length).toBeLessThan(4096);
  });
});

describe("chat content as parts", () => {
  it("caps the characters over all parts like a string (400 naming the message content)", async () => {
    const { app } = serviceApp();
    const parts = Array.from({ length: 30 }, () => ({ type: "text", text: "x".repeat(1000) }));
    const res = await postJson(app, "/v1/chat/completions", { model: "fake", messages: [{ role: "user", content: parts }] });
    expect(res.status).toBe(400);
    expect((await json(res)).error.param).toMatch(/^messages\.0\.content/);
  });

  it("still accepts parts within the cap", async () => {
    const { app } = serviceApp();
    const res = await postJson(app, "/v1/chat/completions", { model: "fake", messages: [{ role: "user", content: [{ type: "text", text: "Why should I donate?" }] }] });
    expect(res.status).toBe(200);
  });
});
