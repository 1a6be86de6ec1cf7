/**
 * How much of the donation outcome a plain logistic regression reads from the state alone: out-of-fold
 * AUC (5 folds by dialogue, training split only: the held-out dialogues are never read) of P(donates)
 * from the hashed features of (a) the persuadee profile tokens alone, (b) the dialogue summary alone,
 * (c) summary + profile, (d) summary + profile + the logged thought. Every persuader turn is one row,
 * as in eval-critic's AUC. A ceiling check for the critic's "with profile" / "dialogue alone" figures.
 *   npx tsx scripts/persuasion-ceiling.ts [corpus folder]     (EPOCHS=4,12 by default: SGD epochs of each fit)
 * FOLDS=dev: the four folds of scripts/persuasion-dev-split.ts --fold (as scripts/persuasion-outer-cv.ts), and
 * the mean of the per-fold AUCs beside the pooled one (what persuasion-outer-cv.ts averages).
 */
import { encodeHashed, DEFAULT_HASH_ENCODER, type SparseFeatures } from "../src/critic/encoder/hash.ts";
import { loadPersuasionDialogues, persuaderTurnIndices, turnThought } from "../src/data/persuasion.ts";
import { DEV_PERCENT, devFold, isHeldout, splitBucket } from "../src/data/split.ts";
import { summarizePersuasionState } from "../src/state/persuasion.ts";
import { profileTokens } from "../src/state/profile.ts";
import { rocAuc } from "../src/train/metrics.ts";
import { Rng } from "../src/train/rng.ts";
import { fitSoftmax } from "../src/train/softmax-regression.ts";

const dir = process.argv[2] ?? `${process.env.PNLC_DATA_DIR ?? "../shared/data"}/persuasionforgood`;
const dialogues = (await loadPersuasionDialogues(dir)).filter((d) => !isHeldout(d.id));
const BY_DEV = process.env.FOLDS === "dev";
const FOLDS = BY_DEV ? 100 / DEV_PERCENT : 5;
type Row = { fold: number; y: number; turn: number; texts: Record<string, string> };
const rows: Row[] = [];
for (const d of dialogues) {
  const prof = profileTokens(d.profile);
  for (const k of persuaderTurnIndices(d)) {
    const dialogue = summarizePersuasionState(d.turns, k);
    rows.push({
      fold: BY_DEV ? devFold(d.id) : splitBucket(`ceiling:${d.id}`) % FOLDS,
      y: d.donationRaw > 0 ? 1 : 0,
      turn: k,
      texts: { profile: prof || "no profile", dialogue, both: `${dialogue} ${prof}`, "both+thought": `${dialogue} ${prof} || ${turnThought(d, k)}` },
    });
  }
}
const dim = DEFAULT_HASH_ENCODER.dim;
console.log(`${dialogues.length} training-split dialogues, ${rows.length} persuader turns, donation rate ${(rows.reduce((s, r) => s + r.y, 0) / rows.length).toFixed(3)} (turns)`);
for (const variant of ["profile", "dialogue", "both", "both+thought"]) {
  for (const epochs of (process.env.EPOCHS ?? "4,12").split(",").map(Number)) {
    const feats: SparseFeatures[] = rows.map((r) => encodeHashed(r.texts[variant]!, DEFAULT_HASH_ENCODER));
    const p = new Float64Array(rows.length);
    for (let f = 0; f < FOLDS; f++) {
      const fit = rows.flatMap((r, i) => (r.fold === f ? [] : [{ x: feats[i]!, c: r.y }]));
      const model = fitSoftmax(fit, 2, dim, new Rng(7 + f), epochs, 0.2, 1e-4);
      rows.forEach((r, i) => r.fold === f && (p[i] = model(feats[i]!)[1]!));
    }
    const y = rows.map((r) => r.y);
    const early = rows.map((r, i) => (r.turn <= 4 ? i : -1)).filter((i) => i >= 0);
    const inFold = (f: number) => rows.flatMap((r, i) => (r.fold === f ? [i] : []));
    const perFold = Array.from({ length: FOLDS }, (_, f) => rocAuc(inFold(f).map((i) => p[i]!), inFold(f).map((i) => y[i]!)));
    const meanFold = perFold.reduce((a, b) => a + b, 0) / FOLDS;
    console.log(`${variant.padEnd(13)} epochs ${String(epochs).padStart(2)}: OOF AUC ${rocAuc(Array.from(p), y).toFixed(3)} (turns <= 4: ${rocAuc(early.map((i) => p[i]!), early.map((i) => y[i]!)).toFixed(3)}; mean of per-fold AUCs ${meanFold.toFixed(3)})`);
  }
}
