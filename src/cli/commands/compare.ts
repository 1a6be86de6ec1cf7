/** `pnlc compare --live A --candidate B --data FILE --out PAGE`: off-policy estimates of two critics on logged episodes, and a recommendation. */
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { CliError } from "../index.ts";
import { loadCriticFile } from "../../critic/node.ts";
import { comparePage } from "../../learn/compare-page.ts";
import { compareCritics } from "../../learn/ope.ts";
import { writeFileAtomic } from "../../train/export.ts";
import { readEpisodes, TrajectoryError, type Episode } from "../../train/trajectory.ts";

export function register(program: Command): void {
  program
    .command("compare")
    .description("estimate a candidate critic's outcome against the live one on logged episodes (pnlc data export --d1) and recommend promoting it or not")
    .requiredOption("--live <model>", "the live model file (.pnlc)")
    .requiredOption("--candidate <model>", "the candidate model file (.pnlc)")
    .requiredOption("--data <file>", "trajectories exported from the decision log (their meta.log holds candidates and propensities)")
    .option("--out <page>", "HTML page to write", "compare.html")
    .option("--resamples <n>", "bootstrap resamples", "1000")
    .action(async (o: { live: string; candidate: string; data: string; out: string; resamples: string }) => {
      for (const k of ["live", "candidate", "data"] as const) if (!existsSync(o[k])) throw new CliError(`--${k}: ${o[k]} does not exist`);
      const resamples = Number(o.resamples);
      if (!Number.isInteger(resamples) || resamples < 100 || resamples > 100_000) throw new CliError(`--resamples must be an integer in [100, 100000], got ${o.resamples}`);
      const load = (flag: string, path: string) => {
        try {
          return loadCriticFile(path);
        } catch (e) {
          throw new CliError(`--${flag}: ${(e as Error).message}`);
        }
      };
      const live = load("live", o.live), candidate = load("candidate", o.candidate);
      const episodes: Episode[] = [];
      try {
        for await (const ep of readEpisodes(o.data)) episodes.push(ep);
      } catch (e) {
        throw new CliError(e instanceof TrajectoryError ? e.message : `--data: ${(e as Error).message}`);
      }
      let result;
      try {
        result = await compareCritics(live, candidate, episodes, { resamples });
      } catch (e) {
        throw new CliError(`--data: ${(e as Error).message}`);
      }
      const name = (p: string) => p.replace(/^.*\//, "").replace(/\.pnlc$/, "");
      await writeFileAtomic(o.out, comparePage(result, { live: name(o.live), candidate: name(o.candidate), data: o.data.replace(/^.*\//, "") }));
      process.stdout.write(JSON.stringify({ page: o.out, ...result }, null, 2) + "\n");
    });
}
