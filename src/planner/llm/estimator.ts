import { z } from "zod";
import type { Candidate, DecisionContext, Goal, LanguageModelV1, OutcomeEstimator } from "../types.ts";
import { parseJsonReply } from "./json.ts";
import { estimatePrompt } from "./prompts.ts";

const EstimateReply = z.object({ p: z.array(z.array(z.number())) });

/** The ablation: the LLM estimates the outcome probabilities itself instead of the learned critic. */
export class LlmEstimator implements OutcomeEstimator {
  readonly kind = "llm" as const;

  constructor(private readonly model: LanguageModelV1) {}

  async estimate(ctx: DecisionContext, candidates: Candidate[], goals: Goal[]): Promise<{ p: Float32Array; encodeMs: number }> {
    const { text } = await this.model.doGenerate({ messages: estimatePrompt(ctx, candidates.map((c) => c.thought), goals.map((g) => g.text)), json: true, temperature: 0, maxOutputTokens: 400, signal: ctx.signal });
    const parsed = parseJsonReply(text, EstimateReply);
    if (!parsed || parsed.p.length !== candidates.length || parsed.p.some((row) => row.length !== goals.length))
      throw new Error(`LLM estimate is not a ${candidates.length} x ${goals.length} JSON matrix`);
    const p = new Float32Array(candidates.length * goals.length);
    parsed.p.forEach((row, t) => row.forEach((v, j) => (p[t * goals.length + j] = Math.min(1, Math.max(0, v)))));
    return { p, encodeMs: 0 };
  }
}
