import { describe, expect, it } from "vitest";
import { meanInterval, wilsonInterval } from "../src/eval/stats.ts";
import { runEpisodes, summarize, summaryJson } from "../src/eval/harness.ts";
import { makeAgent } from "../src/agents/index.ts";
import { avalonTask } from "../src/tasks/avalon/task.ts";
import { parseEpisode } from "../src/train/trajectory.ts";
import { RecordingLanguageModel } from "../src/providers/mock/recording-model.ts";
import { evalMockScript, mockPickAction } from "../src/eval/mock-script.ts";
import { parseSummaries, renderReport } from "../src/eval/report.ts";

const mockLlm = () => new RecordingLanguageModel((req, i) => evalMockScript()({ messages: req.messages }, i));

describe("eval statistics", () => {
  it("Wilson interval matches the textbook value and stays inside [0, 1]", () => {
    const w = wilsonInterval(10, 20);
    expect(w.lo).toBeCloseTo(0.2993, 3);
    expect(w.hi).toBeCloseTo(0.7007, 3);
    expect(wilsonInterval(0, 10).lo).toBe(0);
    expect(wilsonInterval(10, 10).hi).toBe(1);
  });
  it("mean interval is mean +- 1.96 sd / sqrt(n)", () => {
    const m = meanInterval([0, 100, 0, 100]);
    expect(m.mean).toBe(50);
    expect(m.hi - m.mean).toBeCloseTo((1.96 * Math.sqrt(10000 / 3)) / 2, 6);
    const clipped = meanInterval([0, 100], [0, 100]);
    expect([clipped.lo, clipped.hi]).toEqual([0, 100]);
  });
});

describe("harness", () => {
  it("runs behaviour episodes and records trajectories the trainer accepts", async () => {
    const task = avalonTask;
    const eps = await task.episodes({ n: 5, seed: 3, split: "train" });
    const recs = await runEpisodes({ agent: makeAgent("behavior", { task, seed: 3 }), episodes: eps, record: true });
    expect(recs).toHaveLength(5);
    for (const r of recs) {
      const t = parseEpisode(r.trajectory, "mem", 1);
      expect(t.steps.length).toBe(r.decisions);
      expect(t.outcome.success).toBe(r.result.success);
      expect(t.steps[0]!.state).toMatch(/^Avalon as Merlin/);
    }
    const s = summaryJson(summarize("avalon", "behavior", recs));
    expect(Object.keys(s)).toEqual(expect.arrayContaining(["task", "agent", "episodes", "score", "success_rate", "llm_calls_per_decision", "seconds_per_decision"]));
    expect(s.llm_calls_per_decision).toBe(0);
  });

  it("counts LLM calls per decision for ReAct, Reflexion and LATS (n, depth bound the calls)", async () => {
    const task = avalonTask;
    for (const name of ["react", "reflexion", "lats"] as const) {
      const eps = await task.episodes({ n: 1, seed: 5, split: "test" });
      const agent = makeAgent(name, { task, seed: 1, llm: mockLlm(), lats: { n: 2, depth: 2 } });
      const [rec] = await runEpisodes({ agent, episodes: eps });
      const perDecision = rec!.cost.llmCalls / rec!.decisions;
      if (name === "lats") {
        expect(perDecision).toBeGreaterThan(1);
        expect(perDecision).toBeLessThanOrEqual(2 * 2 * 2); // n samples + n values per expansion, depth expansions
      } else expect(perDecision).toBe(1);
    }
  });

  it("the mock picks valid actions", () => {
    expect(mockPickAction("Valid actions: click[Back to Search] | click[B01234] | click[Next >]")).toBe("click[B01234]");
    expect(mockPickAction("Valid actions now: vote[approve], vote[reject], vote[approve] accuse[<n>]")).toBe("vote[approve]");
  });
});

describe("eval report page", () => {
  it("renders inline SVG charts and a table, without external scripts", async () => {
    const line = JSON.stringify({ task: "webshop", agent: "behavior", episodes: 10, score: 50, success_rate: 0.4, llm_calls_per_decision: 0, seconds_per_decision: 0.001, score_ci95: [40, 60], success_ci95: [0.2, 0.6] });
    const rows = parseSummaries(line + "\n" + line.replace("behavior", "pnlc"), "x.jsonl");
    const html = await renderReport(rows);
    expect(html.match(/<svg/g)?.length).toBe(2);
    expect(html).toContain("<td>pnlc</td>");
    expect(html).not.toMatch(/<script|https?:\/\/cdn/);
    expect(() => parseSummaries('{"task":"x"}', "bad.jsonl")).toThrow(/bad.jsonl:1: agent/);
  });
});
