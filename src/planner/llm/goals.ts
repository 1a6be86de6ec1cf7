import { z } from "zod";
import type { DecisionContext, Goal, GoalSource, LanguageModelV1 } from "../types.ts";
import { parseJsonReply } from "./json.ts";
import { goalsPrompt } from "./prompts.ts";

const GoalsReply = z.object({ positive: z.array(z.string()), negative: z.array(z.string()) });

/** Goals imagined by the LLM in the style of the model's training goals (bank examples). */
export class LlmGoalSource implements GoalSource {
  constructor(
    private readonly model: LanguageModelV1,
    private readonly styleExamples: string[] = [],
  ) {}

  async goals(ctx: DecisionContext, counts: { positive: number; negative: number }): Promise<Goal[]> {
    const { text } = await this.model.doGenerate({ messages: goalsPrompt(ctx, counts, this.styleExamples.slice(0, 6)), json: true, temperature: 0.7, maxOutputTokens: 400, signal: ctx.signal });
    const parsed = parseJsonReply(text, GoalsReply);
    if (!parsed) throw new Error(`goals reply is not the expected JSON (${text.length} chars)`);
    const take = (list: string[], n: number, polarity: Goal["polarity"]) =>
      list.map((t) => t.trim()).filter(Boolean).slice(0, n).map((t): Goal => ({ text: t, polarity, source: "llm" }));
    return [...take(parsed.positive, counts.positive, "positive"), ...take(parsed.negative, counts.negative, "negative")];
  }
}
