/**
 * CLI inputs are checked before work starts, with one line and exit 2 (issue 18, items 4 and 11):
 * model files (directory, device, corrupt, crafted strings, wrong task), eval's value interval, and
 * train's --eval-data.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { summarize } from "../src/eval/harness.ts";
import { runCli } from "./helpers/cli.ts";
import { rewriteModel } from "./helpers/model-rewrite.ts";

const MODELS = new URL("../models/", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "pnlc-cli-inputs-"));
const oneLine = (err: string) => expect(err.trim().split("\n"), err).toHaveLength(1);

describe("pnlc inspect", () => {
  it("shows a crafted file's control characters as escapes, never raw", async () => {
    const crafted = join(work, "crafted.pnlc");
    writeFileSync(crafted, rewriteModel(join(MODELS, "test-small.pnlc"), (m) => ({ ...m, name: "evil\u001b]0;pwned\u0007", description: "line\u001b[2J\u009b31mred", goals: m.goals.map((g, i) => (i ? g : { ...g, text: "goal\rover" })) })));
    const r = await runCli(["inspect", crafted]);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.out).toContain("evil\\x1b]0;pwned\\x07");
    expect(r.out).toContain("goal\\x0dover");
  });

  it("refuses a directory with one line and exit 2", async () => {
    const r = await runCli(["inspect", work]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("is a directory");
    oneLine(r.err);
  });

  it("refuses a device file instead of reading it forever", async () => {
    const r = await runCli(["inspect", "/dev/zero"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("not a regular file");
  });
});

describe("pnlc eval and eval-critic check the model first", () => {
  it("eval --model <corrupt file>: one line, exit 2", async () => {
    const bad = join(work, "corrupt.pnlc");
    writeFileSync(bad, "PNLC but not really a model file at all, just text");
    const r = await runCli(["eval", "--task", "persuasion", "--agent", "pnlc", "--model", bad, "--episodes", "1", "--json"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--model: .*corrupt\.pnlc is not a valid model file/);
    expect(r.err).not.toContain("    at ");
  });

  it("eval --task webshop with the persuasion model is refused before any episode", async () => {
    const r = await runCli(["eval", "--task", "webshop", "--agent", "pnlc", "--model", join(MODELS, "persuasion.pnlc"), "--episodes", "1", "--json"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("is a critic for the persuasion task; this command needs one for webshop");
    expect(r.out).toBe("");
  });

  it("eval-critic with the webshop model is refused (it scores persuasion dialogues)", async () => {
    const r = await runCli(["eval-critic", "--model", join(MODELS, "webshop.pnlc"), "--data", work]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("is a critic for the webshop task; this command needs one for persuasion");
  });
});

describe("eval's value interval stays in the value's range", () => {
  const rec = (value: number) => ({ id: "x", result: { score: 100 * value, success: value >= 1, outcome: "", value }, decisions: 1, cost: { llmCalls: 0, inputTokens: 0, outputTokens: 0, seconds: 0 }, extra: { llmCalls: 0, inputTokens: 0, outputTokens: 0, seconds: 0 } });
  it("a 0..1 WebShop reward never gets an upper bound above 1", () => {
    const s = summarize("webshop", "pnlc", [1, 1, 1, 0.6, 1].map(rec));
    expect(s.value.hi).toBeLessThanOrEqual(1);
    expect(s.value.mean).toBeCloseTo(0.92, 5);
  });
  it("a persuasion donation stays under MAX_DONATION ($2)", () => {
    const s = summarize("persuasion", "pnlc", [2, 2, 1.5].map((d) => ({ ...rec(d / 2), result: { score: 50 * d, success: true, outcome: "", value: d } })));
    expect(s.value.hi).toBeLessThanOrEqual(2);
  });
});

describe("pnlc train", () => {
  it("--eval-data that is not a PersuasionForGood folder fails before training", async () => {
    const traj = join(work, "t.jsonl");
    writeFileSync(traj, ""); // never read: the check comes first
    const t0 = performance.now();
    const r = await runCli(["train", "--data", traj, "--out", join(work, "m.pnlc"), "--eval-data", "/nonexistent"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^pnlc: --eval-data: \/nonexistent: not a PersuasionForGood folder/);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
