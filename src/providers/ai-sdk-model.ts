import { generateText, streamText, type LanguageModel } from "ai";
import { anySignal } from "../planner/deadline.ts";
import type { GenerateRequest, GenerateResult, LanguageModelV1, TextStreamResult, Usage } from "../planner/types.ts";
import { ProviderTimeoutError } from "./errors.ts";
import { type RetryOptions, withRetry } from "./retry.ts";
import { withTimeout } from "./timeout.ts";
import { capText, ProviderResponseTooLargeError } from "./output-cap.ts";

export interface CallPolicy {
  /** Per-attempt timeout. */
  timeoutMs: number;
  retry: Partial<RetryOptions>;
}

export const DEFAULT_CALL_POLICY: CallPolicy = { timeoutMs: 15_000, retry: { retries: 2, baseDelayMs: 250, maxDelayMs: 4000 } };

/**
 * Adapts any AI SDK language model (OpenAI-compatible, Anthropic, Workers AI) to the planner's
 * LanguageModelV1. The SDK's own retries are off: our retry helper and timeout own that policy.
 */
export class AiSdkLanguageModel implements LanguageModelV1 {
  readonly specificationVersion = "v1" as const;

  constructor(
    private readonly model: Exclude<LanguageModel, string>,
    readonly provider: string,
    readonly modelId: string,
    private readonly policy: CallPolicy = DEFAULT_CALL_POLICY,
  ) {}

  /** What both calls send: the SDK's own retries are off (ours own that policy). */
  private callOptions(req: GenerateRequest, signal: AbortSignal) {
    return {
      model: this.model,
      messages: req.messages,
      // The planner's own system prompt travels in messages; user text is delimited inside it.
      allowSystemInMessages: true,
      maxOutputTokens: req.maxOutputTokens,
      temperature: req.temperature,
      abortSignal: signal,
      maxRetries: 0,
    };
  }

  async doGenerate(req: GenerateRequest): Promise<GenerateResult> {
    return withRetry(
      () =>
        withTimeout(this.policy.timeoutMs, req.signal, async (signal) => {
          const result = await generateText(this.callOptions(req, signal)).catch(unwrapTooLarge);
          return { text: capText(result.text, req.maxOutputTokens), usage: { inputTokens: result.usage.inputTokens ?? 0, outputTokens: result.usage.outputTokens ?? 0 } };
        }),
      { ...this.policy.retry, signal: req.signal },
    );
  }

  /**
   * The reply as a stream. The timeout bounds the wait for the first piece (after that the caller's
   * signal, e.g. the decision's deadline, bounds it); no retries, since a retry after text went out
   * would repeat it.
   */
  async doStream(req: GenerateRequest): Promise<TextStreamResult> {
    const own = new AbortController();
    const timer = setTimeout(() => own.abort(new ProviderTimeoutError(this.policy.timeoutMs)), this.policy.timeoutMs);
    const signal = anySignal([req.signal, own.signal]);
    const result = streamText({
      ...this.callOptions(req, signal),
      onError: () => {}, // errors surface as parts of fullStream below
    });
    let usage!: (u: Usage) => void;
    let failed!: (e: unknown) => void;
    const usagePromise = new Promise<Usage>((resolve, reject) => ((usage = resolve), (failed = reject)));
    usagePromise.catch(() => {});
    async function* textStream(): AsyncGenerator<string> {
      try {
        for await (const part of result.fullStream) {
          if (part.type === "text-delta") {
            clearTimeout(timer);
            yield part.text;
          } else if (part.type === "error") throw own.signal.aborted ? own.signal.reason : part.error;
          else if (part.type === "abort") throw own.signal.aborted ? own.signal.reason : (signal.reason ?? new Error("stream aborted"));
          else if (part.type === "finish") usage({ inputTokens: part.totalUsage.inputTokens ?? 0, outputTokens: part.totalUsage.outputTokens ?? 0 });
        }
      } catch (err) {
        failed(err);
        throw err;
      } finally {
        clearTimeout(timer);
      }
    }
    return { textStream: textStream(), usage: usagePromise };
  }
}

/** The SDK wraps a body cut at the byte cap as "Failed to process successful response": say what happened. */
function unwrapTooLarge(err: unknown): never {
  let e = err;
  for (let depth = 0; depth < 8 && e instanceof Error; depth++, e = (e as { cause?: unknown }).cause) if (e instanceof ProviderResponseTooLargeError) throw e;
  throw err;
}
