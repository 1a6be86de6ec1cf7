/**
 * Prompts of the baseline LLM agents (ReAct, Reflexion, LATS). The first line names the call
 * ("Task: react-step"), like the planner's prompts, so a scripted mock LLM can answer each kind.
 */
import type { ChatMessage } from "../planner/types.ts";
import type { TaskEpisode } from "../tasks/types.ts";

export type AgentPromptTask = "react-step" | "lats-value" | "reflect";

export function historyText(history: Array<{ action: string; observation: string }>, keep = 6): string {
  return history.slice(-keep).map((h) => `Action: ${h.action}\nObservation: ${h.observation.slice(0, 1200)}`).join("\n");
}

export function reactPrompt(ep: TaskEpisode, history: Array<{ action: string; observation: string }>, reflections: string[] = []): ChatMessage[] {
  const memo = reflections.length ? `\nLessons from earlier attempts:\n${reflections.map((r) => `- ${r}`).join("\n")}` : "";
  return [
    {
      role: "system",
      content: `Task: react-step\n${ep.instructions()}${memo}\nThink step by step, then act. Reply exactly in two lines:\nThought: <your reasoning>\nAction: <one valid action>`,
    },
    {
      role: "user",
      content: `${historyText(history)}\nCurrent observation: ${ep.observation().slice(0, 3000)}\nValid actions: ${ep.validActions().join(" | ")}`,
    },
  ];
}

export function valuePrompt(ep: TaskEpisode, trail: string[]): ChatMessage[] {
  return [
    { role: "system", content: `Task: lats-value\n${ep.instructions()}\nRate how likely the task will end well from the current state. Reply with one line: Score: <integer 1-10>` },
    { role: "user", content: `Actions so far: ${trail.join(" ; ") || "none"}\nCurrent observation: ${ep.observation().slice(0, 3000)}` },
  ];
}

export function reflectPrompt(ep: TaskEpisode, trail: string[], outcome: string): ChatMessage[] {
  return [
    { role: "system", content: `Task: reflect\n${ep.instructions()}\nThe attempt below did not succeed. In one or two sentences, say what to do differently next time.` },
    { role: "user", content: `Actions: ${trail.join(" ; ")}\nOutcome: ${outcome}` },
  ];
}

/** Parses "Thought: ...\nAction: ..." (tolerant of extra text); the action falls back to the last line. */
export function parseThoughtAction(text: string): { thought: string; action: string } {
  const thought = /Thought:\s*(.*)/i.exec(text)?.[1]?.trim() ?? "";
  const action = /Action:\s*(.*)/i.exec(text)?.[1]?.trim() ?? text.trim().split("\n").at(-1)!.trim();
  return { thought, action };
}

export function parseScore(text: string): number {
  const m = /Score:\s*(\d+(?:\.\d+)?)/i.exec(text) ?? /(\d+(?:\.\d+)?)/.exec(text);
  const v = m ? Number(m[1]) : 5;
  return Math.min(10, Math.max(1, v)) / 10;
}
