/**
 * An in-process LanguageModelV1 for tests and benchmarks: replies come from a script (a function of
 * the request and the call index), every call is recorded, and faults can be injected per call.
 * `plannerReplies` answers the planner's own prompts (recognised by their "Task: ..." first line)
 * with valid JSON, so a whole decision runs without an LLM.
 */
import { ProviderError } from "../errors.ts";
import type { GenerateRequest, GenerateResult, LanguageModelV1 } from "../../planner/types.ts";

/** A reply: text, or an injected fault. */
export type MockReply = string | { error: { status: number; message?: string } } | { hang: true };

export type MockScript = (req: GenerateRequest, callIndex: number) => MockReply | Promise<MockReply>;

export interface RecordedCall {
  index: number;
  task: string;
  messages: GenerateRequest["messages"];
  startedAt: number;
}

export class RecordingLanguageModel implements LanguageModelV1 {
  readonly specificationVersion = "v1" as const;
  readonly provider = "mock";
  readonly calls: RecordedCall[] = [];

  constructor(
    private readonly script: MockScript = plannerReplies(),
    private readonly latencyMs = 0,
    readonly modelId = "mock-llm",
  ) {}

  async doGenerate(req: GenerateRequest): Promise<GenerateResult> {
    const index = this.calls.length;
    this.calls.push({ index, task: taskOf(req.messages), messages: req.messages, startedAt: Date.now() });
    if (this.latencyMs > 0) await sleep(this.latencyMs, req.signal);
    const reply = await this.script(req, index);
    if (typeof reply === "object" && "hang" in reply) {
      await sleep(1e9, req.signal);
      throw new Error("unreachable");
    }
    if (typeof reply === "object") throw new ProviderError(reply.error.message ?? `mock error ${reply.error.status}`, reply.error.status);
    const input = req.messages.reduce((n, m) => n + Math.ceil(m.content.length / 4), 0);
    return { text: reply, usage: { inputTokens: input, outputTokens: Math.ceil(reply.length / 4) } };
  }

  /** Calls per task, e.g. { "propose-thoughts": 1, "act": 1 }. */
  countByTask(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.calls) out[c.task] = (out[c.task] ?? 0) + 1;
    return out;
  }
}

export function taskOf(messages: GenerateRequest["messages"]): string {
  const first = messages.find((m) => m.role === "system")?.content ?? "";
  return /^Task: ([a-z-]+)/.exec(first)?.[1] ?? "chat";
}

export interface PlannerReplyOptions {
  thoughts?: string[];
  goals?: { positive: string[]; negative: string[] };
  refined?: { thought: string; action?: string };
  action?: string;
}

/** Valid JSON replies to each planner prompt; plain chat gets `action`. */
export function plannerReplies(o: PlannerReplyOptions = {}): MockScript {
  const thoughts = o.thoughts ?? [
    "Acknowledge their concern and share one concrete story of impact",
    "Ask what causes they already care about",
    "Mention that even a small donation helps",
  ];
  const goals = o.goals ?? { positive: ["The persuadee agrees to donate", "The persuadee asks how to donate"], negative: ["The persuadee refuses to donate", "The persuadee doubts the charity"] };
  const action = o.action ?? "I hear you. Even $1 buys a meal for a child; would you consider a small gift today?";
  return (req) => {
    switch (taskOf(req.messages)) {
      case "propose-thoughts":
        return JSON.stringify({ thoughts });
      case "imagine-goals":
        return JSON.stringify(goals);
      case "refine-thought":
        return JSON.stringify(o.refined ?? { thought: thoughts[0], action });
      case "estimate-outcomes": {
        const rows = /with (\d+) rows of (\d+) numbers/.exec(req.messages[0]!.content);
        const [t, g] = rows ? [Number(rows[1]), Number(rows[2])] : [1, 1];
        return JSON.stringify({ p: Array.from({ length: t }, (_, i) => Array.from({ length: g }, (_, j) => ((i + 2 * j) % 5) / 5 + 0.1)) });
      }
      default:
        return action;
    }
  };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(t);
      reject(signal.reason);
    }, { once: true });
  });
}
