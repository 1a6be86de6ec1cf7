import { existsSync, readFileSync } from "node:fs";
import type { Command } from "commander";
import { CliError } from "../index.ts";
import { parseSummaries, renderReport } from "../../eval/report.ts";
import { writeFileAtomic } from "../../train/export.ts";

export function register(program: Command): void {
  program
    .command("eval-report")
    .description("write an HTML page with SVG charts comparing agents, from summaries saved by `pnlc eval --save FILE`")
    .requiredOption("--in <file>", "JSON lines written by `pnlc eval --save`")
    .requiredOption("--out <file>", "HTML page to write")
    .option("--title <text>", "page title")
    .action(async (o: { in: string; out: string; title?: string }) => {
      if (!existsSync(o.in)) throw new CliError(`--in: ${o.in} does not exist`);
      let rows;
      try {
        rows = parseSummaries(readFileSync(o.in, "utf8"), o.in);
      } catch (e) {
        throw new CliError(`--in: ${(e as Error).message}`);
      }
      if (!rows.length) throw new CliError(`--in: ${o.in} holds no summaries`);
      const html = await renderReport(rows, o.title);
      await writeFileAtomic(o.out, html);
      process.stdout.write(`wrote ${o.out} (${rows.length} runs)\n`);
    });
}
