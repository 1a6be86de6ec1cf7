/**
 * Keeps an Avalon model's thought bank to the simulator's strategies. The trainer fills the bank with
 * the 16 most frequent thoughts of the training data (src/cli/commands/train.ts); Merlin's scripted
 * proposer has 11 strategies, so the last 5 slots go to one-off free-text thoughts of the logged LLM
 * games (each seen once, first in alphabetical order), which name players of one game ("Alice +
 * Charlie have twice succeeded together, ..."). A critic that memorised those games ranks such a
 * thought first in every state of the offline planner. This drops every bank thought that occurs in
 * the logged games and rewrites the file: same tensors, same goals, only meta.thoughts changes.
 * Usage: npm run avalon:thought-bank -- --model FILE [--out FILE] [--in DIR]
 */
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { readModelFile, writeModelFile } from "../src/critic/model-file.ts";
import { avalonEpisodesFromDir, loggedGamesDir, NO_LOGGED_GAMES } from "../src/data/avalon.ts";
import { writeFileAtomic } from "../src/train/export.ts";

const o = new Command()
  .requiredOption("--model <file>", "Avalon model file to read")
  .option("--out <file>", "where to write (default: over --model)")
  .option("--in <dir>", "folder of the logged games (default: the shared corpus)")
  .parse()
  .opts();
const dir = loggedGamesDir(o.in);
if (!dir) {
  process.stderr.write(`${NO_LOGGED_GAMES}\n`);
  process.exit(2);
}
let file;
try {
  file = readModelFile(new Uint8Array(readFileSync(o.model)));
} catch (e) {
  process.stderr.write(`--model: ${(e as Error).message}\n`);
  process.exit(2);
}
if (file.meta.task !== "avalon") {
  process.stderr.write(`--model: ${o.model} is a ${file.meta.task} model, not an Avalon one\n`);
  process.exit(2);
}
const logged = new Set<string>();
for await (const e of avalonEpisodesFromDir(dir)) for (const s of e.steps) logged.add(s.thought);
const kept = file.meta.thoughts.filter((t) => !logged.has(t.text));
const { tensors: entries, ...meta } = file.meta;
const tensors = entries.map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape, data: file.tensors.get(t.name)! }));
await writeFileAtomic(o.out ?? o.model, writeModelFile({ ...meta, thoughts: kept }, tensors));
process.stdout.write(`${o.out ?? o.model}: thought bank ${file.meta.thoughts.length} -> ${kept.length} (dropped ${file.meta.thoughts.length - kept.length} thoughts of the logged LLM games)\n`);
