import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BankGoalSource } from "../src/planner/bank/goals.ts";
import { BankProposer } from "../src/planner/bank/proposer.ts";
import { DEFAULT_KNOBS, withKnobs } from "../src/planner/defaults.ts";
import { LearnedEstimator } from "../src/planner/learned-estimator.ts";
import { planDecision, runPlan, type PlanDeps } from "../src/planner/loop.ts";
import { critiqueText, scoreCandidates } from "../src/planner/score.ts";
import { meteredLanguageModel, UsageMeter } from "../src/planner/usage.ts";
import { RecordingLanguageModel } from "../src/providers/mock/recording-model.ts";
import type { Candidate, DecisionContext, Goal, PlanEvent, Proposer, ScoredCandidate } from "../src/planner/types.ts";
import { FAKE_META, fakeCritic } from "./helpers/fake-critic.ts";

/** A scripted proposer of the kind the evaluation agents use: fixed thoughts, records what it read. */
class ScriptedProposer implements Proposer {
  critiques: string[] = [];
  acted: string[] = [];
  constructor(private readonly thoughts: string[], private readonly refined?: Candidate, private readonly delayMs = 0) {}
  async propose(_ctx: DecisionContext, k: number) {
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    return this.thoughts.slice(0, k).map((thought) => ({ thought }));
  }
  async refine(_ctx: DecisionContext, _scored: ScoredCandidate[], critique: string) {
    this.critiques.push(critique);
    return this.refined ? [this.refined] : [];
  }
  async act(_ctx: DecisionContext, chosen: Candidate) {
    this.acted.push(chosen.thought);
    return `ACT: ${chosen.thought}`;
  }
}

const critic = fakeCritic();
const bankDeps = (proposer: Proposer): PlanDeps => ({
  proposer,
  goalSources: { bank: new BankGoalSource(FAKE_META.goals) },
  estimators: { learned: new LearnedEstimator(critic) },
});
const bankKnobs = withKnobs(DEFAULT_KNOBS, { goals: { source: "bank" } });
const ctx = { state: "Persuadee: I am not sure I want to donate to the charity." };

async function collect(it: AsyncGenerator<PlanEvent>) {
  const events: PlanEvent[] = [];
  for await (const e of it) events.push(e);
  return events;
}

describe("planning loop (scripted proposer, fake critic)", () => {
  it("streams thought, goals, critique, refine, action, usage, done in that order", async () => {
    const events = await collect(planDecision(bankDeps(new ScriptedProposer(["ask what causes they care about", "insist until they donate"])), ctx, bankKnobs));
    expect(events.map((e) => e.type)).toEqual(["thought", "goals", "critique", "refine", "action", "usage", "done"]);
  });

  it("ranks by mean positive minus mean negative and acts on the best", async () => {
    const proposer = new ScriptedProposer(["insist until they donate", "share a story so the persuadee agrees to donate to the charity"]);
    const result = await runPlan(bankDeps(proposer), ctx, withKnobs(bankKnobs, { acceptThreshold: -1 }));
    expect(result.thought).toBe("share a story so the persuadee agrees to donate to the charity");
    expect(result.action).toBe("ACT: share a story so the persuadee agrees to donate to the charity");
    expect(result.candidates[0]!.score).toBeGreaterThanOrEqual(result.candidates[1]!.score);
    expect(result.rounds).toHaveLength(1);
    expect(result.rounds[0]!.decision).toBe("accept");
    expect(proposer.critiques).toHaveLength(0);
  });

  it("refines when the best score is under the threshold, and the proposer reads the critique", async () => {
    const refined = { thought: "tell how the persuadee agrees to donate to the charity and asks about the charity", action: "Here is how it works." };
    const proposer = new ScriptedProposer(["ask what causes they care about"], refined);
    const result = await runPlan(bankDeps(proposer), ctx, withKnobs(bankKnobs, { acceptThreshold: 0.99, rounds: 1 }));
    expect(proposer.critiques).toHaveLength(1);
    expect(proposer.critiques[0]).toContain("Thought 1");
    expect(result.rounds.map((r) => r.decision)).toEqual(["refine", "final"]);
    expect(result.thought).toBe(refined.thought);
    expect(result.action).toBe("Here is how it works."); // the refine step's action: no separate act call
    expect(proposer.acted).toHaveLength(0);
  });

  it("the refined thought is the decision even when an earlier one scored higher (no extra act call)", async () => {
    const proposer = new ScriptedProposer(["share a story so the persuadee agrees to donate to the charity", "ask"], { thought: "ask again", action: "So, what do you care about?" });
    const result = await runPlan(bankDeps(proposer), ctx, withKnobs(bankKnobs, { acceptThreshold: 0.99, rounds: 1 }));
    expect(result.rounds[0]!.candidates[0]!.thought).toBe("share a story so the persuadee agrees to donate to the charity");
    expect(result.thought).toBe("ask again");
    expect(result.action).toBe("So, what do you care about?");
    expect(proposer.acted).toHaveLength(0);
  });

  it("respects rounds = 0 (never refines)", async () => {
    const proposer = new ScriptedProposer(["ask what causes they care about"], { thought: "x" });
    const result = await runPlan(bankDeps(proposer), ctx, withKnobs(bankKnobs, { acceptThreshold: 0.99, rounds: 0 }));
    expect(proposer.critiques).toHaveLength(0);
    expect(result.rounds[0]!.decision).toBe("final");
  });

  it("critic none: no goals, no critique, the first thought", async () => {
    const before = critic.calls;
    const result = await runPlan(bankDeps(new ScriptedProposer(["b thought", "a thought"])), ctx, withKnobs(bankKnobs, { critic: "none" }));
    expect(result.thought).toBe("b thought");
    expect(result.goals).toEqual([]);
    expect(critic.calls).toBe(before);
    expect(result.degraded).toBe(false);
  });

  it("falls back to the thought bank when the proposer fails, and says so", async () => {
    const failing: Proposer = { propose: async () => Promise.reject(new Error("LLM down")), act: async (_c, ch) => ch.thought };
    const result = await runPlan({ ...bankDeps(failing), fallbackProposer: new BankProposer(FAKE_META.thoughts) }, ctx, bankKnobs);
    expect(result.degraded).toBe(true);
    expect(result.reason).toContain("LLM down");
    expect(FAKE_META.thoughts.map((t) => t.text)).toContain(result.thought);
  });

  it("returns the best thought so far with degraded: true when the deadline passes", async () => {
    const slowAct: Proposer = {
      propose: async () => [{ thought: "share a story so the persuadee agrees to donate" }],
      act: () => new Promise(() => {}), // never answers
    };
    const result = await runPlan(bankDeps(slowAct), ctx, withKnobs(bankKnobs, { deadlineMs: 150, acceptThreshold: -1 }));
    expect(result.degraded).toBe(true);
    expect(result.reason).toMatch(/deadline of 150 ms reached during act/);
    expect(result.thought).toBe("share a story so the persuadee agrees to donate");
    expect(result.action).toBeNull();
  });

  it("records a trace entry and a timing for every stage that ran", async () => {
    const result = await runPlan(bankDeps(new ScriptedProposer(["ask"])), ctx, withKnobs(bankKnobs, { acceptThreshold: -1 }));
    expect(result.trace.map((t) => t.stage).sort()).toEqual(["act", "critic", "goals", "propose"]);
    expect(result.trace.every((t) => t.ok && t.durationMs >= 0)).toBe(true);
    expect(result.timings.total).toBeGreaterThanOrEqual(result.timings.critic);
  });

  it("counts per stage only what the deps' meter counts: none without a meter, the metered model's calls with one", async () => {
    const plain = await runPlan(bankDeps(new ScriptedProposer(["ask what causes they care about"])), ctx, withKnobs(bankKnobs, { acceptThreshold: -1 }));
    expect(plain.trace.some((t) => "llmCalls" in t)).toBe(false);
    const meter = new UsageMeter();
    const llm = meteredLanguageModel(new RecordingLanguageModel(), meter);
    // A proposer that calls the LLM for its reply with the context it was given, as LlmProposer does.
    const proposer = new ScriptedProposer(["ask what causes they care about"]);
    proposer.act = async (c: DecisionContext) => (await llm.doGenerate({ messages: [{ role: "user", content: "reply" }], signal: c.signal })).text;
    const metered = await runPlan({ ...bankDeps(proposer), meter }, ctx, withKnobs(bankKnobs, { acceptThreshold: -1 }));
    expect(metered.trace.map((t) => [t.stage, t.llmCalls])).toEqual([["propose", 0], ["goals", 0], ["critic", 0], ["act", 1]]);
    expect(metered.usage.llmCalls).toBe(1);
  });

  it("bank goals come in the requested counts and polarities, matched to the state", async () => {
    const goals = await new BankGoalSource(FAKE_META.goals).goals({ state: "they got annoyed" }, { positive: 1, negative: 1 });
    expect(goals.map((g) => g.polarity)).toEqual(["positive", "negative"]);
    expect(goals[1]!.text).toBe("the persuadee gets annoyed");
  });
});

describe("scoring (property)", () => {
  it("ranks best first and keeps every candidate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), fc.integer(), (T, G, seed) => {
        const goals: Goal[] = Array.from({ length: G }, (_, j) => ({ text: `g${j}`, polarity: j % 2 ? "negative" : "positive", source: "request" }));
        const p = Float32Array.from({ length: T * G }, (_, i) => Math.abs(Math.sin(seed + i)));
        const scored = scoreCandidates(Array.from({ length: T }, (_, i) => ({ thought: `t${i}` })), goals, p);
        expect(scored).toHaveLength(T);
        for (let i = 1; i < T; i++) expect(scored[i - 1]!.score).toBeGreaterThanOrEqual(scored[i]!.score);
        expect(critiqueText(scored).split("\n")).toHaveLength(T * (G + 1));
      }),
    );
  });
});

describe("scoring by expected utility", () => {
  const exclusive: Goal[] = [
    { text: "full match", polarity: "positive", source: "bank", utility: 1 },
    { text: "close match", polarity: "negative", source: "bank", utility: 0.75 },
    { text: "wrong item", polarity: "negative", source: "bank", utility: 0.1 },
  ];

  it("ranks by sum(u p) / sum(p) when every goal has a utility, so a likely close match beats a likely wrong item", () => {
    // t0: mostly a close match; t1: a bit likelier full match but mostly wrong. mean(p+)-mean(p-) prefers t1.
    const p = Float32Array.from([0.3, 0.6, 0.1, 0.35, 0.05, 0.6]);
    const scored = scoreCandidates([{ thought: "t0" }, { thought: "t1" }], exclusive, p);
    expect(scored.map((c) => c.thought)).toEqual(["t0", "t1"]);
    expect(scored[0]!.score).toBeCloseTo((0.3 + 0.45 + 0.01) / 1.0, 3);
    expect(scored[1]!.score).toBeCloseTo((0.35 + 0.0375 + 0.06) / 1.0, 3);
    const mixed = scoreCandidates([{ thought: "t0" }, { thought: "t1" }], exclusive.map((g, j) => (j === 2 ? { ...g, utility: undefined } : g)), p);
    expect(mixed.map((c) => c.thought), "one goal without a utility: the polarity score").toEqual(["t1", "t0"]);
  });

  it("stays within [min u, max u] and is 0 when every probability is 0 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }), fc.integer(), (utils, seed) => {
        const goals: Goal[] = utils.map((u, j) => ({ text: `g${j}`, polarity: u > 0.5 ? "positive" : "negative", source: "bank", utility: u }));
        const p = Float32Array.from(utils, (_, j) => Math.abs(Math.sin(seed + j)));
        const [c] = scoreCandidates([{ thought: "t" }], goals, p);
        expect(c!.score).toBeGreaterThanOrEqual(Math.min(...utils) - 0.0005);
        expect(c!.score).toBeLessThanOrEqual(Math.max(...utils) + 0.0005);
        expect(scoreCandidates([{ thought: "t" }], goals, new Float32Array(utils.length))[0]!.score).toBe(0);
      }),
    );
  });

  it("reads a version-2 model's disjoint group goals as the exact distribution: sum(u p), no renormalising", () => {
    const grouped: Goal[] = exclusive.map((g, k) => ({ ...g, derivedFrom: { group: "purchase", outcomes: [k] } }));
    // the three goals leave a fourth outcome out (p 0.5 of it, worth 0): renormalising would double the score
    const p = Float32Array.from([0.2, 0.2, 0.1]);
    const [exact] = scoreCandidates([{ thought: "t" }], grouped, p);
    expect(exact!.score).toBeCloseTo(0.2 + 0.15 + 0.01, 3);
    expect(scoreCandidates([{ thought: "t" }], exclusive, p)[0]!.score).toBeCloseTo((0.2 + 0.15 + 0.01) / 0.5, 3);
    // overlapping unions of the group are not a distribution: back to renormalising
    const overlapping = grouped.map((g, k) => (k === 2 ? { ...g, derivedFrom: { group: "purchase", outcomes: [0, 2] } } : g));
    expect(scoreCandidates([{ thought: "t" }], overlapping, p)[0]!.score).toBeCloseTo((0.2 + 0.15 + 0.01) / 0.5, 3);
  });

  it("bank goals carry the model's utilities", async () => {
    const bank = [{ text: "bought the right item", polarity: "positive" as const, kind: "outcome" as const, utility: 1, derivedFrom: { group: "purchase", outcomes: [0] } }, { text: "bought nothing", polarity: "negative" as const, kind: "outcome" as const, utility: 0 }];
    const goals = await new BankGoalSource(bank).goals({ state: "s" }, { positive: 1, negative: 1 });
    expect(goals.map((g) => g.utility)).toEqual([1, 0]);
    expect(goals.map((g) => g.derivedFrom)).toEqual([{ group: "purchase", outcomes: [0] }, undefined]);
  });
});

describe("deadline before any thought", () => {
  it("answers from the thought bank ranked by the critic when the proposer never returns", async () => {
    const hanging: Proposer = { propose: () => new Promise(() => {}), act: async (_c, ch) => ch.thought };
    const result = await runPlan({ ...bankDeps(hanging), fallbackProposer: new BankProposer(FAKE_META.thoughts) }, ctx, withKnobs(bankKnobs, { deadlineMs: 100 }));
    expect(result.degraded).toBe(true);
    expect(result.reason).toMatch(/deadline of 100 ms reached during propose.*thought bank ranked by the critic/);
    expect(result.thought).toBe("share a story of a child the charity helped so they agree to donate");
    expect(result.candidates[0]!.outcomes.length).toBe(4);
    expect(result.action).toBeNull();
  });

  it("without a fallback it still returns a result, with an empty thought", async () => {
    const hanging: Proposer = { propose: () => new Promise(() => {}), act: async (_c, ch) => ch.thought };
    const result = await runPlan(bankDeps(hanging), ctx, withKnobs(bankKnobs, { deadlineMs: 50 }));
    expect(result.degraded).toBe(true);
    expect(result.thought).toBe("");
    expect(result.chosen).toBeNull();
  });
});
