/**
 * LATS-style search (Zhou et al. 2024), the paper's expensive baseline: at each decision, expand the
 * most promising node `depth` times; an expansion samples `n` actions from the LLM, simulates each on
 * a copy of the environment, and values it (the environment's score at a terminal state, otherwise the
 * LLM's 1-10 rating). The root action on the path to the best node is taken. LLM calls run one after
 * another, as in the reference implementation, so wall time per decision is comparable.
 */
import type { TaskEpisode } from "../tasks/types.ts";
import type { CountingModel } from "./counting-model.ts";
import { parseScore, parseThoughtAction, reactPrompt, valuePrompt } from "./prompts.ts";
import type { Agent, Decision } from "./types.ts";

interface Node {
  env: TaskEpisode;
  trail: string[];
  rootIndex: number;
  thought: string;
  action: string;
  value: number;
  expanded: boolean;
}

export class LatsAgent implements Agent {
  readonly name = "lats";
  constructor(private readonly llm: CountingModel, private readonly n = 5, private readonly depth = 3) {
    if (!Number.isInteger(n) || n < 1) throw new Error(`lats n must be an integer >= 1, got ${n}`);
    if (!Number.isInteger(depth) || depth < 1) throw new Error(`lats depth must be an integer >= 1, got ${depth}`);
  }

  async decide(ep: TaskEpisode): Promise<Decision> {
    const m = await this.llm.measure(() => this.search(ep));
    return { ...m.value, stats: { llmCalls: m.llmCalls, inputTokens: m.inputTokens, outputTokens: m.outputTokens, seconds: m.seconds } };
  }

  private async expand(parent: { env: TaskEpisode; trail: string[]; rootIndex: number }, nodes: Node[]): Promise<void> {
    const seen = new Set<string>();
    for (let i = 0; i < this.n; i++) {
      const reply = await this.llm.doGenerate({ messages: reactPrompt(parent.env, parent.trail.map((a) => ({ action: a, observation: "" }))), temperature: 0.8, maxOutputTokens: 300 });
      const { thought, action } = parseThoughtAction(reply.text);
      if (!action || seen.has(action)) continue;
      seen.add(action);
      const env = parent.env.clone();
      await env.step(action);
      const trail = [...parent.trail, action];
      const value = env.done
        ? env.result().score / 100
        : parseScore((await this.llm.doGenerate({ messages: valuePrompt(env, trail), temperature: 0, maxOutputTokens: 20 })).text);
      nodes.push({ env, trail, rootIndex: parent.rootIndex < 0 ? nodes.length : parent.rootIndex, thought, action, value, expanded: false });
    }
  }

  private async search(ep: TaskEpisode): Promise<{ thought: string; action: string }> {
    const nodes: Node[] = [];
    await this.expand({ env: ep, trail: [], rootIndex: -1 }, nodes);
    if (!nodes.length) throw new Error("lats: the LLM proposed no action");
    for (let d = 1; d < this.depth; d++) {
      const open = nodes.filter((x) => !x.expanded && !x.env.done);
      if (!open.length) break;
      const best = open.reduce((a, b) => (b.value > a.value ? b : a));
      best.expanded = true;
      await this.expand(best, nodes);
    }
    const best = nodes.reduce((a, b) => (b.value > a.value ? b : a));
    const root = nodes[best.rootIndex]!;
    return { thought: root.thought, action: root.action };
  }
}
