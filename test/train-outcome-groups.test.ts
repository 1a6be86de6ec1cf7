import { describe, expect, it } from "vitest";
import { encodeHashed } from "../src/critic/encoder/hash.ts";
import { floatScoreGoals } from "../src/critic/float-forward.ts";
import { loadWasmModuleFromDisk } from "../src/critic/node.ts";
import { quantizeCritic } from "../src/critic/quantize.ts";
import { loadCritic } from "../src/critic/wasm-critic.ts";
import { buildTrainConfig } from "../src/train/config.ts";
import { buildMeta } from "../src/train/export.ts";
import { trainIql } from "../src/train/iql.ts";
import { Rng } from "../src/train/rng.ts";
import type { Episode } from "../src/train/trajectory.ts";

/**
 * Three exclusive endings. From the start, "alpha" ends at the castle / village / woods with
 * probability 0.6 / 0.2 / 0.2, "beta" with 0.1 / 0.3 / 0.6, two steps later.
 */
const ENDINGS = ["the walk ends at the castle", "the walk ends in the village", "the walk ends lost in the woods"];
function endingEpisodes(n: number, seed: number): Episode[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const alpha = i % 2 === 0;
    const u = rng.next();
    const cut = alpha ? [0.6, 0.8] : [0.1, 0.4];
    const k = u < cut[0]! ? 0 : u < cut[1]! ? 1 : 2;
    const branch = alpha ? "alpha" : "beta";
    return {
      id: `walk${i}`,
      task: "synthetic",
      steps: [
        { state: "at the start", thought: `take the ${branch} road`, action: "", observation: "" },
        { state: `walking the ${branch} road`, thought: "carry on", action: "", observation: "" },
        { state: `near the end of the ${branch} road`, thought: "carry on", action: "", observation: "" },
      ],
      outcome: { text: ENDINGS[k]!, value: k },
    };
  });
}

const groupConfig = {
  outcomeGroups: [{ name: "ending", outcomes: ENDINGS.map((text, k) => ({ text, utility: [1, 0.5, 0][k]! })) }],
  outcomeGoals: [
    { text: "the walk ends somewhere safe", polarity: "positive", derivedFrom: { group: "ending", outcomes: [0, 1] } },
    { text: "the walk ends at the castle itself", polarity: "positive", derivedFrom: { group: "ending", outcomes: [0] } },
    { text: "the walk ends badly", polarity: "negative", derivedFrom: { group: "ending", outcomes: [2] } },
  ],
};
const cfg = buildTrainConfig({ ensemble: 1, hidden: [16, 16], maxEpochs: 25, patience: 25, heldoutPercent: 0, calibrate: false, validationFraction: 0.2, lr: 0.005, weightDecay: 0, batchSize: 16, gamma: 0.5, ...groupConfig });

describe("exclusive outcome groups in the trainer", () => {
  it("learns one distribution per thought; derived goals are its sums; the int8 file keeps them coherent", async () => {
    const r = await trainIql(endingEpisodes(400, 7), cfg, 3);
    expect(r.groups.map((g) => g.name)).toEqual(["ending"]);
    const meta = buildMeta(r, "walks", [], {});
    expect(meta.outcomeGroups).toEqual([{ name: "ending", outcomes: ENDINGS, utilities: [1, 0.5, 0] }]);
    const enc = (t: string) => encodeHashed(t);
    const thoughts = ["take the alpha road", "take the beta road"].map(enc);
    const members = floatScoreGoals(r.params, meta, enc, enc("at the start"), thoughts, ENDINGS);
    const [aCastle, aVillage, aWoods, bCastle, bVillage, bWoods] = Array.from(members);
    expect(Math.abs(aCastle! + aVillage! + aWoods! - 1)).toBeLessThan(1e-6);
    expect(aCastle!).toBeGreaterThan(0.48);
    expect(aCastle!).toBeLessThan(0.72);
    expect(bWoods!).toBeGreaterThan(0.48);
    expect(bWoods!).toBeLessThan(0.72);
    expect(bCastle!).toBeLessThan(0.22);
    expect(bVillage!).toBeGreaterThan(0.15);

    const bytes = quantizeCritic(r.params, meta);
    const critic = loadCritic(bytes, loadWasmModuleFromDisk());
    expect(critic.meta.version).toBe(2);
    const q = critic.scoreQBank("at the start", ["take the alpha road", "take the beta road"]);
    for (let t = 0; t < 2; t++) {
      const [safe, castle, bad] = [q[t * 3]!, q[t * 3 + 1]!, q[t * 3 + 2]!];
      expect(castle).toBeLessThanOrEqual(safe);
      expect(Math.abs(safe + bad - 1)).toBeLessThan(1e-6);
    }
    expect(Math.abs(q[0]! - (aCastle! + aVillage!))).toBeLessThan(0.02);
  });

  // V of a group is the target Q's distributions weighted tau above V's expected utility, 1 - tau below:
  // alpha (utility 0.7) gets weight tau, beta (0.25) 1 - tau, so V(start) = tau * alpha + (1 - tau) * beta:
  // castle / village / woods 0.35 / 0.25 / 0.40 at tau 0.5 and 0.50 / 0.22 / 0.28 at tau 0.8.
  for (const tau of [0.5, 0.8])
    it(`V(start) of the group at tau ${tau} is its closed-form mixture of the thoughts' distributions`, async () => {
      const r = await trainIql(endingEpisodes(400, 7), buildTrainConfig({ ...cfg, tau }), 3);
      const v = floatScoreGoals(r.params, buildMeta(r, "walks", [], {}), (t) => encodeHashed(t), encodeHashed("at the start"), null, ENDINGS);
      const want = [0, 1, 2].map((k) => tau * [0.6, 0.2, 0.2][k]! + (1 - tau) * [0.1, 0.3, 0.6][k]!);
      v.forEach((p, k) => expect(Math.abs(p - want[k]!), `${ENDINGS[k]}: ${p.toFixed(3)} vs ${want[k]!.toFixed(3)}`).toBeLessThan(0.06));
    });

  it("puts an episode in the first outcome it matches, and refuses one that matches none, naming it", async () => {
    const buckets = { outcomeGroups: [{ name: "gift", outcomes: [{ text: "nothing", value: { op: "=", than: 0 }, utility: 0 }, { text: "a little", value: { op: "<", than: 1 }, utility: 0.5 }, { text: "a lot", value: { op: ">=", than: 1 }, utility: 1 }] }], outcomeGoals: [{ text: "gives", polarity: "positive", derivedFrom: { group: "gift", outcomes: [1, 2] } }] };
    const gifts = endingEpisodes(40, 2).map((e, i) => ({ ...e, outcome: { text: "", value: [0, 0.5, 2][i % 3]! } }));
    const r = await trainIql(gifts, buildTrainConfig({ ...cfg, ...buckets, maxEpochs: 1 }), 1);
    expect(r.validationEpisodes.map((e) => [Number(e.id.slice(4)) % 3, e.buckets[0], e.label])).toEqual(r.validationEpisodes.map((e) => [Number(e.id.slice(4)) % 3, Number(e.id.slice(4)) % 3, Number(e.id.slice(4)) % 3 === 0 ? 0 : 1]));
    const eps = endingEpisodes(20, 1);
    eps[3]!.outcome = { text: "the walk never ends", value: 9 };
    await expect(trainIql(eps, { ...cfg, maxEpochs: 1 }, 1)).rejects.toThrow(/episode walk3: its outcome \("the walk never ends", value 9\) matches no outcome of group "ending"/);
  });

  it("checks groups and derivations when the config is built", () => {
    expect(() => buildTrainConfig({ ...groupConfig, outcomeGoals: [{ text: "x", polarity: "positive", derivedFrom: { group: "end", outcomes: [0] } }] })).toThrow(/config.outcomeGoals.0.derivedFrom.group: no outcome group named "end"/);
    expect(() => buildTrainConfig({ ...groupConfig, outcomeGoals: [{ text: "x", polarity: "positive", derivedFrom: { group: "ending", outcomes: [3] } }] })).toThrow(/outside group "ending"/);
    expect(() => buildTrainConfig({ outcomeGroups: [{ name: "e", outcomes: [{ text: "a", utility: 1 }] }] })).toThrow(/outcomeGroups.0.outcomes/);
  });
});
