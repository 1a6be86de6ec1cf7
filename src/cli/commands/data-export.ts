/** `pnlc data export --d1 FILE --out FILE`: the decision log's episodes with an outcome as trajectories JSONL. */
import { existsSync } from "node:fs";
import { CliError } from "../index.ts";
import { exportEpisodes, type ExportCounts } from "../../learn/export.ts";
import { openLogDatabase } from "../../learn/sqlite.ts";
import { writeEpisodes } from "../../train/trajectory.ts";

export async function runDataExport(o: { d1?: string; out: string; task?: string }): Promise<ExportCounts> {
  if (!o.d1) throw new CliError("data export needs --d1 <file>: D1's local SQLite file (.wrangler/state/v3/d1/...) or `wrangler d1 export` output");
  if (!existsSync(o.d1)) throw new CliError(`--d1: ${o.d1} does not exist`);
  let db;
  try {
    db = await openLogDatabase(o.d1);
  } catch (e) {
    throw new CliError(`--d1: ${(e as Error).message.slice(0, 300)}`);
  }
  const counts: ExportCounts = { episodes: 0, steps: 0, withoutOutcome: 0, replacedSteps: 0 };
  try {
    await writeEpisodes(o.out, exportEpisodes(db, o.task ?? "logged", counts));
  } catch (e) {
    throw new CliError(`--d1: ${(e as Error).message.slice(0, 300)} (is it a pnlc decision log? migrations/ creates its tables)`);
  } finally {
    db.close();
  }
  process.stderr.write(`wrote ${counts.episodes} episodes, ${counts.steps} steps to ${o.out}; left out ${counts.withoutOutcome} episodes without an outcome yet` +
    (counts.replacedSteps ? `, ${counts.replacedSteps} decisions replaced by a later one for the same step` : "") + "\n");
  return counts;
}
