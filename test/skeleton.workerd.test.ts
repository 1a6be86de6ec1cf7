import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

describe("worker inside workerd", () => {
  it("answers /healthz", async () => {
    const res = await SELF.fetch("http://local/healthz");
    expect(res.status).toBe(200);
  });
});
