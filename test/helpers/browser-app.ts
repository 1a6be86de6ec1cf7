/**
 * Headless Chromium (Debian's) pointed at an in-process app: every request to http://pnlc.test/ is
 * answered by `app.request`, so page checks need no wrangler dev. Chromium missing: CI fails, elsewhere
 * the caller skips with the reason printed (as test/playground.test.ts does).
 */
import { existsSync } from "node:fs";
import { chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.PNLC_CHROMIUM ?? "/usr/bin/chromium";
export const BASE = "http://pnlc.test";

export function haveChromium(what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  const why = `chromium not found at ${CHROMIUM} (apt-get install chromium, or set PNLC_CHROMIUM)`;
  if (process.env.CI) throw new Error(`${why}: required in CI`);
  console.warn(`skipping ${what}: ${why}`);
  return false;
}

interface AppLike {
  request(path: string, init?: RequestInit, env?: Record<string, unknown>): Response | Promise<Response>;
}

export async function withAppPage(app: AppLike, width: number, use: (page: Page) => Promise<void>): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
  try {
    const ctx = await browser.newContext({ viewport: { width, height: 844 } });
    await ctx.route(`${BASE}/**`, async (route) => {
      const req = route.request();
      const url = new URL(req.url());
      const res = await app.request(url.pathname + url.search, { method: req.method(), headers: req.headers(), body: req.postData() ?? undefined }, {});
      await route.fulfill({ status: res.status, headers: Object.fromEntries(res.headers), body: Buffer.from(await res.arrayBuffer()) });
    });
    await use(await ctx.newPage());
  } finally {
    await browser.close();
  }
}
