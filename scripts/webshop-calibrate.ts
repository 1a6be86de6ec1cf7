/**
 * Calibrates a WebShop critic's outcome group for the policy that acts on it: plays `pnlc` with the
 * model on train-split episodes, takes at each episode's first decision the five reward-level
 * probabilities of the chosen thought, and fits one temperature T on the group's logits by maximum
 * likelihood of the level the episode then reached (or, --fit mean, so that the mean predicted
 * full-match probability equals the realised rate). softmax(z / T) keeps the five levels one
 * distribution; T is folded into both heads' last layer (src/eval/group-temperature.ts), so the file
 * format and the runtime are unchanged. The critic's probabilities otherwise describe its training
 * data's policies (behaviour and earlier self rounds), not the agent that acts on them.
 *   npm run webshop:calibrate -- --model IN.pnlc --out OUT.pnlc --instructions insA.json [--episodes 1500] [--seed 21]
 * Train split only: the test episodes are never played here. T changes the expected-utility ranking
 * a little, so measure the calibrated file again (eval on a selection pool) before adopting it.
 */
import { Command } from "commander";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { makeAgent } from "../src/agents/index.ts";
import { loadCriticFile } from "../src/critic/node.ts";
import { fitGroupTemperature, tempered, withGroupTemperature } from "../src/eval/group-temperature.ts";
import { loadTask } from "../src/tasks/index.ts";

const o = new Command()
  .requiredOption("--model <file>", "critic to calibrate (outcome group format, version 2)")
  .requiredOption("--out <file>", "calibrated model file to write")
  .option("--instructions <file>", "goals in items_ins_v2_1000.json format (default: the shared file)")
  .option("--episodes <n>", "train-split episodes pnlc plays", Number, 1500)
  .option("--seed <s>", "seed of the episodes and of the agent", Number, 21)
  .option("--name <name>", "the written model's name (metadata), e.g. the task's name for a file that ships")
  .option("--fit <how>", "likelihood (of the level reached) or mean (mean predicted full match = realised)", "likelihood")
  .parse()
  .opts();
const fail = (m: string): never => (process.stderr.write(`webshop:calibrate: ${m}\n`), process.exit(2));
if (!existsSync(o.model)) fail(`--model: ${o.model} does not exist`);
if (o.instructions && !existsSync(o.instructions)) fail(`--instructions: ${o.instructions} does not exist`);
if (!["likelihood", "mean"].includes(o.fit)) fail(`--fit must be likelihood or mean, got ${o.fit}`);
if (!Number.isInteger(o.episodes) || o.episodes < 10) fail(`--episodes must be an integer >= 10, got ${o.episodes}`);

const critic = loadCriticFile(o.model);
const group = critic.meta.outcomeGroups?.[0];
if (!group || critic.meta.outcomeGroups!.length !== 1) fail(`--model: ${o.model} must have exactly one outcome group (it has ${critic.meta.outcomeGroups?.length ?? 0})`);
// bank goal index of each outcome of the group, in the group's order
const bankOf = group!.outcomes.map((t) => critic.meta.goals.findIndex((g) => g.text === t));
if (bankOf.some((i) => i < 0)) fail("every outcome of the group must be a bank goal");

const task = await loadTask("webshop");
const agent = makeAgent("pnlc", { task, seed: o.seed, critic });
const episodes = await task.episodes({ n: o.episodes, seed: o.seed, split: "train", ...(o.instructions ? { instructions: o.instructions } : {}) });
const logp: number[][] = [], level: number[] = [];
for (const ep of episodes) {
  const state = ep.stateText();
  const first = await agent.decide(ep);
  const q = critic.scoreQBank(state, [first.thought]);
  logp.push(bankOf.map((b) => Math.log(Math.max(q[b]!, 1e-7))));
  await ep.step(first.action);
  for (let n = 0; !ep.done; n++) {
    if (n > 200) throw new Error(`${ep.id}: no end after 200 decisions`);
    await ep.step((await agent.decide(ep)).action);
  }
  const k = group!.outcomes.indexOf(ep.result().outcome);
  if (k < 0) throw new Error(`${ep.id}: outcome "${ep.result().outcome}" is not in group ${group!.name}`);
  level.push(k);
}

const nll = (t: number) => -tempered(logp, t).reduce((a, p, i) => a + Math.log(Math.max(p[level[i]!]!, 1e-12)), 0) / level.length;
const T = fitGroupTemperature(logp, level, o.fit);
const summary = (t: number) => {
  const p = tempered(logp, t);
  const pred = p.reduce((a, r) => a + r[0]!, 0) / p.length;
  const real = level.filter((k) => k === 0).length / level.length;
  return `predicted P(${group!.outcomes[0]!.slice(0, 22)}...) ${pred.toFixed(3)}, realised ${real.toFixed(3)}, gap ${(pred - real).toFixed(3)}, log loss ${nll(t).toFixed(3)}`;
};
process.stdout.write(`${level.length} train-split first decisions of pnlc (seed ${o.seed}${o.instructions ? `, ${o.instructions}` : ""})\n`);
const levels = (t: number) => group!.outcomes.map((_, k) => (tempered(logp, t).reduce((a, r) => a + r[k]!, 0) / level.length).toFixed(3)).join(" / ");
const realised = group!.outcomes.map((_, k) => (level.filter((x) => x === k).length / level.length).toFixed(3)).join(" / ");
process.stdout.write(`  before (T 1):      ${summary(1)}\n  after (T ${T.toFixed(3)}): ${summary(T)}\n`);
process.stdout.write(`  the five levels, mean predicted before / after / realised: ${levels(1)}  |  ${levels(T)}  |  ${realised}\n`);

const training = { ...(critic.meta.training ?? {}), groupTemperature: { temperature: T, fit: o.fit, fittedOn: `pnlc's first decisions on ${level.length} train-split episodes (seed ${o.seed})`, by: "scripts/webshop-calibrate.ts" } };
writeFileSync(o.out, withGroupTemperature(new Uint8Array(readFileSync(o.model)), T, { ...(o.name ? { name: o.name } : {}), training }));
process.stdout.write(`wrote ${o.out} (temperature ${T.toFixed(3)} folded into q and v last layers)\n`);
