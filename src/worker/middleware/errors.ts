import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../env.ts";
import { CriticError } from "../../critic/errors.ts";
import { errorBody, HttpError } from "../errors.ts";

/** Every failure leaves as JSON; unexpected ones as a 500 with a redacted message and the request id. */
export function onError(): ErrorHandler<AppEnv> {
  return function jsonErrorHandler(err, c) {
    const redact = c.var.redact ?? ((s: string) => s);
    if (err instanceof HttpError) return c.json(errorBody(err.type, redact(err.message), err.param), err.status);
    if (err instanceof HTTPException) {
      const status = err.status;
      const type = status === 413 ? "payload_too_large" : status === 415 ? "unsupported_media_type" : status === 400 ? "invalid_json" : "http_error";
      const message = status === 415 ? "Content-Type must be application/json" : err.message || `HTTP ${status}`;
      return c.json(errorBody(type, redact(message)), status);
    }
    // The critic rejects inputs it cannot score (too many thoughts, wrong vector size): the caller's fault.
    if (err instanceof CriticError && err.code === "bad_input") return c.json(errorBody("invalid_request", redact(err.message)), 400);
    if (err instanceof SyntaxError) return c.json(errorBody("invalid_json", `request body is not valid JSON: ${err.message}`), 400);
    console.error(JSON.stringify({ level: "error", requestId: c.var.requestId, error: redact(err instanceof Error ? `${err.name}: ${err.message}` : String(err)) }));
    return c.json(errorBody("internal_error", `internal error (request ${c.var.requestId ?? "?"}): ${redact(err instanceof Error ? err.message : String(err))}`), 500);
  };
}

export function notFound(): NotFoundHandler<AppEnv> {
  return function jsonNotFound(c) {
    return c.json(errorBody("not_found", `no route for ${c.req.method} ${new URL(c.req.url).pathname}`), 404);
  };
}
