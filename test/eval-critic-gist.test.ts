import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCriticFile } from "../src/critic/node.ts";
import { persuasionEpisodes } from "../src/data/persuasion.ts";
import { isHeldout } from "../src/data/split.ts";
import { evaluateCritic } from "../src/train/evaluate-critic.ts";
import type { Episode } from "../src/train/trajectory.ts";
import { runCli } from "./helpers/cli.ts";
import { needCorpus, sliceCorpus } from "./helpers/corpus.ts";

const p4g = needCorpus("persuasionforgood");
const MODEL = new URL("../models/persuasion.pnlc", import.meta.url).pathname;
const QUOTE = '. e.g. "';

describe.skipIf(!p4g)("thoughts without the quoted reply (as the service sends them): eval-critic --thought-gist, data --gist-rate", () => {
  it("scores the held-out dialogues with strategy-only thoughts, exactly as built with gistRate 0, and says so", async () => {
    const dir = await sliceCorpus(p4g!, 40, { annotations: true });
    const args = ["eval-critic", "--model", MODEL, "--data", dir, "--split", "heldout", "--json", "--bootstrap", "20", "--plan-states", "10"];
    const bare = await runCli([...args, "--thought-gist", "0"]);
    expect(bare.code, bare.err).toBe(0);
    const b = JSON.parse(bare.out);
    expect(b.thought_gist).toBe(0);
    const asLogged = JSON.parse((await runCli(args)).out);
    expect(asLogged.thought_gist).toBe(1);
    // the same figures as evaluating episodes built without the quote (profile in every state, the model's default)
    const load = async (gistRate: number) => {
      const eps: Episode[] = [];
      for await (const e of persuasionEpisodes(dir, undefined, { profileRate: 1, gistRate })) if (isHeldout(e.id)) eps.push(e);
      return eps;
    };
    const eps0 = await load(0), eps1 = await load(1);
    expect(eps0.length).toBeGreaterThan(3);
    expect(eps0.flatMap((e) => e.steps).some((s) => s.thought.includes(QUOTE))).toBe(false);
    expect(eps1.flatMap((e) => e.steps).filter((s) => s.thought.includes(QUOTE)).length).toBeGreaterThan(eps1.length);
    const critic = loadCriticFile(MODEL);
    const r0 = await evaluateCritic(critic, eps0, { seed: 1, bootstrap: 20, planStates: 10 });
    expect(b.auc).toBeCloseTo(r0.auc, 12);
    expect(b.per_goal.map((g: { thought_gain: number }) => g.thought_gain)).toEqual(JSON.parse(JSON.stringify(r0.per_goal.map((g) => g.thought_gain))));
    expect(b.per_goal.filter((g: { kind: string; auc: number | null }) => g.kind === "event" && g.auc !== null).length).toBeGreaterThan(2); // reaction goals scored too
    // and not the figures of the quoted thoughts (the option changed what was scored)
    expect(b.per_goal.map((g: { auc: number }) => g.auc)).not.toEqual(asLogged.per_goal.map((g: { auc: number }) => g.auc));
    const text = await runCli([...args.filter((a) => a !== "--json"), "--thought-gist", "0"]);
    expect(text.out).toContain("thoughts are the strategy alone, as the service sends them");
  });

  it("refuses a share outside [0, 1] and a trajectory file (its thoughts are scored as written): one line, exit 2", async () => {
    const dir = await sliceCorpus(p4g!, 3);
    for (const bad of ["2", "-0.1", "half", ""]) {
      const r = await runCli(["eval-critic", "--model", MODEL, "--data", dir, "--thought-gist", bad]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^pnlc: --thought-gist must be a number in \[0, 1\]/);
    }
    const file = join(await mkdtemp(join(tmpdir(), "pnlc-gist-")), "t.jsonl");
    writeFileSync(file, JSON.stringify({ id: "a", task: "persuasion", steps: [{ state: "s", thought: "t", action: "", observation: "" }], outcome: { text: "x", value: 1 } }) + "\n");
    const f = await runCli(["eval-critic", "--model", MODEL, "--data", file, "--thought-gist", "0"]);
    expect(f.code).toBe(2);
    expect(f.err).toMatch(/--thought-gist applies to a PersuasionForGood folder/);
  });

  it("pnlc data persuasion --gist-rate writes that share of quoting thoughts; a bad share is one line, exit 2", async () => {
    const dir = await sliceCorpus(p4g!, 12);
    const work = await mkdtemp(join(tmpdir(), "pnlc-gist-"));
    const quoting = async (rate: string | null) => {
      const out = join(work, `g${rate}.jsonl`);
      const r = await runCli(["data", "persuasion", "--in", dir, "--out", out, ...(rate === null ? [] : ["--gist-rate", rate])]);
      expect(r.code, r.err).toBe(0);
      const steps = readFileSync(out, "utf8").trim().split("\n").flatMap((l) => (JSON.parse(l) as Episode).steps);
      return steps.filter((s) => s.thought.includes(QUOTE)).length / steps.length;
    };
    expect(await quoting("0")).toBe(0);
    const half = await quoting("0.5");
    expect(half).toBeGreaterThan(0.3);
    expect(half).toBeLessThan(0.7);
    expect(await quoting(null)).toBeGreaterThan(0.9); // the default: every turn with something said
    const bad = await runCli(["data", "persuasion", "--in", dir, "--out", join(work, "x.jsonl"), "--gist-rate", "1.5"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^pnlc: --gist-rate must be a number in \[0, 1\], got 1\.5/);
  });
});
