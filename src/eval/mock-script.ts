/**
 * Scripted replies of the mock LLM for every prompt an evaluation makes: the planner's prompts
 * (valid JSON, from plannerReplies), the baseline agents' steps and values, reflections, and the
 * persuasion donor. Replies are mechanical but valid, so runs end and cost is measured on the same
 * footing for every agent; no figure of quality should be read from a mock run.
 */
import type { ChatMessage } from "../planner/types.ts";
import { plannerReplies, taskOf } from "../providers/mock/recording-model.ts";

/** Picks a valid action from a "Valid actions...: a | b" or ", "-separated list, preferring progress. */
export function mockPickAction(text: string, rotate = 0): string {
  const m = /Valid actions(?: now)?:\s*(.*)/.exec(text);
  const list = m ? m[1]!.split(/\s\|\s|,\s(?=[a-z]+\[)/).map((s) => s.trim()).filter(Boolean) : [];
  const pref = [/^click\[Buy Now\]$/i, /^click\[B0/i, /^vote\[approve\]$/, /^propose\[\d/];
  const concrete = list.filter((a) => !a.includes("<"));
  // Sampled calls (rotate > 0) spread over the concrete actions, as a sampling LLM would.
  if (rotate > 0 && concrete.length > 1) return concrete[rotate % concrete.length]!;
  for (const re of pref) {
    const hit = list.find((a) => re.test(a));
    if (hit) return hit;
  }
  if (list.some((a) => a.startsWith("search["))) {
    const ins = /Instruction: \[SEP\] (.*?) \[SEP\]/.exec(text)?.[1] ?? "product";
    return `search[${ins}]`;
  }
  return list.find((a) => !a.includes("<")) ?? "Could you spare a dollar for Save the Children? Even a little helps.";
}

export function evalMockScript(): (req: { messages: ChatMessage[] }, index: number) => string {
  const planner = plannerReplies();
  return (req, index) => {
    const all = req.messages.map((m) => m.content).join("\n");
    switch (taskOf(req.messages)) {
      case "react-step":
        return `Thought: follow the instruction step by step.\nAction: ${mockPickAction(all, index % 3 === 0 ? 0 : index)}`;
      case "lats-value":
        return `Score: ${3 + (index % 5)}`;
      case "reflect":
        return "I should check the requested attributes and options before buying.";
      case "donor-reply":
        return "I'm not sure; I already give to causes I know. Why this charity?";
      case "donor-donation":
        return JSON.stringify({ donation: (index % 5) * 0.25 });
      case "act":
        return mockPickAction(all);
      case "refine-thought":
        return JSON.stringify({ thought: "Follow the strongest option the critique supports", action: mockPickAction(all) });
      default: {
        const r = planner(req, index);
        return typeof r === "string" ? r : "ok";
      }
    }
  };
}
