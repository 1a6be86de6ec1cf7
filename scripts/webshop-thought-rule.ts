/**
 * A reference for the WebShop critic (models/webshop.report.md, "Diagnosis"): a fixed rule over the
 * scripted proposer's own candidates and thought words, and the critic with the rule swapped in on one
 * kind of page. It shows how much of what the thoughts say the critic turns into decisions. Usage:
 *   npm run webshop:thought-rule -- --instructions insB.json [--model models/webshop.pnlc] [--seeds 3,4,5,6] [--episodes 600]
 * The rule: search the whole instruction; open unseen results in search-rank order; on an item, choose
 * the named options and buy when its verdict is "everything requested is visible", else go back; after
 * `--look` items (or with few steps left) return to the best item looked at so far. Then, per mode,
 * how it searches: items opened and re-opened per episode, and the share of each outcome.
 */
import { Command } from "commander";
import { makeAgent } from "../src/agents/index.ts";
import { loadCriticFile } from "../src/critic/node.ts";
import { defaultModelPath } from "../src/eval/run.ts";
import type { WebShopEpisode } from "../src/tasks/webshop/env.ts";
import { loadWebShop, webshopEpisodes } from "../src/tasks/webshop/index.ts";
import { webshopCandidates } from "../src/tasks/webshop/proposer.ts";
import { webshopTask } from "../src/tasks/webshop/task.ts";

const o = new Command()
  .option("--instructions <file>", "goals in items_ins_v2_1000.json format (default: the shared file)")
  .option("--split <split>", "train or test", "train")
  .option("--model <file>", "critic for the swapped runs", defaultModelPath("webshop"))
  .option("--seeds <list>", "episode seeds", "3,4,5,6")
  .option("--episodes <n>", "episodes per seed", "600")
  .option("--look <n>", "items to look at before returning to the best", "5")
  .parse()
  .opts();
const seeds = String(o.seeds).split(",").map(Number);
const episodes = Number(o.episodes), look = Number(o.look);
if (seeds.some((s) => !Number.isInteger(s) || s < 0)) throw new Error(`--seeds must be non-negative integers, got ${o.seeds}`);
if (!Number.isInteger(episodes) || episodes < 1) throw new Error(`--episodes must be a positive integer, got ${o.episodes}`);
if (o.split !== "train" && o.split !== "test") throw new Error(`--split must be train or test, got ${o.split}`);

const rank = (thought: string) => Number(/^open result (\d+)/.exec(thought)?.[1] ?? Infinity);

function rule(ep: WebShopEpisode): string {
  const cs = webshopCandidates(ep);
  const p = ep.page;
  const looked = new Set(ep.history.filter((a) => /^click\[b0/i.test(a))).size;
  const byWeight = () => [...cs].sort((a, b) => b.weight - a.weight)[0]!.action!;
  if (p.kind === "search") return cs.find((c) => c.thought.includes("whole instruction"))?.action ?? byWeight();
  if (p.kind === "results") {
    const opens = cs.filter((c) => c.thought.startsWith("open result")).sort((a, b) => rank(a.thought) - rank(b.thought));
    const back = cs.find((c) => c.kind === "return");
    if (back && (looked >= look || !opens.length || ep.maxSteps - ep.steps < 5)) return back.action!;
    return opens[0]?.action ?? byWeight();
  }
  if (p.kind !== "item") return byWeight();
  const select = cs.find((c) => c.thought.includes("as the instruction asks"));
  const buy = cs.find((c) => c.thought.startsWith("buy now"))!;
  const leave = cs.find((c) => c.thought.startsWith("go back"));
  const convinced = buy.thought.includes("everything requested is visible");
  if (leave && !convinced && (looked >= look || ep.maxSteps - ep.steps >= 5)) return leave.action!;
  return (select ?? buy).action!;
}

const engine = loadWebShop(o.instructions);
const critic = loadCriticFile(o.model);
const modes = ["rule", "critic", "critic on results pages, rule on item pages", "rule on results pages, critic on item pages"] as const;
const scores: Record<string, number[]> = Object.fromEntries(modes.map((m) => [m, []]));
/** How each policy searches, over all seeds: items opened, re-opened (returns), and how episodes end. */
const profile: Record<string, { n: number; looked: number; returns: number; outcomes: Record<string, number> }> = Object.fromEntries(modes.map((m) => [m, { n: 0, looked: 0, returns: 0, outcomes: {} }]));
for (const seed of seeds) {
  for (const mode of modes) {
    const agent = makeAgent("pnlc", { task: webshopTask, seed, critic });
    const eps = webshopEpisodes(engine, o.split, episodes, seed);
    let total = 0;
    for (const ep of eps) {
      while (!ep.done) {
        const onResults = ep.page.kind === "results" || ep.page.kind === "search";
        const useRule = mode === "rule" || (mode.startsWith("rule on results") ? onResults : mode.startsWith("critic on results") ? !onResults : false);
        await ep.step(useRule ? rule(ep) : (await agent.decide(ep)).action);
      }
      total += ep.result().value;
      const opened = ep.history.filter((a) => /^click\[b0/i.test(a));
      const pr = profile[mode]!;
      pr.n++;
      pr.looked += new Set(opened).size;
      pr.returns += opened.length - new Set(opened).size;
      pr.outcomes[ep.result().outcome] = (pr.outcomes[ep.result().outcome] ?? 0) + 1;
    }
    scores[mode]!.push((100 * total) / eps.length);
    process.stderr.write(`seed ${seed} ${mode}: ${((100 * total) / eps.length).toFixed(1)}\n`);
  }
}
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
for (const m of modes) process.stdout.write(`${m.padEnd(46)} ${scores[m]!.map((x) => x.toFixed(1)).join(" / ")}  mean ${mean(scores[m]!).toFixed(1)}\n`);
const short = (outcome: string) =>
  outcome.startsWith("bought an item matching") ? "full match" : outcome.startsWith("bought a close") ? "close match" : outcome.startsWith("bought a partly") ? "partly matching" : outcome.startsWith("bought a wrong") ? "wrong item" : "no purchase";
process.stdout.write("\nhow each searches (all seeds): items opened, returns to an item, and the share of each outcome\n");
for (const m of modes) {
  const pr = profile[m]!;
  const ends = Object.entries(pr.outcomes).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${short(k)} ${((100 * v) / pr.n).toFixed(1)}%`);
  process.stdout.write(`${m.padEnd(46)} opened ${(pr.looked / pr.n).toFixed(2)}, returns ${(pr.returns / pr.n).toFixed(2)}; ${ends.join(", ")}\n`);
}
