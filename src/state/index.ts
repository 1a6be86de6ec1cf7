/**
 * The state text a critic reads, built from a chat the same way its training states were built.
 * Training and serving must agree: a persuasion critic learnt from `summarizePersuasionState`
 * summaries, so a chat sent to the service is summarised by that very function, not flattened.
 * Pure functions with no imports beyond this folder: safe for the Worker bundle.
 */
import type { ChatMessage } from "../planner/types.ts";
import { stateFromMessages } from "../planner/transcript.ts";
import { DEFAULT_SUMMARY_OPTIONS, type DialogueTurn, summarizePersuasionState } from "./persuasion.ts";
import { appendProfile, type PersuadeeProfile } from "./profile.ts";

export type { PersuadeeProfile } from "./profile.ts";

/**
 * A chat as persuasion turns: the agent (assistant) is the persuader, the other party (user) the
 * persuadee; each persuader message opens a turn and the replies that follow belong to it.
 * System messages are task, not dialogue.
 */
export function persuasionTurns(messages: ChatMessage[]): DialogueTurn[] {
  const turns: DialogueTurn[] = [];
  for (const m of messages) {
    if (m.role === "system" || !m.content.trim()) continue;
    if (m.role === "assistant") turns.push({ persuader: [m.content.trim()], persuadee: [] });
    else {
      if (turns.length === 0) turns.push({ persuader: [], persuadee: [] });
      turns.at(-1)!.persuadee.push(m.content.trim());
    }
  }
  return turns;
}

/**
 * The critic's state for a chat, by the task the model was trained on. A persuasion caller that knows
 * the persuadee's profile (src/state/profile.ts: survey fields such as agreeable, age, ideology) may
 * pass it; it is appended as profile tokens, as in the training states that carried one.
 */
export function stateForTask(task: string, messages: ChatMessage[], profile?: PersuadeeProfile): string {
  if (task === "persuasion") {
    const turns = persuasionTurns(messages);
    return summarizePersuasionState(turns, turns.length, DEFAULT_SUMMARY_OPTIONS, profile);
  }
  return stateFromMessages(messages);
}

/** A caller's own state text with the persuadee's profile tokens appended (persuasion models; others ignore the profile). */
export function stateWithProfile(task: string, state: string, profile?: PersuadeeProfile): string {
  return task === "persuasion" ? appendProfile(state, profile) : state;
}
