/**
 * The learning loop, closed, without an LLM (docs/design/learning-loop.md):
 *   1. a deliberately weak WebShop critic, trained on a few hundred behaviour episodes (train-split products, pool A);
 *   2. `wrangler dev` serves it by name (local KV + PNLC_REMOTE_MODELS) with a D1 decision log;
 *   3. an application plays WebShop over HTTP on instructions held out from it (a pool, below): N greedy episodes (the
 *      score before), more with the exploration knob on; every decision from /v1/plan, every outcome to /v1/feedback;
 *   4. `pnlc data export --d1`, `pnlc train --init weak`, `pnlc compare`;
 *   5. the retrained critic takes the traffic (PNLC_CANDIDATE_MODEL, PNLC_ROLLOUT=1; the weak one in shadow)
 *      and plays the very episodes of the "before" phase again (the score after).
 * With --rounds R > 1, steps 3 (exploring) and 4 repeat with the latest critic live, each retrain continuing from it on
 * the behaviour data and everything logged so far; the last one takes the traffic in step 5.
 * Pools: --pool tune plays pool B (train-split products held out from the weak critic's pool A; where knobs are chosen),
 * --pool final plays the project's test-split products (held out from everything; run once with the chosen knobs).
 * Retraining: --recipe init continues from the live critic, --recipe scratch trains a fresh one; both on the behaviour
 * data plus every logged episode, the logged ones repeated --logged-copies times (their weight against the behaviour data).
 * The defaults are the protocol fixed on pool B (docs/design/learning-loop.md): 300 greedy episodes before and after,
 * 900 exploring at softmax temperature 0.02, retrained --init from the live critic with the logged episodes once.
 * Usage: npm run closed-loop -- [--pool tune|final] [--episodes 300] [--explore-episodes 900] [--behaviour 300] [--work DIR] [--temperature 0.02]
 *   [--rounds 1] [--recipe init|scratch] [--logged-copies 1]
 * Needs the WebShop corpus (PNLC_DATA_DIR or ../shared/data) and `npm run build`. Files in --work are reused when present.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { hashString } from "../src/tasks/rng.ts";
import { corpusPath } from "../src/data/paths.ts";
import { openLogDatabase } from "../src/learn/sqlite.ts";
import { type PhaseResult, runPhase } from "./closed-loop/driver.ts";
import { applyMigrations, putModel, ROOT, startDev, writeConfig } from "./closed-loop/wrangler.ts";

const { values: a } = parseArgs({ options: {
  episodes: { type: "string", default: "300" }, behaviour: { type: "string", default: "300" }, work: { type: "string", default: "/tmp/pnlc-closed-loop" },
  temperature: { type: "string", default: "0.02" }, rounds: { type: "string", default: "1" }, "eval-seed": { type: "string", default: "101" }, "log-seed": { type: "string", default: "202" },
  pool: { type: "string", default: "tune" }, "explore-episodes": { type: "string", default: "900" }, recipe: { type: "string", default: "init" }, "logged-copies": { type: "string", default: "1" },
} });
const N = Number(a.episodes), NX = Number(a["explore-episodes"]), B = Number(a.behaviour), T = Number(a.temperature), R = Number(a.rounds), copies = Number(a["logged-copies"]);
if (!(N >= 10 && N <= 5000) || !(NX >= 10 && NX <= 5000) || !(B >= 20 && B <= 20000) || !(T > 0 && T <= 10) || ![1, 2, 3].includes(R) || !["tune", "final"].includes(a.pool!) || !["init", "scratch"].includes(a.recipe!) || ![1, 2, 3, 4, 5].includes(copies)) {
  console.error("closed-loop: --episodes and --explore-episodes in [10, 5000], --behaviour in [20, 20000], --temperature in (0, 10], --rounds 1-3, --pool tune|final, --recipe init|scratch, --logged-copies 1-5");
  process.exit(2);
}
const work = a.work!;
mkdirSync(work, { recursive: true });
const CFG = JSON.stringify({ heldoutPercent: 0, outcomeGoals: [
  { text: "bought an item matching every requested attribute, option and the price bound", polarity: "positive" },
  { text: "bought a close match that misses one detail", polarity: "negative" }, { text: "bought a partly matching item", polarity: "negative" },
  { text: "bought a wrong item", polarity: "negative" }, { text: "ran out of steps without buying anything", polarity: "negative" }] });
const GOALS = { positive: 1, negative: 3 }; // the pnlc agent's counts for this bank (src/agents/pnlc.ts)
const f = (name: string) => join(work, name);
const pnlc = (args: string[]) => execFileSync(process.execPath, [join(ROOT, "bin/pnlc.mjs"), ...args], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
const log = (s: string) => console.error(`[closed-loop] ${s}`);

// 1. pools: A (train split) for the weak critic's behaviour data, B (train split) to choose knobs on, the test split for
// the final run (models/webshop.report.md's split rule: hash of the product id)
const dir = corpusPath("webshop");
if (!dir) throw new Error("webshop corpus not found (PNLC_DATA_DIR or ../shared/data)");
if (!existsSync(f("insTest.json"))) {
  const d = JSON.parse(readFileSync(join(dir, "items_ins_v2_1000.json"), "utf8")) as Record<string, unknown>;
  const A: Record<string, unknown> = {}, Bp: Record<string, unknown> = {}, test: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d)) (hashString("split:" + k) % 5 === 0 ? test : hashString("d2:" + k) % 4 === 0 ? Bp : A)[k] = v;
  writeFileSync(f("insA.json"), JSON.stringify(A));
  writeFileSync(f("insB.json"), JSON.stringify(Bp));
  writeFileSync(f("insTest.json"), JSON.stringify(test));
}
const pool = a.pool === "final" ? { instructions: f("insTest.json"), split: "test" as const } : { instructions: f("insB.json"), split: "train" as const };
if (!existsSync(f("behaviour.jsonl"))) pnlc(["rollout", "--task", "webshop", "--agent", "behavior", "--episodes", String(B), "--temperature", "2.5", "--split", "train", "--instructions", f("insA.json"), "--out", f("behaviour.jsonl")]);
if (!existsSync(f("weak.pnlc"))) (log(`training the weak critic on ${B} behaviour episodes`), pnlc(["train", "--backend", "js", "--data", f("behaviour.jsonl"), "--out", f("weak.pnlc"), "--config", CFG]));

// 2. the Worker with a fresh decision log
writeConfig(work);
execFileSync("rm", ["-rf", f("state")]);
applyMigrations(work);
const models: Record<string, string> = { "webshop-weak": putModel(work, "webshop-weak", f("weak.pnlc")) };
const vars = (extra: Record<string, string> = {}) => ({ PNLC_REMOTE_MODELS: JSON.stringify(models), PNLC_DEFAULT_MODEL: "webshop-weak", ...extra });
const phase = async (label: string, seed: number, extra: Record<string, string>, explore?: { method: "softmax"; temperature: number }): Promise<PhaseResult & { health: unknown }> => {
  const n = explore ? NX : N;
  const dev = await startDev(work, vars(extra));
  try {
    const t0 = Date.now();
    const r = await runPhase({ url: dev.url, label, ...pool, episodes: n, seed, goals: GOALS, ...(explore ? { explore } : {}) },
      (i) => (i + 1) % 50 === 0 && log(`${label}: ${i + 1}/${n} episodes`));
    await new Promise((res) => setTimeout(res, 500)); // the last waitUntil writes
    const health = await (await fetch(`${dev.url}/healthz`)).json();
    log(`${label}: score ${mean(r.scores).toFixed(1)}, ${r.decisionsServed} decisions in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    return { ...r, health };
  } finally {
    await dev.stop();
  }
};
const evalSeed = Number(a["eval-seed"]), logSeed = Number(a["log-seed"]);

// 3. the weak critic serves: greedy (the score before); then per round the live critic explores, and is retrained
const before = await phase("before", evalSeed, {});
const db = () => join(work, "state/v3/d1/miniflare-D1DatabaseObject", readdirSync(join(work, "state/v3/d1/miniflare-D1DatabaseObject")).find((n) => n.endsWith(".sqlite") && n !== "metadata.sqlite")!);
const explores: Array<PhaseResult & { health: unknown }> = [];
const comparisons: Array<Record<string, unknown>> = [];
let live = "webshop-weak", liveFile = f("weak.pnlc");
for (let r = 1; r <= R; r++) {
  explores.push(await phase(`explore${r}`, logSeed + r - 1, { PNLC_DEFAULT_MODEL: live }, { method: "softmax", temperature: T }));
  // 4. export, retrain from the live critic, compare
  pnlc(["data", "export", "--d1", db(), "--out", f("logged.jsonl"), "--task", "webshop"]);
  writeFileSync(f("retrain.jsonl"), readFileSync(f("behaviour.jsonl"), "utf8").trimEnd() + "\n" + repeatEpisodes(readFileSync(f("logged.jsonl"), "utf8"), copies));
  log(`round ${r}: retraining (${a.recipe}${a.recipe === "init" ? ` from ${live}` : ""}) on the behaviour data and every logged episode x${copies}`);
  const next = `webshop-retrained${r}`;
  pnlc(["train", "--backend", "js", ...(a.recipe === "init" ? ["--init", liveFile] : []), "--data", f("retrain.jsonl"), "--out", f(`${next}.pnlc`), "--config", CFG]);
  comparisons.push(JSON.parse(pnlc(["compare", "--live", liveFile, "--candidate", f(`${next}.pnlc`), "--data", f("logged.jsonl"), "--out", f(`compare${r}.html`)])));
  models[next] = putModel(work, next, f(`${next}.pnlc`));
  if (r < R) (live = next), (liveFile = f(`${next}.pnlc`));
}
const final = `webshop-retrained${R}`;
// the sign check: the starting critic against the final one, on everything logged
const comparison = R === 1 ? comparisons[0]! : JSON.parse(pnlc(["compare", "--live", f("weak.pnlc"), "--candidate", f(`${final}.pnlc`), "--data", f("logged.jsonl"), "--out", f("compare.html")]));

// 5. promote: the final critic decides every episode (PNLC_ROLLOUT=1), the weak one scores in shadow
const after = await phase("after", evalSeed, { PNLC_CANDIDATE_MODEL: final, PNLC_ROLLOUT: "1" });
const dbFile = db();
const logDb = await openLogDatabase(dbFile); // with its -wal applied, as the exporter reads it
const sqlite = (sql: string) => Number(logDb.exec(sql)[0]!.values[0]![0]);
const served = [before, ...explores, after];
const diffs = after.scores.map((s, i) => s - before.scores[i]!);
const report = {
  pool: a.pool, recipe: a.recipe, loggedCopies: copies, episodesPerPhase: N, exploreEpisodes: NX, behaviourEpisodes: B, temperature: T,
  rounds: R, scoreBefore: mean(before.scores), scoreExploring: explores.map((e) => mean(e.scores)), scoreAfter: mean(after.scores),
  successBefore: before.successes / N, successAfter: after.successes / N,
  pairedDifference: { mean: mean(diffs), ci95: ci(diffs) },
  compare: { liveDR: comparison.live.dr, candidateDR: comparison.candidate.dr, difference: comparison.drDifference, recommendation: comparison.recommendation },
  perRound: comparisons.map((c: any) => ({ difference: c.drDifference, recommendation: c.recommendation })),
  signAgrees: Math.sign(comparison.drDifference.mean) === Math.sign(mean(diffs)),
  decisionsServed: served.reduce((s, p) => s + p.decisionsServed, 0), decisionRows: sqlite("SELECT COUNT(*) FROM decisions"),
  episodesServed: served.reduce((s, p) => s + p.episodesServed, 0), episodesLogged: sqlite("SELECT COUNT(DISTINCT episode_id) FROM decisions"),
  feedbackRows: sqlite("SELECT COUNT(*) FROM feedback"), shadowRows: sqlite("SELECT COUNT(*) FROM decisions WHERE shadow IS NOT NULL"),
  decidedBy: Object.fromEntries(served.map((p) => [p.label, p.decidedBy])), errors: served.flatMap((p) => p.errors),
  health: Object.fromEntries(served.map((p) => [p.label, p.health])),
};
writeFileSync(f("closed-loop.json"), JSON.stringify(report, null, 2));
console.log(JSON.stringify(report, null, 2));

/** Logged episodes repeated k times (ids suffixed: a trajectory file's ids are unique). */
function repeatEpisodes(jsonl: string, k: number): string {
  const lines = jsonl.trim().split("\n");
  return Array.from({ length: k }, (_, c) => lines.map((l) => (c === 0 ? l : l.replace(/^\{"id":"([^"]*)"/, `{"id":"$1#${c}"`))).join("\n")).join("\n") + "\n";
}
function mean(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
}
function ci(xs: number[]): [number, number] {
  const m = mean(xs), sd = Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / Math.max(1, xs.length - 1));
  const h = 1.96 * sd / Math.sqrt(xs.length);
  return [m - h, m + h];
}
