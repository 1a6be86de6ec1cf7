import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.ts";
import { startMockLlm, type MockLlmServer } from "../src/mock-llm/server.ts";
import { evalMockScript } from "../src/eval/mock-script.ts";

const VARS = ["PNLC_LLM_PROVIDER", "PNLC_LLM_BASE_URL", "PNLC_LLM_MODEL", "PNLC_LLM_API_KEY"] as const;

/** Runs fn with the PNLC_LLM_* variables set as given (the rest unset), then restores them. */
async function withLlmEnv<T>(vars: Partial<Record<(typeof VARS)[number], string>>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(VARS.map((k) => [k, process.env[k]]));
  for (const k of VARS) delete process.env[k];
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const k of VARS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
}

describe("pnlc eval-paper: the paper's protocol through --llm env", () => {
  let llm: MockLlmServer;
  beforeAll(async () => {
    llm = await startMockLlm({ latencyMs: 0, script: evalMockScript() });
  });
  afterAll(async () => {
    await llm.close();
  });

  it("refuses to start without a configured provider, naming the variables, and writes nothing", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "pnlc-paper-")), "run");
    const r = await withLlmEnv({}, () => runCli(["eval-paper", "--out", out]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/PNLC_LLM_PROVIDER/);
    expect(existsSync(join(out, "paper.jsonl"))).toBe(false);
    const none = await runCli(["eval-paper", "--llm", "none", "--out", out]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/needs an LLM/);
    const badAgent = await runCli(["eval-paper", "--llm", "mock:0", "--agents", "react,oracle", "--out", out]);
    expect(badAgent.code).toBe(2);
    expect(badAgent.err).toMatch(/agents must be among .*got oracle/);
  });

  it("runs every chosen task x agent against an OpenAI-compatible endpoint from PNLC_LLM_*, appends one line per run, resumes", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "pnlc-paper-")), "run");
    const env = { PNLC_LLM_PROVIDER: "openai-compatible", PNLC_LLM_BASE_URL: llm.baseURL, PNLC_LLM_MODEL: "mock-llm", PNLC_LLM_API_KEY: "sk-test" };
    const before = llm.calls.length;
    const args = ["eval-paper", "--tasks", "avalon", "--agents", "react,pnlc,pnlc-llmcritic", "--episodes", "1", "--out", out];
    const r = await withLlmEnv(env, () => runCli(args));
    expect(r.err).not.toMatch(/unexpected/);
    expect(r.code).toBe(0);
    const rows = readFileSync(join(out, "paper.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((x) => `${x.task}/${x.agent}`)).toEqual(["avalon/react", "avalon/pnlc", "avalon/pnlc-llmcritic"]);
    for (const row of rows) {
      expect(row.llm).toBe("openai-compatible:mock-llm");
      expect(row.episodes).toBe(1);
      expect(row.llm_calls_per_decision).toBeGreaterThan(0);
    }
    // PNLC's loop costs more calls per decision than ReAct's one, and the LLM critic more again.
    expect(rows[1].llm_calls_per_decision).toBeGreaterThan(rows[0].llm_calls_per_decision);
    expect(llm.calls.length).toBeGreaterThan(before);
    expect(readFileSync(join(out, "paper.html"), "utf8")).toMatch(/<svg/);
    // A second run refuses to mix into the first unless asked to resume; resuming skips what is done.
    const again = await withLlmEnv(env, () => runCli(args));
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/--resume/);
    const calls = llm.calls.length;
    const resumed = await withLlmEnv(env, () => runCli([...args, "--resume"]));
    expect(resumed.code).toBe(0);
    expect(llm.calls.length).toBe(calls);
    expect(readFileSync(join(out, "paper.jsonl"), "utf8").trim().split("\n")).toHaveLength(3);
  }, 120_000);
});
