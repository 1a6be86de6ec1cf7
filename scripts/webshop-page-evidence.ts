/**
 * What the search and results pages' visible evidence is worth, measured with exact greedy play-outs
 * (WebShop is deterministic and `greedy` does not sample). Train-split episodes only.
 *   npx tsx scripts/webshop-page-evidence.ts --instructions insA.json [--episodes 600] [--seed 5]
 * Prints, paired per episode (score points, mean and 95% half-width):
 *   queries: each other query the proposer offers minus the whole instruction (greedy's), at the first
 *            search, by how many option values the instruction names;
 *   titles:  at greedy's first results page, opening the best-titled listed result instead of the
 *            search's top result, by the two titles' fit words (docs/tasks.md, "Search and results pages").
 */
import { Command } from "commander";
import { existsSync } from "node:fs";
import { makeAgent } from "../src/agents/index.ts";
import { loadTask } from "../src/tasks/index.ts";
import type { TaskEpisode } from "../src/tasks/types.ts";
import { PAGE_SIZE, WebShopEpisode } from "../src/tasks/webshop/env.ts";
import { instructionOptionClauses } from "../src/tasks/webshop/evidence.ts";
import { listedLook } from "../src/tasks/webshop/page-evidence.ts";
import { webshopCandidates } from "../src/tasks/webshop/proposer.ts";

const o = new Command()
  .option("--instructions <file>", "goals in items_ins_v2_1000.json format (default: the shared file)")
  .option("--episodes <n>", "train-split episodes", Number, 600)
  .option("--seed <s>", "seed of the episodes", Number, 5)
  .parse()
  .opts();
const fail = (m: string): never => (process.stderr.write(`webshop-page-evidence: ${m}\n`), process.exit(2));
if (!Number.isInteger(o.episodes) || o.episodes < 1) fail(`--episodes must be a positive integer, got ${o.episodes}`);
if (o.instructions && !existsSync(o.instructions)) fail(`--instructions: ${o.instructions} does not exist`);

const task = await loadTask("webshop");
const greedy = makeAgent("greedy", { task, seed: o.seed });
async function playOut(ep: TaskEpisode, first: string): Promise<number> {
  const b = ep.clone();
  await b.step(first);
  for (let n = 0; !b.done; n++) {
    if (n > 200) throw new Error(`${b.id}: no end after 200 decisions`);
    await b.step((await greedy.decide(b)).action);
  }
  return b.result().score;
}
const rows = new Map<string, number[]>();
const add = (k: string, d: number) => rows.set(k, [...(rows.get(k) ?? []), d]);

for (const e of await task.episodes({ n: o.episodes, seed: o.seed, split: "train", ...(o.instructions ? { instructions: o.instructions } : {}) })) {
  const ep = e as WebShopEpisode;
  const queries = webshopCandidates(ep);
  const values = await Promise.all(queries.map((c) => playOut(ep, c.action!)));
  const options = Math.min(2, instructionOptionClauses(ep.goal).length);
  queries.forEach((c, i) => i > 0 && add(`queries: "${c.thought.split(":")[0]}" (${options}${options === 2 ? "+" : ""} option values named)`, values[i]! - values[0]!));
  await ep.step((await greedy.decide(ep)).action);
  if (ep.page.kind !== "results") continue;
  const shown = ep.page.asins.slice(0, PAGE_SIZE);
  const looks = shown.map((a) => listedLook(ep.product(a), ep.goal));
  const best = looks.reduce((b, l, j) => (l.score > looks[b]!.score ? j : b), 0);
  const key = best === 0 ? `titles: the top result is the best title (${looks[0]!.fit})` : `titles: best ${looks[best]!.fit} vs top ${looks[0]!.fit}`;
  add(key, best === 0 ? 0 : (await playOut(ep, `click[${shown[best]}]`)) - (await playOut(ep, `click[${shown[0]}]`)));
}
process.stdout.write(`${o.episodes} train-split episodes (seed ${o.seed}${o.instructions ? `, ${o.instructions}` : ""}): n, mean difference, 95% half-width\n`);
for (const [k, d] of [...rows].sort()) {
  const mean = d.reduce((a, b) => a + b, 0) / d.length;
  const half = 1.96 * Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, d.length - 1) / d.length);
  process.stdout.write(`  ${k.padEnd(82)} ${String(d.length).padStart(4)} ${mean.toFixed(1).padStart(6)} +-${half.toFixed(1)}\n`);
}
