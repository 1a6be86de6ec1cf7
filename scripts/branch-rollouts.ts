/**
 * Writes counterfactual rollouts (src/eval/branch-rollouts.ts) as trajectories JSONL for `pnlc train`.
 * Usage:
 *   npm run branch-rollouts -- --task avalon|webshop --episodes N --out FILE [--seed S] [--branch-prob P]
 *     [--temperature T] [--branch-steps first|all] [--no-main-games] [--agent behavior|pnlc|pnlc-norefine --model FILE]
 *     [--instructions FILE (webshop)]
 * `npm run avalon:branch-rollouts -- --games N ...` is the same with --task avalon (`--games` = `--episodes`).
 * Episodes come from the train split (test episodes are never played here).
 */
import { Command } from "commander";
import { Presets, SingleBar } from "cli-progress";
import { existsSync } from "node:fs";
import { makeAgent } from "../src/agents/index.ts";
import type { AgentName } from "../src/agents/types.ts";
import { loadCriticFile } from "../src/critic/node.ts";
import { branchRollouts } from "../src/eval/branch-rollouts.ts";
import { loadTask, TASK_NAMES } from "../src/tasks/index.ts";
import type { TaskName } from "../src/tasks/types.ts";
import { writeEpisodes } from "../src/train/trajectory.ts";

const o = new Command()
  .option("--task <name>", "avalon or webshop", "avalon")
  .option("--episodes <n>", "main episodes to play", Number)
  .option("--games <n>", "the same as --episodes (Avalon's word)", Number)
  .requiredOption("--out <file>", "trajectories JSONL to write")
  .option("--instructions <file>", "webshop: goals in items_ins_v2_1000.json format (default: the shared file)")
  .option("--seed <s>", "seed of the train-split episodes and the agents", Number, 1)
  .option("--branch-prob <p>", "share of decisions branched into every candidate", Number, 0.5)
  .option("--temperature <t>", "scripted proposer temperature of the base agent", Number, 1)
  .option("--branch-steps <s>", "first (the branched step only, labelled by its play-out's outcome) or all", "first")
  .option("--no-main-games", "do not write the main episodes")
  .option("--agent <name>", "base agent: behavior, pnlc or pnlc-norefine", "behavior")
  .option("--model <file>", "critic of a pnlc base agent")
  .parse()
  .opts();

function fail(msg: string): never {
  process.stderr.write(`branch-rollouts: ${msg}\n`);
  process.exit(2);
}
const n = o.episodes ?? o.games;
if (!(TASK_NAMES as string[]).includes(o.task)) fail(`--task must be one of ${TASK_NAMES.join(", ")}, got ${o.task}`);
if (!Number.isInteger(n) || n < 1) fail(`--episodes must be a positive integer, got ${n}`);
if (!(o.branchProb >= 0 && o.branchProb <= 1)) fail(`--branch-prob must be in [0, 1], got ${o.branchProb}`);
if (!["first", "all"].includes(o.branchSteps)) fail(`--branch-steps must be first or all, got ${o.branchSteps}`);
if (!["behavior", "pnlc", "pnlc-norefine"].includes(o.agent)) fail(`--agent must be behavior, pnlc or pnlc-norefine, got ${o.agent}`);
if (o.agent !== "behavior" && !o.model) fail(`--agent ${o.agent} needs --model`);
if (o.model && !existsSync(o.model)) fail(`--model: ${o.model} does not exist`);
if (o.instructions && o.task !== "webshop") fail("--instructions applies to --task webshop only");
if (o.instructions && !existsSync(o.instructions)) fail(`--instructions: ${o.instructions} does not exist`);

const task = await loadTask(o.task as TaskName);
const candidates = task.branchCandidates;
if (!candidates) fail(`task ${o.task} defines no branch candidates (TaskSpec.branchCandidates); branch rollouts run on avalon and webshop`);
const base = makeAgent(o.agent as AgentName, { task, seed: o.seed, temperature: o.temperature, ...(o.model ? { critic: loadCriticFile(o.model) } : {}) });
const episodes = await task.episodes({ n, seed: o.seed, split: "train", ...(o.instructions ? { instructions: o.instructions } : {}) });
const bar = new SingleBar({ format: "branch rollouts [{bar}] {value}/{total} | ETA {eta_formatted}", stream: process.stderr }, Presets.shades_classic);
bar.start(n, 0);
const trajectories = await branchRollouts(episodes, { base, candidates, branchProb: o.branchProb, branchSteps: o.branchSteps, mainGames: o.mainGames, seed: o.seed, onGame: (d) => bar.update(d) });
bar.stop();
const written = await writeEpisodes(o.out, trajectories);
const wins = trajectories.filter((t) => t.outcome.success).length;
process.stdout.write(`wrote ${written} trajectories to ${o.out} (${n} main episodes; ${((100 * wins) / written).toFixed(1)}% of all trajectories ${o.task === "avalon" ? "won" : "reached reward 1"})\n`);
