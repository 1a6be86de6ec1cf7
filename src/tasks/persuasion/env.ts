/**
 * Persuasion for Save the Children: the agent (persuader) talks with an LLM-played skeptical donor
 * for up to 10 turns; then the donor states a donation in $0-2 (out of a $2 task payment, as in
 * PersuasionForGood). The state text is the same compact summary the persuasion critic was trained
 * on (src/state/persuasion.ts). Needs an LLM for the donor; with the mock LLM it runs mechanically.
 */
import { z } from "zod";
import type { LanguageModelV1 } from "../../planner/types.ts";
import { DEFAULT_SUMMARY_OPTIONS, summarizePersuasionState, type DialogueTurn } from "../../state/persuasion.ts";
import { DECLINES_GOAL, DONATES_GOAL, MAX_DONATION } from "../../data/persuasion.ts";
import type { EpisodeResult, StepResult, TaskEpisode } from "../types.ts";
import type { Persona } from "./personas.ts";

export const MAX_TURNS = 10;
const Donation = z.object({ donation: z.number() });

export class PersuasionEpisode implements TaskEpisode {
  readonly task = "persuasion" as const;
  turns: DialogueTurn[] = [];
  donation: number | null = null;
  done = false;

  constructor(readonly id: string, readonly persona: Persona, private readonly donor: LanguageModelV1) {}

  clone(): PersuasionEpisode {
    const c = new PersuasionEpisode(this.id, this.persona, this.donor);
    c.turns = this.turns.map((t) => ({ persuader: [...t.persuader], persuadee: [...t.persuadee] }));
    c.donation = this.donation;
    c.done = this.done;
    return c;
  }

  instructions(): string {
    return (
      "You are a persuader on a crowd-working platform. Persuade your partner to donate part of their $2 task payment to Save the Children. " +
      `You have up to ${MAX_TURNS} messages. Action: the next message to your partner, as plain text.`
    );
  }

  observation(): string {
    const lines = this.turns.flatMap((t) => [`You: ${t.persuader.join(" ")}`, ...(t.persuadee.length ? [`Partner: ${t.persuadee.join(" ")}`] : [])]);
    return [`Turn ${this.turns.length + 1} of ${MAX_TURNS}.`, ...lines.slice(-12)].join("\n");
  }

  stateText(): string {
    return summarizePersuasionState(this.turns, this.turns.length, DEFAULT_SUMMARY_OPTIONS, this.persona.profile);
  }

  validActions(): string[] {
    return ["<your message to the partner>"];
  }

  private donorSystem(task: "donor-reply" | "donor-donation"): string {
    const base =
      `Task: ${task}\nYou play a crowd worker who is ${this.persona.text}. You were paid $2 for this task. ` +
      "Someone is trying to get you to donate to Save the Children. You are skeptical: you do not give easily, you ask questions, and you only give if truly convinced.";
    return task === "donor-reply"
      ? `${base} Reply in one to three sentences, in character.`
      : `${base} The conversation is over. How much of your $2 do you donate? Reply with JSON only: {"donation": <number from 0 to 2>}`;
  }

  private transcript(): string {
    return this.turns.flatMap((t) => [`Persuader: ${t.persuader.join(" ")}`, ...(t.persuadee.length ? [`You: ${t.persuadee.join(" ")}`] : [])]).join("\n");
  }

  async step(action: string): Promise<StepResult> {
    if (this.done) throw new Error("episode is over");
    const message = action.trim().slice(0, 1000) || "(says nothing)";
    this.turns.push({ persuader: [message], persuadee: [] });
    const reply = await this.donor.doGenerate({ messages: [{ role: "system", content: this.donorSystem("donor-reply") }, { role: "user", content: this.transcript() }], temperature: 0.7, maxOutputTokens: 150 });
    this.turns.at(-1)!.persuadee.push(reply.text.trim().slice(0, 600));
    if (this.turns.length >= MAX_TURNS) await this.finish();
    return { observation: this.observation(), done: this.done };
  }

  private async finish(): Promise<void> {
    const r = await this.donor.doGenerate({ messages: [{ role: "system", content: this.donorSystem("donor-donation") }, { role: "user", content: this.transcript() }], temperature: 0, maxOutputTokens: 30, json: true });
    let value = 0;
    try {
      const parsed = Donation.safeParse(JSON.parse(/\{[\s\S]*\}/.exec(r.text)?.[0] ?? "null"));
      value = parsed.success ? parsed.data.donation : Number(/\d+(?:\.\d+)?/.exec(r.text)?.[0] ?? 0);
    } catch {
      value = Number(/\d+(?:\.\d+)?/.exec(r.text)?.[0] ?? 0);
    }
    this.donation = Math.min(MAX_DONATION, Math.max(0, Number.isFinite(value) ? value : 0));
    this.done = true;
  }

  result(): EpisodeResult {
    const d = this.donation ?? 0;
    return { score: (100 * d) / MAX_DONATION, success: d > 0, outcome: d > 0 ? DONATES_GOAL : DECLINES_GOAL, value: d };
  }
}
