/**
 * The planner's score formula, through scoreCandidates: a thought is worth more when its hoped-for
 * outcomes are likelier AND when its outcomes to avoid are less likely; a bank of exclusive outcomes
 * with utilities is ranked by expected utility over the renormalised probabilities.
 */
import { describe, expect, it } from "vitest";
import { scoreCandidates } from "../src/planner/score.ts";
import type { Goal } from "../src/planner/types.ts";

const goal = (text: string, polarity: "positive" | "negative", utility?: number): Goal => ({ text, polarity, source: "bank", ...(utility !== undefined ? { utility } : {}) });

describe("scoreCandidates", () => {
  const goals = [goal("donates", "positive"), goal("refuses", "negative"), goal("leaves", "negative")];

  it("counts the outcomes to avoid: same hoped-for probability, fewer risks ranks first", () => {
    // The riskier thought comes first in proposal order, so a formula that ignored the negative
    // goals would tie them and keep it first.
    const p = Float32Array.from([0.5, 0.6, 0.4, /* safe: */ 0.5, 0.1, 0.1]);
    const [best, second] = scoreCandidates([{ thought: "risky" }, { thought: "safe" }], goals, p);
    expect(best!.thought).toBe("safe");
    expect(best!.score).toBeCloseTo(0.5 - (0.1 + 0.1) / 2, 3);
    expect(second!.score).toBeCloseTo(0.5 - (0.6 + 0.4) / 2, 3);
    expect(best!.outcomes.map((o) => o.p)).toEqual([0.5, 0.1, 0.1]);
  });

  it("counts the hoped-for outcomes: same risks, likelier success ranks first", () => {
    const p = Float32Array.from([0.2, 0.3, 0.3, 0.7, 0.3, 0.3]);
    const ranked = scoreCandidates([{ thought: "weak" }, { thought: "strong" }], goals, p);
    expect(ranked.map((c) => c.thought)).toEqual(["strong", "weak"]);
    expect(ranked[0]!.score - ranked[1]!.score).toBeCloseTo(0.5, 3);
  });

  it("a bank of exclusive outcomes with utilities is ranked by expected utility over renormalised probabilities", () => {
    const bank = [goal("win", "positive", 1), goal("lose by assassination", "negative", 0), goal("lose by quests", "negative", 0)];
    // A: P(win) 0.3 of a total 0.4 -> 0.75; B: 0.5 of 1.5 -> 0.33. Raw p(win) alone would pick B.
    const p = Float32Array.from([0.5, 0.5, 0.5, 0.3, 0.05, 0.05]);
    const ranked = scoreCandidates([{ thought: "B" }, { thought: "A" }], bank, p);
    expect(ranked.map((c) => c.thought)).toEqual(["A", "B"]);
    expect(ranked[0]!.score).toBeCloseTo(0.75, 3);
    expect(ranked[1]!.score).toBeCloseTo(0.5 / 1.5, 3);
  });

  it("refuses a probability array of the wrong size", () => {
    expect(() => scoreCandidates([{ thought: "a" }], goals, new Float32Array(2))).toThrow(/3 scores|2 scores/);
  });
});
