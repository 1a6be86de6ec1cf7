/**
 * Caps on what is read from an LLM provider. A provider that ignores `max_tokens` could otherwise
 * hand the planner megabytes of "thought" that then flow into encoding, critique and the response.
 * Bytes are cut on the wire (the body stream is cancelled at the cap, streamed or not); the text the
 * planner sees is cut at a few characters per requested token.
 */
import { ProviderError } from "./errors.ts";

export const PROVIDER_LIMITS = {
  /** Largest provider response body read, in bytes (a 1,000-token JSON answer is about 5 KB). */
  responseBytes: 256 * 1024,
  /** Characters kept per requested output token (English runs about 4; 8 leaves room for other scripts). */
  charsPerToken: 8,
  /** Output tokens assumed when a call names none. */
  defaultOutputTokens: 1024,
} as const;

export class ProviderResponseTooLargeError extends ProviderError {
  constructor(readonly maxBytes: number) {
    super(`provider response exceeded ${maxBytes} bytes and was cut off`);
    this.name = "ProviderResponseTooLargeError";
  }
}

/** The body as a stream that errors (and cancels the upstream read) once more than `maxBytes` arrive. */
export function capBody(body: ReadableStream<Uint8Array>, maxBytes: number): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let seen = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      seen += value.byteLength;
      if (seen > maxBytes) {
        const err = new ProviderResponseTooLargeError(maxBytes);
        await reader.cancel(err).catch(() => undefined);
        return controller.error(err);
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/** A fetch for the AI SDK providers whose response bodies stop at `maxBytes`. */
export function cappedFetch(maxBytes: number = PROVIDER_LIMITS.responseBytes, base: typeof fetch = (...args) => fetch(...args)): typeof fetch {
  return async (input, init) => {
    const res = await base(input, init);
    if (!res.body) return res;
    const declared = Number(res.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await res.body.cancel().catch(() => undefined);
      throw new ProviderResponseTooLargeError(maxBytes);
    }
    return new Response(capBody(res.body, maxBytes), { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}

/** The model's text cut at `charsPerToken` characters per requested token. */
export function capText(text: string, maxOutputTokens: number | undefined): string {
  const max = (maxOutputTokens ?? PROVIDER_LIMITS.defaultOutputTokens) * PROVIDER_LIMITS.charsPerToken;
  return text.length > max ? text.slice(0, max) : text;
}
