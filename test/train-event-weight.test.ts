/**
 * `eventGoalWeight` (src/train/config.ts): the loss weight of the event-goal items. At 0 the event goal
 * is not learned at all (its prediction keeps no trace of the thought that brings it about); at 1 (the
 * default) it is; both backends honour it.
 */
import { describe, expect, it } from "vitest";
import { encodeHashed } from "../src/critic/encoder/hash.ts";
import { floatScoreQ } from "../src/critic/float-forward.ts";
import { buildTrainConfig } from "../src/train/config.ts";
import { trainIql } from "../src/train/iql.ts";
import { Rng } from "../src/train/rng.ts";
import type { Episode } from "../src/train/trajectory.ts";

const SMILES = "the traveller smiles";
/** Waving is followed by a smile 90% of the time, staring 10%; the castle is reached half the time either way. */
function episodes(n: number): Episode[] {
  const rng = new Rng(11);
  return Array.from({ length: n }, (_, i) => {
    const wave = i % 2 === 0;
    const smile = rng.next() < (wave ? 0.9 : 0.1);
    const win = rng.next() < 0.5;
    return {
      id: `w${i}`,
      task: "synthetic",
      steps: [{ state: "at the gate", thought: wave ? "wave at the traveller" : "stare at the traveller", action: "", observation: "", ...(smile ? { events: [SMILES] } : {}) }, { state: `inside, room ${i % 3}`, thought: "carry on", action: "", observation: "" }],
      outcome: { text: win ? "reached the castle" : "lost in the woods", success: win },
    };
  });
}

const base = { ensemble: 1, hidden: [16, 16], maxEpochs: 20, patience: 20, heldoutPercent: 0, calibration: "none", lr: 0.01, weightDecay: 0, batchSize: 16, eventGoals: [{ text: SMILES, polarity: "positive" }] };

describe.each(["js", "wasm"] as const)("eventGoalWeight (%s backend)", (backend) => {
  const gap = async (eventGoalWeight?: number) => {
    const r = await trainIql(episodes(200), buildTrainConfig({ ...base, ...(eventGoalWeight === undefined ? {} : { eventGoalWeight }) }), 3, {}, { backend, threads: 1 });
    const [wave, stare] = floatScoreQ(r.params, encodeHashed("at the gate"), ["wave at the traveller", "stare at the traveller"].map((t) => encodeHashed(t)), [encodeHashed(SMILES)]);
    return wave! - stare!;
  };
  it("at 1 (the default) learns that waving brings the smile; at 0 it learns nothing of it", async () => {
    expect(await gap()).toBeGreaterThan(0.5);
    expect(Math.abs(await gap(0))).toBeLessThan(0.1);
  });
});
