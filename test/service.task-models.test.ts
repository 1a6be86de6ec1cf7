/** The checksums the Worker verifies its asset-served models against are those of the committed files. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromAssets } from "../src/worker/models/assets.ts";

const registry = readFileSync(new URL("../src/worker/models/registry.ts", import.meta.url), "utf8");
const sha = (name: string) => createHash("sha256").update(readFileSync(new URL(`../models/${name}.pnlc`, import.meta.url))).digest("hex");

describe("models served from the Worker's static assets", () => {
  for (const name of ["webshop", "avalon"])
    it(`${name}: the registry's sha256 is the committed file's`, () => {
      expect(registry).toContain(`fromAssets("${name}", "${sha(name)}")`);
    });

  it("rejects an asset whose bytes do not match the checksum, and a missing binding", async () => {
    const bytes = readFileSync(new URL("../models/test-small.pnlc", import.meta.url));
    const ASSETS = { fetch: async () => new Response(bytes) } as unknown as Fetcher;
    await expect(fromAssets("webshop", sha("webshop"))({ ASSETS })).rejects.toMatchObject({ status: 502, type: "model_checksum_mismatch" });
    await expect(fromAssets("webshop", sha("webshop"))({})).rejects.toMatchObject({ status: 503 });
    const ok = await fromAssets("test-small", createHash("sha256").update(bytes).digest("hex"))({ ASSETS });
    expect(new Uint8Array(ok)).toEqual(new Uint8Array(bytes));
  });
});
