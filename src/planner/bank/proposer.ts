import type { BankThought } from "../../critic/types.ts";
import type { Candidate, DecisionContext, Proposer } from "../types.ts";

/**
 * Offline proposer: the model's thought bank (strategies seen in training data) as candidates, all
 * of them by default so that the critic ranks the whole bank. It cannot refine; its "action" is the
 * chosen strategy itself, since without an LLM there is no one to word a reply.
 */
export class BankProposer implements Proposer {
  constructor(
    private readonly bank: readonly BankThought[],
    private readonly limit: "all" | "k" = "all",
  ) {}

  async propose(_ctx: DecisionContext, k: number): Promise<Candidate[]> {
    const list = this.limit === "all" ? this.bank : this.bank.slice(0, k);
    return list.map((t) => ({ thought: t.text }));
  }

  async act(_ctx: DecisionContext, chosen: Candidate): Promise<string> {
    return chosen.thought;
  }
}
