import type { ChatMessage } from "./types.ts";

const ROLE_LABEL: Record<ChatMessage["role"], string> = { system: "System", user: "User", assistant: "Agent" };

/**
 * The state text of a chat: the last turns as "User: ... / Agent: ..." lines, most recent kept when
 * it is too long (the critic reads compact histories). System messages are task, not state.
 */
export function stateFromMessages(messages: ChatMessage[], maxChars = 4000, maxTurns = 16): string {
  const turns = messages.filter((m) => m.role !== "system").slice(-maxTurns).map((m) => `${ROLE_LABEL[m.role]}: ${m.content.trim()}`);
  let text = turns.join("\n");
  if (text.length > maxChars) text = "…" + text.slice(text.length - maxChars + 1);
  return text;
}

export function taskFromMessages(messages: ChatMessage[]): string | undefined {
  const sys = messages.filter((m) => m.role === "system").map((m) => m.content.trim()).filter(Boolean);
  return sys.length > 0 ? sys.join("\n") : undefined;
}
