import type { MiddlewareHandler } from "hono";
import { parseConfig, type ServiceConfig } from "../../providers/config.ts";
import { makeRedactor } from "../../providers/redact.ts";
import type { AppEnv } from "../env.ts";
import { errorBody } from "../errors.ts";

/** Config is parsed once per env object (once per isolate in Workers) and shared by every request. */
const cache = new WeakMap<object, { config: ServiceConfig; redact: (s: string) => string } | { error: string }>();

export function loadConfig(): MiddlewareHandler<AppEnv> {
  return async function loadConfigMiddleware(c, next) {
    const env = (c.env ?? {}) as Record<string, unknown>;
    let entry = cache.get(env);
    if (!entry) {
      try {
        const config = parseConfig(env, env.AI !== undefined);
        entry = { config, redact: makeRedactor(config.secrets) };
      } catch (err) {
        entry = { error: err instanceof Error ? err.message : String(err) };
      }
      cache.set(env, entry);
    }
    if ("error" in entry) return c.json(errorBody("config_error", entry.error), 500);
    c.set("config", entry.config);
    c.set("redact", entry.redact);
    await next();
  };
}
