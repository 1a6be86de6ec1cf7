import { isRetryableError, retryAfterOf, statusOf } from "./errors.ts";

export interface RetryOptions {
  /** Extra attempts after the first. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  signal?: AbortSignal;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Called before each wait, for traces and tests. */
  onRetry?: (info: { attempt: number; delayMs: number; status: number | undefined }) => void;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 2, baseDelayMs: 250, maxDelayMs: 4000 };

/**
 * The one retry loop: full-jitter exponential backoff (delay uniform in [0, min(max, base * 2^n)]),
 * raised to a Retry-After the provider asked for (capped at maxDelayMs). Only retryable statuses
 * (408, 409, 429, 5xx; timeouts count as 408) and network failures with no status (refused, reset,
 * connection lost) are retried, and never after the caller's signal aborted.
 */
export async function withRetry<T>(work: (attempt: number) => Promise<T>, options: Partial<RetryOptions> = {}): Promise<T> {
  const o = { ...DEFAULT_RETRY, ...options };
  const random = o.random ?? Math.random;
  const sleep = o.sleep ?? abortableSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await work(attempt);
    } catch (err) {
      if (attempt >= o.retries || !isRetryableError(err) || o.signal?.aborted) throw err;
      const status = statusOf(err);
      const cap = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** attempt);
      const asked = retryAfterOf(err);
      const delayMs = Math.min(o.maxDelayMs, Math.max(random() * cap, asked === undefined ? 0 : asked * 1000));
      o.onRetry?.({ attempt, delayMs, status });
      await sleep(delayMs, o.signal);
    }
  }
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
