import { join } from "node:path";
import { Presets, SingleBar } from "cli-progress";
import type { Command } from "commander";
import { CliError } from "../index.ts";
import { intOption } from "../options.ts";
import { projectRoot } from "../../data/paths.ts";
import { PAPER_AGENTS, PAPER_EPISODES, PAPER_TASKS, PaperProtocolError, runPaperProtocol } from "../../eval/paper.ts";

const list = (v: string) => v.split(",").map((s) => s.trim()).filter(Boolean);

export function register(program: Command): void {
  program
    .command("eval-paper")
    .description("the paper's protocol with a real LLM (PNLC_LLM_* variables): every task x baselines, PNLC and ablations, 100 episodes each, results as JSON lines and a page")
    .option("--llm <spec>", "env (the protocol) or mock[:MS] (a rehearsal)", "env")
    .option("--episodes <n>", "episodes per task and agent", intOption("--episodes"), PAPER_EPISODES)
    .option("--tasks <list>", `comma-separated subset of ${PAPER_TASKS.join(",")}`, list, [...PAPER_TASKS])
    .option("--agents <list>", `comma-separated subset of ${PAPER_AGENTS.join(",")}`, list, [...PAPER_AGENTS])
    .option("--seed <s>", "seed of the episode sample and the agents", intOption("--seed"), 1)
    .option("--lats-n <n>", "LATS: actions sampled per expansion", intOption("--lats-n"), 5)
    .option("--lats-depth <d>", "LATS: expansions per decision", intOption("--lats-depth"), 3)
    .option("--out <dir>", "directory of paper.jsonl and paper.html", join(projectRoot, "bench", "results", "paper"))
    .option("--resume", "continue the runs in --out, skipping task/agent pairs already measured")
    .action(async (o) => {
      let bar: SingleBar | undefined;
      try {
        await runPaperProtocol({
          llm: o.llm, episodes: o.episodes, tasks: o.tasks, agents: o.agents, seed: o.seed, outDir: o.out, latsN: o.latsN, latsDepth: o.latsDepth,
          resume: Boolean(o.resume),
          log: (line) => {
            bar?.stop();
            bar = undefined;
            process.stdout.write(line + "\n");
          },
          onEpisode: (task, agent, done, total, rec) => {
            if (!bar) {
              bar = new SingleBar({ format: `${task}/${agent} [{bar}] {value}/{total} | ETA {eta_formatted} | last score {score}`, stream: process.stderr }, Presets.shades_classic);
              bar.start(total, 0, { score: "-" });
            }
            bar.update(done, { score: rec.result.score.toFixed(1) });
          },
        });
      } catch (e) {
        if (e instanceof PaperProtocolError) throw new CliError(e.message);
        throw e;
      } finally {
        bar?.stop();
      }
    });
}
