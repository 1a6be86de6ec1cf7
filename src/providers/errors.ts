/** Provider failures, with the HTTP status when there was one; retryability is decided by the status. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** Seconds from a Retry-After header, when the provider sent one. */
    readonly retryAfterSec?: number,
  ) {
    super(message);
    this.name = "ProviderError";
  }
}

export class ProviderTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`provider call timed out after ${timeoutMs} ms`);
    this.name = "ProviderTimeoutError";
  }
}

/** 408 timeout, 409 conflict, 429 rate limit and every 5xx are worth another try; other 4xx are not. */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === 408 || status === 409 || status === 429 || (status !== undefined && status >= 500 && status <= 599);
}

/** The HTTP status of an error from our providers or the AI SDK (APICallError.statusCode). */
export function statusOf(err: unknown): number | undefined {
  if (err instanceof ProviderError) return err.status;
  if (err instanceof ProviderTimeoutError) return 408;
  const e = err as { statusCode?: unknown; status?: unknown } | null;
  if (e && typeof e.statusCode === "number") return e.statusCode;
  if (e && typeof e.status === "number") return e.status;
  return undefined;
}

export function retryAfterOf(err: unknown): number | undefined {
  if (err instanceof ProviderError) return err.retryAfterSec;
  const headers = (err as { responseHeaders?: Record<string, string> } | null)?.responseHeaders;
  const raw = headers?.["retry-after"];
  const sec = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(sec) && sec >= 0 ? sec : undefined;
}
