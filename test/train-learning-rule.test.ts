/**
 * Tests that pin the learning rule itself (a mutation audit found that flipping the expectile, fitting V
 * to the online Q, never updating the target network, drawing hindsight goals from the past, flipping
 * Platt's bias, training on the held-out split or pure Monte Carlo targets broke no test). Each test
 * below fails under one of those mutations; docs/design/iql-trainer.md has the closed forms.
 */
import { describe, expect, it } from "vitest";
import { encodeHashed } from "../src/critic/encoder/hash.ts";
import { floatScoreV } from "../src/critic/float-forward.ts";
import { isHeldout } from "../src/data/split.ts";
import { buildTrainConfig } from "../src/train/config.ts";
import type { FloatHead } from "../src/critic/types.ts";
import { calibratedHead, evaluateOutcome, iqlStep, trainIql } from "../src/train/iql.ts";
import { cloneHead, headForward, initHead, zeroGrads } from "../src/train/network.ts";
import { indexEpisode, relabelTransition, TextTable, type EpisodeRec, type GoalItem } from "../src/train/relabel.ts";
import { Rng } from "../src/train/rng.ts";
import type { Episode } from "../src/train/trajectory.ts";
import { forkEpisodes } from "./helpers/fork-episodes.ts";

const base = { ensemble: 1, hidden: [16, 16], maxEpochs: 25, patience: 25, heldoutPercent: 0, calibrate: false, validationFraction: 0.2, lr: 0.005, weightDecay: 0, batchSize: 16, gamma: 0.5 };
const enc = (t: string) => encodeHashed(t);


describe("V is the tau-expectile of the target Q over the logged thoughts", () => {
  // Q(start, alpha) = 0.8, Q(start, beta) = 0.2, each logged half the time: the tau-expectile v solves
  // tau (0.8 - v) = (1 - tau) (v - 0.2), so v = 0.2 + 0.6 tau: 0.32, 0.50, 0.68.
  for (const tau of [0.2, 0.5, 0.8])
    it(`V(start) at tau ${tau} is within 0.05 of its closed form ${(0.2 + 0.6 * tau).toFixed(2)}`, async () => {
      // the JS reference trainer (one run, its stream); the wasm trainer's expectile: test/train-wasm-backend.test.ts
      const r = await trainIql(forkEpisodes(400, 7), buildTrainConfig({ ...base, tau }), 3, {}, { backend: "js" });
      const v = floatScoreV(r.params, enc("at the start"), [enc("reached the castle")])[0]!;
      expect(Math.abs(v - (0.2 + 0.6 * tau)), `V(start) = ${v.toFixed(3)}`).toBeLessThan(0.05);
    });
});

describe("one IQL step, by hand", () => {
  const table = new TextTable();
  const [s, t, g] = ["a state", "a thought", "a goal"].map((x) => table.id(x));
  const cfg = buildTrainConfig({ ...base, tau: 0.8 });
  const hidden: [number, number] = [16, 16];

  it("fits V toward the TARGET Q, not the online Q", () => {
    const rng = new Rng(1);
    const q = initHead(table.encoder.dim, hidden, true, rng, 0.5);
    const v = initHead(table.encoder.dim, hidden, false, rng, 0.5);
    const qTarget = cloneHead(q);
    q.b3[0] = -4; // online Q says about 0.02
    qTarget.b3[0] = 4; // target Q says about 0.98
    const vGrads = zeroGrads(v, table.encoder.dim);
    const item: GoalItem = { state: s!, thought: t!, goal: g!, next: -1, nextThought: -1, reward: 0, gamma: 0.5, weight: 1 };
    iqlStep({ q, v, qTarget, qGrads: zeroGrads(q, table.encoder.dim), vGrads }, [item], table, hidden, cfg);
    const pv = 1 / (1 + Math.exp(-headForward(v, hidden, table.feats, [{ state: s!, goal: g! }], false).z[0]!));
    expect(pv).toBeGreaterThan(0.1);
    expect(pv).toBeLessThan(0.9);
    // descending the gradient must raise V toward the target's 0.98 (the online Q would lower it), with
    // the expectile weight tau for a target above V: d/dz of w (qt - pv)^2 = -2 w (qt - pv) pv (1 - pv)
    const qt = 1 / (1 + Math.exp(-headForward(qTarget, hidden, table.feats, [{ state: s!, thought: t!, goal: g! }], false).z[0]!));
    expect(vGrads.g.b3[0]!).toBeCloseTo(-2 * 0.8 * (qt - pv) * pv * (1 - pv), 5);
  });

  it("an outcome goal's target mixes the realised outcome with V(next state): outcomeMcMix * realised + (1 - outcomeMcMix) * V(s')", () => {
    const rng = new Rng(2);
    const q = initHead(table.encoder.dim, hidden, true, rng, 0.5);
    const v = initHead(table.encoder.dim, hidden, false, rng, 0.5);
    q.b3[0] = -4;
    v.b3[0] = 4; // V(s') about 0.98: the bootstrapped part pulls Q up although this episode failed
    const next = table.id("the next state");
    const qGrads = zeroGrads(q, table.encoder.dim);
    const item: GoalItem = { state: s!, thought: t!, goal: g!, next, nextThought: t!, reward: 0, gamma: 1, realised: 0, weight: 1 };
    iqlStep({ q, v, qTarget: cloneHead(q), qGrads, vGrads: zeroGrads(v, table.encoder.dim) }, [item], table, hidden, cfg);
    const p = 1 / (1 + Math.exp(-headForward(q, hidden, table.feats, [{ state: s!, thought: t!, goal: g! }], false).z[0]!));
    const vNext = 1 / (1 + Math.exp(-headForward(v, hidden, table.feats, [{ state: next, goal: g! }], false).z[0]!));
    const y = cfg.outcomeMcMix * 0 + (1 - cfg.outcomeMcMix) * vNext;
    expect(cfg.outcomeMcMix).toBe(0.5);
    expect(qGrads.g.b3[0]!).toBeCloseTo(p - y, 5); // d(BCE)/dz = p - y (pure Monte Carlo would give p - 0 > 0)
    expect(qGrads.g.b3[0]!).toBeLessThan(0);
  });
});

describe("hindsight goals", () => {
  it("come only from the episode's future states, and every future state can be drawn", () => {
    const table = new TextTable();
    const ep: Episode = { id: "e", task: "t", steps: Array.from({ length: 7 }, (_, i) => ({ state: `state ${i}`, thought: `thought ${i}`, action: "", observation: "" })), outcome: { text: "done" } };
    const rec = indexEpisode(ep, table);
    rec.reached = new Uint8Array(0);
    const opt = { gamma: 0.9, hindsightGoals: 8, negativeGoals: 0, stateGoalWeight: 0.5 };
    for (const t of [1, 3, 5]) {
      const drawn = new Set<number>();
      for (let seed = 1; seed <= 40; seed++)
        for (const it of relabelTransition(rec, t, [], [rec], opt, new Rng(seed))) {
          const k = rec.states.indexOf(it.goal);
          expect(k, `step ${t} drew state ${k}`).toBeGreaterThan(t);
          expect(it.reward).toBe(k === t + 1 ? 1 : 0);
          drawn.add(k);
        }
      expect([...drawn].sort()).toEqual(Array.from({ length: 6 - t }, (_, i) => t + 1 + i));
    }
  });
});

describe("Platt calibration folded into the last layer", () => {
  it("turns every logit z into a z + b", () => {
    const table = new TextTable();
    const items = ["one", "two", "three"].map((x) => ({ state: table.id(`state ${x}`), thought: table.id(`thought ${x}`), goal: table.id(`goal ${x}`) }));
    const hidden: [number, number] = [16, 16];
    const q = initHead(table.encoder.dim, hidden, true, new Rng(4), 0.5);
    q.b3[0] = 0.3;
    const z = headForward(q, hidden, table.feats, items, false).z;
    const c = { a: 1.7, b: -0.6 };
    const zc = headForward(calibratedHead(q, c), hidden, table.feats, items, false).z;
    z.forEach((zi, i) => expect(zc[i]!).toBeCloseTo(c.a * zi + c.b, 5));
    expect(q.b3[0]).toBeCloseTo(0.3, 6); // the original head is left alone
  });
});

describe("the local held-out split", () => {
  it("never reaches training or validation: none of its texts is even read", async () => {
    const eps = forkEpisodes(120, 2).map((e) => ({ ...e, steps: e.steps.map((s, k) => (k === 1 ? { ...s, state: `${s.state} (episode ${e.id})` } : s)) }));
    const held = eps.filter((e) => isHeldout(e.id, 20));
    expect(held.length).toBeGreaterThan(10);
    const r = await trainIql(eps, buildTrainConfig({ ...base, heldoutPercent: 20, maxEpochs: 1 }), 1);
    expect(r.counts.heldoutExcluded).toBe(held.length);
    expect(r.counts.episodes).toBe(eps.length);
    const texts = new Set(r.table.texts);
    for (const e of held) expect(texts.has(e.steps[1]!.state), e.id).toBe(false);
    for (const e of eps.filter((x) => !isHeldout(x.id, 20))) expect(texts.has(e.steps[1]!.state), e.id).toBe(true);
    expect(r.validationEpisodes.some((v) => isHeldout(v.id, 20))).toBe(false);
  });
});

describe("validation figures after calibration", () => {
  it("are not scored on the episodes Platt was fitted on, and say where they were scored", async () => {
    let member: { q: FloatHead; val: EpisodeRec[] } | null = null;
    const r = await trainIql(forkEpisodes(120, 5), buildTrainConfig({ ...base, calibrate: true, maxEpochs: 4, validationFraction: 0.3 }), 4, { onMember: (_, q, __, val) => (member = { q, val }) });
    const m = member!;
    const goal = r.goals[r.primary]!;
    const inFold = evaluateOutcome(m.q, m.val, goal, r.groups, r.table, r.params.hidden);
    expect(r.validation.after.n).toBe(inFold.n); // the same steps...
    expect(Math.abs(r.validation.after.logLoss - inFold.logLoss)).toBeGreaterThan(1e-6); // ...scored by a Platt fitted on the other half
    expect(r.validation.afterMeasuredOn).toMatch(/other half of each validation fold/);
  });
});
