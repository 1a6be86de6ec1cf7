import { generateText, type LanguageModel } from "ai";
import type { GenerateRequest, GenerateResult, LanguageModelV1 } from "../planner/types.ts";
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

  async doGenerate(req: GenerateRequest): Promise<GenerateResult> {
    return withRetry(
      () =>
        withTimeout(this.policy.timeoutMs, req.signal, async (signal) => {
          const result = await generateText({
            model: this.model,
            messages: req.messages,
            // The planner's own system prompt travels in messages; user text is delimited inside it.
            allowSystemInMessages: true,
            maxOutputTokens: req.maxOutputTokens,
            temperature: req.temperature,
            abortSignal: signal,
            maxRetries: 0,
          }).catch(unwrapTooLarge);
          return { text: capText(result.text, req.maxOutputTokens), usage: { inputTokens: result.usage.inputTokens ?? 0, outputTokens: result.usage.outputTokens ?? 0 } };
        }),
      { ...this.policy.retry, signal: req.signal },
    );
  }
}

/** The SDK wraps a body cut at the byte cap as "Failed to process successful response": say what happened. */
function unwrapTooLarge(err: unknown): never {
  let e = err;
  for (let depth = 0; depth < 8 && e instanceof Error; depth++, e = (e as { cause?: unknown }).cause) if (e instanceof ProviderResponseTooLargeError) throw e;
  throw err;
}
