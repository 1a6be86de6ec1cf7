/**
 * The Hono app: middleware factories (request id, config, body limit, auth, JSON errors) around the
 * routes. Everything the app needs from outside (models, Wasm, providers) comes through `runtime`,
 * so Node tests, workerd tests and the Worker build the same app. `createApi` is the API alone (what
 * `pnlc-edge/hono` hands to users to mount); `createApp` is our Worker: that API plus docs and pages.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env.ts";
import { errorBody } from "./errors.ts";
import { bearerAuth } from "./middleware/auth.ts";
import { limitBody } from "./middleware/body-limit.ts";
import { loadConfig } from "./middleware/config.ts";
import { notFound, onError } from "./middleware/errors.ts";
import { requestId } from "./middleware/request-id.ts";
import { registerChat } from "./routes/chat.ts";
import { registerCritique } from "./routes/critique.ts";
import { registerDocs } from "./routes/docs.ts";
import { registerFeedback } from "./routes/feedback.ts";
import { registerHealth } from "./routes/health.ts";
import { registerModels } from "./routes/models.ts";
import { registerPlan } from "./routes/plan.ts";
import type { Runtime } from "./runtime.ts";
import { mountPlayground } from "../ui/index.ts";

/** The API routes with their middleware (validation, JSON errors, body limit, bearer auth). */
export function createApi(runtime: Runtime): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const param = issue ? [result.target === "json" ? "" : result.target, ...issue.path.map(String)].filter(Boolean).join(".") : undefined;
      return c.json(errorBody("invalid_request", issue ? `${param || "body"}: ${issue.message}` : "invalid request", param, result.error.issues), 400);
    },
  });
  app.use("*", requestId());
  app.use("*", loadConfig());
  app.use("/v1/*", limitBody());
  app.use("/v1/*", bearerAuth());
  app.onError(onError());
  app.notFound(notFound());
  registerHealth(app, runtime);
  registerModels(app, runtime);
  registerCritique(app, runtime);
  registerPlan(app, runtime);
  registerChat(app, runtime);
  registerFeedback(app, runtime);
  return app;
}

/** Our Worker: the API plus the interactive docs, the playground and the model pages. */
export function createApp(runtime: Runtime): OpenAPIHono<AppEnv> {
  const app = createApi(runtime);
  registerDocs(app);
  mountPlayground(app, runtime); // HTML at / for browsers (JSON index below for API clients), /models/:name, /ui/*
  app.get("/", (c) => c.json({ name: "pnlc-edge", docs: "/docs", openapi: "/openapi.json", endpoints: ["/v1/plan", "/v1/critique", "/v1/chat/completions", "/v1/models", "/healthz"] }));
  return app;
}

export { errorBody };
