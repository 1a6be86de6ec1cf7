/**
 * A tiny in-memory Critic for service tests that must not depend on a trained model: p is a
 * deterministic function of word overlap between thought and goal, so tests can predict rankings.
 */
import { DEFAULT_HASH_ENCODER } from "../../src/critic/encoder/hash.ts";
import type { Critic, CriticInput, ModelMeta } from "../../src/critic/types.ts";

export const FAKE_META: ModelMeta = {
  format: "pnlc", version: 1, name: "fake", task: "persuasion", description: "in-memory test critic",
  createdAt: "2026-01-01T00:00:00Z", encoder: DEFAULT_HASH_ENCODER,
  network: { inputDim: 2048, hidden: [16, 16], heads: ["q", "v"] }, tensors: [],
  goals: [
    { text: "the persuadee agrees to donate", polarity: "positive", kind: "outcome" },
    { text: "the persuadee asks about the charity", polarity: "positive", kind: "state" },
    { text: "the persuadee refuses to donate", polarity: "negative", kind: "outcome" },
    { text: "the persuadee gets annoyed", polarity: "negative", kind: "state" },
  ],
  thoughts: [
    { text: "share a story of a child the charity helped so they agree to donate", label: "story" },
    { text: "ask what causes they care about", label: "ask" },
    { text: "insist until they donate", label: "pressure" },
  ],
};

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]+/g) ?? []);

function p(thought: string, goal: string): number {
  const a = words(thought), b = words(goal);
  let shared = 0;
  for (const w of b) if (a.has(w)) shared++;
  return 1 / (1 + Math.exp(-(shared - 2)));
}

export function fakeCritic(meta: ModelMeta = FAKE_META): Critic & { calls: number } {
  const text = (x: CriticInput) => {
    if (typeof x !== "string") throw new Error("fake critic reads text only");
    return x;
  };
  const critic = {
    meta,
    calls: 0,
    scoreQ(req: { state: CriticInput; thoughts: CriticInput[]; goals: CriticInput[] }) {
      critic.calls++;
      const out = new Float32Array(req.thoughts.length * req.goals.length);
      req.thoughts.forEach((t, i) => req.goals.forEach((g, j) => (out[i * req.goals.length + j] = p(text(t), text(g)))));
      return out;
    },
    scoreV(state: CriticInput, goals: CriticInput[]) {
      return Float32Array.from(goals.map((g) => p(text(state), text(g))));
    },
    scoreQBank(state: CriticInput, thoughts: CriticInput[]) {
      return critic.scoreQ({ state, thoughts, goals: meta.goals.map((g) => g.text) });
    },
  };
  return critic;
}
