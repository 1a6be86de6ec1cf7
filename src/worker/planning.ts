/** Builds one request's planning dependencies from the config, the critic and the providers. */
import type { Critic } from "../critic/types.ts";
import { BankGoalSource } from "../planner/bank/goals.ts";
import { BankProposer } from "../planner/bank/proposer.ts";
import { DEFAULT_KNOBS, OFFLINE_KNOBS, withKnobs } from "../planner/defaults.ts";
import { LearnedEstimator } from "../planner/learned-estimator.ts";
import { LlmEstimator } from "../planner/llm/estimator.ts";
import { LlmGoalSource } from "../planner/llm/goals.ts";
import { LlmProposer } from "../planner/llm/proposer.ts";
import type { PlanDeps } from "../planner/loop.ts";
import type { PlanKnobs } from "../planner/types.ts";
import { meteredEmbeddingModel, meteredLanguageModel, UsageMeter } from "../planner/usage.ts";
import type { ServiceConfig } from "../providers/config.ts";
import { embeddingModelFromConfig, languageModelFromConfig } from "../providers/from-config.ts";
import type { Bindings } from "./env.ts";
import { HttpError } from "./errors.ts";
import type { Runtime } from "./runtime.ts";
import type { z } from "@hono/zod-openapi";
import type { KnobsSchema } from "./schemas.ts";

const bankGoalsCache = new WeakMap<Critic, BankGoalSource>();

function bankGoals(critic: Critic): BankGoalSource {
  let source = bankGoalsCache.get(critic);
  if (!source) bankGoalsCache.set(critic, (source = new BankGoalSource(critic.meta.goals)));
  return source;
}

/**
 * `llmModelId` (from an OpenAI client's `model`) replaces the configured PNLC_LLM_MODEL for this
 * request when the provider is OpenAI-compatible or Anthropic, whose APIs take any model id; the
 * Workers AI binding and offline mode ignore it.
 */
export function buildPlanDeps(runtime: Runtime, config: ServiceConfig, env: Bindings, critic: Critic, redact: (s: string) => string, llmModelId?: string): PlanDeps {
  const meter = new UsageMeter();
  const raw = (runtime.languageModel ?? languageModelFromConfig)(withLlmModel(config, llmModelId), env);
  const embedder = critic.meta.encoder.type === "dense" ? meteredEmbeddingModel((runtime.embeddingModel ?? embeddingModelFromConfig)(config, env, critic.meta.encoder.dim), meter) : undefined;
  const learned = new LearnedEstimator(critic, embedder);
  const thoughtBank = new BankProposer(critic.meta.thoughts, "all");
  if (!raw) return { proposer: thoughtBank, goalSources: { bank: bankGoals(critic) }, estimators: { learned }, meter, mode: "offline", redact };
  const llm = meteredLanguageModel(raw, meter);
  return {
    proposer: new LlmProposer(llm),
    goalSources: { bank: bankGoals(critic), llm: new LlmGoalSource(llm, critic.meta.goals.map((g) => g.text)) },
    estimators: { learned, llm: new LlmEstimator(llm) },
    fallbackProposer: thoughtBank,
    meter,
    mode: "llm",
    redact,
  };
}

export function withLlmModel(config: ServiceConfig, llmModelId: string | undefined): ServiceConfig {
  const llm = config.llm;
  if (llmModelId === undefined || (llm.provider !== "openai-compatible" && llm.provider !== "anthropic")) return config;
  return { ...config, llm: { ...llm, model: llmModelId } };
}

/** Request knobs over the mode's defaults; asking an LLM-only feature in offline mode is a 400 naming the knob. */
export function resolveKnobs(mode: "llm" | "offline", config: ServiceConfig, requested: z.infer<typeof KnobsSchema> | undefined, path = "knobs"): PlanKnobs {
  const base = withKnobs(mode === "offline" ? OFFLINE_KNOBS : DEFAULT_KNOBS, { deadlineMs: config.env.PNLC_DEADLINE_MS });
  const knobs = withKnobs(base, requested ?? {});
  if (mode === "offline") {
    if (knobs.critic === "llm") throw new HttpError(400, "invalid_request", `${path}.critic: "llm" needs an LLM provider and none is configured (offline mode)`, `${path}.critic`);
    if (knobs.goals.source !== "bank") throw new HttpError(400, "invalid_request", `${path}.goals.source: "${knobs.goals.source}" needs an LLM provider and none is configured (offline mode); use "bank"`, `${path}.goals.source`);
  }
  return knobs;
}
