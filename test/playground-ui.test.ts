/**
 * The playground's routes in process (no browser): content negotiation at `/`, the bundled assets,
 * and the model page with and without reliability bins. The browser test is test/playground.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { ModelMeta } from "../src/critic/types.ts";
import { reliabilityBins } from "../src/train/metrics.ts";
import { findReliabilityBins, flattenRows } from "../src/ui/meta-view.ts";
import { FAKE_META, fakeCritic } from "./helpers/fake-critic.ts";
import { serviceApp } from "./helpers/service-app.ts";

const HTML = { accept: "text/html,application/xhtml+xml" };

/** Bins in the trainer's own format, from a seeded synthetic set of predictions and outcomes. */
function trainerBins() {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const p = Array.from({ length: 400 }, rand);
  const y = p.map((q) => (rand() < q ? 1 : 0));
  return reliabilityBins(p, y);
}

describe("playground routes", () => {
  it("serves the page to browsers and keeps the JSON index for API clients", async () => {
    const { app } = serviceApp();
    const page = await app.request("/", { headers: HTML });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain('<option value="fake" selected="">fake (default)</option>');
    expect(html).toContain('<label for="message">');
    expect(html).toContain("offline mode");
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[a-z]/i); // no CDN: every asset is ours
    const api = await app.request("/");
    expect(((await api.json()) as { name: string }).name).toBe("pnlc-edge");
  });

  it("serves its script and stylesheet from the bundle; the script parses", async () => {
    const { app } = serviceApp();
    const js = await app.request("/ui/playground.js");
    expect(js.headers.get("content-type")).toContain("javascript");
    const source = await js.text();
    expect(() => new Function(source)).not.toThrow();
    const css = await app.request("/ui/playground.css");
    expect(css.headers.get("content-type")).toContain("text/css");
    expect((await css.text()).length).toBeGreaterThan(1000);
  });

  it("draws the reliability diagram from the model's bins and lists its metrics", async () => {
    const bins = trainerBins();
    const meta: ModelMeta = { ...FAKE_META, training: { data: "trajectories.jsonl", validation: { auc: 0.71, brier: 0.2, ece: 0.04 } }, evaluation: { heldout: { auc: 0.66, n_dialogues: 30, bins } } };
    const { app } = serviceApp({ critic: fakeCritic(meta) });
    const res = await app.request("/models/fake", { headers: HTML });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<svg[^>]*role="img"/);
    const markers = html.match(/class="pt"/g) ?? [];
    expect(markers.length).toBe(bins.filter((b) => b.count > 0).length);
    expect(html).toContain(`predicted ${bins[0]!.meanP.toFixed(2)}, observed ${bins[0]!.rate.toFixed(2)} (n=${bins[0]!.count})`);
    expect(html).toContain("validation.auc");
    expect(html).toContain("trajectories.jsonl");
    expect(html).not.toContain('id="calibration-na"');
  });

  it("says the diagram is not available when the model has no bins, and escapes metadata", async () => {
    const meta: ModelMeta = { ...FAKE_META, description: "<script>alert(1)</script>", training: { kind: "random-init" } };
    const { app } = serviceApp({ critic: fakeCritic(meta) });
    const html = await (await app.request("/models/fake", { headers: HTML })).text();
    expect(html).toContain('id="calibration-na"');
    expect(html).not.toContain("<svg");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("answers 404 with the known models for an unknown name", async () => {
    const { app } = serviceApp();
    const res = await app.request("/models/nope", { headers: HTML });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('href="/models/fake"');
  });
});

describe("model metadata view", () => {
  it("finds bins at any depth and keeps them out of the flat rows", () => {
    const bins = trainerBins();
    const found = findReliabilityBins({ a: { b: { bins } }, c: 1 }, "evaluation");
    expect(found).toEqual([{ source: "evaluation.a.b", label: "evaluation a b", bins }]);
    expect(flattenRows({ a: { b: { bins, auc: 0.5 } }, c: [1, 2], d: null })).toEqual([
      { key: "a.b.auc", value: "0.500" },
      { key: "c", value: "1, 2" },
      { key: "d", value: "none" },
    ]);
  });

  it("leaves out what is only for programs: fingerprints, and long values said in words", () => {
    const rows = flattenRows({ episodes: { count: 644, fingerprints: "5YIOAf7X".repeat(400) }, note: "n".repeat(250) });
    expect(rows).toEqual([
      { key: "episodes.count", value: "644" },
      { key: "note", value: "(250 characters of data for programs)" },
    ]);
  });
});
