import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readModelFile } from "../src/critic/model-file.ts";
import { loadCriticFile } from "../src/critic/node.ts";
import { fitGroupTemperature, tempered, withGroupTemperature } from "../src/eval/group-temperature.ts";
import { makeRng } from "../src/tasks/rng.ts";

/** Rows of five logits and levels drawn from softmax(z / T0). */
function synthetic(T0: number, n: number) {
  const rng = makeRng(7);
  const logp: number[][] = [], level: number[] = [];
  for (let i = 0; i < n; i++) {
    const z = [0, 1, 2, 3, 4].map((k) => 2 * rng() - (k === 0 ? -0.5 : 1));
    const p = tempered([z], T0)[0]!;
    let u = rng(), k = 0;
    while (k < 4 && u >= p[k]!) u -= p[k++]!;
    logp.push(z), level.push(k);
  }
  return { logp, level };
}

describe("group temperature (webshop:calibrate)", () => {
  it("the likelihood fit recovers the temperature the levels were drawn with", () => {
    const { logp, level } = synthetic(0.5, 4000);
    expect(fitGroupTemperature(logp, level, "likelihood")).toBeCloseTo(0.5, 1);
    const hot = synthetic(2, 4000);
    expect(fitGroupTemperature(hot.logp, hot.level, "likelihood")).toBeGreaterThan(1.6);
  });

  it("the mean fit makes the mean predicted outcome 0 equal its realised rate", () => {
    const { logp, level } = synthetic(0.5, 2000);
    const T = fitGroupTemperature(logp, level, "mean");
    const predicted = tempered(logp, T).reduce((a, r) => a + r[0]!, 0) / logp.length;
    expect(predicted).toBeCloseTo(level.filter((k) => k === 0).length / level.length, 5);
  });

  it("folding T into the file divides every group logit by T: the levels stay one distribution", () => {
    const path = "models/webshop.pnlc";
    const dir = mkdtempSync(join(tmpdir(), "pnlc-temp-"));
    const out = join(dir, "t.pnlc");
    writeFileSync(out, withGroupTemperature(new Uint8Array(readFileSync(path)), 0.5, { name: "tempered" }));
    const [a, b] = [loadCriticFile(path), loadCriticFile(out)];
    expect(b.meta.name).toBe("tempered");
    const state = "page: search; instruction: i need a long lasting 6.76 fl oz bottle of l'eau d'issey, and price lower than 100.00 dollars";
    const thoughts = ["search with the whole instruction", "search with a few product keywords"];
    const [pa, pb] = [a.scoreQBank(state, thoughts), b.scoreQBank(state, thoughts)];
    const G = a.meta.goals.length;
    for (let t = 0; t < thoughts.length; t++) {
      const before = Array.from(pa.subarray(t * G, (t + 1) * G), (p) => Math.log(p));
      const expected = tempered([before], 0.5)[0]!;
      const after = Array.from(pb.subarray(t * G, (t + 1) * G));
      after.forEach((p, g) => expect(p).toBeCloseTo(expected[g]!, 3));
      expect(after.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 4);
    }
    // nothing but the last layers changed
    const [fa, fb] = [readModelFile(new Uint8Array(readFileSync(path))), readModelFile(new Uint8Array(readFileSync(out)))];
    for (const [name, data] of fa.tensors) if (!/\.(w3\.scale|b3)$/.test(name)) expect(fb.tensors.get(name)).toEqual(data);
    expect(() => withGroupTemperature(new Uint8Array(readFileSync(path)), 0)).toThrow(/positive/);
  });
});
