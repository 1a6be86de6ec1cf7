import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { embedMany } from "ai";
import type { EmbeddingModelV1 } from "../../planner/types.ts";
import type { CallPolicy } from "../ai-sdk-model.ts";
import { ProviderError } from "../errors.ts";
import { withRetry } from "../retry.ts";
import { withTimeout } from "../timeout.ts";

function checkDims(vectors: Float32Array[], dim: number, who: string): Float32Array[] {
  for (const v of vectors) if (v.length !== dim) throw new ProviderError(`${who} returned ${v.length}-dim vectors, the model expects ${dim}`);
  return vectors;
}

/** Embeddings from an OpenAI-compatible /embeddings endpoint. */
export function openAICompatibleEmbedding(opts: { baseURL: string; model: string; dim: number; apiKey?: string; policy: CallPolicy }): EmbeddingModelV1 {
  const provider = createOpenAICompatible({ name: "openai-compatible", baseURL: opts.baseURL, ...(opts.apiKey ? { apiKey: opts.apiKey } : {}) });
  const model = provider.embeddingModel(opts.model);
  return {
    specificationVersion: "v1",
    provider: "openai-compatible",
    modelId: opts.model,
    dim: opts.dim,
    doEmbed: (texts, signal) =>
      withRetry(
        () =>
          withTimeout(opts.policy.timeoutMs, signal, async (s) => {
            const { embeddings } = await embedMany({ model, values: texts, abortSignal: s, maxRetries: 0 });
            return checkDims(embeddings.map((e) => Float32Array.from(e)), opts.dim, "openai-compatible embeddings");
          }),
        { ...opts.policy.retry, signal },
      ),
  };
}

/** Embeddings from the Workers AI binding (e.g. @cf/baai/bge-small-en-v1.5, 384 dims). */
export function workersAiEmbedding(opts: { binding: Ai; model: string; dim: number; policy: CallPolicy }): EmbeddingModelV1 {
  return {
    specificationVersion: "v1",
    provider: "workers-ai",
    modelId: opts.model,
    dim: opts.dim,
    doEmbed: (texts, signal) =>
      withRetry(
        () =>
          withTimeout(opts.policy.timeoutMs, signal, async () => {
            const out = (await (opts.binding as unknown as { run(m: string, i: unknown): Promise<{ data?: number[][] }> }).run(opts.model, { text: texts })) ?? {};
            if (!Array.isArray(out.data)) throw new ProviderError("workers-ai embeddings: no data in the reply", 502);
            return checkDims(out.data.map((e) => Float32Array.from(e)), opts.dim, "workers-ai embeddings");
          }),
        { ...opts.policy.retry, signal },
      ),
  };
}
