import type { EmbeddingModelV1, GenerateRequest, LanguageModelV1, PlanUsage } from "./types.ts";

export function emptyUsage(): PlanUsage {
  return { llmCalls: 0, inputTokens: 0, outputTokens: 0, embeddingCalls: 0 };
}

/**
 * Counts LLM calls, tokens and embedding calls of one decision, and per stage: the loop gives each
 * stage its own AbortSignal and opens a tally for it, and a call made with that signal is counted
 * on the tally as well as on the total. Propose and goals run concurrently, so "the stage running
 * now" would not do; the signal travels with the call.
 */
export class UsageMeter {
  readonly usage: PlanUsage = emptyUsage();
  private readonly tallies = new WeakMap<AbortSignal, PlanUsage>();

  snapshot(): PlanUsage {
    return { ...this.usage };
  }

  /** Starts counting, apart from the total, the calls made with `signal`; the returned object fills as they happen. */
  tally(signal: AbortSignal): PlanUsage {
    const t = emptyUsage();
    this.tallies.set(signal, t);
    return t;
  }

  /** Adds to the total and to the tally of `signal`, if one is open. */
  add(signal: AbortSignal | undefined, delta: Partial<PlanUsage>): void {
    const tally = signal ? this.tallies.get(signal) : undefined;
    for (const target of tally ? [this.usage, tally] : [this.usage])
      for (const k of Object.keys(delta) as Array<keyof PlanUsage>) target[k] += delta[k] ?? 0;
  }
}

/** Wraps a model so every call (successful or not) is counted on `meter`. */
export function meteredLanguageModel(model: LanguageModelV1, meter: UsageMeter): LanguageModelV1 {
  const stream = model.doStream?.bind(model);
  return {
    ...(stream
      ? {
          async doStream(req: GenerateRequest) {
            meter.add(req.signal, { llmCalls: 1 });
            const result = await stream(req);
            const usage = result.usage.then((u) => (meter.add(req.signal, { inputTokens: u.inputTokens, outputTokens: u.outputTokens }), u));
            usage.catch(() => {});
            return { textStream: result.textStream, usage };
          },
        }
      : {}),
    specificationVersion: "v1",
    provider: model.provider,
    modelId: model.modelId,
    async doGenerate(req: GenerateRequest) {
      meter.add(req.signal, { llmCalls: 1 });
      const result = await model.doGenerate(req);
      meter.add(req.signal, { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens });
      return result;
    },
  };
}

export function meteredEmbeddingModel(model: EmbeddingModelV1, meter: UsageMeter): EmbeddingModelV1 {
  return {
    specificationVersion: "v1",
    provider: model.provider,
    modelId: model.modelId,
    dim: model.dim,
    async doEmbed(texts, signal) {
      meter.add(signal, { embeddingCalls: 1 });
      return model.doEmbed(texts, signal);
    },
  };
}
