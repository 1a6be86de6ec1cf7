import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCriticFile } from "../src/critic/node.ts";
import { findReliabilityBins } from "../src/ui/meta-view.ts";
import { runCli } from "./helpers/cli.ts";
import { needCorpus, sliceCorpus } from "./helpers/corpus.ts";

const p4g = needCorpus("persuasionforgood");

describe.skipIf(!p4g)("data -> train -> eval-critic on a corpus slice", () => {
  it("writes trajectories, a loadable int8 model with its report, and evaluates it", async () => {
    const dir = await sliceCorpus(p4g!, 40);
    const work = await mkdtemp(join(tmpdir(), "pnlc-train-"));
    const traj = join(work, "p.jsonl");
    expect((await runCli(["data", "persuasion", "--in", dir, "--out", traj])).code).toBe(0);
    const model = join(work, "m.pnlc");
    const cfg = JSON.stringify({ hidden: [16, 16], maxEpochs: 2, heldoutPercent: 0 });
    const t = await runCli(["train", "--data", traj, "--out", model, "--config", cfg, "--seed", "3", "--eval-data", dir]);
    expect(t.code, t.err).toBe(0);
    const summary = JSON.parse(t.out);
    expect(summary.bytes).toBeGreaterThan(1000);
    expect(summary.int8_max_abs_dp).toBeLessThan(0.05);
    expect(existsSync(join(work, "m.report.md"))).toBe(true);
    // the timings name the trainer that ran (wasm by default), not "one core"
    expect(await readFile(join(work, "m.report.md"), "utf8")).toMatch(/s wall in total \(wasm trainer, \d+ threads?\)/);
    expect(existsSync(join(work, "m.report.loss.png"))).toBe(true);
    expect(existsSync(join(work, "m.report.reliability.svg"))).toBe(true);
    // the model page (src/ui/meta-view.ts) finds the reliability bins the trainer keeps in the metadata
    const meta = loadCriticFile(model).meta;
    // a file name at most: no path from the machine that trained it (the model page shows this metadata)
    expect((meta.training as { data: string }).data).toBe("p.jsonl");
    expect(JSON.stringify(meta)).not.toContain(work);
    const series = [...findReliabilityBins(meta.training, "training"), ...findReliabilityBins(meta.evaluation, "evaluation")];
    expect(series.map((s) => s.source)).toEqual(["training.validation", "evaluation.heldout"]);
    for (const s of series) {
      expect(s.bins).toHaveLength(10);
      expect(s.bins.reduce((n, b) => n + b.count, 0)).toBeGreaterThan(100);
      for (const b of s.bins) expect(b.hi - b.lo).toBeCloseTo(0.1, 6);
    }
    // persuasion's goal bank: 2 positive + 2 negative outcome goals, each with the value test it was relabelled by
    expect(meta.goals.map((g) => g.polarity)).toEqual(["positive", "positive", "negative", "negative"]);
    expect(meta.goals.every((g) => g.kind === "outcome")).toBe(true);
    // ... each a sum of the donation buckets (none, under $0.50, $0.50-$1, $1 or more), so they cannot contradict each other
    const trained = (meta.training as { outcomeGoals: Array<{ text: string; derivedFrom: { group: string; outcomes: number[] } }> }).outcomeGoals;
    expect(trained.map((g) => g.derivedFrom.outcomes.join(""))).toEqual(["123", "3", "0", "01"]);
    expect(meta.outcomeGroups?.map((g) => g.outcomes.length)).toEqual([4]);
    const perGoal = (meta.evaluation as { heldout: { per_goal: Record<string, { auc: number; ece: number }> } }).heldout.per_goal;
    expect(Object.keys(perGoal)).toEqual(meta.goals.map((g) => g.text));
    const e = await runCli(["eval-critic", "--model", model, "--data", dir, "--json", "--in-sample", "--bootstrap", "20"]);
    expect(e.code, e.err).toBe(0);
    const j = JSON.parse(e.out);
    // the states carried the persuadee's profile (the adapter's default), so the model says so and eval-critic
    // builds its states the same way, reporting the dialogue-only figures beside them
    expect((meta.training as { stateInputs?: string[] }).stateInputs).toEqual(["persuadee-profile"]);
    for (const k of ["auc", "auc_shuffled_thoughts", "auc_shuffled_thoughts_without_profile", "auc_without_profile", "brier", "brier_without_profile", "ece", "ece_without_profile", "n_decisions", "n_dialogues", "profile", "thought_gain", "thought_gain_ci95", "ranking_variation", "coherence_violations", "per_goal"]) expect(j).toHaveProperty(k);
    // the model (heldoutPercent 0) was trained on all 40 dialogues: measured only with --in-sample, and labelled so
    expect(j.in_sample).toMatchObject({ episodes: 40, of: 40 });
    const refused = await runCli(["eval-critic", "--model", model, "--data", dir, "--json"].filter((a) => a !== "--in-sample"));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/was trained on 40 of these 40 episodes/);
    expect(j.n_dialogues).toBe(40);
    for (const k of ["auc", "brier", "ece", "auc_shuffled_thoughts", "auc_without_profile", "ece_without_profile"]) (expect(j[k]).toBeGreaterThanOrEqual(0), expect(j[k]).toBeLessThanOrEqual(1));
    const off = await runCli(["eval-critic", "--model", model, "--data", dir, "--json", "--profile", "off", "--in-sample", "--bootstrap", "20"]);
    expect(off.code, off.err).toBe(0);
    const jo = JSON.parse(off.out);
    expect(jo).not.toHaveProperty("auc_without_profile");
    // the four donation goals come from one distribution: donates + does not donate = 1, $1 or more <= donates, ...
    expect(jo.coherence_violations).toBe(0);
    expect(jo.coherence_checks).toBe(3 * jo.n_decisions);
    expect(jo.auc).toBeCloseTo(j.auc_without_profile, 12);
    expect((await runCli(["eval-critic", "--model", model, "--data", dir, "--profile", "maybe"])).err).toMatch(/--profile/);
    // the model's training figures travel in its metadata
    const i = await runCli(["eval-critic", "--model", model, "--data", dir, "--split", "nope"]);
    expect(i.code).toBe(2);
    expect(i.err).toMatch(/--split/);
  });

  it("a model trained on everything reports the held-out figures of its 80% sibling, and says so", async () => {
    const dir = await sliceCorpus(p4g!, 40);
    const work = await mkdtemp(join(tmpdir(), "pnlc-train-"));
    const traj = join(work, "p.jsonl");
    expect((await runCli(["data", "persuasion", "--in", dir, "--out", traj])).code).toBe(0);
    const base = { hidden: [16, 16], maxEpochs: 1, ensemble: 1 };
    const m80 = join(work, "m80.pnlc"), all = join(work, "all.pnlc");
    expect((await runCli(["train", "--data", traj, "--out", m80, "--config", JSON.stringify({ ...base, heldoutPercent: 20 })])).code).toBe(0);
    const t = await runCli(["train", "--data", traj, "--out", all, "--config", JSON.stringify({ ...base, heldoutPercent: 0 }), "--eval-data", dir, "--heldout-model", m80]);
    expect(t.code, t.err).toBe(0);
    const heldout = (loadCriticFile(all).meta.evaluation as { heldout: { measuredOn: string; split: string } }).heldout;
    expect(heldout.split).toBe("heldout");
    expect(heldout.measuredOn).toMatch(/^m80\.pnlc: /); // the file name, not its path
    const md = await readFile(join(work, "all.report.md"), "utf8");
    expect(md).toContain("measured on `m80.pnlc`");
    expect(md).toMatch(/trained on every local episode \(heldoutPercent 0\), the held-out split included/);
    // a sibling trained with another config is refused, naming the field
    const bad = await runCli(["train", "--data", traj, "--out", all, "--config", JSON.stringify({ ...base, heldoutPercent: 0, lr: 0.01 }), "--eval-data", dir, "--heldout-model", m80]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--heldout-model: config\.lr differs/);
    // ... and so is one whose states were built with another profile rate, before anything is written
    const traj0 = join(work, "p0.jsonl"), other = join(work, "other.pnlc");
    expect((await runCli(["data", "persuasion", "--in", dir, "--out", traj0, "--profile-rate", "0"])).code).toBe(0);
    const rate = await runCli(["train", "--data", traj0, "--out", other, "--config", JSON.stringify({ ...base, heldoutPercent: 0 }), "--eval-data", dir, "--heldout-model", m80]);
    expect(rate.code).toBe(2);
    expect(rate.err).toMatch(/--heldout-model: its states were built differently \(stateInputs \["persuadee-profile"\] there, \[\] here\)/);
    expect(existsSync(other)).toBe(false);
    expect((loadCriticFile(m80).meta.training as { stateInputRates?: number[] }).stateInputRates).toEqual([0.9]);
  });

  it("bad inputs exit 2 with the field named", async () => {
    const work = await mkdtemp(join(tmpdir(), "pnlc-bad-"));
    const traj = join(work, "t.jsonl");
    await writeFile(traj, JSON.stringify({ id: "a", task: "t", steps: [{ state: "s", thought: 3 }], outcome: { text: "x", success: true } }) + "\n");
    const r = await runCli(["train", "--data", traj, "--out", join(work, "m.pnlc")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/t\.jsonl:1: steps\[0\]\.thought/);
    const c = await runCli(["train", "--data", traj, "--out", join(work, "m.pnlc"), "--config", '{"tau": 2}']);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/config\.tau/);
    for (const [flag, value] of [["--threads", "0"], ["--threads", "two"], ["--backend", "gpu"], ["--feature-cache-mb", "-5"]]) {
      const b = await runCli(["train", "--data", traj, "--out", join(work, "m.pnlc"), flag!, value!]);
      expect(b.code, `${flag} ${value}`).toBe(2);
      expect(b.err.trim().split("\n")).toHaveLength(1);
      expect(b.err).toContain(flag!);
    }
    expect(existsSync(join(work, "m.pnlc"))).toBe(false);
    // a share that is blank or outside [0, 1] is refused before any corpus is read (a blank one read as 0 before)
    for (const [flag, value] of [["--profile-rate", " "], ["--profile-rate", "2"], ["--gist-rate", ""], ["--gist-rate", "-0.1"]]) {
      const b = await runCli(["data", "persuasion", "--in", work, "--out", join(work, "d.jsonl"), flag!, value!]);
      expect(b.code, `${flag} "${value}"`).toBe(2);
      expect(b.err).toMatch(new RegExp(`^pnlc: ${flag} must be a number in \\[0, 1\\], got`));
    }
    expect(existsSync(join(work, "d.jsonl"))).toBe(false);
  });
});
