import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env.ts";
import { errorBody } from "../errors.ts";

/** Files of swagger-ui-dist the docs page needs, served from the Worker's own static assets (no CDN). */
const ASSET_FILES = new Set(["swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "favicon-32x32.png", "favicon-16x16.png"]);

// The viewport tag lets phones lay the page out at their own width (without it: 980 px, zoomed out).
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>pnlc-edge API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css"><link rel="icon" href="/favicon.ico">
<style>body{margin:0}.back{font:14px/1.4 system-ui,sans-serif;margin:0;padding:10px 20px;background:#1b1f24}.back a{color:#fff}</style></head>
<body><p class="back"><a href="/">← Back to the playground</a></p><div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body></html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, persistAuthorization: true });`;

export function registerDocs(app: OpenAPIHono<AppEnv>): void {
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    security: [{ bearer: [] }],
    info: { title: "pnlc-edge", version: "0.1.0", description: "PNLC planning (Planning with a Natural Language Critic) for LLM agents, served from the edge. Auth: `Authorization: Bearer <PNLC_API_TOKEN>` when the secret is set." },
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  app.get("/docs", (c) => c.html(PAGE));
  app.get("/docs/init.js", (c) => c.body(INIT, 200, { "content-type": "text/javascript; charset=utf-8" }));
  app.get("/docs/:file", async (c) => {
    const file = c.req.param("file");
    if (!ASSET_FILES.has(file)) return c.json(errorBody("not_found", `no docs asset ${file}`), 404);
    if (!c.env?.ASSETS) return c.json(errorBody("not_found", "docs assets are not bound (the ASSETS binding serves swagger-ui-dist)"), 404);
    const res = await c.env.ASSETS.fetch(new Request(new URL(`/${file}`, c.req.url)));
    const headers = new Headers(res.headers);
    headers.set("cache-control", "public, max-age=86400");
    return new Response(res.body, { status: res.status, headers });
  });
}
