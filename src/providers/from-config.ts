import type { EmbeddingModelV1, LanguageModelV1 } from "../planner/types.ts";
import type { CallPolicy } from "./ai-sdk-model.ts";
import type { ServiceConfig } from "./config.ts";
import { HashEmbeddingModel } from "./embeddings/hash.ts";
import { openAICompatibleEmbedding, workersAiEmbedding } from "./embeddings/remote.ts";
import { anthropicModel, openAICompatibleModel, workersAiModel } from "./llm-providers.ts";

export function callPolicy(config: ServiceConfig): CallPolicy {
  return { timeoutMs: config.env.PNLC_LLM_TIMEOUT_MS, retry: { retries: config.env.PNLC_LLM_RETRIES, baseDelayMs: 250, maxDelayMs: 4000 } };
}

/** The configured LLM, or undefined in offline mode. Providers are chosen here, at the edge. */
export function languageModelFromConfig(config: ServiceConfig, env: { AI?: Ai }): LanguageModelV1 | undefined {
  const policy = callPolicy(config);
  const llm = config.llm;
  switch (llm.provider) {
    case "none":
      return undefined;
    case "openai-compatible":
      return openAICompatibleModel({ baseURL: llm.baseURL, model: llm.model, ...(llm.apiKey ? { apiKey: llm.apiKey } : {}), policy });
    case "anthropic":
      return anthropicModel({ model: llm.model, apiKey: llm.apiKey, ...(llm.baseURL ? { baseURL: llm.baseURL } : {}), policy });
    case "workers-ai":
      return workersAiModel({ binding: env.AI!, model: llm.model, policy });
  }
}

/** Embeddings for critics trained on dense vectors (hashed-encoder models need none). */
export function embeddingModelFromConfig(config: ServiceConfig, env: { AI?: Ai }, dim: number): EmbeddingModelV1 {
  const e = config.env;
  const policy = callPolicy(config);
  switch (e.PNLC_EMBEDDING_PROVIDER) {
    case "workers-ai":
      return workersAiEmbedding({ binding: env.AI!, model: e.PNLC_EMBEDDING_MODEL ?? "@cf/baai/bge-small-en-v1.5", dim, policy });
    case "openai-compatible":
      return openAICompatibleEmbedding({ baseURL: e.PNLC_EMBEDDING_BASE_URL!, model: e.PNLC_EMBEDDING_MODEL ?? "text-embedding-3-small", dim, ...(e.PNLC_EMBEDDING_API_KEY ? { apiKey: e.PNLC_EMBEDDING_API_KEY } : {}), policy });
    default:
      return new HashEmbeddingModel();
  }
}
