/**
 * The decision log inside the real runtime: `wrangler dev` (workerd + miniflare's D1, a real SQLite
 * file) with the migrations applied; decisions and feedback over HTTP; then the file is exported
 * after the server stops, as an operator would (its newest rows may still be in the -wal file).
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, type Dev, startDev, writeConfig } from "../scripts/closed-loop/wrangler.ts";
import { runCli } from "./helpers/cli.ts";
import { json } from "./helpers/service-app.ts";

const work = mkdtempSync(join(tmpdir(), "pnlc-log-e2e-"));
let dev: Dev | undefined;

beforeAll(async () => {
  writeConfig(work);
  applyMigrations(work);
  dev = await startDev(work, {});
}, 120_000);

afterAll(async () => {
  await dev?.stop();
});

const post = async (path: string, body: unknown) => {
  const res = await fetch(`${dev!.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, json: await json(res) };
};

describe("decision log in wrangler dev (D1)", () => {
  it("logs every decision, takes feedback, and exports what it logged", async () => {
    const served: string[] = [];
    for (let step = 0; step < 3; step++) {
      const r = await post("/v1/plan", { state: "Persuadee: I am not sure.", episodeId: "e2e-1", step, knobs: { explore: { method: "epsilon", epsilon: 0.5 } } });
      expect(r.status).toBe(200);
      expect(r.headers.get("x-pnlc-decision-id")).toBe(r.json.decisionId);
      served.push(r.json.decisionId);
    }
    await post("/v1/plan", { state: "Persuadee: no.", episodeId: "e2e-open" }); // no outcome yet: left out of the export
    const fb = await post("/v1/feedback", { episodeId: "e2e-1", outcome: { text: "the persuadee donates to the charity", success: true, value: 1 } });
    expect(fb.status).toBe(200);
    expect(fb.json.decisions).toBe(3);
    expect((await post("/v1/feedback", { episodeId: "e2e-none", outcome: { text: "x", success: true } })).status).toBe(404);
    await new Promise((r) => setTimeout(r, 500));
    const health = await json(await fetch(`${dev!.url}/healthz`));
    expect(health.log).toMatchObject({ written: 4, missed: 0 });
    await dev!.stop();
    const dir = join(work, "state/v3/d1/miniflare-D1DatabaseObject");
    const file = join(dir, readdirSync(dir).find((n) => n.endsWith(".sqlite") && n !== "metadata.sqlite")!);
    const r = await runCli(["data", "export", "--d1", file, "--out", join(work, "t.jsonl"), "--task", "persuasion"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("left out 1 episodes without an outcome");
    const [ep] = readFileSync(join(work, "t.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(ep.id).toBe("e2e-1");
    expect(ep.meta.log.map((d: { id: string }) => d.id)).toEqual(served);
    expect(ep.meta.log.every((d: { propensity: number }) => d.propensity > 0 && d.propensity <= 1)).toBe(true);
  }, 120_000);
});
