/**
 * Logged trajectories: one episode per JSONL line (docs/trajectories.md). Read as a stream so the
 * memory a reader needs is one line, not the file; validated with zod so a bad line is reported as
 * file:line and the field; written to a temp file and renamed so nothing is ever half-written.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import { z } from "zod";

const text = (max: number) => z.string().max(max);

export const StepSchema = z.object({
  state: text(20_000),
  thought: text(4_000),
  action: text(20_000).default(""),
  observation: text(20_000).default(""),
  /**
   * What followed this step, as plain-language future states ("the persuadee asks how the donation
   * reaches the children"): the trainer's event goals are reached within a few steps of such a label.
   */
  events: z.array(z.string().min(1).max(1_000)).max(64).optional(),
});

export const OutcomeSchema = z
  .object({
    text: z.string().min(1).max(1_000),
    success: z.boolean().optional(),
    value: z.number().finite().optional(),
  })
  .refine((o) => o.success !== undefined || o.value !== undefined, { message: "needs success and/or value" });

export const EpisodeSchema = z.object({
  id: z.string().min(1).max(500),
  task: z.string().min(1).max(200),
  steps: z.array(StepSchema).min(1).max(10_000),
  outcome: OutcomeSchema,
  meta: z.record(z.string(), z.unknown()).optional(),
});

export type Step = z.infer<typeof StepSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type Episode = z.infer<typeof EpisodeSchema>;

export class TrajectoryError extends Error {
  constructor(readonly file: string, readonly line: number, readonly field: string, reason: string) {
    super(`${file}:${line}: ${field}: ${reason}`);
    this.name = "TrajectoryError";
  }
}

/** Validates one parsed line; throws a TrajectoryError naming the first bad field (e.g. `steps[2].thought`). */
export function parseEpisode(value: unknown, file: string, line: number): Episode {
  const r = EpisodeSchema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = issue.path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("") || "(line)";
  throw new TrajectoryError(file, line, field, issue.message);
}

/** Streams episodes from a JSONL file (blank lines and lines starting with // are skipped). */
export async function* readEpisodes(file: string): AsyncGenerator<Episode> {
  const input = createReadStream(file, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  const seen = new Set<string>();
  try {
    for await (const raw of lines) {
      n++;
      const s = raw.trim();
      if (s === "" || s.startsWith("//")) continue;
      let value: unknown;
      try {
        value = JSON.parse(s);
      } catch (err) {
        throw new TrajectoryError(file, n, "(line)", `not valid JSON (${(err as Error).message})`);
      }
      const ep = parseEpisode(value, file, n);
      if (seen.has(ep.id)) throw new TrajectoryError(file, n, "id", `duplicate episode id "${ep.id}"`);
      seen.add(ep.id);
      yield ep;
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

export async function readAllEpisodes(file: string): Promise<Episode[]> {
  const out: Episode[] = [];
  for await (const ep of readEpisodes(file)) out.push(ep);
  return out;
}

/**
 * Writes episodes as JSONL to `file` atomically: a temp file beside it, renamed at the end; on any
 * error the temp file is removed and the target is left as it was. Returns the number written.
 */
export async function writeEpisodes(file: string, episodes: Iterable<Episode> | AsyncIterable<Episode>): Promise<number> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  const out = createWriteStream(tmp, { encoding: "utf8" });
  let n = 0;
  try {
    for await (const ep of episodes) {
      const checked = parseEpisode(ep, file, n + 1);
      if (!out.write(JSON.stringify(checked) + "\n")) await new Promise<void>((res) => out.once("drain", () => res()));
      n++;
    }
    await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
    await rename(tmp, file);
    return n;
  } catch (err) {
    out.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
}
