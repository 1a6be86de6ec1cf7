import { describe, expect, it } from "vitest";
import app from "../src/worker/index.ts";

describe("worker app in node", () => {
  it("answers /healthz", async () => {
    const res = await app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });
});
