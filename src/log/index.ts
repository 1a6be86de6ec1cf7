/** Decision log and outcome feedback: interfaces, the D1 and in-memory stores, the logged planner. */
export * from "./types.ts";
export { D1DecisionLog, type D1LogOptions } from "./d1.ts";
export { MemoryDecisionLog } from "./memory.ts";
export { recordFeedback, FeedbackSchema, FeedbackValidationError, type FeedbackInput } from "./feedback.ts";
export { decisionRecord, newDecisionId, newEpisodeId, patternRedactor } from "./record.ts";
export { runLoggedPlan, type LoggedPlanOptions } from "./planner.ts";
