/** The greedy agent, and paired comparisons of agents on the same episodes. */
import { describe, expect, it } from "vitest";
import { makeAgent } from "../src/agents/index.ts";
import type { EpisodeRecord } from "../src/eval/harness.ts";
import { firstDecisionCalibration, pairedDifference } from "../src/eval/paired.ts";
import { runPaired, RunSpecError } from "../src/eval/run.ts";
import { meanInterval } from "../src/eval/stats.ts";
import type { AvalonEpisode } from "../src/tasks/avalon/env.ts";
import { merlinCandidates } from "../src/tasks/avalon/proposer.ts";
import { loadTask, makeRng } from "../src/tasks/index.ts";
import { sampleCandidates } from "../src/tasks/webshop/proposer.ts";
import { runCli } from "./helpers/cli.ts";

const rec = (id: string, score: number, firstPredicted?: number): EpisodeRecord => ({
  id, result: { score, success: score >= 100, outcome: "", value: score / 100 }, decisions: 1,
  cost: { llmCalls: 0, inputTokens: 0, outputTokens: 0, seconds: 0 }, extra: { llmCalls: 0, inputTokens: 0, outputTokens: 0, seconds: 0 },
  ...(firstPredicted !== undefined ? { firstPredicted } : {}),
});

describe("greedy", () => {
  it("temperature 0 takes the heaviest candidates in order, whatever the random stream", () => {
    const all = [{ thought: "a", weight: 1 }, { thought: "b", weight: 5 }, { thought: "c", weight: 5 }, { thought: "d", weight: 2 }];
    for (const seed of [1, 2, 3]) expect(sampleCandidates(all, 3, makeRng(seed), 0).map((c) => c.thought)).toEqual(["b", "c", "d"]);
  });

  it("avalon: every greedy decision is the proposer's top-weighted strategy", async () => {
    const task = await loadTask("avalon");
    const agent = makeAgent("greedy", { task, seed: 1 });
    expect(agent.name).toBe("greedy");
    let n = 0;
    for (const ep of await task.episodes({ n: 4, seed: 3, split: "train" })) {
      while (!ep.done) {
        const all = merlinCandidates(ep as AvalonEpisode, makeRng(0));
        const top = Math.max(...all.map((c) => c.weight));
        const d = await agent.decide(ep);
        expect(all.find((c) => c.thought === d.thought)?.weight).toBe(top);
        await ep.step(d.action);
        n++;
      }
    }
    expect(n).toBeGreaterThan(10);
  });
});

describe("paired differences", () => {
  it("reference - other per episode, with the interval of the differences", () => {
    const a = [rec("e1", 100), rec("e2", 50), rec("e3", 0), rec("e4", 100)];
    const b = [rec("e1", 100), rec("e2", 0), rec("e3", 0), rec("e4", 50)];
    const d = pairedDifference("pnlc", a, "greedy", b);
    expect(d.score.mean).toBeCloseTo(25, 9);
    const expected = meanInterval([0, 50, 0, 50]);
    expect([d.score.lo, d.score.hi]).toEqual([expected.lo, expected.hi]);
    expect(d.success.mean).toBeCloseTo(25, 9); // e4: success 100 vs 0
    expect(() => pairedDifference("pnlc", a, "greedy", b.slice().reverse())).toThrow(/episode 0/);
  });

  it("first-decision calibration: mean predicted against realised success", () => {
    const c = firstDecisionCalibration([rec("e1", 100, 0.8), rec("e2", 0, 0.6), rec("e3", 100, 0.7), rec("e4", 0)]);
    expect(c.n).toBe(3);
    expect(c.predicted).toBeCloseTo(0.7, 9);
    expect(c.realised).toBeCloseTo(2 / 3, 9);
    expect(c.gap.mean).toBeCloseTo(0.7 - 2 / 3, 9);
  });

  it("runPaired plays every agent on the same episodes and compares the first with the others", async () => {
    const r = await runPaired({ task: "avalon", agents: ["pnlc", "greedy", "behavior"], episodes: 6, seed: 4, split: "train", llm: "none" });
    expect(r.runs.map((x) => x.summary.agent)).toEqual(["pnlc", "greedy", "behavior"]);
    const ids = r.runs.map((x) => x.records.map((e) => e.id).join());
    expect(new Set(ids).size).toBe(1);
    expect(r.paired.map((d) => d.other)).toEqual(["greedy", "behavior"]);
    expect(r.paired[0]!.score.mean).toBeCloseTo(r.runs[0]!.summary.score.mean - r.runs[1]!.summary.score.mean, 9);
    expect(r.runs[0]!.summary.calibration?.n).toBe(6);
    expect(r.runs[1]!.summary.calibration).toBeUndefined();
    await expect(runPaired({ task: "avalon", agents: ["greedy", "greedy"], episodes: 1, seed: 1, split: "train", llm: "none" })).rejects.toThrow(RunSpecError);
  });

  it("pnlc eval --agent a,b --json prints both summaries and the paired difference", async () => {
    const r = await runCli(["eval", "--task", "avalon", "--agent", "pnlc,greedy", "--episodes", "3", "--split", "train", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out.trim());
    expect(j.agents.map((a: { agent: string }) => a.agent)).toEqual(["pnlc", "greedy"]);
    expect(j.agents[0].first_decision).toMatchObject({ n: 3 });
    expect(j.paired[0]).toMatchObject({ reference: "pnlc", other: "greedy", episodes: 3 });
    const bad = await runCli(["eval", "--task", "avalon", "--agent", "pnlc,wizard", "--episodes", "1"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--agent must be one of/);
  });
});
