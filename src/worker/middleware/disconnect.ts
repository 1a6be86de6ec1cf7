/**
 * Planning stops when its client goes away. A streamed plan sees it as the response stream being
 * cancelled (Hono's onAbort); any request may also see the request's own signal abort (workerd with
 * request-signal passthrough). Either aborts the signal the planner hands to every LLM call, so
 * in-flight calls are cancelled and no later stage starts. Each abandoned plan is counted and logged.
 */
import type { StreamingApi } from "hono/utils/stream";

export class ClientGoneError extends Error {
  constructor() {
    super("the client disconnected");
    this.name = "ClientGoneError";
  }
}

let gone = 0;

/** Plans abandoned by their client since the isolate started. */
export function clientDisconnects(): number {
  return gone;
}

/** A signal for the planner that aborts when the request's signal does or the stream is cancelled. */
export function clientSignal(request: Request, stream: StreamingApi | undefined, requestId: string): AbortSignal {
  const ctl = new AbortController();
  const abandon = () => {
    if (ctl.signal.aborted) return;
    gone++;
    console.log(JSON.stringify({ level: "info", event: "client_disconnected", requestId, abandonedPlans: gone }));
    ctl.abort(new ClientGoneError());
  };
  stream?.onAbort(abandon);
  if (stream?.aborted || request.signal.aborted) abandon();
  else request.signal.addEventListener("abort", abandon, { once: true });
  return ctl.signal;
}
