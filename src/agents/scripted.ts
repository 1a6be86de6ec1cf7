/**
 * LLM-free agents: `behavior` (the task's scripted proposer alone, one weighted sample), `greedy`
 * (the same proposer's single top-weighted candidate, no critic: the scripted analogue of ReAct, an
 * LLM acting on its own first thought) and `simple` (a fixed rule).
 */
import type { Proposer } from "../planner/types.ts";
import type { TaskEpisode } from "../tasks/types.ts";
import { timed } from "./counting-model.ts";
import type { Agent, Decision } from "./types.ts";

export class BehaviorAgent implements Agent {
  private proposers = new WeakMap<TaskEpisode, Proposer>();
  /** `name` "greedy" when makeProposer builds a temperature-0 proposer (the top candidate, not a sample). */
  constructor(private readonly makeProposer: (ep: TaskEpisode) => Proposer, readonly name: string = "behavior") {}

  async decide(ep: TaskEpisode): Promise<Decision> {
    let proposer = this.proposers.get(ep);
    if (!proposer) this.proposers.set(ep, (proposer = this.makeProposer(ep)));
    const p = proposer;
    const { value, seconds } = await timed(async () => {
      const [c] = await p.propose({ state: ep.stateText() }, 1);
      if (!c) throw new Error(`${ep.task}: the scripted proposer returned no candidate`);
      return { thought: c.thought, action: c.action ?? (await p.act({ state: ep.stateText() }, c)) };
    });
    return { ...value, stats: { llmCalls: 0, inputTokens: 0, outputTokens: 0, seconds } };
  }
}

export class RuleAgent implements Agent {
  constructor(readonly name: string, private readonly rule: (ep: TaskEpisode) => string) {}
  async decide(ep: TaskEpisode): Promise<Decision> {
    const { value, seconds } = await timed(async () => this.rule(ep));
    return { thought: "fixed rule", action: value, stats: { llmCalls: 0, inputTokens: 0, outputTokens: 0, seconds } };
  }
}
