/**
 * The state text a critic reads, built from a chat the same way its training states were built.
 * Training and serving must agree: a persuasion critic learnt from `summarizePersuasionState`
 * summaries, so a chat sent to the service is summarised by that very function, not flattened.
 * Pure functions with no imports beyond this folder: safe for the Worker bundle.
 */
import type { ChatMessage } from "../planner/types.ts";
import { stateFromMessages } from "../planner/transcript.ts";
import { type DialogueTurn, summarizePersuasionState } from "./persuasion.ts";

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

/** The critic's state for a chat, by the task the model was trained on. */
export function stateForTask(task: string, messages: ChatMessage[]): string {
  if (task === "persuasion") {
    const turns = persuasionTurns(messages);
    return summarizePersuasionState(turns, turns.length);
  }
  return stateFromMessages(messages);
}
