/**
 * pnlc's decisions are the critic's: with a critic that prefers one thought of each proposal (a spy
 * around the committed Avalon model that scores the thoughts it is shown by a fixed preference),
 * every pnlc decision takes exactly that thought, and its predicted success is the one the critic gave.
 */
import { describe, expect, it } from "vitest";
import { makeAgent } from "../src/agents/index.ts";
import { loadCriticFile } from "../src/critic/node.ts";
import type { Critic, CriticInput } from "../src/critic/types.ts";
import { runEpisode } from "../src/eval/harness.ts";
import { loadTask } from "../src/tasks/index.ts";
import { hashString } from "../src/tasks/rng.ts";

/** A critic that likes, among the thoughts it is shown, the one with the largest hash: win 0.9, each loss 0.05; the others win 0.1, losses 0.3. */
function spyCritic(real: Critic) {
  const calls: string[][] = [];
  const G = real.meta.goals.length;
  const win = real.meta.goals.findIndex((g) => g.polarity === "positive");
  const favourite = (thoughts: string[]) => thoughts.reduce((a, b) => (hashString(b) > hashString(a) ? b : a));
  const critic: Critic = {
    meta: real.meta,
    scoreV: (s, g) => real.scoreV(s, g),
    scoreQ: () => { throw new Error("the bank path is expected"); },
    scoreQBank(_state: CriticInput, thoughts: CriticInput[]) {
      const texts = thoughts.map(String);
      calls.push(texts);
      const fav = favourite(texts);
      const p = new Float32Array(texts.length * G);
      texts.forEach((t, i) => { for (let j = 0; j < G; j++) p[i * G + j] = j === win ? (t === fav ? 0.9 : 0.1) : t === fav ? 0.05 : 0.3; });
      return p;
    },
  };
  return { critic, calls, favourite };
}

describe("pnlc acts on the critic's choice", () => {
  it("avalon: every decision takes the thought the critic scores best, with the critic's P(win) as predicted success", async () => {
    const task = await loadTask("avalon");
    const { critic, calls, favourite } = spyCritic(loadCriticFile("models/avalon.pnlc"));
    const agent = makeAgent("pnlc", { task, seed: 3, critic });
    const episodes = await task.episodes({ n: 3, seed: 5, split: "train" });
    let checked = 0, notFirst = 0;
    for (const ep of episodes) {
      while (!ep.done) {
        const before = calls.length;
        const d = await agent.decide(ep);
        expect(calls.length).toBeGreaterThan(before); // the critic was asked
        const shown = calls[calls.length - 1]!;
        expect(d.thought).toBe(favourite(shown));
        if (shown.length > 1 && d.thought !== shown[0]) notFirst++;
        // exclusive outcomes with utilities: 0.9 / (0.9 + 3 x 0.05)
        expect(d.predictedSuccess).toBeCloseTo(0.9 / (0.9 + 0.05 * (critic.meta.goals.length - 1)), 5);
        await ep.step(d.action);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(notFirst).toBeGreaterThan(0); // the choice differs from taking the proposer's first thought
  });

  it("the harness records the first decision's prediction and eval reports it against the realised success", async () => {
    const task = await loadTask("avalon");
    const { critic } = spyCritic(loadCriticFile("models/avalon.pnlc"));
    const agent = makeAgent("pnlc", { task, seed: 3, critic });
    const [ep] = await task.episodes({ n: 1, seed: 6, split: "train" });
    const rec = await runEpisode(agent, ep!, false);
    expect(rec.firstPredicted).toBeCloseTo(0.9 / 1.05, 5);
  });
});
