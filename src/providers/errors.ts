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

/**
 * Error codes of a connection that failed or broke before a status arrived (Node/undici, Bun and
 * the AI SDK's own list). Such a failure says nothing about the request itself, like a 5xx.
 */
const NETWORK_ERROR_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ECONNABORTED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH",
  "UND_ERR_SOCKET", "UND_ERR_CLOSED", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT",
  "ConnectionRefused", "ConnectionClosed", "FailedToOpenSocket",
]);
/** Messages of the same failures where no code is attached (workerd: "Network connection lost."; fetch: "fetch failed"). */
const NETWORK_ERROR_MESSAGE = /network connection lost|fetch failed|failed to fetch|cannot connect to api|connection (?:refused|reset|closed|lost)|socket hang up|other side closed|^terminated$|econnrefused|econnreset/i;

/**
 * A failure with no HTTP status because the connection failed or broke (refused, reset, lost, DNS),
 * found anywhere along the `cause` chain. Aborts and timeouts are not network errors.
 */
export function isNetworkError(err: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = err; e instanceof Error && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    if (e.name === "AbortError" || e.name === "TimeoutError") return false;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && NETWORK_ERROR_CODES.has(code)) return true;
    if (NETWORK_ERROR_MESSAGE.test(e.message)) return true;
  }
  return false;
}

/** Worth another attempt: a retryable status, or no status at all because the network failed. */
export function isRetryableError(err: unknown): boolean {
  const status = statusOf(err);
  return status === undefined ? isNetworkError(err) : isRetryableStatus(status);
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
