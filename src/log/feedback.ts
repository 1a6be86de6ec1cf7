/**
 * Outcome feedback: how an episode ended (and optional labels of intermediate steps), validated
 * with named fields and stored once per episode through any FeedbackStore. The Worker's
 * POST /v1/feedback and library users call the same `recordFeedback`.
 */
import { z } from "zod";
import type { Feedback, FeedbackResult, FeedbackStore } from "./types.ts";

export const EPISODE_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

export const FeedbackSchema = z.strictObject({
  episodeId: z.string().regex(EPISODE_ID_PATTERN, "1-128 characters of A-Z a-z 0-9 . _ : -"),
  outcome: z.strictObject({
    text: z.string().min(1).max(1000),
    success: z.boolean().optional(),
    value: z.number().finite().optional(),
  }).refine((o) => o.success !== undefined || o.value !== undefined, { message: "needs success and/or value", path: ["success"] }),
  events: z.array(z.strictObject({ step: z.number().int().min(0).max(9_999), label: z.string().min(1).max(1000) })).max(1000).optional(),
});

export type FeedbackInput = z.infer<typeof FeedbackSchema>;

export class FeedbackValidationError extends Error {
  constructor(readonly field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = "FeedbackValidationError";
  }
}

/** Validates (throws a FeedbackValidationError naming the field) and records the feedback once per episode. */
export async function recordFeedback(store: FeedbackStore, input: unknown, redact: (s: string) => string = (s) => s): Promise<FeedbackResult> {
  const r = FeedbackSchema.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new FeedbackValidationError(issue.path.map((p) => (typeof p === "number" ? `[${p}]` : String(p))).join(".").replace(/\.\[/g, "[") || "body", issue.message);
  }
  const fb: Feedback = {
    episodeId: r.data.episodeId,
    outcome: { text: redact(r.data.outcome.text), ...(r.data.outcome.success !== undefined ? { success: r.data.outcome.success } : {}), ...(r.data.outcome.value !== undefined ? { value: r.data.outcome.value } : {}) },
    events: (r.data.events ?? []).map((e) => ({ step: e.step, label: redact(e.label) })).sort((a, b) => a.step - b.step),
  };
  return store.recordFeedback(fb);
}

/** Same feedback (for idempotent retries): the first differing field, or null. */
export function feedbackDifference(a: Feedback, b: Feedback): string | null {
  if (a.outcome.text !== b.outcome.text) return "outcome.text";
  if (a.outcome.success !== b.outcome.success) return "outcome.success";
  if (a.outcome.value !== b.outcome.value) return "outcome.value";
  if (JSON.stringify(a.events) !== JSON.stringify(b.events)) return "events";
  return null;
}
