import type { Candidate, DecisionContext, Proposer } from "./types.ts";

/**
 * The caller's own candidates (e.g. an application's scripted options): proposed as given, never
 * refined; a candidate without an action is worded by `actor` (the LLM proposer) when there is one,
 * else the thought itself is the action.
 */
export class GivenProposer implements Proposer {
  constructor(private readonly candidates: Candidate[], private readonly actor?: Proposer) {}

  async propose(): Promise<Candidate[]> {
    return this.candidates;
  }

  async act(ctx: DecisionContext, chosen: Candidate): Promise<string> {
    return this.actor ? this.actor.act(ctx, chosen) : chosen.thought;
  }
}
