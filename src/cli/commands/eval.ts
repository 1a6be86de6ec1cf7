import { appendFileSync } from "node:fs";
import { Presets, SingleBar } from "cli-progress";
import type { Command } from "commander";
import { CliError } from "../index.ts";
import { intOption } from "../options.ts";
import { summaryJson, type EvalSummary } from "../../eval/harness.ts";
import { pairedJson, type PairedDifference } from "../../eval/paired.ts";
import { checkSpec, defaultModelPath, RunSpecError, runPaired } from "../../eval/run.ts";
import { checkModelTask } from "../task-check.ts";
import { fmtInterval } from "../../eval/stats.ts";

const int = intOption;

function summaryLines(s: EvalSummary): string[] {
  const what = s.task === "avalon" ? "win rate" : "success";
  const c = s.calibration;
  return [
    `agent ${s.agent}`,
    `  score          ${fmtInterval(s.score)}`,
    `  ${what.padEnd(14)} ${fmtInterval(s.success, 1, 100)} %`,
    ...(s.task === "persuasion" ? [`  mean donation  $${fmtInterval(s.value, 2)}`] : []),
    `  per decision   ${s.llmCallsPerDecision.toFixed(2)} LLM calls, ${s.tokensPerDecision.toFixed(0)} tokens, ${s.secondsPerDecision.toFixed(4)} s (${s.decisions} decisions)`,
    ...(c ? [`  first decision: predicted success ${c.predicted.toFixed(3)}, realised ${c.realised.toFixed(3)}, gap ${fmtInterval(c.gap, 3)} (${c.n} episodes)`] : []),
  ];
}

function pairedLine(d: PairedDifference): string {
  return `${d.reference} - ${d.other}: score ${fmtInterval(d.score)}, success ${fmtInterval(d.success)} points (paired over ${d.episodes} episodes, 95%)`;
}

export function register(program: Command): void {
  program
    .command("eval")
    .description("evaluate agents on webshop, avalon or persuasion: score, success with 95% intervals, LLM calls, tokens and seconds per decision; several agents (a,b,...) play the same episodes and the first is compared with each other one, episode by episode")
    .requiredOption("--task <task>", "webshop | avalon | persuasion")
    .requiredOption("--agent <names>", "one or more, comma-separated: simple | behavior | greedy | react | reflexion | lats | pnlc | pnlc-scalar | pnlc-norefine | pnlc-llmcritic")
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
    .option("--save <file>", "append each agent's summary as a JSON line (input of `pnlc eval-report`)")
    .option("--json", "print only JSON: one agent's summary, or {agents, paired} for several")
    .action(async (o) => {
      const agents = String(o.agent).split(",").map((a) => a.trim()).filter(Boolean);
      const bar = new SingleBar({ format: `eval ${o.task}/{agent} [{bar}] {value}/{total} | ETA {eta_formatted} | score {score}`, stream: process.stderr, etaBuffer: 50 }, Presets.shades_classic);
      let total = 0, current = "";
      bar.start(o.episodes, 0, { score: "-", agent: agents[0] ?? "" });
      let run;
      try {
        const common = {
          task: o.task, episodes: o.episodes, seed: o.seed, split: o.split, instructions: o.instructions, llm: o.llm,
          model: o.model, latsN: o.latsN, latsDepth: o.latsDepth, thoughts: o.thoughts, scriptedProposer: o.scripted,
        };
        for (const agent of agents) {
          const checked = checkSpec({ ...common, agent });
          if (checked.agent.startsWith("pnlc")) checkModelTask(o.model ?? defaultModelPath(checked.task), checked.task); // before any episode runs
        }
        run = await runPaired({
          ...common, agents,
          onEpisode: (agent, done, rec) => {
            if (agent !== current) (current = agent), (total = 0);
            total += rec.result.score;
            bar.update(done, { score: (total / done).toFixed(1), agent });
          },
        });
      } catch (e) {
        if (e instanceof RunSpecError) throw new CliError(e.message);
        if (e instanceof Error && /^(--|agent |task )/.test(e.message)) throw new CliError(e.message);
        throw e;
      } finally {
        bar.stop();
      }
      const summaries = run.runs.map((r) => r.summary);
      if (o.save) for (const s of summaries) appendFileSync(o.save, JSON.stringify({ ...summaryJson(s), llm: run.llmLabel, seed: o.seed, split: o.split }) + "\n");
      if (o.json) {
        const out = summaries.length === 1 ? summaryJson(summaries[0]!) : { agents: summaries.map(summaryJson), paired: run.paired.map(pairedJson) };
        return void process.stdout.write(JSON.stringify(out) + "\n");
      }
      const lines = [
        `task ${o.task}, ${o.episodes} episodes (${o.split} split, seed ${o.seed}, llm ${run.llmLabel})`,
        ...summaries.flatMap(summaryLines),
        ...(run.paired.length ? ["paired differences (same episodes):", ...run.paired.map((d) => "  " + pairedLine(d))] : []),
      ];
      process.stdout.write(lines.join("\n") + "\n");
    });
}
