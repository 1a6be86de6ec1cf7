/**
 * A development split inside the training split, for choosing a persuasion recipe without the held-out
 * dialogues: dev = the training-split dialogues whose `dev:` hash bucket is below DEV_PERCENT (about a
 * quarter, ~160 dialogues, the held-out split's size). Writes, into OUT_DIR:
 *   inner-gist<G>.jsonl   the other training-split dialogues (train candidates on it; G per --gist-rate)
 *   dev-gist1.jsonl       dev dialogues, thoughts quoting the persuader's reply (as the training data)
 *   dev-gist0.jsonl       dev dialogues, thoughts without the quote (what the service sends)
 *   dev-alone-gist1.jsonl the same dev dialogues from the dialogue alone (no profile in any state)
 * dev files carry the persuadee's profile in every state (profile rate 1), like eval-critic's default.
 * `--fold k` (0..3) takes the k-th quarter of the buckets as dev instead of the first: the four folds are
 * disjoint and cover the training split, an outer 4-fold cross-validation (scripts/persuasion-outer-cv.ts).
 *   npx tsx scripts/persuasion-dev-split.ts CORPUS OUT_DIR [--fold k] [gistRate ...]   (default gist rates: 1)
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { loadPersuasionDialogues, persuasionEpisode } from "../src/data/persuasion.ts";
import { DEV_PERCENT, devFold, isHeldout } from "../src/data/split.ts";
import { deterministicSummarizer } from "../src/data/summarizer.ts";
import { writeEpisodes } from "../src/train/trajectory.ts";

const args = process.argv.slice(2);
const foldAt = args.indexOf("--fold");
const fold = foldAt >= 0 ? Number(args.splice(foldAt, 2)[1]) : 0;
const [dir, out, ...rates] = args;
if (!dir || !out || !(Number.isInteger(fold) && fold >= 0 && fold < 100 / DEV_PERCENT)) {
  console.error("usage: npx tsx scripts/persuasion-dev-split.ts CORPUS OUT_DIR [--fold 0..3] [gistRate ...]");
  process.exit(2);
}
const gistRates = (rates.length ? rates : ["1"]).map(Number);
if (gistRates.some((g) => !(g >= 0 && g <= 1))) {
  console.error(`gist rates must be numbers in [0, 1], got ${rates.join(" ")}`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const train = (await loadPersuasionDialogues(dir)).filter((d) => !isHeldout(d.id));
const inDev = (id: string) => devFold(id) === fold;
const dev = train.filter((d) => inDev(d.id));
const inner = train.filter((d) => !inDev(d.id));
const episodes = async (ds: typeof train, gistRate: number, profileRate?: number) =>
  (await Promise.all(ds.map((d) => persuasionEpisode(d, deterministicSummarizer, { gistRate, ...(profileRate === undefined ? {} : { profileRate }) })))).filter((e) => e.steps.length);
for (const g of gistRates) console.log(`inner-gist${g}.jsonl: ${await writeEpisodes(join(out, `inner-gist${g}.jsonl`), await episodes(inner, g))} episodes`);
for (const g of [1, 0]) console.log(`dev-gist${g}.jsonl: ${await writeEpisodes(join(out, `dev-gist${g}.jsonl`), await episodes(dev, g, 1))} episodes`);
console.log(`dev-alone-gist1.jsonl: ${await writeEpisodes(join(out, "dev-alone-gist1.jsonl"), await episodes(dev, 1, 0))} episodes`);
