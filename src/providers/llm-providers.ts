import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { createWorkersAI } from "workers-ai-provider";
import type { LanguageModelV1 } from "../planner/types.ts";
import { AiSdkLanguageModel, type CallPolicy } from "./ai-sdk-model.ts";
import { cappedFetch } from "./output-cap.ts";

/** Any OpenAI-compatible base URL: OpenAI, vLLM, Ollama, Groq, OpenRouter, Workers AI's compatible endpoint. */
export function openAICompatibleModel(opts: { baseURL: string; model: string; apiKey?: string; policy: CallPolicy }): LanguageModelV1 {
  const provider = createOpenAICompatible({ name: "openai-compatible", baseURL: opts.baseURL, fetch: cappedFetch(), ...(opts.apiKey ? { apiKey: opts.apiKey } : {}) });
  return new AiSdkLanguageModel(provider.chatModel(opts.model), "openai-compatible", opts.model, opts.policy);
}

export function anthropicModel(opts: { model: string; apiKey: string; baseURL?: string; policy: CallPolicy }): LanguageModelV1 {
  const provider = createAnthropic({ apiKey: opts.apiKey, fetch: cappedFetch(), ...(opts.baseURL ? { baseURL: opts.baseURL } : {}) });
  return new AiSdkLanguageModel(provider(opts.model), "anthropic", opts.model, opts.policy);
}

/** The Workers AI binding (env.AI); no key, billed to the account the Worker runs in. */
export function workersAiModel(opts: { binding: Ai; model: string; policy: CallPolicy }): LanguageModelV1 {
  const provider = createWorkersAI({ binding: opts.binding });
  return new AiSdkLanguageModel(provider(opts.model as Parameters<typeof provider>[0]), "workers-ai", opts.model, opts.policy);
}
