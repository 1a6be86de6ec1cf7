/**
 * The playground in real headless Chromium against `wrangler dev` (the real runtime, offline mode,
 * the bundled default model): type a message, watch the decision stream in, and check that every bar
 * shows the probability the API returns for the same request. Screenshots go to test-artifacts/.
 * Chromium missing: CI fails (.ci/run installs it), elsewhere the file skips with the reason printed.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockLlmServer, startMockLlm } from "../src/mock-llm/server.ts";
import { startWranglerDev, type WranglerDev } from "./helpers/wrangler-dev.ts";

const CHROMIUM = process.env.PNLC_CHROMIUM ?? "/usr/bin/chromium";
/** Set when the offline server is up: free ports, so parallel test files and other runs never collide. */
let BASE = "";
const ROOT = new URL("..", import.meta.url).pathname;
const ARTIFACTS = join(ROOT, "test-artifacts");

function haveChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const why = `chromium not found at ${CHROMIUM} (apt-get install chromium, or set PNLC_CHROMIUM)`;
  if (process.env.CI) throw new Error(`${why}: required in CI`);
  console.warn(`skipping the playground browser tests: ${why}`);
  return false;
}

interface ShownCandidate {
  thought: string;
  bars: Array<{ goal: string; polarity: string; tag: string; now: number; width: number; text: string }>;
}

async function shownCandidates(page: Page): Promise<ShownCandidate[]> {
  return page.$$eval("#candidates .cand", (cards) =>
    cards.map((card) => ({
      thought: card.getAttribute("data-thought") ?? "",
      bars: [...card.querySelectorAll(".outcome")].map((row) => {
        const bar = row.querySelector('[role="meter"]') as HTMLElement;
        return {
          goal: bar.getAttribute("data-goal") ?? "",
          polarity: bar.getAttribute("data-polarity") ?? "",
          tag: row.querySelector(".tag")?.textContent ?? "",
          now: Number(bar.getAttribute("aria-valuenow")),
          width: parseFloat((bar.firstElementChild as HTMLElement).style.width),
          text: row.querySelector(".value")?.textContent ?? "",
        };
      }),
    })),
  );
}

/** Plans with the page and returns the exact body the page POSTed (to replay it against the API). */
async function planFromPage(page: Page, submit: () => Promise<void>, base = BASE): Promise<Record<string, unknown>> {
  const request = page.waitForRequest((r) => r.url() === `${base}/v1/plan` && r.method() === "POST");
  await submit();
  const body = JSON.parse((await request).postData() ?? "{}");
  await page.locator('#stages li[data-stage="done"].done').waitFor({ timeout: 30_000 });
  return body;
}

async function apiPlan(body: Record<string, unknown>, base = BASE) {
  const res = await fetch(`${base}/v1/plan`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...body, stream: false }) });
  expect(res.status).toBe(200);
  return res.json() as Promise<{ candidates: Array<{ thought: string; outcomes: Array<{ goal: string; polarity: string; p: number }> }>; critique: string; action: string | null; mode: string; usage: { llmCalls: number }; rounds: Array<{ decision: string }> }>;
}

function expectBarsMatch(shown: ShownCandidate[], api: Awaited<ReturnType<typeof apiPlan>>): void {
  expect(shown.map((c) => c.thought)).toEqual(api.candidates.map((c) => c.thought));
  let bars = 0;
  api.candidates.forEach((cand, i) => {
    const got = shown[i]!.bars;
    expect(got.map((b) => b.goal)).toEqual(cand.outcomes.map((o) => o.goal));
    cand.outcomes.forEach((o, j) => {
      const bar = got[j]!;
      expect(bar.polarity).toBe(o.polarity);
      expect(bar.tag).toContain(o.polarity === "positive" ? "hoped for" : "to avoid"); // not told apart by colour alone
      expect(Math.abs(bar.now - o.p)).toBeLessThan(1e-9);
      expect(Math.abs(bar.width - o.p * 100)).toBeLessThan(0.01);
      expect(bar.text).toBe(o.p.toFixed(2));
      bars++;
    });
  });
  expect(bars).toBeGreaterThan(0);
}

describe.skipIf(!haveChromium())("playground in headless Chromium (wrangler dev)", () => {
  let wrangler: WranglerDev | undefined;
  let browser: BrowserContext | undefined;
  let profile = "";

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), "pnlc-chromium-"));
    if (!existsSync(join(ROOT, "build/critic.wasm"))) throw new Error("build/critic.wasm is missing: run `npm run build` first (npm test does)");
    wrangler = await startWranglerDev({});
    BASE = wrangler.url;
    // A fresh profile directory per run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ["--no-sandbox", "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await wrangler?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("types a message, streams the decision and draws the API's probabilities", async () => {
    const page = await browser!.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${BASE}/`);
    await expect(page.locator("#transcript li").count()).resolves.toBeGreaterThan(0); // an example is preloaded
    const typed = "I'd like to help, but how do I know the money really reaches the children?";
    await page.locator("#message").fill(typed);
    const body = await planFromPage(page, () => page.locator("#message").press("Control+Enter"));
    expect(body.stream).toBe(true);
    expect((body.messages as Array<{ content: string }>).at(-1)!.content).toBe(typed);

    const api = await apiPlan(body);
    expect(api.mode).toBe("offline");
    expectBarsMatch(await shownCandidates(page), api);
    expect((await page.locator("#critique pre").last().textContent())?.trim()).toBe(api.critique.trim());
    expect(await page.locator("#final-action").textContent()).toBe(api.action ?? "(no action could be produced)");
    expect(await page.locator("#timings tbody tr").count()).toBe(7); // six stages + total
    expect(await page.locator("#error").isHidden()).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "playground.png"), fullPage: true });
    await page.close();
  });

  it("works on a phone-sized screen with the keyboard alone", async () => {
    const page = await browser!.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${BASE}/`);
    await page.locator("#example").selectOption({ index: 1 });
    await page.locator("#load-example").focus();
    await page.keyboard.press("Enter");
    await page.locator("#message").fill("Could I give just a little?");
    await page.locator("#plan").focus();
    const body = await planFromPage(page, () => page.keyboard.press("Enter"));
    expectBarsMatch(await shownCandidates(page), await apiPlan(body));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, "playground-phone.png"), fullPage: true });
    await page.close();
  });

  it("shows the model page: training, metrics and calibration (or that it is not available)", async () => {
    const models = (await (await fetch(`${BASE}/v1/models`)).json()) as { data: Array<{ id: string; pnlc: { default: boolean; goals?: number; thoughts?: number } }> };
    const model = models.data.find((m) => m.pnlc.default) ?? models.data[0]!;
    const page = await browser!.newPage();
    await page.goto(`${BASE}/`);
    await page.locator("#model-link").click();
    await page.waitForURL(`${BASE}/models/${model.id}`);
    expect(await page.locator("h1").textContent()).toContain(model.id);
    expect(await page.locator("#goals-h + ul li").count()).toBe(model.pnlc.goals);
    const diagrams = await page.locator('#cal-h ~ figure svg[role="img"]').count();
    const notAvailable = await page.locator("#calibration-na").count();
    expect(diagrams + notAvailable).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "model.png"), fullPage: true });
    const missing = await page.goto(`${BASE}/models/no-such-model`);
    expect(missing!.status()).toBe(404);
    await page.close();
    // at phone width with every fold open: nothing wider than the screen, no data dumps for programs
    const phone = await browser!.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${BASE}/models/${model.id}`);
    await phone.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const longest = await phone.evaluate(() => Math.max(...[...document.querySelectorAll("td")].map((td) => (td.textContent ?? "").length)));
    expect(longest).toBeLessThanOrEqual(200);
    await phone.close();
  });
  describe("with an LLM (the loopback mock LLM server)", () => {
    let LLM_BASE = "";
    let llm: MockLlmServer | undefined;
    let llmWrangler: WranglerDev | undefined;

    beforeAll(async () => {
      llm = await startMockLlm();
      llmWrangler = await startWranglerDev({ vars: { PNLC_LLM_BASE_URL: llm.baseURL, PNLC_LLM_MODEL: "mock-model", PNLC_LLM_API_KEY: "sk-playground-test" } });
      LLM_BASE = llmWrangler.url;
    }, 90_000);

    afterAll(async () => {
      await llmWrangler?.stop();
      await llm?.close();
    });

    it("shows the refinement before and after, and the LLM calls", async () => {
      const page = await browser!.newPage();
      await page.goto(`${LLM_BASE}/`);
      expect(await page.locator(".badge.llm").count()).toBe(1);
      await page.locator("#settings summary").click();
      await page.locator("#k-threshold").fill("1"); // nothing reaches 1: one refine round runs
      await page.locator("#k-rounds").fill("1");
      await page.locator("#message").fill("Why should I trust them with my money?");
      const body = await planFromPage(page, () => page.locator("#plan").click(), LLM_BASE);
      const streamedCalls = llm!.calls.length;
      const api = await apiPlan(body, LLM_BASE);
      expect(api.mode).toBe("llm");
      expect(api.rounds[0]!.decision).toBe("refine");
      expectBarsMatch(await shownCandidates(page), api);
      const before = await page.locator(".beforeafter > div:first-child li").allTextContents();
      const after = await page.locator(".beforeafter > div:last-child li").allTextContents();
      expect(before.length).toBeGreaterThan(0);
      expect(after.length).toBeGreaterThan(0);
      expect(after[0]).toMatch(/\(score -?\d\.\d\d\)$/); // scored once the refined round's critique arrived
      expect(await page.locator("#timings tbody tr:last-child td.num").last().textContent()).toBe(String(api.usage.llmCalls));
      expect(streamedCalls).toBe(api.usage.llmCalls); // the page's run made as many LLM calls as the replay
      await page.screenshot({ path: join(ARTIFACTS, "playground-llm.png"), fullPage: true });
      await page.close();
    });
  });
});
