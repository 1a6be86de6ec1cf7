import { appendFileSync } from "node:fs";
import { Presets, SingleBar } from "cli-progress";
import type { Command } from "commander";
import { CliError } from "../index.ts";
import { intOption } from "../options.ts";
import { summaryJson } from "../../eval/harness.ts";
import { checkSpec, defaultModelPath, RunSpecError, runSpec } from "../../eval/run.ts";
import { checkModelTask } from "../task-check.ts";
import { fmtInterval } from "../../eval/stats.ts";

const int = intOption;

export function register(program: Command): void {
  program
    .command("eval")
    .description("evaluate an agent on webshop, avalon or persuasion: score, success with 95% intervals, LLM calls, tokens and seconds per decision")
    .requiredOption("--task <task>", "webshop | avalon | persuasion")
    .requiredOption("--agent <name>", "simple | behavior | react | reflexion | lats | pnlc | pnlc-scalar | pnlc-norefine | pnlc-llmcritic")
    .option("--episodes <n>", "episodes to run", int("--episodes"), 100)
    .option("--instructions <file>", "webshop: goals from a file in items_ins_v2_1000.json format")
    .option("--split <split>", "instruction/game split: test (default) or train", "test")
    .option("--seed <s>", "seed of the episode sample and the agents", int("--seed"), 1)
    .option("--llm <spec>", "none | mock[:MS] | env (PNLC_LLM_* variables)", "none")
    .option("--model <file>", "critic model for pnlc agents (default models/<task>.pnlc)")
    .option("--lats-n <n>", "LATS: actions sampled per expansion", int("--lats-n"), 5)
    .option("--lats-depth <d>", "LATS: expansions per decision", int("--lats-depth"), 3)
    .option("--thoughts <k>", "pnlc: thoughts proposed per decision", int("--thoughts"))
    .option("--scripted", "pnlc agents: keep the scripted proposer when --llm is given (the LLM then only plays the persuasion donor)")
    .option("--save <file>", "append the summary as a JSON line (input of `pnlc eval-report`)")
    .option("--json", "print only the JSON summary")
    .action(async (o) => {
      const bar = new SingleBar({ format: `eval ${o.task}/${o.agent} [{bar}] {value}/{total} | ETA {eta_formatted} | score {score}`, stream: process.stderr, etaBuffer: 50 }, Presets.shades_classic);
      let total = 0;
      bar.start(o.episodes, 0, { score: "-" });
      let run;
      try {
        const spec = {
          task: o.task, agent: o.agent, episodes: o.episodes, seed: o.seed, split: o.split, instructions: o.instructions, llm: o.llm,
          model: o.model, latsN: o.latsN, latsDepth: o.latsDepth, thoughts: o.thoughts, scriptedProposer: o.scripted,
          onEpisode: (done: number, rec: { result: { score: number } }) => {
            total += rec.result.score;
            bar.update(done, { score: (total / done).toFixed(1) });
          },
        };
        const { task, agent } = checkSpec(spec);
        if (agent.startsWith("pnlc")) checkModelTask(o.model ?? defaultModelPath(task), task); // before any episode runs
        run = await runSpec(spec);
      } catch (e) {
        if (e instanceof RunSpecError) throw new CliError(e.message);
        if (e instanceof Error && /^(--|agent |task )/.test(e.message)) throw new CliError(e.message);
        throw e;
      } finally {
        bar.stop();
      }
      const s = run.summary;
      const json = { ...summaryJson(s), llm: run.llmLabel, seed: o.seed, split: o.split };
      if (o.save) appendFileSync(o.save, JSON.stringify(json) + "\n");
      if (o.json) return void process.stdout.write(JSON.stringify(summaryJson(s)) + "\n");
      const what = s.task === "avalon" ? "win rate" : "success";
      const lines = [
        `task ${s.task}, agent ${s.agent}, ${s.episodes} episodes (${o.split} split, seed ${o.seed}, llm ${run.llmLabel})`,
        `score          ${fmtInterval(s.score)}`,
        `${what.padEnd(14)} ${fmtInterval(s.success, 1, 100)} %`,
        ...(s.task === "persuasion" ? [`mean donation  $${fmtInterval(s.value, 2)}`] : []),
        `per decision   ${s.llmCallsPerDecision.toFixed(2)} LLM calls, ${s.tokensPerDecision.toFixed(0)} tokens, ${s.secondsPerDecision.toFixed(4)} s (${s.decisions} decisions)`,
      ];
      process.stdout.write(lines.join("\n") + "\n");
    });
}
