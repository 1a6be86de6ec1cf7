import { Presets, SingleBar } from "cli-progress";
import type { Command } from "commander";
import { CliError } from "../index.ts";
import { intOption } from "../options.ts";
import { RunSpecError, runSpec } from "../../eval/run.ts";
import { writeEpisodes } from "../../train/trajectory.ts";

const int = intOption;

export function register(program: Command): void {
  program
    .command("rollout")
    .description("run an agent and write its episodes as trajectories (JSONL, docs/trajectories.md) for `pnlc train`")
    .requiredOption("--task <task>", "webshop | avalon | persuasion")
    .option("--agent <name>", "agent that acts (behavior by default)", "behavior")
    .requiredOption("--episodes <n>", "episodes to run", int("--episodes"))
    .requiredOption("--out <file>", "trajectories JSONL to write")
    .option("--split <split>", "train (default) or test", "train")
    .option("--seed <s>", "seed", int("--seed"), 1)
    .option("--instructions <file>", "webshop: goals from a file in items_ins_v2_1000.json format")
    .option("--temperature <t>", "flatten (>1) or sharpen (<1) the scripted proposer's sampling", Number)
    .option("--llm <spec>", "none | mock[:MS] | env", "none")
    .option("--model <file>", "critic for pnlc agents")
    .action(async (o) => {
      const bar = new SingleBar({ format: `rollout ${o.task}/${o.agent} [{bar}] {value}/{total} | ETA {eta_formatted}`, stream: process.stderr, etaBuffer: 50 }, Presets.shades_classic);
      bar.start(o.episodes, 0);
      let run;
      try {
        run = await runSpec({ task: o.task, agent: o.agent, episodes: o.episodes, seed: o.seed, split: o.split, instructions: o.instructions, llm: o.llm, model: o.model, temperature: o.temperature, record: true, onEpisode: (d) => bar.update(d) });
      } catch (e) {
        if (e instanceof RunSpecError) throw new CliError(e.message);
        throw e;
      } finally {
        bar.stop();
      }
      const n = await writeEpisodes(o.out, run.records.flatMap((r) => (r.trajectory ? [r.trajectory] : [])));
      const s = run.summary;
      process.stdout.write(`wrote ${n} episodes to ${o.out} (score ${s.score.mean.toFixed(1)}, success ${(100 * s.success.mean).toFixed(1)}%)\n`);
    });
}
