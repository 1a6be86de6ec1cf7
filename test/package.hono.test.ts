/**
 * pnlc-edge/hono in Node: the sub-app a user mounts under a prefix keeps our validation, JSON errors,
 * body limit and bearer auth, loads models given as bytes or as a function of the env, and rejects
 * bad options when it is built.
 */
import { Hono } from "hono";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pnlc } from "pnlc-edge/hono";

const persuasion = readFileSync(new URL("../models/persuasion.pnlc", import.meta.url));
const webshop = new Uint8Array(readFileSync(new URL("../models/webshop.pnlc", import.meta.url)));

function userApp(env: Record<string, unknown> = {}) {
  const app = new Hono();
  app.get("/", (c) => c.text("mine"));
  app.route("/pnlc", pnlc({ models: { persuasion: persuasion.buffer.slice(persuasion.byteOffset, persuasion.byteOffset + persuasion.byteLength) as ArrayBuffer, webshop: (e) => (e.SEEN = true, webshop) } }));
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }, env);
  return { app, post };
}

describe("pnlc() mounted in a user's Hono app", () => {
  it("serves the API under the prefix next to the user's routes, with both models", async () => {
    const env: Record<string, unknown> = {};
    const { app, post } = userApp(env);
    expect(await (await app.request("/")).text()).toBe("mine");
    const models = (await (await app.request("/pnlc/v1/models", {}, env)).json()) as { data: Array<{ id: string; pnlc: { default: boolean; task: string } }> };
    expect(models.data.map((m) => [m.id, m.pnlc.task, m.pnlc.default])).toEqual([["persuasion", "persuasion", true], ["webshop", "webshop", false]]);
    expect(env.SEEN).toBe(true);
    const res = await post("/pnlc/v1/plan", { model: "webshop", state: "Instruction: i need a red t-shirt. Page: search results." });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { mode: string }).mode).toBe("offline");
  });

  it("answers bad input, unknown models and oversized bodies with JSON errors naming the field", async () => {
    const { post } = userApp();
    const bad = await post("/pnlc/v1/critique", { state: "s", thoughts: [] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { param: string } }).error.param).toBe("thoughts");
    const unknown = await post("/pnlc/v1/plan", { model: "nope", state: "s" });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { param: string } }).error.param).toBe("model");
    const { post: smallPost } = userApp({ PNLC_MAX_BODY_BYTES: "1024" });
    expect((await smallPost("/pnlc/v1/plan", { state: "x".repeat(4096) })).status).toBe(413);
  });

  it("asks for the bearer token when PNLC_API_TOKEN is set in the user's env", async () => {
    const { post } = userApp({ PNLC_API_TOKEN: "t0ken" });
    expect((await post("/pnlc/v1/critique", { state: "s", thoughts: ["a"] })).status).toBe(401);
    expect((await post("/pnlc/v1/critique", { state: "s", thoughts: ["a"] }, { authorization: "Bearer t0ken" })).status).toBe(200);
  });

  it("rejects bad options when it is built", () => {
    expect(() => pnlc({ models: {} })).toThrow(/options.models is empty/);
    expect(() => pnlc({ models: { "bad name": persuasion } })).toThrow(/not a valid model name/);
    expect(() => pnlc({ models: { persuasion: "bytes" as never } })).toThrow(/options.models.persuasion/);
    expect(() => pnlc({ models: { persuasion }, defaultModel: "webshop" })).toThrow(/defaultModel "webshop"/);
  });
});
