import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../env.ts";
import type { Runtime } from "../runtime.ts";
import { decisionLog } from "../decision-log.ts";

const LogSchema = z.object({ written: z.number(), missed: z.number(), pending: z.number(), lastError: z.string().optional() })
  .openapi({ description: "Decision log of this isolate (only with the PNLC_LOG binding): rows written, decisions missed (database failed or timed out), queued" });
const HealthSchema = z.object({ ok: z.boolean(), mode: z.enum(["llm", "offline"]), llmProvider: z.string(), defaultModel: z.string(), log: LogSchema.optional(),
  criticBuild: z.object({ build: z.enum(["relaxed-simd", "portable"]), reason: z.string() }).optional().openapi({ description: "The critic's Wasm build (relaxed SIMD where exact, else portable) and why" }) }).openapi("Health");

const route = createRoute({
  method: "get",
  path: "/healthz",
  summary: "Liveness and configuration summary (never secrets)",
  responses: { 200: { description: "Healthy", content: { "application/json": { schema: HealthSchema } } } },
});

export function registerHealth(app: OpenAPIHono<AppEnv>, runtime: Runtime): void {
  app.openapi(route, async (c) => {
    const { config } = c.var;
    const mode = config.llm.provider === "none" && !runtime.languageModel ? "offline" : "llm";
    const log = decisionLog(c.env);
    const build = await runtime.criticBuild?.();
    return c.json({ ok: true, mode, llmProvider: runtime.languageModel ? "injected" : config.llm.provider, defaultModel: runtime.models.resolveName(undefined, config), ...(log ? { log: log.stats() } : {}), ...(build ? { criticBuild: { build: build.build, reason: build.reason } } : {}) } as const, 200);
  });
}
