import type { Critic, CriticInput } from "../critic/types.ts";
import type { Candidate, DecisionContext, EmbeddingModelV1, Goal, OutcomeEstimator } from "./types.ts";

/**
 * The learned critic. Hashed-encoder models take text (the critic hashes it); dense models need an
 * embedding model. When every goal comes from the bank the cached goal partials are used.
 */
export class LearnedEstimator implements OutcomeEstimator {
  readonly kind = "learned" as const;

  get label(): string {
    return this.critic.runtime ? `learned: ${this.critic.runtime}` : "learned";
  }

  constructor(
    private readonly critic: Critic,
    private readonly embedder?: EmbeddingModelV1,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async estimate(ctx: DecisionContext, candidates: Candidate[], goals: Goal[]): Promise<{ p: Float32Array; encodeMs: number }> {
    const thoughts = candidates.map((c) => c.thought);
    if (this.critic.meta.encoder.type === "dense") {
      if (!this.embedder) throw new Error(`model ${this.critic.meta.name} needs dense embeddings (${this.critic.meta.encoder.model}) but no embedding provider is configured`);
      const t0 = this.now();
      const vecs = await this.embedder.doEmbed([ctx.state, ...thoughts, ...goals.map((g) => g.text)], ctx.signal);
      const encodeMs = this.now() - t0;
      const p = this.critic.scoreQ({ state: vecs[0]!, thoughts: vecs.slice(1, 1 + thoughts.length), goals: vecs.slice(1 + thoughts.length) as CriticInput[] });
      return { p, encodeMs };
    }
    if (goals.length > 0 && goals.every((g) => g.bankIndex !== undefined)) {
      const bankSize = this.critic.meta.goals.length;
      const all = this.critic.scoreQBank(ctx.state, thoughts);
      const p = new Float32Array(thoughts.length * goals.length);
      for (let t = 0; t < thoughts.length; t++)
        for (let j = 0; j < goals.length; j++) p[t * goals.length + j] = all[t * bankSize + goals[j]!.bankIndex!]!;
      return { p, encodeMs: 0 };
    }
    return { p: this.critic.scoreQ({ state: ctx.state, thoughts, goals: goals.map((g) => g.text) }), encodeMs: 0 };
  }
}
