import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.ts";
import { needCorpus } from "./helpers/corpus.ts";
import { runSpec } from "../src/eval/run.ts";
import { PersuasionEpisode } from "../src/tasks/persuasion/env.ts";
import { RecordingLanguageModel } from "../src/providers/mock/recording-model.ts";
import { evalMockScript } from "../src/eval/mock-script.ts";

const webshop = needCorpus("webshop");
const p4g = needCorpus("persuasionforgood");


describe("pnlc agents run the planner loop with the committed critics", () => {
  it("avalon: pnlc and its LLM-free ablations finish games; decisions go through the critic", async () => {
    expect(existsSync("models/avalon.pnlc")).toBe(true);
    for (const agent of ["pnlc", "pnlc-norefine", "pnlc-scalar"]) {
      const { summary } = await runSpec({ task: "avalon", agent, episodes: 3, seed: 2, split: "test", llm: "none" });
      expect(summary.episodes).toBe(3);
      expect(summary.secondsPerDecision).toBeGreaterThan(0);
      expect(summary.llmCallsPerDecision).toBe(0);
    }
  });

  it.skipIf(!webshop)("webshop: pnlc finishes test-instruction episodes", async () => {
    const { summary } = await runSpec({ task: "webshop", agent: "pnlc", episodes: 3, seed: 2, split: "test", llm: "none" });
    expect(summary.score.mean).toBeGreaterThanOrEqual(0);
    expect(summary.decisions).toBeGreaterThanOrEqual(3);
  });

  it("pnlc-llmcritic without an LLM is refused with a clear message", async () => {
    await expect(runSpec({ task: "avalon", agent: "pnlc-llmcritic", episodes: 1, seed: 1, split: "test", llm: "none" })).rejects.toThrow(/needs an LLM/);
  });
});

describe("pnlc rollout command", () => {
  it("writes behaviour episodes in the trainer's trajectory format", async () => {
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { readAllEpisodes } = await import("../src/train/trajectory.ts");
    const out = join(mkdtempSync(join(tmpdir(), "pnlc-rollout-")), "avalon.jsonl");
    const r = await runCli(["rollout", "--task", "avalon", "--episodes", "6", "--out", out, "--seed", "9"]);
    expect(r.code).toBe(0);
    const eps = await readAllEpisodes(out);
    expect(eps).toHaveLength(6);
    expect(new Set(eps.map((e) => e.id)).size).toBe(6);
    expect(eps.every((e) => e.task === "avalon" && e.steps.every((s) => s.thought && s.action))).toBe(true);
  });
});

describe("pnlc eval command", () => {
  it("--json prints the summary fields; bad input exits 2 naming the option", async () => {
    const ok = await runCli(["eval", "--task", "avalon", "--agent", "behavior", "--episodes", "4", "--json"]);
    expect(ok.code).toBe(0);
    const j = JSON.parse(ok.out.trim());
    expect(j).toMatchObject({ task: "avalon", agent: "behavior", episodes: 4 });
    for (const k of ["score", "success_rate", "llm_calls_per_decision", "seconds_per_decision"]) expect(typeof j[k]).toBe("number");
    const bad = await runCli(["eval", "--task", "chess", "--agent", "behavior", "--episodes", "1"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--task must be one of/);
    const badAgent = await runCli(["eval", "--task", "avalon", "--agent", "magic", "--episodes", "1"]);
    expect(badAgent.err).toMatch(/--agent must be one of/);
  });
});

describe.skipIf(!p4g)("persuasion with a scripted donor LLM", () => {
  it("runs 10 turns and ends with a stated donation in [0, 2]", async () => {
    const { loadPersonas } = await import("../src/tasks/persuasion/personas.ts");
    const personas = loadPersonas(p4g!);
    expect(personas.length).toBeGreaterThan(100);
    expect(personas.some((p) => p.split === "test")).toBe(true);
    const donor = new RecordingLanguageModel((req, i) => evalMockScript()({ messages: req.messages }, i));
    const ep = new PersuasionEpisode("p", personas[0]!, donor);
    for (let t = 0; !ep.done; t++) await ep.step(`message ${t}`);
    expect(ep.turns).toHaveLength(10);
    const r = ep.result();
    expect(r.value).toBeGreaterThanOrEqual(0);
    expect(r.value).toBeLessThanOrEqual(2);
    expect(donor.countByTask()).toEqual({ "donor-reply": 10, "donor-donation": 1 });
    // the critic reads the donor's survey profile, as the training states carried it
    expect(Object.keys(personas[0]!.profile).length).toBeGreaterThan(10);
    expect(ep.stateText()).toMatch(/persuadee profile: .*age\d/);
  });
});
