import { existsSync } from "node:fs";
import type { Command } from "commander";
import { CliError } from "../index.ts";
import { avalonEpisodesFromDir } from "../../data/avalon.ts";
import { genericEpisodes } from "../../data/generic.ts";
import { persuasionEpisodes } from "../../data/persuasion.ts";
import { TrajectoryError, writeEpisodes, type Episode } from "../../train/trajectory.ts";

const ADAPTERS: Record<string, (dir: string) => AsyncIterable<Episode>> = {
  persuasion: (dir) => persuasionEpisodes(dir),
  avalon: (dir) => avalonEpisodesFromDir(dir),
  generic: (dir) => genericEpisodes(dir),
};

export function register(program: Command): void {
  program
    .command("data")
    .description("convert a corpus into trajectories JSONL (docs/trajectories.md)")
    .argument("<corpus>", `one of ${Object.keys(ADAPTERS).join(", ")}`)
    .requiredOption("--in <dir>", "corpus folder (generic: a .jsonl file or a folder of them)")
    .requiredOption("--out <file>", "trajectories JSONL to write (atomically)")
    .action(async (corpus: string, o: { in: string; out: string }) => {
      const adapter = ADAPTERS[corpus];
      if (!adapter) throw new CliError(`corpus must be one of ${Object.keys(ADAPTERS).join(", ")}, got "${corpus}"`);
      if (!existsSync(o.in)) throw new CliError(`--in: ${o.in} does not exist`);
      let steps = 0;
      let n: number;
      try {
        n = await writeEpisodes(o.out, (async function* () {
          for await (const ep of adapter(o.in)) {
            steps += ep.steps.length;
            yield ep;
          }
        })());
      } catch (e) {
        if (e instanceof TrajectoryError || e instanceof Error) throw new CliError(e.message);
        throw e;
      }
      process.stderr.write(`wrote ${n} episodes, ${steps} steps to ${o.out}\n`);
    });
}
