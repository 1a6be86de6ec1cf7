/**
 * The playground at 390 px in Chromium (issue 18, item 5): after a plan, the timing table shows all
 * four columns without a hidden scroll, and the page asks for no missing favicon.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadWasmModuleFromDisk } from "../src/critic/node.ts";
import { loadCritic } from "../src/critic/wasm-critic.ts";
import { createApp } from "../src/worker/app.ts";
import { ModelStore } from "../src/worker/models/store.ts";
import { BASE, haveChromium, withAppPage } from "./helpers/browser-app.ts";

const model = new URL("../models/persuasion.pnlc", import.meta.url).pathname;

describe.skipIf(!haveChromium("the playground phone check"))("playground at 390 px", () => {
  it("keeps every column of the timing table in view, and loads without a console error", async () => {
    const app = createApp({ models: new ModelStore([{ name: "persuasion", bytes: async () => new Uint8Array(readFileSync(model)) }], "persuasion", () => loadWasmModuleFromDisk(), loadCritic) });
    await withAppPage(app, 390, async (page) => {
      const errors: string[] = [];
      page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
      await page.goto(`${BASE}/`);
      await page.locator("#message").fill("Why should I give money?");
      await page.locator("#plan").click();
      await page.locator('#stages li[data-stage="done"].done').waitFor({ timeout: 30_000 });
      const wrap = await page.evaluate(() => {
        const w = document.querySelector("#timings .table-wrap") as HTMLElement;
        return { scroll: w.scrollWidth, client: w.clientWidth, columns: w.querySelectorAll("thead th").length };
      });
      expect(wrap.columns).toBe(4);
      expect(wrap.scroll).toBeLessThanOrEqual(wrap.client);
      expect(await page.evaluate(async () => (await fetch("/favicon.ico?from=test")).status)).toBe(200);
      expect(errors).toEqual([]);
    });
  });
});
