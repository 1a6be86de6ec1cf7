/**
 * Converts the logged LLM Avalon games to trajectories labelled with the Merlin critic's goal bank
 * (src/tasks/avalon/logged-games.ts): good seats only. Usage:
 *   npm run avalon:logged-games -- --out FILE [--in DIR] [--merlin-only] [--part all|train|kept-out]
 * (DIR defaults to the shared corpus; --part train leaves out the quarter of the games that
 * loggedGameKeptOut keeps for measuring the critic on games it never saw).
 */
import { Command } from "commander";
import { avalonEpisodesFromDir, loggedGamesDir, NO_LOGGED_GAMES } from "../src/data/avalon.ts";
import { loggedGamesForMerlinBank } from "../src/tasks/avalon/logged-games.ts";
import { writeEpisodes } from "../src/train/trajectory.ts";

const o = new Command()
  .requiredOption("--out <file>", "trajectories JSONL to write")
  .option("--in <dir>", "folder of the logged games")
  .option("--merlin-only", "keep Merlin's seats only (else Merlin and the loyal servants)")
  .option("--part <part>", "all | train (without the kept-out quarter) | kept-out", "all")
  .option("--simulator-states", "write Merlin's states in the simulator's words (no names; see merlinViewState)")
  .parse()
  .opts();
if (!["all", "train", "kept-out"].includes(o.part)) {
  process.stderr.write(`--part must be all, train or kept-out, got ${o.part}\n`);
  process.exit(2);
}
const dir = loggedGamesDir(o.in);
if (!dir) throw new Error(NO_LOGGED_GAMES);
const all = [];
for await (const e of avalonEpisodesFromDir(dir)) all.push(e);
const kept = loggedGamesForMerlinBank(all, { merlinOnly: Boolean(o.merlinOnly), part: o.part, simulatorStates: Boolean(o.simulatorStates) });
const n = await writeEpisodes(o.out, kept);
process.stdout.write(`wrote ${n} episodes kept of ${all.length} to ${o.out}\n`);
