import { describe, expect, it } from "vitest";
import { encodeHashed } from "../src/critic/encoder/hash.ts";
import { floatScoreQ } from "../src/critic/float-forward.ts";
import { buildTrainConfig } from "../src/train/config.ts";
import { trainIql } from "../src/train/iql.ts";
import type { Episode } from "../src/train/trajectory.ts";
import { forkEpisodes } from "./helpers/fork-episodes.ts";

/**
 * A task whose answer is known: from "start", the thought "alpha" leads to the goal with probability
 * 0.8 and "beta" with probability 0.2, two steps later (through a middle state where the only thought
 * is "carry on"). Honest Q of the outcome goal is 0.8 / 0.2: no discount may shrink it.
 */
const syntheticEpisodes = (n: number, seed: number) => forkEpisodes(n, seed, { id: "ep" });

const cfg = buildTrainConfig({ ensemble: 1, hidden: [16, 16], maxEpochs: 25, patience: 25, heldoutPercent: 0, calibrate: false, validationFraction: 0.2, lr: 0.005, weightDecay: 0, batchSize: 16, gamma: 0.5 });

describe("goal-conditioned IQL on a synthetic task", () => {
  it("learns that alpha leads to the castle (about 0.8) and beta does not (about 0.2), undiscounted", async () => {
    const r = await trainIql(syntheticEpisodes(400, 7), cfg, 3);
    const goals = ["reached the castle", "lost in the woods"].map((g) => encodeHashed(g));
    const q = floatScoreQ(r.params, encodeHashed("at the start"), [encodeHashed("take the alpha road"), encodeHashed("take the beta road")], goals);
    const [alphaWin, alphaLose, betaWin, betaLose] = [q[0]!, q[1]!, q[2]!, q[3]!];
    expect(alphaWin).toBeGreaterThan(0.68);
    expect(alphaWin).toBeLessThan(0.92);
    expect(betaWin).toBeGreaterThan(0.08);
    expect(betaWin).toBeLessThan(0.32);
    expect(alphaLose).toBeLessThan(betaLose);
    // hindsight state goal: from the start, alpha reaches "walking the alpha road" next (reward 1), beta never does
    const sg = floatScoreQ(r.params, encodeHashed("at the start"), [encodeHashed("take the alpha road"), encodeHashed("take the beta road")], [encodeHashed("walking the alpha road")]);
    expect(sg[0]!).toBeGreaterThan(0.7);
    expect(sg[1]!).toBeLessThan(0.3);
  });

  it("is deterministic for a seed and differs across seeds", async () => {
    const eps = syntheticEpisodes(60, 1);
    const small = { ...cfg, maxEpochs: 3, patience: 3 };
    const a = await trainIql(eps, small, 11);
    const b = await trainIql(eps, small, 11);
    const c = await trainIql(eps, small, 12);
    expect(Buffer.from(a.params.q.w2.buffer).equals(Buffer.from(b.params.q.w2.buffer))).toBe(true);
    expect(Buffer.from(a.params.v!.w1.state.buffer).equals(Buffer.from(b.params.v!.w1.state.buffer))).toBe(true);
    expect(a.history.map((h) => h.valLogLoss)).toEqual(b.history.map((h) => h.valLogLoss));
    expect(Buffer.from(a.params.q.w2.buffer).equals(Buffer.from(c.params.q.w2.buffer))).toBe(false);
  });
});

/**
 * Two doors lead to rooms whose state text is the same ("in a room"); only the next thought says what
 * the room holds. Door 1 holds gold (always won), door 2 lead (always lost). Bootstrapping from V of
 * the next state alone cannot tell the doors apart; with nextThoughtMix the target carries Q of the
 * thought taken next, which can.
 */
function doorEpisodes(n: number): Episode[] {
  return Array.from({ length: n }, (_, i) => {
    const gold = i % 2 === 0;
    return {
      id: `door${i}`,
      task: "synthetic",
      steps: [
        { state: "in front of two doors", thought: `open door ${gold ? "one" : "two"}`, action: "", observation: "" },
        { state: "in a room", thought: `take the prize: it is ${gold ? "gold" : "lead"}`, action: "", observation: "" },
      ],
      outcome: { text: gold ? "rich" : "poor", success: gold },
    };
  });
}

describe("nextThoughtMix: the next thought in the bootstrapped target", () => {
  const doors = { ...cfg, outcomeMcMix: 0, maxEpochs: 30, patience: 30 };
  const gap = async (m: number) => {
    const r = await trainIql(doorEpisodes(200), buildTrainConfig({ ...doors, nextThoughtMix: m }), 5);
    const q = floatScoreQ(r.params, encodeHashed("in front of two doors"), [encodeHashed("open door one"), encodeHashed("open door two")], [encodeHashed("rich")]);
    return q[0]! - q[1]!;
  };

  it("tells apart steps whose next states read the same only through the next thought", async () => {
    expect(buildTrainConfig({}).nextThoughtMix).toBe(0);
    expect(() => buildTrainConfig({ nextThoughtMix: 1.5 })).toThrow(/nextThoughtMix/);
    const plain = await gap(0), mixed = await gap(1);
    expect(Math.abs(plain)).toBeLessThan(0.15);
    expect(mixed).toBeGreaterThan(0.6);
  });
});
