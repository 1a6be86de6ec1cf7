import type { EmbeddingModelV1, LanguageModelV1 } from "../planner/types.ts";
import type { ServiceConfig } from "../providers/config.ts";
import type { Bindings } from "./env.ts";
import type { ModelStore } from "./models/store.ts";

/** What the app needs from its surroundings; the Worker entry wires the real ones, tests their own. */
export interface Runtime {
  models: ModelStore;
  /** Defaults to languageModelFromConfig; tests inject a recording mock. */
  languageModel?: (config: ServiceConfig, env: Bindings) => LanguageModelV1 | undefined;
  embeddingModel?: (config: ServiceConfig, env: Bindings, dim: number) => EmbeddingModelV1;
  /** Which critic Wasm build serves, and why (src/critic/select-build.ts); /healthz reports it. */
  criticBuild?: () => Promise<{ build: "relaxed-simd" | "portable"; reason: string }>;
}
