/**
 * Where a WebShop critic's choices lose reward, measured on counterfactual data (models/webshop.report.md,
 * "Policy iteration and pessimism"). Reads a file written by
 *   npm run branch-rollouts -- --task webshop --branch-steps first --agent pnlc --model M ... --out FILE
 * in which every branched state holds one trajectory per candidate, labelled by the reward its play-out
 * reached, and compares at those states the critic's choice with the rule of `npm run webshop:thought-rule`
 * (on item pages its step without the look-count and steps-left conditions: buy, or choose the named
 * option, when everything requested is visible, else leave):
 *   npm run webshop:branch-diagnosis -- --data FILE [--model models/webshop.pnlc]
 * Prints: on results pages, the reward of opening the top unseen result minus each other kind of step
 * (paired at the same state); the share of results pages where the critic's best "open" is not the top
 * unseen result, and what that costs; on item pages, the rule's step against the critic's, with the mean
 * reward gap of each pair of choices. One sample per branch, so each gap is a mean over states.
 */
import { Command } from "commander";
import { existsSync } from "node:fs";
import { loadCriticFile } from "../src/critic/node.ts";
import { defaultModelPath } from "../src/eval/run.ts";
import { BankGoalSource } from "../src/planner/bank/goals.ts";
import { scoreCandidates } from "../src/planner/score.ts";
import { readEpisodes, type Episode } from "../src/train/trajectory.ts";

const o = new Command()
  .requiredOption("--data <file>", "branch rollouts of the WebShop task (--branch-steps first)")
  .option("--model <file>", "critic to diagnose", defaultModelPath("webshop"))
  .parse()
  .opts();
for (const f of [o.data, o.model]) if (!existsSync(f)) (process.stderr.write(`webshop:branch-diagnosis: ${f} does not exist\n`), process.exit(2));

const critic = loadCriticFile(o.model);
const goalSource = new BankGoalSource(critic.meta.goals);
const G = critic.meta.goals.length;
const groups = new Map<string, Episode[]>();
for await (const t of readEpisodes(o.data)) {
  if (t.task !== "webshop" || t.meta?.branch === undefined || t.steps.length !== 1) continue;
  const key = t.id.replace(/-b\d+$/, "");
  groups.set(key, [...(groups.get(key) ?? []), t]);
}
if (!groups.size) (process.stderr.write(`webshop:branch-diagnosis: ${o.data} holds no single-step WebShop branches (write it with --branch-steps first)\n`), process.exit(2));

const thought = (b: Episode) => b.steps[0]!.thought;
const reward = (b: Episode) => b.outcome.value ?? 0;
const rank = (b: Episode) => Number(/^open result (\d+)/.exec(thought(b))?.[1] ?? Infinity);
async function criticPick(state: string, bs: Episode[]): Promise<Episode> {
  const goals = await goalSource.goals({ state }, { positive: 3, negative: 3 });
  const q = critic.scoreQBank(state, bs.map(thought));
  const p = new Float32Array(bs.length * goals.length);
  for (let t = 0; t < bs.length; t++) for (let j = 0; j < goals.length; j++) p[t * goals.length + j] = q[t * G + goals[j]!.bankIndex!]!;
  const best = scoreCandidates(bs.map((b) => ({ thought: thought(b) })), goals, p)[0]!;
  return bs.find((b) => thought(b) === best.thought)!;
}
const itemKind = (t: string) =>
  t.startsWith("buy now") ? "buy" : t.startsWith("go back") ? "leave" : t.includes("as the instruction asks") ? "select named" : t.startsWith("select") ? "select other" : t.split(":")[0]!;
const resultsKind = (t: string) => t.split(":")[0]!.replace(/ \d+$/, " k").replace(/, the best.*$/, "");

type Acc = Record<string, { n: number; gap: number }>;
const add = (acc: Acc, key: string, gap: number) => ((acc[key] ??= { n: 0, gap: 0 }).n++, (acc[key]!.gap += gap));
const paired: Acc = {}, departures: Acc = {}, item: Acc = {};
for (const bs of groups.values()) {
  const state = bs[0]!.steps[0]!.state;
  const looked = /(\d+) items? looked/.exec(state)?.[1] ?? "?";
  if (state.includes("page: results")) {
    const opens = bs.filter((b) => rank(b) < Infinity);
    if (!opens.length) continue;
    const top = opens.reduce((a, b) => (rank(b) < rank(a) ? b : a));
    for (const b of bs) if (b !== top) add(paired, `${looked} looked: top unseen result vs ${rank(b) < Infinity ? "a later result" : resultsKind(thought(b))}`, reward(top) - reward(b));
    const pick = await criticPick(state, bs);
    add(departures, `${looked} looked: critic picks ${pick === top ? "the top unseen result" : resultsKind(thought(pick))}`, reward(top) - reward(pick));
  } else if (state.includes("page: item")) {
    const buy = bs.find((b) => thought(b).startsWith("buy now"));
    if (!buy) continue;
    const leave = bs.find((b) => thought(b).startsWith("go back"));
    const named = bs.find((b) => thought(b).includes("as the instruction asks"));
    const rule = !thought(buy).includes("everything requested is visible") && leave ? leave : (named ?? buy);
    const pick = await criticPick(state, bs);
    add(item, `rule ${itemKind(thought(rule))}, critic ${itemKind(thought(pick))}`, reward(rule) - reward(pick));
  }
}
const print = (title: string, acc: Acc) => {
  process.stdout.write(`\n${title}\n`);
  for (const [k, a] of Object.entries(acc).sort((x, y) => x[0].localeCompare(y[0]))) if (a.n >= 20) process.stdout.write(`  ${k.padEnd(70)} ${String(a.n).padStart(6)} states  ${(a.gap / a.n).toFixed(3).padStart(7)}\n`);
};
process.stdout.write(`${groups.size} branched states in ${o.data}; model ${o.model} (cells with 20+ states; reward gaps are means)\n`);
print("results pages, reward of the top unseen result minus the other step (paired):", paired);
print("results pages, the critic's pick (reward of the top unseen result minus the pick's):", departures);
print("item pages, the rule's step against the critic's (reward of the rule's minus the critic's):", item);
