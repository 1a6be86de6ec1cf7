/**
 * A development split inside the training split, for choosing a persuasion recipe without the held-out
 * dialogues: dev = the training-split dialogues whose `dev:` hash bucket is below DEV_PERCENT (about a
 * quarter, ~160 dialogues, the held-out split's size). Writes, into OUT_DIR:
 *   inner-gist<G>.jsonl   the other training-split dialogues (train candidates on it; G per --gist-rate)
 *   dev-gist1.jsonl       dev dialogues, thoughts quoting the persuader's reply (as the training data)
 *   dev-gist0.jsonl       dev dialogues, thoughts without the quote (what the service sends)
 * dev files carry the persuadee's profile in every state (profile rate 1), like eval-critic's default.
 *   npx tsx scripts/persuasion-dev-split.ts CORPUS OUT_DIR [gistRate ...]   (default gist rates: 1)
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { loadPersuasionDialogues, persuasionEpisode } from "../src/data/persuasion.ts";
import { isHeldout, splitBucket } from "../src/data/split.ts";
import { deterministicSummarizer } from "../src/data/summarizer.ts";
import { writeEpisodes } from "../src/train/trajectory.ts";

export const DEV_PERCENT = 25;

const [dir, out, ...rates] = process.argv.slice(2);
if (!dir || !out) {
  console.error("usage: npx tsx scripts/persuasion-dev-split.ts CORPUS OUT_DIR [gistRate ...]");
  process.exit(2);
}
const gistRates = (rates.length ? rates : ["1"]).map(Number);
if (gistRates.some((g) => !(g >= 0 && g <= 1))) {
  console.error(`gist rates must be numbers in [0, 1], got ${rates.join(" ")}`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const train = (await loadPersuasionDialogues(dir)).filter((d) => !isHeldout(d.id));
const dev = train.filter((d) => splitBucket(`dev:${d.id}`) < DEV_PERCENT);
const inner = train.filter((d) => splitBucket(`dev:${d.id}`) >= DEV_PERCENT);
const episodes = async (ds: typeof train, gistRate: number, profileRate?: number) =>
  (await Promise.all(ds.map((d) => persuasionEpisode(d, deterministicSummarizer, { gistRate, ...(profileRate === undefined ? {} : { profileRate }) })))).filter((e) => e.steps.length);
for (const g of gistRates) console.log(`inner-gist${g}.jsonl: ${await writeEpisodes(join(out, `inner-gist${g}.jsonl`), await episodes(inner, g))} episodes`);
for (const g of [1, 0]) console.log(`dev-gist${g}.jsonl: ${await writeEpisodes(join(out, `dev-gist${g}.jsonl`), await episodes(dev, g, 1))} episodes`);
