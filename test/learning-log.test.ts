import { describe, expect, it } from "vitest";
import type { Critic } from "../src/critic/types.ts";
import { D1DecisionLog } from "../src/log/d1.ts";
import { createApp } from "../src/worker/app.ts";
import { ModelStore } from "../src/worker/models/store.ts";
import { fakeCritic, FAKE_META } from "./helpers/fake-critic.ts";
import { count, sqljsD1 } from "./helpers/sqljs-d1.ts";
import { json } from "./helpers/service-app.ts";

const state = "Persuadee: I am not sure I want to donate to the charity.";

function appWith(models: Record<string, Critic> = { fake: fakeCritic() }) {
  const names = Object.keys(models);
  const store = new ModelStore(names.map((name) => ({ name, bytes: async () => new TextEncoder().encode(name) })), names[0]!, () => ({}) as WebAssembly.Module, (bytes) => models[new TextDecoder().decode(bytes)]!);
  return createApp({ models: store });
}

/** An execution context whose waitUntil promises the test can await (what workerd does after the response). */
function execCtx() {
  const pending: Promise<unknown>[] = [];
  return { ctx: { waitUntil: (p: Promise<unknown>) => void pending.push(p), passThroughOnException() {}, props: {} } as unknown as ExecutionContext, settle: () => Promise.all(pending) };
}

async function post(app: ReturnType<typeof appWith>, path: string, body: unknown, env: Record<string, unknown>, ctx?: ExecutionContext) {
  return app.request(path, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer s3cret-token" }, body: JSON.stringify(body) }, env, ctx);
}

describe("decision log", () => {
  it("without a PNLC_LOG binding nothing is logged and the response carries no log fields", async () => {
    const app = appWith();
    const res = await post(app, "/v1/plan", { state }, {});
    const body = await json(res);
    expect(res.status).toBe(200);
    expect(body.decisionId).toBeUndefined();
    expect(res.headers.get("x-pnlc-decision-id")).toBeNull();
    expect((await json(await app.request("/healthz", {}, {}))).log).toBeUndefined();
    const fb = await post(app, "/v1/feedback", { episodeId: "ep-1", outcome: { text: "donated", success: true } }, {});
    expect(fb.status).toBe(503);
  });

  it("writes every /v1/plan and chat decision after the response, with its id in the body and headers", async () => {
    const { d1, db } = await sqljsD1();
    const app = appWith();
    const env = { PNLC_LOG: d1, PNLC_API_TOKEN: "s3cret-token" };
    const { ctx, settle } = execCtx();
    const res = await post(app, "/v1/plan", { state, episodeId: "shop-7", step: 2, thoughts: ["ask what causes they care about", { thought: "insist until they donate", action: "Donate now." }] }, env, ctx);
    const body = await json(res);
    expect(res.status).toBe(200);
    expect(body.decisionId).toMatch(/^dec-/);
    expect(res.headers.get("x-pnlc-decision-id")).toBe(body.decisionId);
    expect(body.episodeId).toBe("shop-7");
    expect(body.candidates.map((c: { thought: string }) => c.thought).sort()).toEqual(["ask what causes they care about", "insist until they donate"]);
    expect(count(db, "SELECT COUNT(*) FROM decisions")).toBe(0); // not before the response's waitUntil work ran
    await settle();
    const row = db.exec("SELECT id, episode_id, step, propensity, model, model_sha256, candidates, knobs, state FROM decisions")[0]!;
    const [id, ep, step, propensity, model, sha, candidates, knobs, loggedState] = row.values[0]!;
    expect([id, ep, step, propensity, model]).toEqual([body.decisionId, "shop-7", 2, 1, "fake"]);
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    const cands = JSON.parse(candidates as string);
    expect(cands).toHaveLength(2);
    expect(cands[0].outcomes.length).toBeGreaterThan(0);
    expect(cands.map((c: { probability: number }) => c.probability)).toEqual([1, 0]);
    expect(JSON.parse(knobs as string).thoughts).toBeGreaterThan(0);
    expect(loggedState).toBe(state);
    expect(JSON.stringify(row.values)).not.toContain("s3cret-token");

    const chat = await post(app, "/v1/chat/completions", { model: "fake", messages: [{ role: "user", content: "Why?" }], pnlc: { episodeId: "shop-7" } }, env, ctx);
    const cbody = await json(chat);
    expect(cbody.pnlc.decisionId).toMatch(/^dec-/);
    await settle();
    expect(count(db, "SELECT COUNT(*) FROM decisions WHERE episode_id = 'shop-7'")).toBe(2);
    const health = await json(await app.request("/healthz", {}, env));
    expect(health.log).toEqual({ written: 2, missed: 0, pending: 0 });
  });

  it("generates an episode id when none is given and redacts configured patterns", async () => {
    const { d1, db } = await sqljsD1();
    const app = appWith();
    const { ctx, settle } = execCtx();
    const env = { PNLC_LOG: d1, PNLC_LOG_REDACT: JSON.stringify(["\\b\\d{4}-\\d{4}\\b"]) };
    const body = await json(await post(app, "/v1/plan", { state: "Persuadee: my card is 1234-5678, fine." }, env, ctx));
    await settle();
    expect(body.episodeId).toMatch(/^ep-/);
    expect(db.exec("SELECT state FROM decisions")[0]!.values[0]![0]).toBe("Persuadee: my card is [redacted], fine.");
  });

  it("with the database failing, requests still answer and the misses are counted in /healthz", async () => {
    const { d1, db, failing } = await sqljsD1();
    const app = appWith();
    const env = { PNLC_LOG: d1 };
    const { ctx, settle } = execCtx();
    failing(true);
    for (let i = 0; i < 3; i++) expect((await post(app, "/v1/plan", { state }, env, ctx)).status).toBe(200);
    await settle();
    const health = await json(await app.request("/healthz", {}, env));
    expect(health.log.missed).toBe(3);
    expect(health.log.written).toBe(0);
    expect(health.log.lastError).toContain("database unavailable");
    failing(false);
    await post(app, "/v1/plan", { state }, env, ctx);
    await settle();
    expect(count(db, "SELECT COUNT(*) FROM decisions")).toBe(1);
  });

  it("a hanging database is cut off at the write timeout and counted, the queue stays bounded", async () => {
    const never = { prepare: () => ({ bind: () => ({}) }), batch: () => new Promise(() => {}) } as unknown as D1Database;
    const log = new D1DecisionLog(never, { writeTimeoutMs: 30, flushDelayMs: 0, maxQueue: 5, batchSize: 2 });
    const rec = { id: "d", episodeId: "e", step: 0, createdAt: 0, source: "library", state: "s", candidates: [], chosenIndex: -1, thought: "", action: null, propensity: 1, model: "m", modelSha256: "", knobs: {}, latencyMs: 0, degraded: false };
    for (let i = 0; i < 7; i++) log.log({ ...rec, id: `d${i}` });
    expect(log.stats()).toMatchObject({ missed: 2, pending: 5 });
    const t0 = performance.now();
    await log.flush();
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(log.stats()).toMatchObject({ written: 0, missed: 7, pending: 0 });
  });
});

describe("retention", () => {
  it("deletes decisions and feedback older than PNLC_LOG_RETENTION_DAYS after a flush", async () => {
    const { d1, db } = await sqljsD1();
    const now = 100 * 86_400_000;
    const log = new D1DecisionLog(d1, { flushDelayMs: 0, retentionDays: 7, now: () => now });
    const rec = { step: 0, source: "library", state: "s", candidates: [], chosenIndex: -1, thought: "", action: null, propensity: 1, model: "m", modelSha256: "", knobs: {}, latencyMs: 0, degraded: false };
    log.log({ ...rec, id: "old", episodeId: "e-old", createdAt: now - 8 * 86_400_000 });
    log.log({ ...rec, id: "new", episodeId: "e-new", createdAt: now - 6 * 86_400_000 });
    db.exec(`INSERT INTO feedback VALUES ('e-old', 'x', 1, NULL, '[]', ${now - 9 * 86_400_000})`);
    await log.flush();
    expect(db.exec("SELECT id FROM decisions")[0]!.values).toEqual([["new"]]);
    expect(count(db, "SELECT COUNT(*) FROM feedback")).toBe(0);
  });
});

describe("POST /v1/feedback", () => {
  it("records once per episode: duplicate is 200, a different outcome 409, an unknown episode 404, bad input 400 naming the field", async () => {
    const { d1, db } = await sqljsD1();
    const app = appWith();
    const env = { PNLC_LOG: d1 };
    const { ctx } = execCtx();
    // no settle(): feedback must find the decision even while its write is still queued in this isolate
    await post(app, "/v1/plan", { state, episodeId: "ep-42", step: 0 }, env, ctx);
    await post(app, "/v1/plan", { state, episodeId: "ep-42", step: 1 }, env, ctx);
    const fb = { episodeId: "ep-42", outcome: { text: "the persuadee donates", success: true, value: 0.5 }, events: [{ step: 0, label: "the persuadee asks about the charity" }] };
    const first = await post(app, "/v1/feedback", fb, env);
    expect(first.status).toBe(200);
    expect(await json(first)).toEqual({ episodeId: "ep-42", decisions: 2, duplicate: false });
    const again = await post(app, "/v1/feedback", fb, env);
    expect(await json(again)).toMatchObject({ duplicate: true });
    const other = await post(app, "/v1/feedback", { ...fb, outcome: { ...fb.outcome, value: 2 } }, env);
    expect(other.status).toBe(409);
    expect((await json(other)).error.param).toBe("outcome.value");
    const unknown = await post(app, "/v1/feedback", { ...fb, episodeId: "ep-nope" }, env);
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error.param).toBe("episodeId");
    const noResult = await post(app, "/v1/feedback", { episodeId: "ep-42", outcome: { text: "x" } }, env);
    expect(noResult.status).toBe(400);
    expect((await json(noResult)).error.param).toBe("outcome.success");
    const lateStep = await post(app, "/v1/feedback", { episodeId: "ep-42", outcome: { text: "x", success: false }, events: [{ step: 5, label: "y" }] }, env);
    expect((await json(lateStep)).error.param).toBe("events[0].step");
    expect(count(db, "SELECT COUNT(*) FROM feedback")).toBe(1);
  });
});

describe("exploration, shadow and rollout", () => {
  it("the softmax knob picks by probability and logs the chosen candidate's propensity", async () => {
    const { d1, db } = await sqljsD1();
    const app = appWith();
    const env = { PNLC_LOG: d1 };
    const { ctx, settle } = execCtx();
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const body = await json(await post(app, "/v1/plan", { state, knobs: { explore: { method: "softmax", temperature: 0.5 } } }, env, ctx));
      seen.add(body.thought);
      const p = body.choice.probabilities;
      expect(p.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 5);
      expect(body.choice.propensity).toBe(p[body.choice.index]);
      expect(body.thought).toBe(body.candidates[body.choice.index].thought);
    }
    expect(seen.size).toBeGreaterThan(1);
    await settle();
    const rows = db.exec("SELECT propensity, chosen_index, candidates FROM decisions")[0]!.values;
    expect(rows).toHaveLength(30);
    for (const [prop, idx, cands] of rows) expect(prop).toBeCloseTo(JSON.parse(cands as string)[idx as number].probability, 4);
    expect(rows.some(([prop]) => (prop as number) < 1)).toBe(true);
  });

  it("a candidate model scores in shadow (no effect), then decides its PNLC_ROLLOUT share; the log records which decided", async () => {
    // the candidate ranks by the reverse of the live model, so its choice differs
    const live = fakeCritic();
    const base = fakeCritic({ ...FAKE_META, name: "cand" });
    const cand = { ...base, scoreQBank: (s: string, t: string[]) => base.scoreQBank(s, t).map((x) => 1 - x), scoreQ: (r: never) => base.scoreQ(r).map((x) => 1 - x) } as unknown as Critic;
    const app = appWith({ fake: live, cand });
    for (const [rollout, decider] of [["0", "fake"], ["1", "cand"]] as const) {
      const { d1, db } = await sqljsD1();
      const env = { PNLC_LOG: d1, PNLC_CANDIDATE_MODEL: "cand", PNLC_ROLLOUT: rollout };
      const { ctx, settle } = execCtx();
      const body = await json(await post(app, "/v1/plan", { state }, env, ctx));
      expect(body.model).toBe(decider);
      await settle();
      const [model, shadow] = db.exec("SELECT model, shadow FROM decisions")[0]!.values[0]!;
      expect(model).toBe(decider);
      const sh = JSON.parse(shadow as string);
      expect(sh.model).toBe(decider === "fake" ? "cand" : "fake");
      expect(sh.scores).toHaveLength(body.candidates.length);
      expect(sh.choice).not.toBe(0); // the other model would have picked another candidate
    }
  });
});
