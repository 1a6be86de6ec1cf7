import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const post = (path: string, body: unknown) =>
  SELF.fetch(`http://local${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("a user's Worker with pnlc-edge mounted under /pnlc (inside workerd)", () => {
  it("keeps its own routes", async () => {
    expect(await (await SELF.fetch("http://local/")).text()).toContain("my app");
  });

  it("lists the mounted model", async () => {
    const body = (await (await SELF.fetch("http://local/pnlc/v1/models")).json()) as { data: Array<{ id: string }> };
    expect(body.data.map((m) => m.id)).toEqual(["persuasion"]);
  });

  it("plans offline with the packaged Wasm critic and model", async () => {
    const res = await post("/pnlc/v1/plan", { state: "Persuadee: I have never heard of this charity." });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { mode: string; degraded: boolean; candidates: Array<{ outcomes: Array<{ p: number }> }> };
    expect(body.mode).toBe("offline");
    expect(body.degraded).toBe(false);
    expect(body.candidates[0]!.outcomes.every((o) => o.p > 0 && o.p < 1)).toBe(true);
  });

  it("answers bad input with the package's JSON error naming the field", async () => {
    const res = await post("/pnlc/v1/critique", { state: "Persuadee: hi", thoughts: [] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { param: string } }).error.param).toBe("thoughts");
  });
});
