/**
 * Writes counterfactual Avalon self-play (src/tasks/avalon/branch-rollouts.ts) as trajectories JSONL
 * for `pnlc train`. Usage:
 *   npm run avalon:branch-rollouts -- --games N --out FILE [--seed S] [--branch-prob P]
 *     [--temperature T] [--branch-steps first|all] [--no-main-games] [--agent behavior|pnlc|pnlc-norefine --model FILE]
 * Games come from the train split (test seeds are never played here).
 */
import { Command } from "commander";
import { Presets, SingleBar } from "cli-progress";
import { makeAgent } from "../src/agents/index.ts";
import type { AgentName } from "../src/agents/types.ts";
import { loadCriticFile } from "../src/critic/node.ts";
import { branchRollouts } from "../src/tasks/avalon/branch-rollouts.ts";
import { AvalonEpisode } from "../src/tasks/avalon/env.ts";
import { avalonTask } from "../src/tasks/avalon/task.ts";
import { writeEpisodes } from "../src/train/trajectory.ts";

const o = new Command()
  .requiredOption("--games <n>", "main games to play", Number)
  .requiredOption("--out <file>", "trajectories JSONL to write")
  .option("--seed <s>", "seed of the train-split games and the agents", Number, 1)
  .option("--branch-prob <p>", "share of decisions branched into every candidate strategy", Number, 0.5)
  .option("--temperature <t>", "scripted proposer temperature of the base agent", Number, 1)
  .option("--branch-steps <s>", "first (the branched step only, labelled by its play-out's outcome) or all", "first")
  .option("--no-main-games", "do not write the main games")
  .option("--agent <name>", "base agent: behavior, pnlc or pnlc-norefine", "behavior")
  .option("--model <file>", "critic of a pnlc base agent")
  .parse()
  .opts();

if (!Number.isInteger(o.games) || o.games < 1) throw new Error(`--games must be a positive integer, got ${o.games}`);
if (!["first", "all"].includes(o.branchSteps)) throw new Error(`--branch-steps must be first or all, got ${o.branchSteps}`);
if (!["behavior", "pnlc", "pnlc-norefine"].includes(o.agent)) throw new Error(`--agent must be behavior, pnlc or pnlc-norefine, got ${o.agent}`);
if (o.agent !== "behavior" && !o.model) throw new Error(`--agent ${o.agent} needs --model`);
const base = makeAgent(o.agent as AgentName, { task: avalonTask, seed: o.seed, temperature: o.temperature, ...(o.model ? { critic: loadCriticFile(o.model) } : {}) });
const games = (await avalonTask.episodes({ n: o.games, seed: o.seed, split: "train" })) as AvalonEpisode[];
const bar = new SingleBar({ format: "branch rollouts [{bar}] {value}/{total} | ETA {eta_formatted}", stream: process.stderr }, Presets.shades_classic);
bar.start(o.games, 0);
const trajectories = await branchRollouts(games, { base, branchProb: o.branchProb, branchSteps: o.branchSteps, mainGames: o.mainGames, seed: o.seed, onGame: (d) => bar.update(d) });
bar.stop();
const n = await writeEpisodes(o.out, trajectories);
const wins = trajectories.filter((t) => t.outcome.success).length;
process.stdout.write(`wrote ${n} trajectories to ${o.out} (${o.games} main games; ${((100 * wins) / n).toFixed(1)}% of all trajectories won)\n`);
