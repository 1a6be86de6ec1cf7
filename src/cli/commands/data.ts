import { existsSync } from "node:fs";
import type { Command } from "commander";
import { CliError } from "../index.ts";
import { shareOption } from "../options.ts";
import { avalonEpisodesFromDir } from "../../data/avalon.ts";
import { genericEpisodes } from "../../data/generic.ts";
import { lastReactionTagger } from "../../data/reactions.ts";
import { PERSUASION_GIST_RATE, PERSUASION_PROFILE_RATE, persuasionEpisodes } from "../../data/persuasion.ts";
import { TrajectoryError, writeEpisodes, type Episode } from "../../train/trajectory.ts";

const ADAPTERS: Record<string, (dir: string, o: { profileRate?: number; gistRate?: number }) => AsyncIterable<Episode>> = {
  persuasion: (dir, o) => persuasionEpisodes(dir, undefined, o),
  avalon: (dir) => avalonEpisodesFromDir(dir),
  generic: (dir) => genericEpisodes(dir),
};

export function register(program: Command): void {
  program
    .command("data")
    .description("convert a corpus into trajectories JSONL (docs/trajectories.md)")
    .argument("<corpus>", `one of ${Object.keys(ADAPTERS).join(", ")}, or export (the decision log: --d1)`)
    .option("--in <dir>", "corpus folder (generic: a .jsonl file or a folder of them)")
    .option("--d1 <file>", "export: D1's local SQLite file or `wrangler d1 export` output")
    .option("--task <name>", "export: task name of the episodes (the model's task, e.g. webshop)")
    .requiredOption("--out <file>", "trajectories JSONL to write (atomically)")
    .option("--profile-rate <r>", `persuasion: share of states that carry the persuadee's profile, 0..1 (default ${PERSUASION_PROFILE_RATE}; 0 = the dialogue alone)`, shareOption("--profile-rate"))
    .option("--gist-rate <r>", `persuasion: share of thoughts that quote what the persuader then said (strategy. e.g. "..."), 0..1 (default ${PERSUASION_GIST_RATE}; the service's thoughts never quote)`, shareOption("--gist-rate"))
    .action(async (corpus: string, o: { in?: string; out: string; profileRate?: number; gistRate?: number; d1?: string; task?: string }) => {
      if (corpus === "export") return void (await (await import("./data-export.ts")).runDataExport(o));
      const adapter = ADAPTERS[corpus];
      if (!adapter) throw new CliError(`corpus must be one of ${Object.keys(ADAPTERS).join(", ")} or export, got "${corpus}"`);
      if (!o.in) throw new CliError("--in <dir> is required");
      const dir = o.in;
      const { profileRate, gistRate } = o;
      if (!existsSync(o.in)) throw new CliError(`--in: ${o.in} does not exist`);
      let steps = 0;
      let n: number;
      try {
        n = await writeEpisodes(o.out, (async function* () {
          for await (const ep of adapter(dir, { ...(profileRate === undefined ? {} : { profileRate }), ...(gistRate === undefined ? {} : { gistRate }) })) {
            steps += ep.steps.length;
            yield ep;
          }
        })());
      } catch (e) {
        if (e instanceof TrajectoryError || e instanceof Error) throw new CliError(e.message);
        throw e;
      }
      process.stderr.write(`wrote ${n} episodes, ${steps} steps to ${o.out}\n`);
      const tagger = lastReactionTagger();
      if (corpus === "persuasion" && tagger)
        process.stderr.write(`reaction tagger (persuadee sentences of the annotated dialogues; trained on ${tagger.trainN} outside the held-out split): held-out accuracy ${tagger.heldout.accuracy.toFixed(3)} on ${tagger.heldout.n} sentences (majority class ${tagger.heldout.majority.toFixed(3)}), recall of reactions ${tagger.heldout.reactionRecall.toFixed(3)}\n`);
    });
}
