import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { errorBody } from "../errors.ts";

/**
 * Bearer-token auth, on only when the PNLC_API_TOKEN secret is set. Both sides are hashed first so
 * the comparison takes the same time whatever the length or the first differing byte.
 */
export function bearerAuth(): MiddlewareHandler<AppEnv> {
  return async function bearerAuthMiddleware(c, next) {
    const expected = c.var.config.env.PNLC_API_TOKEN;
    if (!expected) return next();
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match || !(await constantTimeEqual(match[1]!.trim(), expected))) {
      c.header("www-authenticate", 'Bearer realm="pnlc-edge"');
      return c.json(errorBody("unauthorized", "missing or invalid bearer token (Authorization: Bearer <PNLC_API_TOKEN>)"), 401);
    }
    return next();
  };
}

export async function constantTimeEqual(a: string, b: string): Promise<boolean> {
  const enc = new TextEncoder();
  const [ha, hb] = await Promise.all([crypto.subtle.digest("SHA-256", enc.encode(a)), crypto.subtle.digest("SHA-256", enc.encode(b))]);
  const x = new Uint8Array(ha), y = new Uint8Array(hb);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}
