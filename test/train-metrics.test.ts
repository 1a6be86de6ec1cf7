import { describe, expect, it } from "vitest";
import { brier, ece, fitPlatt, reliabilityBins, rocAuc } from "../src/train/metrics.ts";

describe("metrics on hand cases", () => {
  it("AUC: perfect, inverted, ties and the rank-sum value", () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
    // positives 0.4, 0.8; negatives 0.1, 0.6 -> pairs won: (0.4>0.1) (0.8>0.1) (0.8>0.6) = 3 of 4
    expect(rocAuc([0.1, 0.4, 0.6, 0.8], [0, 1, 0, 1])).toBe(0.75);
    expect(rocAuc([0.1, 0.2], [1, 1])).toBeNaN();
  });

  it("Brier and ECE", () => {
    expect(brier([1, 0, 0.5], [1, 0, 1])).toBeCloseTo(0.25 / 3, 12);
    // bin [0.2,0.3): p 0.2, 0.2 with rates 0.5 -> |0.2-0.5| = 0.3, weight 2/4; bin [0.8,0.9): p 0.8 x2, rate 1 -> 0.2, weight 2/4
    expect(ece([0.2, 0.2, 0.8, 0.8], [0, 1, 1, 1])).toBeCloseTo(0.25, 12);
    expect(ece([0.05, 0.95], [0, 1])).toBeCloseTo(0.05, 12);
    const bins = reliabilityBins([1, 0], [1, 0]);
    expect(bins[9]!.count).toBe(1);
    expect(bins[0]!.count).toBe(1);
  });

  it("Platt scaling recovers a known temperature and bias", () => {
    // labels drawn from sigmoid(2z - 1): the fit must come near a=2, b=-1
    let s = 1;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    const z: number[] = [], y: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const zi = rnd() * 6 - 3;
      z.push(zi);
      y.push(rnd() < 1 / (1 + Math.exp(-(2 * zi - 1))) ? 1 : 0);
    }
    const { a, b } = fitPlatt(z, y);
    expect(a).toBeGreaterThan(1.8);
    expect(a).toBeLessThan(2.2);
    expect(b).toBeGreaterThan(-1.2);
    expect(b).toBeLessThan(-0.8);
  });
});
