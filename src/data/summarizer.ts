/**
 * State summarisers. The default is deterministic (each adapter's own rules) and needs no LLM. With an
 * LLM configured, `llmSummarizer` asks it for the summary instead, cached on disk by a hash of the
 * input so a rerun costs nothing and gives the same text; the service must use the same summariser
 * (its id is recorded in the trajectories' meta and the model's training provenance).
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { LanguageModelV1 } from "../planner/types.ts";

export interface SummaryInput {
  task: string;
  /** The raw history so far, one line per utterance ("persuader: ...", "persuadee: ..."). */
  history: string;
  /** The deterministic summary, which a summariser may return unchanged. */
  deterministic: string;
}

export interface StateSummarizer {
  readonly id: string;
  summarize(input: SummaryInput): Promise<string>;
}

export const deterministicSummarizer: StateSummarizer = {
  id: "deterministic-v1",
  summarize: async (input) => input.deterministic,
};

const LLM_PROMPT =
  "Summarise this conversation state in at most 120 words for a critic that predicts the outcome. " +
  "Keep what the other party said about the goal (agreement, doubts, amounts, reasons), the turn number, " +
  "and the most recent exchange. Plain text, no preamble.";

/** An LLM summariser with an on-disk cache (one JSON file per input hash under `cacheDir`). */
export function llmSummarizer(model: LanguageModelV1, cacheDir: string): StateSummarizer {
  const id = `llm:${model.provider}/${model.modelId}`;
  return {
    id,
    async summarize(input) {
      const key = createHash("sha256").update(`${id}\n${input.task}\n${input.history}`).digest("hex");
      const file = join(cacheDir, key.slice(0, 2), `${key}.json`);
      try {
        return (JSON.parse(await readFile(file, "utf8")) as { summary: string }).summary;
      } catch {
        // not cached yet
      }
      const res = await model.doGenerate({
        messages: [
          { role: "system", content: LLM_PROMPT },
          { role: "user", content: `Task: ${input.task}\n\n${input.history}` },
        ],
        maxOutputTokens: 200,
        temperature: 0,
      });
      const summary = res.text.trim().slice(0, 2000) || input.deterministic;
      await mkdir(join(cacheDir, key.slice(0, 2)), { recursive: true });
      const tmp = `${file}.tmp-${process.pid}`;
      await writeFile(tmp, JSON.stringify({ summary }));
      await rename(tmp, file);
      return summary;
    },
  };
}
