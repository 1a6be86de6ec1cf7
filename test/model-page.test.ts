/**
 * The model page is for a person (issue 18, item 2): what the model is for, what it predicts and how
 * well, calibration with bin counts, training in words, details folded away, no machine paths, and
 * it fits a 390 px screen. Every model file in models/ is rendered (the ones the Worker bundles and
 * the ones it may bundle), plus an old-style file whose metadata carries absolute paths.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readModelFile } from "../src/critic/model-file.ts";
import { loadWasmModuleFromDisk } from "../src/critic/node.ts";
import { loadCritic } from "../src/critic/wasm-critic.ts";
import type { ModelMeta } from "../src/critic/types.ts";
import { modelPage } from "../src/ui/pages/model.tsx";
import { withoutPaths } from "../src/ui/model-view.ts";
import { createApp } from "../src/worker/app.ts";
import { ModelStore, type ModelEntry } from "../src/worker/models/store.ts";
import { BASE, haveChromium, withAppPage } from "./helpers/browser-app.ts";
import { FAKE_META } from "./helpers/fake-critic.ts";

const MODELS = new URL("../models/", import.meta.url).pathname;
const files = readdirSync(MODELS).filter((f) => f.endsWith(".pnlc")).map((f) => f.replace(/\.pnlc$/, ""));
const metaOf = (name: string) => readModelFile(new Uint8Array(readFileSync(`${MODELS}${name}.pnlc`))).meta;
const entries: ModelEntry[] = files.map((name) => ({ name, source: "bundled", isDefault: name === "persuasion" }));
/** The page without its folded parts (<details>): what a person sees first. */
const unfolded = (html: string) => html.replace(/<details[\s\S]*?<\/details>/g, "");

describe("model page", () => {
  it("covers the task models", () => expect(files).toEqual(expect.arrayContaining(["persuasion", "webshop", "avalon"])));

  for (const name of files) {
    it(`${name}: says what it is for and predicts, with plain labels and no machine paths`, () => {
      const meta = metaOf(name);
      const html = modelPage(meta, entries);
      expect(html).toContain("What it predicts");
      for (const g of meta.goals) expect(html).toContain(g.text.replace(/&/g, "&amp;").replace(/'/g, "&#39;"));
      expect(html).not.toMatch(/(?<![\w.])\/(?:tmp|home|Users|work|var)\//); // no path from the training machine
      expect(unfolded(html)).not.toMatch(/\b[a-z]+\.[a-zA-Z_]+\.[a-zA-Z_]+/); // no dotted raw keys (config.w1Eps) outside the folded details
    });
  }

  it("a goal table per outcome from held-out figures (persuasion), with base rate, AUC and Brier", () => {
    const html = modelPage(metaOf("persuasion"), entries);
    const table = /<table class="goal-figures">[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
    expect((table.match(/<tr>/g) ?? []).length).toBe(1 + 4); // header + the four outcome goals
    expect(table).toContain("the persuadee donates $1 or more");
    expect(html).toContain("held-out dialogues (158)");
  });

  it("an old file's absolute paths show as file names", () => {
    const meta: ModelMeta = { ...FAKE_META, training: { data: "/tmp/x7/run/p4g.jsonl", counts: { episodes: 10, train: 8 } }, evaluation: { heldout: { measuredOn: "/home/me/m80.pnlc: same config", per_goal: {} } } };
    const html = modelPage(meta, entries);
    expect(html).toContain("p4g.jsonl");
    expect(html).not.toContain("/tmp/x7");
    expect(html).not.toContain("/home/me");
    expect(withoutPaths("C:\\Users\\me\\data\\t.jsonl and /var/x/y.pnlc, and/or /v1")).toBe("t.jsonl and y.pnlc, and/or /v1");
  });

  it("draws a bin with few predictions hollow and off the line, not as a spike to 0 or 1", () => {
    const bins = [
      { lo: 0, hi: 0.5, count: 400, meanP: 0.3, rate: 0.32 },
      { lo: 0.5, hi: 0.9, count: 500, meanP: 0.6, rate: 0.61 },
      { lo: 0.9, hi: 1, count: 2, meanP: 0.93, rate: 0 },
    ];
    const html = modelPage({ ...FAKE_META, training: { validation: { auc: 0.7, reliability: bins } } }, entries);
    const line = /<polyline points="([^"]*)"/.exec(html)![1]!;
    expect(line.trim().split(" ")).toHaveLength(2); // the two well-filled bins only
    expect((html.match(/class="pt few"/g) ?? []).length).toBe(1);
    expect(html).toContain("predictions per bin");
  });
});

describe.skipIf(!haveChromium("the model page browser check"))("model page in Chromium at 390 px", () => {
  it("every model page fits the width and stays short", async () => {
    const store = new ModelStore(files.map((name) => ({ name, bytes: async () => new Uint8Array(readFileSync(`${MODELS}${name}.pnlc`)) })), "persuasion", () => loadWasmModuleFromDisk(), loadCritic);
    await withAppPage(createApp({ models: store }), 390, async (page) => {
      for (const name of files) {
        expect((await page.goto(`${BASE}/models/${name}`))!.status()).toBe(200);
        const { over, height } = await page.evaluate(() => ({ over: document.documentElement.scrollWidth - window.innerWidth, height: document.documentElement.scrollHeight }));
        expect(over, name).toBeLessThanOrEqual(0);
        expect(height, name).toBeLessThan(4000); // the raw dump was 5,700 px; the default critic now has 10 goals (donation buckets + reactions)
      }
    });
  });
});

describe("model page under its served name", () => {
  it("names the model and links the playground by the name it is served under, not the file's own name", () => {
    const html = modelPage({ ...FAKE_META, name: "g2" }, [], "webshop");
    expect(html).toContain("<h1>Model <code>webshop</code></h1>");
    expect(html).toContain('href="/?model=webshop"');
    expect(html).not.toContain("?model=g2");
  });
});
