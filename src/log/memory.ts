/**
 * An in-memory decision log and feedback store with the same semantics as the D1 one (idempotent
 * feedback, unknown episode, misses never thrown). For library users who keep their own storage,
 * tests and scripts.
 */
import { feedbackDifference } from "./feedback.ts";
import type { DecisionLogger, DecisionRecord, Feedback, FeedbackResult, FeedbackStore, LogStats } from "./types.ts";

export class MemoryDecisionLog implements DecisionLogger, FeedbackStore {
  readonly decisions: DecisionRecord[] = [];
  readonly feedback = new Map<string, Feedback>();

  log(decision: DecisionRecord): void {
    this.decisions.push(decision);
  }

  async flush(): Promise<void> {}

  stats(): LogStats {
    return { written: this.decisions.length, missed: 0, pending: 0 };
  }

  async recordFeedback(fb: Feedback): Promise<FeedbackResult> {
    const steps = this.decisions.filter((d) => d.episodeId === fb.episodeId);
    if (steps.length === 0) return { status: "unknown_episode", episodeId: fb.episodeId };
    const last = Math.max(...steps.map((d) => d.step));
    const bad = fb.events.findIndex((e) => e.step > last);
    if (bad >= 0) return { status: "conflict", episodeId: fb.episodeId, field: `events[${bad}].step` };
    const stored = this.feedback.get(fb.episodeId);
    if (!stored) {
      this.feedback.set(fb.episodeId, fb);
      return { status: "recorded", episodeId: fb.episodeId, decisions: steps.length };
    }
    const field = feedbackDifference(stored, fb);
    return field ? { status: "conflict", episodeId: fb.episodeId, field } : { status: "duplicate", episodeId: fb.episodeId, decisions: steps.length };
  }
}
