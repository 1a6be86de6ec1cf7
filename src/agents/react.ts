/** ReAct (Yao et al. 2023): the LLM reasons and acts one step at a time; Reflexion adds lessons from failed episodes. */
import type { EpisodeResult, TaskEpisode } from "../tasks/types.ts";
import type { CountingModel } from "./counting-model.ts";
import { parseThoughtAction, reactPrompt, reflectPrompt } from "./prompts.ts";
import type { Agent, Decision, DecisionStats } from "./types.ts";

type History = Array<{ action: string; observation: string }>;

export class ReactAgent implements Agent {
  readonly name: string = "react";
  protected readonly histories = new WeakMap<TaskEpisode, History>();
  protected reflections: string[] = [];
  constructor(protected readonly llm: CountingModel) {}

  protected historyOf(ep: TaskEpisode): History {
    let h = this.histories.get(ep);
    if (!h) this.histories.set(ep, (h = []));
    return h;
  }

  async decide(ep: TaskEpisode): Promise<Decision> {
    const history = this.historyOf(ep);
    const m = await this.llm.measure(() => this.llm.doGenerate({ messages: reactPrompt(ep, history, this.reflections), temperature: 0, maxOutputTokens: 300 }));
    const { thought, action } = parseThoughtAction(m.value.text);
    // The harness steps the env; the observation is recorded lazily on the next decision.
    history.push({ action, observation: "" });
    return { thought, action, stats: { llmCalls: m.llmCalls, inputTokens: m.inputTokens, outputTokens: m.outputTokens, seconds: m.seconds } };
  }

  /** The harness reports each step's observation so the next prompt shows it. */
  observe(ep: TaskEpisode, observation: string): void {
    const h = this.historyOf(ep);
    if (h.length) h[h.length - 1]!.observation = observation;
  }
}

export class ReflexionAgent extends ReactAgent {
  override readonly name = "reflexion";
  constructor(llm: CountingModel, private readonly maxReflections = 3) {
    super(llm);
  }

  async endEpisode(ep: TaskEpisode, result: EpisodeResult): Promise<DecisionStats | void> {
    if (result.success) return;
    const trail = this.historyOf(ep).map((h) => h.action);
    const m = await this.llm.measure(() => this.llm.doGenerate({ messages: reflectPrompt(ep, trail, result.outcome), temperature: 0, maxOutputTokens: 150 }));
    this.reflections = [...this.reflections, m.value.text.trim().slice(0, 400)].slice(-this.maxReflections);
    return { llmCalls: m.llmCalls, inputTokens: m.inputTokens, outputTokens: m.outputTokens, seconds: m.seconds };
  }
}
