/** Builds an evaluation agent by name (one flag per agent and ablation). */
import type { Critic } from "../critic/types.ts";
import type { LanguageModelV1 } from "../planner/types.ts";
import type { TaskSpec } from "../tasks/index.ts";
import { makeRng } from "../tasks/rng.ts";
import { CountingModel } from "./counting-model.ts";
import { LatsAgent } from "./lats.ts";
import { PnlcAgent } from "./pnlc.ts";
import { ReactAgent, ReflexionAgent } from "./react.ts";
import { BehaviorAgent, RuleAgent } from "./scripted.ts";
import { AGENT_NAMES, type Agent, type AgentName } from "./types.ts";

export interface AgentOptions {
  task: TaskSpec;
  seed: number;
  llm?: LanguageModelV1;
  critic?: Critic;
  lats?: { n: number; depth: number };
  /** Sampling temperature of the scripted proposer (behaviour rollouts for training data). */
  temperature?: number;
  thoughts?: number;
  /** pnlc agents: use the task's scripted proposer even when an LLM is given (e.g. persuasion, where the LLM plays the donor). */
  scriptedProposer?: boolean;
}

export function isAgentName(s: string): s is AgentName {
  return (AGENT_NAMES as readonly string[]).includes(s);
}

export function makeAgent(name: AgentName, o: AgentOptions): Agent {
  const rng = makeRng(o.seed ^ 0x5bd1e995);
  const scripted = (ep: Parameters<TaskSpec["scriptedProposer"]>[0]) => o.task.scriptedProposer(ep, rng, o.temperature);
  const needLlm = () => {
    if (!o.llm) throw new Error(`agent ${name} needs an LLM: pass --llm mock[:MS] or --llm env`);
    return new CountingModel(o.llm);
  };
  switch (name) {
    case "simple":
      if (!o.task.simpleAction) throw new Error(`task ${o.task.name} has no simple rule`);
      return new RuleAgent("simple", o.task.simpleAction);
    case "behavior":
      return new BehaviorAgent(scripted);
    case "greedy":
      // Temperature 0: the proposer's single top-weighted candidate, no critic. With an LLM the
      // counterpart is `react` (the LLM's first thought acted on directly).
      return new BehaviorAgent((ep) => o.task.scriptedProposer(ep, rng, 0), "greedy");
    case "react":
      return new ReactAgent(needLlm());
    case "reflexion":
      return new ReflexionAgent(needLlm());
    case "lats":
      return new LatsAgent(needLlm(), o.lats?.n ?? 5, o.lats?.depth ?? 3);
    default: {
      if (!o.critic) throw new Error(`agent ${name} needs a critic model (--model FILE, default models/${o.task.name}.pnlc)`);
      return new PnlcAgent({ variant: name, critic: o.critic, scriptedProposer: scripted, ...(o.llm && !o.scriptedProposer ? { llm: new CountingModel(o.llm) } : {}), ...(o.thoughts ? { thoughts: o.thoughts } : {}) });
    }
  }
}
