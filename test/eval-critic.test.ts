import { describe, expect, it } from "vitest";
import { DEFAULT_HASH_ENCODER } from "../src/critic/encoder/hash.ts";
import type { Critic, ModelMeta } from "../src/critic/types.ts";
import { trainedOn } from "../src/cli/commands/eval-critic.ts";
import { evaluateCritic, shuffleWithinPosition } from "../src/train/evaluate-critic.ts";
import { eventLabels } from "../src/train/events.ts";
import { encodeFingerprints, episodeFingerprint } from "../src/train/fingerprint.ts";
import { goalLabel, goalRelations, labelledGoals } from "../src/train/goal-labels.ts";
import { setPropensityWeights, thoughtClass } from "../src/train/propensity.ts";
import { TextTable, type EpisodeRec } from "../src/train/relabel.ts";
import { Rng } from "../src/train/rng.ts";
import type { Episode } from "../src/train/trajectory.ts";

const DONATES = "the persuadee donates to the charity", ONE = "the persuadee donates $1 or more", NONE = "the persuadee does not donate";
const ASKS = "the persuadee asks about the charity";

function meta(training: Record<string, unknown> = {}): ModelMeta {
  return {
    format: "pnlc", version: 1, name: "t", task: "persuasion", createdAt: "2026-01-01T00:00:00Z", encoder: DEFAULT_HASH_ENCODER,
    network: { inputDim: 2048, hidden: [16, 16], heads: ["q"] }, tensors: [],
    goals: [
      { text: DONATES, polarity: "positive", kind: "outcome" }, { text: ONE, polarity: "positive", kind: "outcome" },
      { text: NONE, polarity: "negative", kind: "outcome" }, { text: ASKS, polarity: "positive", kind: "state" },
    ],
    thoughts: [{ text: "tell them about the charity" }, { text: "ask for money" }],
    training: { outcomeGoals: [{ text: DONATES, value: { op: ">", than: 0 } }, { text: ONE, value: { op: ">=", than: 1 } }, { text: NONE, value: { op: "=", than: 0 } }], eventGoals: [{ text: ASKS, polarity: "positive", horizon: 1 }], ...training },
  };
}

/** A critic whose P(asks) is high exactly when the thought mentions the charity, and whose outcomes read only the state. */
function fakeCritic(m: ModelMeta, incoherent = false): Critic {
  return {
    meta: m,
    scoreQ: ({ state, thoughts, goals }) => {
      const out = new Float32Array(thoughts.length * goals.length);
      const rich = String(state).includes("rich") ? 0.8 : 0.2;
      thoughts.forEach((t, i) =>
        goals.forEach((g, j) => {
          const p = g === ASKS ? (String(t).includes("charity") ? 0.9 : 0.1) : g === DONATES ? rich : g === ONE ? (incoherent ? rich + 0.1 : rich / 2) : 1 - rich;
          out[i * goals.length + j] = p;
        }),
      );
      return out;
    },
    scoreV: () => new Float32Array(0),
    scoreQBank: (state, thoughts) => fakeCritic(m, incoherent).scoreQ({ state, thoughts, goals: m.goals.map((g) => g.text) }),
  };
}

/** Episodes where the persuadee asks about the charity right after the persuader talks about it (a random choice per step). */
function episodes(n: number, seed = 1): Episode[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const rich = rng.next() < 0.5;
    const steps = Array.from({ length: 4 }, (_, t) => {
      const charity = rng.next() < 0.5;
      return { state: `turn ${t}. ${rich ? "rich" : "poor"} persuadee`, thought: charity ? "tell them about the charity" : "ask for money", action: `say ${i}-${t}`, observation: "", ...(charity && rng.next() < 0.8 ? { events: [ASKS] } : {}) };
    });
    return { id: `d${i}`, task: "persuasion", steps, outcome: { text: rich ? DONATES : NONE, success: rich, value: rich ? 1.5 : 0 } };
  });
}

describe("eval-critic's figures", () => {
  it("labels outcome goals by their value tests and event goals within their horizon", () => {
    const goals = labelledGoals(fakeCritic(meta()));
    expect(goals.map((g) => g.kind)).toEqual(["outcome", "outcome", "outcome", "event"]);
    const ep: Episode = { id: "x", task: "persuasion", steps: [{ state: "a", thought: "b", action: "", observation: "" }, { state: "a", thought: "b", action: "", observation: "", events: [ASKS] }], outcome: { text: DONATES, value: 0.5 } };
    expect(goals.map((g) => goalLabel(g, ep, 0))).toEqual([1, 0, 0, 0]);
    expect(goalLabel(goals[3]!, ep, 1)).toBe(1);
    expect(goalLabel({ ...goals[3]!, horizon: 2 }, ep, 0)).toBe(1);
    expect(Array.from(eventLabels([[], [ASKS]], [{ text: ASKS, polarity: "positive", kind: "state", id: 0, horizon: 2 }]))).toEqual([1, 1]);
  });

  it("finds the logical ties between value-tested goals", () => {
    const goals = labelledGoals(fakeCritic(meta()));
    const rel = goalRelations(goals, [0, 2]).map((r) => `${r.a}${r.kind === "implies" ? "=>" : "<>"}${r.b}`).sort();
    // $1 or more implies donates; donates and does not donate are complements on [0, 2]
    expect(rel).toEqual(["0<>2", "1=>0"]);
    // with negative values possible, "= 0" and "> 0" are not complements
    expect(goalRelations(goals).some((r) => r.kind === "complement")).toBe(false);
  });

  it("labels goals derived from an outcome group by the episode's bucket, and ties them by their outcome sets", () => {
    const group = { name: "donation", outcomes: [{ text: "none", value: { op: "=" as const, than: 0 } }, { text: "small", value: { op: "<" as const, than: 1 } }, { text: "big", value: { op: ">=" as const, than: 1 } }] };
    const m = meta({ outcomeGroups: [group], outcomeGoals: [{ text: DONATES, derivedFrom: { group: "donation", outcomes: [1, 2] } }, { text: ONE, derivedFrom: { group: "donation", outcomes: [2] } }, { text: NONE, derivedFrom: { group: "donation", outcomes: [0] } }] });
    const goals = labelledGoals(fakeCritic(m));
    const ep = (value: number): Episode => ({ id: "x", task: "persuasion", steps: [{ state: "a", thought: "b", action: "", observation: "" }], outcome: { text: "t", value } });
    expect(goals.slice(0, 3).map((g) => goalLabel(g, ep(0.5), 0))).toEqual([1, 0, 0]);
    expect(goals.slice(0, 3).map((g) => goalLabel(g, ep(0), 0))).toEqual([0, 0, 1]);
    expect(goalRelations(goals).map((r) => `${r.a}${r.kind === "implies" ? "=>" : "<>"}${r.b}`).sort()).toEqual(["0<>2", "1=>0"]);
  });

  it("shuffles thoughts only among steps of the same position", () => {
    const d = Array.from({ length: 40 }, (_, i) => ({ t: i % 4, thought: `pos${i % 4}-${i}` }));
    const s = shuffleWithinPosition(d, new Rng(3));
    s.forEach((x, i) => expect(x.startsWith(`pos${d[i]!.t}-`)).toBe(true));
    expect(s.filter((x, i) => x !== d[i]!.thought).length).toBeGreaterThan(20);
  });

  it("measures the thought gain of a critic that reads the thought, and none for goals it predicts from the state", async () => {
    const r = await evaluateCritic(fakeCritic(meta()), episodes(120), { bootstrap: 100, planStates: 20 });
    const asks = r.per_goal.find((g) => g.goal === ASKS)!;
    expect(asks.thought_gain).toBeGreaterThan(0.3);
    expect(asks.thought_gain_ci95[0]).toBeGreaterThan(0.2);
    expect(r.thought_gain).toBeCloseTo(0, 6); // donation: read from the state alone
    expect(r.auc).toBe(1);
    // P(donates) is 0.8 / 0.2 for outcomes that are 1 / 0: ECE 0.2 in every bootstrap replicate; mean p tracks the rich share
    const donates = r.per_goal.find((g) => g.goal === DONATES)!;
    expect(donates.ece).toBeCloseTo(0.2, 6);
    expect(donates.ece_ci95[0]).toBeCloseTo(0.2, 6);
    expect(donates.ece_ci95[1]).toBeCloseTo(0.2, 6);
    expect(donates.mean_p).toBeCloseTo(0.2 + 0.6 * donates.base_rate, 6);
    expect(asks.ece_ci95[0]).toBeLessThanOrEqual(asks.ece);
    expect(asks.ece_ci95[1]).toBeGreaterThanOrEqual(asks.ece);
    expect(asks.ece_ci95[1]).toBeGreaterThan(asks.ece_ci95[0]);
    expect(r.coherence_violations).toBe(0);
    expect(r.coherence_checks).toBe(r.n_decisions * 2);
    // the offline planner picks "tell them about the charity" everywhere: no variation
    expect(r.ranking_variation).toBe(0);
    const bad = await evaluateCritic(fakeCritic(meta(), true), episodes(40), { bootstrap: 10, planStates: 5 });
    expect(bad.coherence_violations).toBe(bad.n_decisions); // P($1 or more) > P(donates) at every step
  });

  it("checks that exclusive outcomes (every outcome goal with a utility) sum to 1", async () => {
    const m: ModelMeta = { ...meta(), task: "shop", goals: [{ text: "win", polarity: "positive", kind: "outcome", utility: 1 }, { text: "lose", polarity: "negative", kind: "outcome", utility: 0 }], training: {} };
    const critic = (sum: number): Critic => ({ ...fakeCritic(m), scoreQ: ({ thoughts, goals }) => new Float32Array(thoughts.length * goals.length).fill(sum / 2) });
    const eps = episodes(10).map((e, i) => ({ ...e, task: "shop", outcome: { text: i % 2 ? "win" : "lose", success: i % 2 === 1 } }));
    expect((await evaluateCritic(critic(1), eps, { bootstrap: 0, planStates: 0 })).coherence_violations).toBe(0);
    const bad = await evaluateCritic(critic(1.2), eps, { bootstrap: 0, planStates: 0 });
    expect([bad.coherence_violations, bad.coherence_checks]).toEqual([40, 40]);
  });

  it("tells which episodes trained a model from its fingerprints, else from its split rule", () => {
    const eps = episodes(10);
    const m = meta({ episodes: { count: 3, fingerprints: encodeFingerprints(eps.slice(0, 3).map(episodeFingerprint)) } });
    expect(trainedOn(fakeCritic(m), eps, "x.jsonl", false).n).toBe(3);
    // the same ids with other contents are other episodes
    const other = eps.map((e) => ({ ...e, steps: e.steps.map((s) => ({ ...s, action: s.action + "!" })) }));
    expect(trainedOn(fakeCritic(m), other, "x.jsonl", false).n).toBe(0);
    const old = meta({ config: { heldoutPercent: 0 }, data: "x.jsonl" });
    expect(trainedOn(fakeCritic(old), eps, "x.jsonl", false).n).toBe(10);
    expect(trainedOn(fakeCritic(old), eps, "y.jsonl", false)).toMatchObject({ n: 0, how: expect.stringMatching(/cannot tell/) });
  });
});

describe("propensity weights", () => {
  it("the strategy part of a persuasion thought is its class", () => {
    expect(thoughtClass('ask them directly to donate. e.g. "Would you give $1?"')).toBe("ask them directly to donate");
    expect(thoughtClass("search for red shoes")).toBe("search for red shoes");
  });

  it("up-weights the thoughts a state makes unlikely, mean weight 1", () => {
    // confounded logs: in "keen" states the persuader nearly always asks directly
    const rng = new Rng(5);
    const table = new TextTable();
    const recs: EpisodeRec[] = Array.from({ length: 300 }, (_, i) => {
      const keen = i % 2 === 0;
      const thoughts = Array.from({ length: 3 }, () => table.id((rng.next() < 0.9) === keen ? "ask them directly to donate" : "tell a story"));
      return { id: `e${i}`, states: [0, 1, 2].map((t) => table.id(`${keen ? "keen agrees happy" : "doubtful hesitant unsure"} turn ${t}`)), thoughts, reached: new Uint8Array(0), buckets: new Uint8Array(0), label: 0 };
    });
    const stats = setPropensityWeights(recs, table.texts, table.feats, table.encoder.dim, 1);
    expect(stats.logLoss).toBeLessThan(stats.marginalLogLoss);
    const w = (keen: boolean, thought: string) => {
      const xs = recs.filter((_, i) => (i % 2 === 0) === keen).flatMap((e) => e.thoughts.map((th, t) => (table.texts[th] === thought ? e.stepWeight![t]! : NaN))).filter(Number.isFinite);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(w(true, "tell a story")).toBeGreaterThan(2 * w(true, "ask them directly to donate"));
    expect(w(false, "ask them directly to donate")).toBeGreaterThan(2 * w(false, "tell a story"));
    const all = recs.flatMap((e) => Array.from(e.stepWeight!));
    expect(all.reduce((a, b) => a + b, 0) / all.length).toBeCloseTo(1, 5);
  });
});
