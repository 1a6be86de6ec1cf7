/**
 * The playground: a page at `/` that streams one PNLC decision from POST /v1/plan, and a model page
 * at `/models/:name` rendered on the server from the model file's metadata. Every asset is a string
 * bundled into the Worker (no CDN, no asset binding needed); docs/design/playground.md says why.
 */
import type { Hono } from "hono";
import type { AppEnv } from "../worker/env.ts";
import type { Runtime } from "../worker/runtime.ts";
import { PLAYGROUND_CSS } from "./assets/styles.ts";
import { PLAYGROUND_JS } from "./assets/playground-js.ts";
import { FAVICON_ICO } from "./assets/favicon.ts";
import { EXAMPLES } from "./examples.ts";
import { modelPage, modelNotFoundPage } from "./pages/model.tsx";
import { playgroundPage } from "./pages/playground.tsx";

const ASSET_CACHE = "public, max-age=300";

/** API clients asking for `/` without wanting HTML keep getting the app's JSON index (the next handler). */
function wantsHtml(accept: string | undefined): boolean {
  return accept !== undefined && accept.includes("text/html");
}

/** Same rule as /healthz: offline when no LLM provider is configured nor injected. */
function modeOf(c: { var: AppEnv["Variables"] }, runtime: Runtime): "llm" | "offline" {
  return c.var.config.llm.provider === "none" && !runtime.languageModel ? "offline" : "llm";
}

export function mountPlayground<A extends Hono<AppEnv>>(app: A, runtime: Runtime): A {
  app.get("/", async (c, next) => {
    if (!wantsHtml(c.req.header("accept"))) return next();
    const models = runtime.models.list(c.var.config);
    return c.html(playgroundPage({ models, mode: modeOf(c, runtime), examples: EXAMPLES }));
  });
  app.get("/ui/playground.js", (c) => c.body(PLAYGROUND_JS, 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": ASSET_CACHE }));
  app.get("/favicon.ico", (c) => c.body(FAVICON_ICO as Uint8Array<ArrayBuffer>, 200, { "content-type": "image/x-icon", "cache-control": "public, max-age=86400" }));
  app.get("/ui/playground.css", (c) => c.body(PLAYGROUND_CSS, 200, { "content-type": "text/css; charset=utf-8", "cache-control": ASSET_CACHE }));
  app.get("/models/:name", async (c) => {
    const requested = c.req.param("name");
    const entries = runtime.models.list(c.var.config);
    if (!entries.some((e) => e.name === requested)) return c.html(modelNotFoundPage(requested, entries), 404);
    // Loading errors (remote store missing, checksum mismatch) go to the app's JSON error handler.
    const { critic } = await runtime.models.get(requested, c.env, c.var.config);
    return c.html(modelPage(critic.meta, entries, requested));
  });
  return app;
}
