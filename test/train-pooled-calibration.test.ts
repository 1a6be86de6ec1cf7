/**
 * "pooled" calibration (src/train/calibration.ts): one (a, b) for the packed ensemble, fitted on every
 * member's predictions on its own validation fold together, folded into the last layer. Pinned here: the
 * fit recovers a known temperature and bias, the trainer fits it on exactly the members' out-of-fold
 * logits (both backends), the fold-in maps every packed logit z to a z + b, and older configs keep
 * their meaning.
 */
import { describe, expect, it } from "vitest";
import { encodeHashed } from "../src/critic/encoder/hash.ts";
import { floatScoreQ } from "../src/critic/float-forward.ts";
import type { FloatHead } from "../src/critic/types.ts";
import { calibrationData, fitPooledCalibration, type CalibrationData } from "../src/train/calibration.ts";
import { buildTrainConfig } from "../src/train/config.ts";
import { trainIql, type TrainRun } from "../src/train/iql.ts";
import type { EpisodeRec } from "../src/train/relabel.ts";
import { Rng } from "../src/train/rng.ts";
import { forkEpisodes } from "./helpers/fork-episodes.ts";

const logit = (p: number) => Math.log(p / (1 - p));

/** `members` parts of n items: labels drawn from sigmoid(s), the part's logits z = scale * s + shift. */
function synthetic(members: number, n: number, scale: number, shift: number, seed: number): CalibrationData[] {
  const rng = new Rng(seed);
  return Array.from({ length: members }, () => {
    const z: number[] = [], lab: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = 4 * rng.next() - 2 + (rng.next() < 0.5 ? -1 : 1);
      lab.push(rng.next() < 1 / (1 + Math.exp(-s)) ? 1 : 0);
      z.push(scale * s + shift);
    }
    return { z, lab, groups: [] };
  });
}

describe("fitPooledCalibration", () => {
  // true logit s; the ensemble says scale * s + shift: the fit must undo it (a = 1 / scale, b = -shift / scale)
  for (const [scale, shift, what] of [[2, 0, "over-confident"], [0.5, 0, "under-confident"], [1, -1, "biased low"]] as const)
    it(`recovers the temperature and bias of an ${what} ensemble (z = ${scale} s + ${shift})`, () => {
      const c = fitPooledCalibration(synthetic(8, 1500, scale, shift, 3));
      expect(c.a).toBeCloseTo(1 / scale, 1);
      expect(c.b).toBeCloseTo(-shift / scale, 1);
    });

  it("fits all members together: the same as one fit on their concatenation, not any one member's fit", () => {
    const parts = synthetic(4, 60, 2, 0.5, 9);
    const pooled = fitPooledCalibration(parts);
    const joined = fitPooledCalibration([{ z: parts.flatMap((p) => p.z), lab: parts.flatMap((p) => p.lab), groups: [] }]);
    expect(pooled.a).toBeCloseTo(joined.a, 9);
    expect(pooled.b).toBeCloseTo(joined.b, 9);
    for (const p of parts) expect(Math.abs(fitPooledCalibration([p]).a - pooled.a)).toBeGreaterThan(1e-3);
  });

  it("tempers an exclusive group's softmax (its bias cancels): a group made 3x too sharp gets a = 1/3", () => {
    const rng = new Rng(5);
    const groups = Array.from({ length: 4000 }, () => {
      const s = [0, 2 * rng.next() - 1, 2 * rng.next() - 1];
      const e = s.map(Math.exp), sum = e.reduce((a, b) => a + b, 0);
      const u = rng.next();
      const y = u < e[0]! / sum ? 0 : u < (e[0]! + e[1]!) / sum ? 1 : 2;
      return { z: s.map((x) => 3 * x), y };
    });
    expect(fitPooledCalibration([{ z: [], lab: [], groups }]).a).toBeCloseTo(1 / 3, 1);
  });

  it("never reverses the ranking: anti-correlated logits get a = 0, not a negative slope", () => {
    expect(fitPooledCalibration(synthetic(2, 500, -1, 0, 4))).toEqual({ a: 0, b: 0 });
  });
});

/** The fork with one later state, numbered modulo 5. */
const fork = (n: number, seed: number) => forkEpisodes(n, seed, { later: (b, i) => [`walking the ${b} road, step ${i % 5}`] });

const base = { ensemble: 4, hidden: [32, 32], maxEpochs: 3, patience: 3, heldoutPercent: 0, lr: 0.005, weightDecay: 0, batchSize: 16, gamma: 0.5 };

describe.each(["js", "wasm"] as const)("the trainer's pooled calibration (%s backend)", (backend) => {
  const run: TrainRun = { backend, threads: 1 };
  it("is one (a, b) fitted on the members' own out-of-fold logits, folded into the packed last layer as z -> a z + b", async () => {
    const members: Array<{ q: FloatHead; val: EpisodeRec[] }> = [];
    const none = await trainIql(fork(160, 2), buildTrainConfig({ ...base, calibration: "none" }), 7, { onMember: (_, q, __, val) => members.push({ q, val }) }, run);
    const pooled = await trainIql(fork(160, 2), buildTrainConfig({ ...base, calibration: "pooled" }), 7, {}, run);
    expect(members.length).toBe(4);
    expect(pooled.calibrations).toEqual([]);
    const c = pooled.calibration!;
    // the same (a, b) as a fit, by hand, on each uncalibrated member's logits over its own validation fold
    const hand = fitPooledCalibration(members.map((m) => calibrationData(m.q, m.val, none.goals, none.groups, none.table, [8, 8], none.eventGoals)));
    expect(c.a).toBeCloseTo(hand.a, 6);
    expect(c.b).toBeCloseTo(hand.b, 6);
    expect(Math.abs(c.a - 1) + Math.abs(c.b)).toBeGreaterThan(0.01); // a real correction, so the check below can fail
    // the packed network's logit of every (state, thought, goal) is a z + b of the uncalibrated one
    const goals = ["reached the castle", "lost in the woods"].map((g) => encodeHashed(g));
    for (const state of ["at the start", "walking the beta road, step 3"]) {
      const thoughts = ["take the alpha road", "take the beta road", "carry on"].map((t) => encodeHashed(t));
      const p0 = floatScoreQ(none.params, encodeHashed(state), thoughts, goals);
      const p1 = floatScoreQ(pooled.params, encodeHashed(state), thoughts, goals);
      p0.forEach((p, i) => expect(logit(p1[i]!)).toBeCloseTo(c.a * logit(p) + c.b, 3));
    }
    // "after calibration" is scored where (a, b) was not fitted, on every out-of-fold step
    expect(pooled.validation.afterMeasuredOn).toMatch(/other half of the pooled out-of-fold set/);
    expect(pooled.validation.after.n).toBe(pooled.validation.before.n);
    expect(Math.abs(pooled.validation.after.logLoss - pooled.validation.before.logLoss)).toBeGreaterThan(1e-6);
    expect(pooled.validation.before).toEqual(none.validation.before);
  });
});

describe("calibration in the trainer config", () => {
  it("keeps older configs' meaning: no key = per-member Platt, calibrate: false = none; contradictions are refused", () => {
    expect(buildTrainConfig({}).calibration).toBe("platt-member");
    expect(buildTrainConfig({ calibrate: true }).calibration).toBe("platt-member");
    expect(buildTrainConfig({ calibrate: false }).calibration).toBe("none");
    expect(buildTrainConfig({ calibration: "pooled" })).toMatchObject({ calibration: "pooled", calibrate: true });
    expect(() => buildTrainConfig({ calibrate: false, calibration: "pooled" })).toThrow(/config.calibration/);
    expect(() => buildTrainConfig({ calibration: "per-goal" })).toThrow(/config.calibration/);
  });

  it("per-member Platt (the default) still fits one (a, b) per member on its own fold", async () => {
    const r = await trainIql(fork(160, 2), buildTrainConfig(base), 7, {}, { backend: "js" });
    expect(r.calibrations.length).toBe(4);
    expect(r.calibration).toBeNull();
    expect(r.validation.afterMeasuredOn).toMatch(/other half of each validation fold/);
  });
});
