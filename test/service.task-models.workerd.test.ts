/**
 * Inside workerd, the real Worker serves every task critic by name: persuasion bundled, webshop and
 * avalon from its static assets (checked by sha256), each listed in /v1/models and able to plan.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const post = (path: string, body: unknown) =>
  SELF.fetch(`http://local${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("task critics by name in the Worker", () => {
  it("lists persuasion, webshop and avalon with their tasks", async () => {
    const body = (await (await SELF.fetch("http://local/v1/models")).json()) as { data: Array<{ id: string; pnlc: { task?: string } }> };
    const tasks = Object.fromEntries(body.data.map((m) => [m.id, m.pnlc.task]));
    expect(tasks).toMatchObject({ persuasion: "persuasion", webshop: "webshop", avalon: "avalon" });
  });

  for (const [model, state] of [
    ["webshop", "Instruction: i need a red cotton t-shirt under 20 dollars. Page: search results."],
    ["avalon", "Merlin. Quest 1: the leader proposes a team."],
  ] as const)
    it(`plans offline with ${model}`, async () => {
      const res = await post("/v1/plan", { model, state });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { degraded: boolean; candidates: Array<{ outcomes: Array<{ p: number }> }> };
      expect(body.degraded).toBe(false);
      expect(body.candidates.length).toBeGreaterThan(1);
      expect(body.candidates[0]!.outcomes.every((o) => o.p >= 0 && o.p <= 1)).toBe(true);
    });

  it("serves the model pages", async () => {
    for (const model of ["webshop", "avalon"]) expect((await SELF.fetch(`http://local/models/${model}`)).status).toBe(200);
  });
});
