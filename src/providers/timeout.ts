import { anySignal } from "../planner/deadline.ts";
import { ProviderTimeoutError } from "./errors.ts";

/**
 * Runs one provider call with its own timeout, also cancelled by the caller's signal. A timeout
 * becomes ProviderTimeoutError (retryable as 408); the caller's abort propagates unchanged.
 */
export async function withTimeout<T>(timeoutMs: number, outer: AbortSignal | undefined, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const own = new AbortController();
  const timer = setTimeout(() => own.abort(new ProviderTimeoutError(timeoutMs)), timeoutMs);
  const signal = anySignal([outer, own.signal]);
  try {
    return await new Promise<T>((resolve, reject) => {
      // Reject as soon as either signal fires, even if the SDK underneath ignores the abort.
      const onAbort = () => reject(own.signal.aborted && !outer?.aborted ? own.signal.reason : signal.reason);
      if (signal.aborted) return onAbort();
      signal.addEventListener("abort", onAbort, { once: true });
      call(signal).then(resolve, (err) => reject(own.signal.aborted && !outer?.aborted ? own.signal.reason : err));
    });
  } finally {
    clearTimeout(timer);
  }
}
