import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env.ts";
import type { Runtime } from "../runtime.ts";
import { errorResponses, ModelListSchema } from "../schemas.ts";

const route = createRoute({
  method: "get",
  path: "/v1/models",
  summary: "Critic models this service can plan with (OpenAI-compatible list)",
  responses: { 200: { description: "Models", content: { "application/json": { schema: ModelListSchema } } }, 401: errorResponses[401], 500: errorResponses[500] },
});

export function registerModels(app: OpenAPIHono<AppEnv>, runtime: Runtime): void {
  app.openapi(route, async (c) => {
    const entries = runtime.models.list(c.var.config);
    const data = await Promise.all(
      entries.map(async (e) => {
        // Bundled models are described from their metadata; remote ones are listed without fetching them.
        const meta = e.source === "bundled" ? (await runtime.models.get(e.name, c.env, c.var.config)).critic.meta : undefined;
        return {
          id: e.name, object: "model" as const, created: meta ? Math.floor(Date.parse(meta.createdAt) / 1000) || 0 : 0, owned_by: "pnlc-edge",
          pnlc: { source: e.source, default: e.isDefault, ...(meta ? { task: meta.task, description: meta.description, goals: meta.goals.length, thoughts: meta.thoughts.length, encoder: meta.encoder.type } : {}) },
        };
      }),
    );
    return c.json({ object: "list" as const, data }, 200);
  });
}
