import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonReply, linesAsList } from "../src/planner/llm/json.ts";
import { delimit } from "../src/planner/llm/prompts.ts";
import { parseConfig } from "../src/providers/config.ts";
import { isNetworkError, isRetryableError, isRetryableStatus, ProviderError, ProviderTimeoutError } from "../src/providers/errors.ts";
import { makeRedactor } from "../src/providers/redact.ts";
import { withRetry } from "../src/providers/retry.ts";
import { withTimeout } from "../src/providers/timeout.ts";
import { constantTimeEqual } from "../src/worker/middleware/auth.ts";
import { z } from "zod";

describe("retry helper", () => {
  const noSleep = { sleep: async () => {} };

  it("retries 408, 409, 429 and 5xx, not other 4xx", () => {
    expect([408, 409, 429, 500, 503, 599].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 413, 422, undefined].some(isRetryableStatus)).toBe(false);
  });

  it("429 then success: two attempts", async () => {
    let n = 0;
    const out = await withRetry(async () => (n++ === 0 ? Promise.reject(new ProviderError("slow down", 429)) : "ok"), noSleep);
    expect(out).toBe("ok");
    expect(n).toBe(2);
  });

  it("gives up after `retries` extra attempts and rethrows the last error", async () => {
    let n = 0;
    await expect(withRetry(async () => { n++; throw new ProviderError("boom", 500); }, { ...noSleep, retries: 2 })).rejects.toThrow("boom");
    expect(n).toBe(3);
  });

  it("does not retry a 400", async () => {
    let n = 0;
    await expect(withRetry(async () => { n++; throw new ProviderError("bad", 400); }, noSleep)).rejects.toThrow("bad");
    expect(n).toBe(1);
  });

  it("full jitter: each delay is uniform in [0, min(max, base * 2^attempt)]", async () => {
    fc.assert(
      fc.asyncProperty(fc.double({ min: 0, max: 0.999999, noNaN: true }), async (r) => {
        const delays: number[] = [];
        await withRetry(async () => { throw new ProviderError("x", 503); }, { retries: 4, baseDelayMs: 100, maxDelayMs: 500, random: () => r, sleep: async (ms) => void delays.push(ms) }).catch(() => {});
        expect(delays).toEqual([100, 200, 400, 500].map((cap) => r * cap));
      }),
      { numRuns: 30 },
    );
  });

  it("honours Retry-After (capped at maxDelayMs)", async () => {
    const delays: number[] = [];
    await withRetry(async () => { throw new ProviderError("x", 429, 1); }, { retries: 1, baseDelayMs: 10, maxDelayMs: 5000, random: () => 0, sleep: async (ms) => void delays.push(ms) }).catch(() => {});
    expect(delays).toEqual([1000]);
  });

  it("network failures with no status are retryable like 5xx; aborts and bugs are not", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    const networkErrors = [
      new TypeError("fetch failed", { cause: refused }), // Node fetch (undici)
      new TypeError("terminated", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) }),
      new Error("Network connection lost."), // workerd
      Object.assign(new Error("Cannot connect to API: other side closed"), { isRetryable: true }), // AI SDK APICallError, no statusCode
    ];
    expect(networkErrors.map((e) => [isNetworkError(e), isRetryableError(e)])).toEqual(networkErrors.map(() => [true, true]));
    const notRetryable = [
      new TypeError("Cannot read properties of undefined (reading 'choices')"),
      new DOMException("The operation was aborted", "AbortError"),
      new Error("refine reply is not the expected JSON (12 chars)"),
      new ProviderError("bad request", 400),
    ];
    expect(notRetryable.map(isRetryableError)).toEqual([false, false, false, false]);
    // A status decides on its own, even when the message mentions the network.
    expect(isRetryableError(new ProviderError("connection reset by proxy", 401))).toBe(false);
  });

  it("connection refused then success: two attempts; never retried once the caller aborted", async () => {
    const refused = () => new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    let n = 0;
    expect(await withRetry(async () => (n++ === 0 ? Promise.reject(refused()) : "ok"), noSleep)).toBe("ok");
    expect(n).toBe(2);
    const caller = new AbortController();
    let m = 0;
    const failing = withRetry(async () => { m++; caller.abort(new Error("caller gave up")); throw refused(); }, { ...noSleep, retries: 3, signal: caller.signal });
    await expect(failing).rejects.toThrow("fetch failed");
    expect(m).toBe(1);
  });

  it("timeouts count as 408 and stop at the caller's abort", async () => {
    await expect(withTimeout(20, undefined, () => new Promise(() => {}))).rejects.toBeInstanceOf(ProviderTimeoutError);
    const outer = new AbortController();
    const p = withTimeout(10_000, outer.signal, () => new Promise(() => {}));
    outer.abort(new Error("caller gave up"));
    await expect(p).rejects.toThrow("caller gave up");
  });
});

describe("prompt safety and reply parsing", () => {
  it("user text cannot close its block", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("</state>", "</STATE>", "< /state>", "<state>"), fc.string(), (a, tag, b) => {
        const block = delimit("state", a + tag + b);
        const inner = block.slice("<state>\n".length, block.length - "\n</state>".length);
        expect(/<\s*\/?\s*state\b/i.test(inner)).toBe(false);
      }),
    );
  });

  it("parses JSON wrapped in prose or fences; rejects wrong shapes", () => {
    const S = z.object({ thoughts: z.array(z.string()) });
    expect(parseJsonReply('Sure!\n```json\n{"thoughts": ["a", "b"]}\n```', S)).toEqual({ thoughts: ["a", "b"] });
    expect(parseJsonReply('{"thoughts": "a"}', S)).toBeUndefined();
    expect(parseJsonReply("{not json", S)).toBeUndefined();
    expect(linesAsList("1. first\n- second\n\n```\n", 5)).toEqual(["first", "second"]);
  });
});

describe("secrets", () => {
  it("redacts configured secrets and bearer tokens", () => {
    const redact = makeRedactor(["sk-live-123456789", "short"]);
    expect(redact("call failed with key sk-live-123456789 and Bearer abcdefghijkl")).toBe("call failed with key [redacted] and Bearer [redacted]");
    expect(redact("short words stay")).toBe("short words stay");
  });

  it("constant-time compare is still a compare", async () => {
    expect(await constantTimeEqual("token-a", "token-a")).toBe(true);
    expect(await constantTimeEqual("token-a", "token-b")).toBe(false);
    expect(await constantTimeEqual("token-a", "token-a-longer")).toBe(false);
  });
});

describe("config", () => {
  it("offline by default", () => {
    expect(parseConfig({}, false).llm).toEqual({ provider: "none" });
  });

  it("a base URL selects the OpenAI-compatible provider and needs a model", () => {
    expect(() => parseConfig({ PNLC_LLM_BASE_URL: "http://127.0.0.1:1/v1" }, false)).toThrow(/PNLC_LLM_MODEL is required/);
    expect(parseConfig({ PNLC_LLM_BASE_URL: "http://127.0.0.1:1/v1", PNLC_LLM_MODEL: "m", PNLC_LLM_API_KEY: "k-123456" }, false).secrets).toEqual(["k-123456"]);
  });

  it("names the bad variable", () => {
    expect(() => parseConfig({ PNLC_LLM_TIMEOUT_MS: "soon" }, false)).toThrow(/PNLC_LLM_TIMEOUT_MS/);
    expect(() => parseConfig({ PNLC_LLM_PROVIDER: "gpt" }, false)).toThrow(/PNLC_LLM_PROVIDER/);
    expect(() => parseConfig({ PNLC_LLM_PROVIDER: "workers-ai", PNLC_LLM_MODEL: "@cf/x" }, false)).toThrow(/AI binding/);
    expect(() => parseConfig({ PNLC_REMOTE_MODELS: '{"x": "abc"}' }, false)).toThrow(/PNLC_REMOTE_MODELS/);
  });
});
