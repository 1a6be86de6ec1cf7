/**
 * The planning loop's public API (the service, the evaluation agents and library users import from
 * here). LLM-free parts first; LLM-backed parts take any LanguageModelV1.
 */
export * from "./types.ts";
export { planDecision, runPlan, acceptRule, type PlanDeps } from "./loop.ts";
export { DEFAULT_KNOBS, OFFLINE_KNOBS, withKnobs } from "./defaults.ts";
export { DeadlineError, anySignal, raceAbort } from "./deadline.ts";
export { scoreCandidates, critiqueText, recommendationText, unscored } from "./score.ts";
export { UsageMeter, meteredLanguageModel, meteredEmbeddingModel } from "./usage.ts";
export { stateFromMessages, taskFromMessages } from "./transcript.ts";
export { BankGoalSource } from "./bank/goals.ts";
export { BankProposer } from "./bank/proposer.ts";
export { LearnedEstimator } from "./learned-estimator.ts";
export { LlmProposer, type LlmProposerOptions } from "./llm/proposer.ts";
export { LlmGoalSource } from "./llm/goals.ts";
export { LlmEstimator } from "./llm/estimator.ts";
export { delimit, type PromptTask } from "./llm/prompts.ts";
export { chooseCandidate, choiceProbabilities, type Choice, type ExploreKnob } from "./explore.ts";
