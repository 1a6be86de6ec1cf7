/**
 * Inside workerd, the real Worker (bundled models, Wasm critic): the docs' examples work as sent,
 * the favicon is served, and a fast-check fuzz over the three POST routes gets only 2xx answers or
 * 4xx JSON errors naming the field, each within 4x its request plus a fixed allowance.
 */
import { SELF } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUNDLED_MODELS } from "../src/worker/models/registry.ts";

const RESPONSE_ALLOWANCE = 64 * 1024;
const POST_ROUTES = ["/v1/plan", "/v1/critique", "/v1/chat/completions"] as const;
const post = (path: string, body: string) => SELF.fetch(`http://local${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });

describe("API docs a new user can try", () => {
  it("every POST operation's example answers 200 as sent, with a bundled trained model", async () => {
    const doc = (await (await SELF.fetch("http://local/openapi.json")).json()) as {
      paths: Record<string, { post?: { requestBody: { content: { "application/json": { schema: { $ref: string } } } } } }>;
      components: { schemas: Record<string, { example?: { model?: string } }> };
    };
    for (const path of POST_ROUTES) {
      const ref = doc.paths[path]!.post!.requestBody.content["application/json"].schema.$ref.split("/").at(-1)!;
      const example = doc.components.schemas[ref]!.example;
      expect(example, `${path} has an example body`).toBeDefined();
      expect(BUNDLED_MODELS.map((m) => m.name)).toContain(example!.model);
      expect(example!.model).not.toBe("test-small"); // random weights: not something to show a new user
      const res = await post(path, JSON.stringify(example));
      expect(res.status, `${path} example`).toBe(200);
      await res.body?.cancel();
    }
  });

  it("/docs fits a phone and links back to the playground", async () => {
    const html = await (await SELF.fetch("http://local/docs")).text();
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/<a href="\/">[^<]*playground/i);
  });

  it("every model the Worker bundles has a page for people (no machine paths)", async () => {
    for (const { name } of BUNDLED_MODELS) {
      const res = await SELF.fetch(`http://local/models/${name}`, { headers: { accept: "text/html" } });
      expect(res.status, name).toBe(200);
      const html = await res.text();
      expect(html).toContain("What it predicts");
      expect(html).not.toMatch(/(?<![\w.])\/(?:tmp|home|Users|work)\//);
    }
  });

  it("serves /favicon.ico", async () => {
    const res = await SELF.fetch("http://local/favicon.ico");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/x-icon");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // ICO header
  });
});

/** Bodies from nearly valid to hostile: right fields with wrong types, sizes and prototype keys. */
const textish = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 200 }), fc.constant(""), fc.nat().map((n) => "x".repeat(n % 3000)));
const value = fc.oneof(textish, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(textish, { maxLength: 5 }), fc.dictionary(textish, textish, { maxKeys: 4 }));
const modelName = fc.constantFrom(undefined, "persuasion", "test-small", "webshop", "constructor", "__proto__", "toString", "gpt-4o-mini", "");
const message = fc.record({ role: fc.constantFrom("system", "user", "assistant", "tool", "developer", "nobody"), content: fc.oneof(textish, fc.array(fc.record({ type: fc.constant("text"), text: textish }), { maxLength: 4 }), value) }, { requiredKeys: [] });
const knobs = fc.record({ thoughts: fc.oneof(fc.integer({ min: -2, max: 20 }), value), rounds: fc.integer({ min: -1, max: 4 }), acceptThreshold: fc.double({ min: -2, max: 2 }), critic: fc.constantFrom("learned", "llm", "none", "x"), deadlineMs: fc.integer({ min: 0, max: 200_000 }), goals: fc.record({ positive: fc.integer({ min: -1, max: 9 }), source: fc.constantFrom("bank", "llm", "both") }, { requiredKeys: [] }) }, { requiredKeys: [] });
const profile = fc.oneof(fc.dictionary(fc.string({ maxLength: 45 }), fc.oneof(fc.double(), textish, fc.constant(null)), { maxKeys: 80 }), value);
const goal = fc.oneof(textish, fc.record({ text: textish, polarity: fc.constantFrom("positive", "negative", "neutral"), utility: fc.double({ min: -1, max: 2 }) }, { requiredKeys: ["text"] }));

const bodies = {
  "/v1/plan": fc.record({ model: modelName, state: textish, messages: fc.array(message, { maxLength: 6 }), task: textish, profile, knobs, stream: fc.constant(false) }, { requiredKeys: [] }),
  "/v1/critique": fc.record({ model: modelName, state: fc.oneof(textish, value), thoughts: fc.oneof(fc.array(textish, { maxLength: 70 }), value), goals: fc.oneof(fc.array(goal, { maxLength: 70 }), value) }, { requiredKeys: [] }),
  "/v1/chat/completions": fc.record({ model: modelName, messages: fc.array(message, { maxLength: 6 }), stream: fc.constant(false), pnlc: fc.oneof(knobs, value), profile }, { requiredKeys: [] }),
};

describe("fuzz: the three POST routes in workerd", () => {
  for (const path of POST_ROUTES) {
    it(`${path}: every answer is 2xx, or a 4xx JSON error naming the field, within 4x the request + ${RESPONSE_ALLOWANCE / 1024} KB`, async () => {
      const body = fc.oneof({ weight: 8, arbitrary: bodies[path] as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: fc.anything() });
      await fc.assert(
        fc.asyncProperty(body, async (b) => {
          const request = JSON.stringify(b) ?? "null";
          const res = await post(path, request);
          const answer = await res.text();
          expect(answer.length, `answer to ${request.slice(0, 200)}`).toBeLessThanOrEqual(4 * request.length + RESPONSE_ALLOWANCE);
          if (res.status >= 200 && res.status < 300) return;
          expect(res.status, `${res.status} for ${request.slice(0, 200)}: ${answer.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          const error = (JSON.parse(answer) as { error: { type: string; message: string; param: string | null } }).error;
          expect(error.message.length).toBeGreaterThan(0);
          if (res.status === 400 || res.status === 404) expect(error.param, `${res.status} names no field: ${answer.slice(0, 300)}`).toMatch(/\S/);
        }),
        { numRuns: 120, seed: 18 },
      );
    });
  }
});
