import { z } from "zod";
import type { Candidate, DecisionContext, LanguageModelV1, Proposer, ScoredCandidate } from "../types.ts";
import { linesAsList, parseJsonReply } from "./json.ts";
import { actPrompt, proposePrompt, refinePrompt } from "./prompts.ts";

const ThoughtsReply = z.object({ thoughts: z.array(z.string()).min(1) });
const RefineReply = z.object({ thought: z.string().min(1), action: z.string().optional() });

export interface LlmProposerOptions {
  temperature?: number;
  maxOutputTokens?: number;
}

/** The LLM proposes thoughts, refines them after reading the critique, and writes the reply. */
export class LlmProposer implements Proposer {
  constructor(
    private readonly model: LanguageModelV1,
    private readonly options: LlmProposerOptions = {},
  ) {}

  async propose(ctx: DecisionContext, k: number): Promise<Candidate[]> {
    const { text } = await this.model.doGenerate({ messages: proposePrompt(ctx, k), json: true, temperature: this.options.temperature ?? 0.7, maxOutputTokens: this.options.maxOutputTokens ?? 600, signal: ctx.signal });
    const parsed = parseJsonReply(text, ThoughtsReply);
    // A reply that tried JSON and broke is a failure (fragments are no thoughts); plain prose lines are accepted.
    if (!parsed && /^\s*(?:\{|\[|```)/.test(text)) throw new Error(`propose reply is broken JSON (${text.length} chars)`);
    const thoughts = parsed ? parsed.thoughts : linesAsList(text, k);
    return thoughts.slice(0, k).map((thought) => ({ thought }));
  }

  async refine(ctx: DecisionContext, scored: ScoredCandidate[], critique: string): Promise<Candidate[]> {
    const { text } = await this.model.doGenerate({ messages: refinePrompt(ctx, critique), json: true, temperature: 0.3, maxOutputTokens: this.options.maxOutputTokens ?? 800, signal: ctx.signal });
    const parsed = parseJsonReply(text, RefineReply);
    if (!parsed) throw new Error(`refine reply is not the expected JSON (${text.length} chars)`);
    const action = parsed.action?.trim();
    return [{ thought: parsed.thought, ...(action ? { action } : {}) }];
  }

  async act(ctx: DecisionContext, chosen: Candidate): Promise<string> {
    const { text } = await this.model.doGenerate(this.actRequest(ctx, chosen));
    return text.trim();
  }

  /** act, with each piece of the reply passed to `onText` as the model produces it (whole, when the model cannot stream). */
  async actStreaming(ctx: DecisionContext, chosen: Candidate, onText: (piece: string) => Promise<void> | void): Promise<string> {
    if (!this.model.doStream) {
      const text = await this.act(ctx, chosen);
      if (text) await onText(text);
      return text;
    }
    const { textStream } = await this.model.doStream(this.actRequest(ctx, chosen));
    let text = "";
    for await (const piece of textStream) {
      // Leading whitespace is dropped, as act() trims; the rest goes out as it comes.
      const out = text === "" ? piece.trimStart() : piece;
      if (out === "") continue;
      text += out;
      await onText(out);
    }
    return text.trimEnd();
  }

  private actRequest(ctx: DecisionContext, chosen: Candidate) {
    return { messages: actPrompt(ctx, chosen.thought), temperature: 0.5, maxOutputTokens: this.options.maxOutputTokens ?? 800, signal: ctx.signal };
  }
}
