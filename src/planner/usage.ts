import type { EmbeddingModelV1, GenerateRequest, LanguageModelV1, PlanUsage } from "./types.ts";

/** Counts LLM calls, tokens and embedding calls of one decision. */
export class UsageMeter {
  readonly usage: PlanUsage = { llmCalls: 0, inputTokens: 0, outputTokens: 0, embeddingCalls: 0 };

  snapshot(): PlanUsage {
    return { ...this.usage };
  }
}

/** Wraps a model so every call (successful or not) is counted on `meter`. */
export function meteredLanguageModel(model: LanguageModelV1, meter: UsageMeter): LanguageModelV1 {
  return {
    specificationVersion: "v1",
    provider: model.provider,
    modelId: model.modelId,
    async doGenerate(req: GenerateRequest) {
      meter.usage.llmCalls++;
      const result = await model.doGenerate(req);
      meter.usage.inputTokens += result.usage.inputTokens;
      meter.usage.outputTokens += result.usage.outputTokens;
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
      meter.usage.embeddingCalls++;
      return model.doEmbed(texts, signal);
    },
  };
}
