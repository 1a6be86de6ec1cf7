import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../env.ts";
import { errorBody } from "../errors.ts";

/** Rejects bodies over PNLC_MAX_BODY_BYTES with 413 (checked on Content-Length and while streaming). */
export function limitBody(): MiddlewareHandler<AppEnv> {
  const bySize = new Map<number, MiddlewareHandler>();
  return async function limitBodyMiddleware(c, next) {
    const maxSize = c.var.config.env.PNLC_MAX_BODY_BYTES;
    let limiter = bySize.get(maxSize);
    if (!limiter) {
      limiter = bodyLimit({ maxSize, onError: (c) => c.json(errorBody("payload_too_large", `request body exceeds ${maxSize} bytes`), 413) });
      bySize.set(maxSize, limiter);
    }
    return limiter(c, next);
  };
}
