import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";

const HEADER = "x-request-id";
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Echoes a caller's request id when it is safe to reflect, else makes one. */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async function requestIdMiddleware(c, next) {
    const given = c.req.header(HEADER);
    const id = given && SAFE_ID.test(given) ? given : crypto.randomUUID();
    c.set("requestId", id);
    await next();
    c.header(HEADER, id);
  };
}
