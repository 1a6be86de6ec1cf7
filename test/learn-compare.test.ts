import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Critic, ModelMeta } from "../src/critic/types.ts";
import { compareCritics } from "../src/learn/ope.ts";
import type { Episode } from "../src/train/trajectory.ts";
import { makeRng } from "../src/tasks/rng.ts";
import { runCli } from "./helpers/cli.ts";
import { fakeCritic, FAKE_META } from "./helpers/fake-critic.ts";

const META: ModelMeta = { ...FAKE_META, task: "woods", goals: [{ text: "reached the castle", polarity: "positive", kind: "outcome" }, { text: "lost in the woods", polarity: "negative", kind: "outcome" }] };
const GOOD = "walk to the castle", BAD = "wander in the woods";

/** A critic that ranks the two thoughts the other way round. */
function reversed(c: Critic): Critic {
  return { ...c, scoreQBank: (s, t) => c.scoreQBank(s, t).map((x) => 1 - x), scoreQ: (r) => c.scoreQ(r).map((x) => 1 - x) };
}

/** Logged two-step episodes under an exploring policy: the outcome is reached when both choices were GOOD (with noise). */
function logged(n: number, pGood: number, seed: number): Episode[] {
  const rng = makeRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const picks = [0, 1].map(() => rng() < pGood);
    const win = picks.every(Boolean) ? rng() < 0.9 : rng() < 0.1;
    const log = picks.map((good, t) => ({
      id: `d${i}-${t}`, step: t, model: "live", sha256: "", knobs: { goals: { positive: 1, negative: 1 } },
      candidates: [{ thought: GOOD, score: 0, probability: pGood }, { thought: BAD, score: 0, probability: 1 - pGood }],
      chosenIndex: good ? 0 : 1, propensity: good ? pGood : 1 - pGood,
    }));
    return {
      id: `e${i}`, task: "woods",
      steps: picks.map((good, t) => ({ state: `step ${t}`, thought: good ? GOOD : BAD, action: "", observation: "" })),
      outcome: { text: win ? "reached the castle" : "lost in the woods", success: win, value: win ? 1 : 0 },
      meta: { log },
    };
  });
}

describe("off-policy comparison", () => {
  it("estimates each greedy critic's outcome from exploring logs and recommends the better one", async () => {
    const good = fakeCritic(META), bad = reversed(fakeCritic(META));
    const eps = logged(400, 0.5, 7);
    const up = await compareCritics(bad, good, eps, { resamples: 300 });
    // true values: always GOOD -> 0.9, always BAD -> 0.1
    expect(up.candidate.is.mean).toBeGreaterThan(0.75);
    expect(up.candidate.is.mean).toBeLessThan(1.05);
    expect(up.live.is.mean).toBeLessThan(0.25);
    expect(Math.abs(up.candidate.dr.mean - 0.9)).toBeLessThan(0.12);
    expect(Math.abs(up.live.dr.mean - 0.1)).toBeLessThan(0.12);
    expect(up.candidate.dr.lo).toBeLessThan(up.candidate.dr.mean);
    expect(up.recommendation.promote).toBe(true);
    const down = await compareCritics(good, bad, eps, { resamples: 300 });
    expect(down.recommendation.promote).toBe(false);
    expect(down.drDifference.hi).toBeLessThan(0);
  });

  it("pnlc compare writes a page with the recommendation first; data without a decision log is a one-line error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pnlc-compare-"));
    const model = new URL("../models/test-small.pnlc", import.meta.url).pathname;
    writeFileSync(join(dir, "logged.jsonl"), logged(30, 0.5, 3).map((e) => JSON.stringify(e)).join("\n"));
    const r = await runCli(["compare", "--live", model, "--candidate", model, "--data", join(dir, "logged.jsonl"), "--out", join(dir, "c.html"), "--resamples", "200"]);
    expect(r.code).toBe(0);
    const page = readFileSync(join(dir, "c.html"), "utf8");
    expect(page).toMatch(/<h1>Do not promote the candidate<\/h1>/); // the same model twice is never "clearly better"
    expect(page).toContain('name="viewport"');
    expect(page).not.toContain(dir);
    writeFileSync(join(dir, "plain.jsonl"), JSON.stringify({ id: "x", task: "woods", steps: [{ state: "s", thought: "t" }], outcome: { text: "o", success: true } }));
    const bad = await runCli(["compare", "--live", model, "--candidate", model, "--data", join(dir, "plain.jsonl"), "--out", join(dir, "d.html")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/no episode carries its decision log/);
    // greedy logs (probabilities 1 and 0) have no support for another policy's picks: refused, not estimated
    const greedy = logged(10, 0.5, 4).map((e) => ({ ...e, meta: { log: (e.meta!.log as Array<{ candidates: Array<{ probability: number }>; chosenIndex: number }>).map((s) => ({ ...s, propensity: 1, candidates: s.candidates.map((c, i) => ({ ...c, probability: i === s.chosenIndex ? 1 : 0 })) })) } }));
    writeFileSync(join(dir, "greedy.jsonl"), greedy.map((e) => JSON.stringify(e)).join("\n"));
    const g = await runCli(["compare", "--live", model, "--candidate", model, "--data", join(dir, "greedy.jsonl"), "--out", join(dir, "g.html")]);
    expect(g.code).toBe(2);
    expect(g.err).toMatch(/none of the 10 logged episodes was served with exploration/);
  });
});
