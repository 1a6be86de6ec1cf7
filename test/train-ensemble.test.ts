import { describe, expect, it } from "vitest";
import { encodeHashed } from "../src/critic/encoder/hash.ts";
import { floatScoreQ, floatScoreV } from "../src/critic/float-forward.ts";
import { packParams } from "../src/train/ensemble.ts";
import { initHead } from "../src/train/network.ts";
import { Rng } from "../src/train/rng.ts";

describe("ensemble packing", () => {
  it("the packed network's logit is the mean of the members' logits", () => {
    const rng = new Rng(5);
    const members = [0, 1, 2].map(() => {
      const q = initHead(64, [8, 8], true, rng, 1);
      const v = initHead(64, [8, 8], false, rng, 1);
      q.w3.forEach((_, i) => (q.w3[i] = rng.normal()));
      q.b3[0] = rng.normal();
      return { inputDim: 64, hidden: [8, 8] as [number, number], q, v };
    });
    const packed = packParams(members);
    expect(packed.hidden).toEqual([24, 24]);
    const enc = (t: string) => encodeHashed(t, { type: "hash-ngram", version: 1, dim: 64, wordWeight: 1, bigramWeight: 0.7, charN: 4, charWeight: 0.25, seed: 1 });
    const s = enc("the state so far"), ts = [enc("thought one"), enc("another thought")], gs = [enc("goal a"), enc("goal b")];
    const logit = (p: number) => Math.log(p / (1 - p));
    const got = floatScoreQ(packed, s, ts, gs);
    const each = members.map((m) => floatScoreQ(m, s, ts, gs));
    for (let i = 0; i < got.length; i++) expect(logit(got[i]!)).toBeCloseTo(each.reduce((a, e) => a + logit(e[i]!), 0) / 3, 4);
    const gotV = floatScoreV(packed, s, gs);
    const eachV = members.map((m) => floatScoreV(m, s, gs));
    for (let i = 0; i < gotV.length; i++) expect(logit(gotV[i]!)).toBeCloseTo(eachV.reduce((a, e) => a + logit(e[i]!), 0) / 3, 4);
  });
});
