/**
 * The plan as readable text while it happens: what a chat client shows as reasoning (the OpenAI-
 * compatible `reasoning_content` deltas of /v1/chat/completions, the AI SDK middleware's reasoning
 * parts). One narrator per decision: `start` before the first LLM call, then one piece per event.
 */
import type { PlanEvent, PlanKnobs, ScoredCandidate } from "./types.ts";

const pct = (p: number) => `${Math.round(p * 100)}%`;

export class PlanNarrator {
  private best: ScoredCandidate | undefined;

  /** Said as soon as the decision starts (before any LLM call returns). */
  start(knobs: PlanKnobs, model: string): string {
    const goals = knobs.critic === "none" ? "" : ` while ${knobs.goals.source === "both" ? "bank and imagined" : knobs.goals.source === "llm" ? "imagined" : "bank"} goals are gathered`;
    return `Planning with the ${model} critic: proposing ${knobs.thoughts} thoughts${goals}.\n`;
  }

  event(e: PlanEvent): string | undefined {
    switch (e.type) {
      case "thought":
        return `\nThoughts${e.round > 0 ? ` (round ${e.round})` : ""}:\n${e.candidates.map((c, i) => `${i + 1}. ${c.thought}`).join("\n")}\n`;
      case "goals":
        return e.goals.length === 0 ? "\nNo goals to score against.\n" : `\nGoals: ${e.goals.map((g) => `${g.polarity === "positive" ? "▲" : "▼"} ${g.text}`).join("; ")}\n`;
      case "critique":
        this.best = e.candidates[0];
        return `\nCritique${e.round > 0 ? ` (round ${e.round})` : ""}:\n${e.text}\n`;
      case "refine":
        if (e.decision === "refine") return `\nRefining (${e.reason})${e.candidates?.length ? `:\n${e.candidates.map((c) => `- ${c.thought}`).join("\n")}` : ""}\n`;
        return `\nChosen (${e.reason}): ${this.best ? `${this.best.thought}${this.best.outcomes.length ? ` [${this.best.outcomes.map((o) => `${o.polarity === "positive" ? "▲" : "▼"} ${pct(o.p)}`).join(" ")}]` : ""}` : "no thought"}\n`;
      default:
        return undefined;
    }
  }
}
