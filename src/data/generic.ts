/**
 * Users' own logs in the documented trajectory format (docs/trajectories.md): validated line by line
 * (file:line + field on error) and normalised: Unicode NFC, whitespace collapsed, texts trimmed, so
 * that the same words always hash to the same features. Reads every .jsonl file of a folder, or one file.
 */
import { stat, readdir } from "node:fs/promises";
import { join } from "node:path";
import { readEpisodes, type Episode } from "../train/trajectory.ts";

const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

export function normaliseEpisode(ep: Episode): Episode {
  return {
    ...ep,
    id: ep.id.trim(),
    task: norm(ep.task),
    steps: ep.steps.map((s) => ({ state: norm(s.state), thought: norm(s.thought), action: norm(s.action), observation: norm(s.observation) })),
    outcome: { ...ep.outcome, text: norm(ep.outcome.text) },
  };
}

export async function* genericEpisodes(input: string): AsyncGenerator<Episode> {
  const files = (await stat(input)).isDirectory()
    ? (await readdir(input)).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(input, f))
    : [input];
  if (!files.length) throw new Error(`${input}: no .jsonl files`);
  const seen = new Set<string>();
  for (const f of files)
    for await (const ep of readEpisodes(f)) {
      const n = normaliseEpisode(ep);
      if (seen.has(n.id)) throw new Error(`${f}: duplicate episode id "${n.id}" (ids must be unique across files)`);
      seen.add(n.id);
      yield n;
    }
}
