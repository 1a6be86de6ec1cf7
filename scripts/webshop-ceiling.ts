/**
 * How much could ANY critic gain by choosing among the scripted proposer's candidates? Each
 * candidate's value is measured exactly: WebShop is deterministic and the `greedy` agent (the
 * proposer's top candidate, no critic) does not sample, so one greedy play-out of a candidate is its
 * value under greedy continuation. Train-split episodes only (test episodes are never played here).
 *   npm run webshop:ceiling -- --instructions insB.json --episodes 200 [--seed 3] [--k 5]
 * Prints, paired on the same episodes (score points, 95% interval of the per-episode differences):
 *   first:  an oracle picks the best candidate at the first decision, greedy plays the rest;
 *   every:  an oracle picks the best candidate at every decision (one-step lookahead with greedy
 *           play-outs: a policy-improvement step over greedy, so a lower bound of the full search);
 * each over two candidate sets: all candidates the proposer lists, and the k that `pnlc` is shown
 * (the diverse sample at temperature 1). Ties keep greedy's own choice, so a gain is a strict one.
 * And where the every-decision oracle departs from greedy: page, greedy's step kind -> oracle's.
 * With --model: along greedy's own trajectories, where `pnlc` with that critic would depart from
 * greedy, and what its departure is worth there (its step then greedy, minus greedy), by kind; beside
 * it what the oracle over pnlc's k candidates gains at the same states.
 * With --fit-instructions: what the thoughts' words alone support. On that other train-split pool,
 * along greedy's trajectories, every candidate's advantage over greedy's step is averaged per thought
 * signature (the thought with its numbers and quoted attributes blanked, e.g. which result it opens); then a policy taking
 * at every decision the candidate whose signature averaged best (greedy's own unless the lower end
 * of one's 95% interval, over 20+ states, is above 0) plays the episodes: a critic that knows the thought's words perfectly and
 * nothing else about the instance.
 */
import { Command } from "commander";
import { existsSync } from "node:fs";
import { makeAgent } from "../src/agents/index.ts";
import { loadCriticFile } from "../src/critic/node.ts";
import { meanInterval } from "../src/eval/stats.ts";
import type { Candidate, DecisionContext } from "../src/planner/types.ts";
import { loadTask, makeRng } from "../src/tasks/index.ts";
import type { TaskEpisode } from "../src/tasks/types.ts";

const o = new Command()
  .option("--instructions <file>", "goals in items_ins_v2_1000.json format (default: the shared file)")
  .option("--episodes <n>", "train-split episodes", Number, 200)
  .option("--seed <s>", "seed of the episodes and of pnlc's candidate sample", Number, 3)
  .option("--k <n>", "candidates pnlc is shown", Number, 5)
  .option("--fit-instructions <file>", "train-split pool to average each thought signature's advantage on")
  .option("--fit-episodes <n>", "episodes of that pool", Number, 600)
  .option("--model <file>", "also judge this critic's departures from greedy along greedy's trajectories")
  .parse()
  .opts();
const fail = (m: string): never => (process.stderr.write(`webshop:ceiling: ${m}\n`), process.exit(2));
if (!Number.isInteger(o.episodes) || o.episodes < 1) fail(`--episodes must be a positive integer, got ${o.episodes}`);
if (!Number.isInteger(o.k) || o.k < 1) fail(`--k must be a positive integer, got ${o.k}`);
if (o.instructions && !existsSync(o.instructions)) fail(`--instructions: ${o.instructions} does not exist`);
if (o.fitInstructions && !existsSync(o.fitInstructions)) fail(`--fit-instructions: ${o.fitInstructions} does not exist`);
if (o.model && !existsSync(o.model)) fail(`--model: ${o.model} does not exist`);

const task = await loadTask("webshop");
const greedy = makeAgent("greedy", { task, seed: o.seed });
const rng = makeRng(o.seed ^ 0x7f4a7c15);
const ctx = {} as DecisionContext; // the scripted WebShop proposer ignores the context
const pnlc = o.model ? makeAgent("pnlc", { task, seed: o.seed, critic: loadCriticFile(o.model) }) : null;

async function greedyScore(ep: TaskEpisode): Promise<number> {
  for (let n = 0; !ep.done; n++) {
    if (n > 200) throw new Error(`${ep.id}: no end after 200 decisions`);
    await ep.step((await greedy.decide(ep)).action);
  }
  return ep.result().score;
}
const kind = (a: string) =>
  a.startsWith("search[") ? "search" : /^click\[b0/i.test(a) ? "open" : a === "click[Buy Now]" ? "buy" : a === "click[< Prev]" ? "prev" : a === "click[Back to Search]" ? "research"
  : a === "click[Next >]" ? "next page" : a === "click[Features]" || a === "click[Description]" ? "read sub-page" : "option";
const page = (ep: TaskEpisode) => /page: (\w+)/.exec(ep.stateText())?.[1] ?? "?";

type Set = "all" | "pnlc";
function candidates(ep: TaskEpisode, set: Set): Promise<Candidate[]> | Candidate[] {
  return set === "all" ? task.branchCandidates!(ep, rng) : task.scriptedProposer(ep, rng, 1).propose(ctx, o.k);
}
const departures = new Map<string, { n: number; gain: number }>();

/** The oracle's step at ep: the candidate whose greedy play-out scores most (greedy's own on ties). */
async function oracleAction(ep: TaskEpisode, set: Set, record: boolean): Promise<{ action: string; gain: number }> {
  const own = (await greedy.decide(ep)).action;
  const value = new Map<string, number>();
  const play = async (a: string) => {
    if (value.has(a)) return value.get(a)!;
    const b = ep.clone();
    await b.step(a);
    const v = await greedyScore(b);
    value.set(a, v);
    return v;
  };
  let best = { action: own, v: await play(own) };
  for (const c of await candidates(ep, set)) {
    if (!c.action) continue;
    const v = await play(c.action);
    if (v > best.v) best = { action: c.action, v };
  }
  const gain = best.v - value.get(own)!;
  if (record && best.action !== own) {
    const key = `${page(ep)}: ${kind(own)} -> ${kind(best.action)}`;
    const d = departures.get(key) ?? { n: 0, gain: 0 };
    departures.set(key, { n: d.n + 1, gain: d.gain + gain });
  }
  return { action: best.action, gain };
}

const criticDepartures = new Map<string, { n: number; gain: number; oracle: number }>();
let greedyStates = 0;
/** Along greedy's trajectory: where pnlc would depart, its step's value (greedy after it) minus greedy's. */
async function judgeCritic(ep: TaskEpisode): Promise<void> {
  for (let n = 0; !ep.done; n++) {
    if (n > 200) throw new Error(`${ep.id}: no end after 200 decisions`);
    greedyStates++;
    const own = (await greedy.decide(ep)).action;
    const mine = (await pnlc!.decide(ep)).action;
    if (mine !== own) {
      const value = async (a: string) => {
        const b = ep.clone();
        await b.step(a);
        return greedyScore(b);
      };
      const key = `${page(ep)}: ${kind(own)} -> ${kind(mine)}`;
      const d = criticDepartures.get(key) ?? { n: 0, gain: 0, oracle: 0 };
      const oracle = (await oracleAction(ep, "pnlc", false)).gain;
      criticDepartures.set(key, { n: d.n + 1, gain: d.gain + (await value(mine)) - (await value(own)), oracle: d.oracle + oracle });
    }
    await ep.step(own);
  }
}

async function oracleScore(ep: TaskEpisode, set: Set, every: boolean): Promise<number> {
  for (let n = 0; !ep.done; n++) {
    if (n > 200) throw new Error(`${ep.id}: no end after 200 decisions`);
    const a = n === 0 || every ? (await oracleAction(ep, set, every && set === "all")).action : (await greedy.decide(ep)).action;
    await ep.step(a);
  }
  return ep.result().score;
}

const signature = (thought: string) => thought.replace(/'[^']*'/g, "'…'").replace(/\d+/g, "#");
const advantage = new Map<string, { n: number; sum: number; sq: number }>();
if (o.fitInstructions) {
  for (const ep of await task.episodes({ n: o.fitEpisodes, seed: o.seed + 1000, split: "train", instructions: o.fitInstructions })) {
    for (let n = 0; !ep.done; n++) {
      if (n > 200) throw new Error(`${ep.id}: no end after 200 decisions`);
      const own = (await greedy.decide(ep)).action;
      const value = new Map<string, number>();
      for (const c of task.branchCandidates!(ep, rng)) {
        if (!c.action || value.has(c.action)) continue;
        const b = ep.clone();
        await b.step(c.action);
        value.set(c.action, await greedyScore(b));
      }
      const base = value.get(own);
      if (base !== undefined)
        for (const c of task.branchCandidates!(ep, rng)) {
          const a = advantage.get(signature(c.thought)) ?? { n: 0, sum: 0, sq: 0 };
          const d = value.get(c.action!)! - base;
          advantage.set(signature(c.thought), { n: a.n + 1, sum: a.sum + d, sq: a.sq + d * d });
        }
      await ep.step(own);
    }
  }
}
/** The signature policy's step: the candidate whose thought signature averaged the best advantage over greedy. */
async function signatureAction(ep: TaskEpisode): Promise<string> {
  let best = { action: (await greedy.decide(ep)).action, adv: 0 };
  for (const c of task.branchCandidates!(ep, rng)) {
    const a = advantage.get(signature(c.thought));
    if (!c.action || !a || a.n < 20) continue;
    // the lower end of the mean's 95% interval: a signature seen a few times with one lucky play-out is not evidence
    const mean = a.sum / a.n, lower = mean - 1.96 * Math.sqrt(Math.max(0, a.sq / a.n - mean * mean) / a.n);
    if (lower > best.adv) best = { action: c.action, adv: lower };
  }
  return best.action;
}
async function signatureScore(ep: TaskEpisode): Promise<number> {
  for (let n = 0; !ep.done; n++) {
    if (n > 200) throw new Error(`${ep.id}: no end after 200 decisions`);
    await ep.step(await signatureAction(ep));
  }
  return ep.result().score;
}

const episodes = await task.episodes({ n: o.episodes, seed: o.seed, split: "train", ...(o.instructions ? { instructions: o.instructions } : {}) });
const rows: Record<string, number[]> = { greedy: [], "first, all": [], "first, pnlc's k": [], "every, all": [], "every, pnlc's k": [] };
const t0 = Date.now();
for (const [i, ep] of episodes.entries()) {
  rows.greedy!.push(await greedyScore(ep.clone()));
  rows["first, all"]!.push(await oracleScore(ep.clone(), "all", false));
  rows["first, pnlc's k"]!.push(await oracleScore(ep.clone(), "pnlc", false));
  rows["every, all"]!.push(await oracleScore(ep.clone(), "all", true));
  rows["every, pnlc's k"]!.push(await oracleScore(ep.clone(), "pnlc", true));
  if (pnlc) await judgeCritic(ep.clone());
  if (o.fitInstructions) (rows["by thought words"] ??= []).push(await signatureScore(ep.clone()));
  if ((i + 1) % 25 === 0) process.stderr.write(`${i + 1}/${episodes.length} episodes, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}
const fmt = (x: { mean: number; lo: number; hi: number }) => `${x.mean.toFixed(1)} [${x.lo.toFixed(1)}, ${x.hi.toFixed(1)}]`;
process.stdout.write(`${episodes.length} train-split episodes (seed ${o.seed}${o.instructions ? `, ${o.instructions}` : ""}); score, and minus greedy paired:\n`);
for (const [name, s] of Object.entries(rows)) {
  const m = meanInterval(s, [0, 100]);
  const d = name === "greedy" ? "" : `   - greedy ${fmt(meanInterval(s.map((v, j) => v - rows.greedy![j]!), [-100, 100]))}`;
  process.stdout.write(`  ${name.padEnd(16)} ${fmt(m)}${d}\n`);
}
if (o.fitInstructions) process.stdout.write(`  (by thought words: ${advantage.size} thought signatures averaged on ${o.fitEpisodes} episodes of ${o.fitInstructions})\n`);
process.stdout.write(`\nevery-decision oracle over all candidates, where it departs from greedy (decisions, mean gain in score points at that state):\n`);
for (const [k, d] of [...departures].sort((a, b) => b[1].gain - a[1].gain)) process.stdout.write(`  ${k.padEnd(34)} ${String(d.n).padStart(5)}  ${(d.gain / d.n).toFixed(1).padStart(6)}\n`);
if (pnlc) {
  process.stdout.write(`\n${o.model} along greedy's trajectories (${greedyStates} states): where pnlc departs from greedy (states, mean value of its step minus greedy's, mean gain of the oracle over pnlc's k there):\n`);
  for (const [k, d] of [...criticDepartures].sort((a, b) => b[1].n - a[1].n)) process.stdout.write(`  ${k.padEnd(34)} ${String(d.n).padStart(5)}  ${(d.gain / d.n).toFixed(1).padStart(6)}  ${(d.oracle / d.n).toFixed(1).padStart(6)}\n`);
}
