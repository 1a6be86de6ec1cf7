/**
 * The persuadee's near-term reactions as plain-language future states (the paper's kind of goal:
 * "the user feels respected and opens up to donating"), for hindsight goals beside the donation.
 * PersuasionForGood annotates every persuadee sentence of 300 dialogues (ee_label_1); a small tagger
 * (softmax regression over the project's hashed n-gram features of the sentence and of the persuader's
 * last sentence before it) learns those labels and tags the other ~700 dialogues. Annotated turns keep
 * their gold labels. The tagger trains on annotated dialogues outside the local held-out split only.
 */
import { DEFAULT_HASH_ENCODER, encodeHashed, type SparseFeatures } from "../critic/encoder/hash.ts";
import type { BankGoal } from "../critic/types.ts";
import { Rng } from "../train/rng.ts";
import { fitSoftmax } from "../train/softmax-regression.ts";
import { isHeldout } from "./split.ts";

export interface ReactionGoal {
  text: string;
  polarity: BankGoal["polarity"];
  /** The corpus's ee_label_1 values that count as this reaction. */
  labels: string[];
}

/** The reactions, each a future state the persuader can steer toward or away from. */
export const REACTION_GOALS: ReactionGoal[] = [
  { text: "the persuadee reacts positively to donating", polarity: "positive", labels: ["positive-reaction-to-donation", "agree-donation"] },
  { text: "the persuadee names an amount they will give", polarity: "positive", labels: ["provide-donation-amount", "confirm-donation"] },
  { text: "the persuadee asks about the charity or how the donation reaches the children", polarity: "positive", labels: ["ask-org-info", "ask-donation-procedure"] },
  { text: "the persuadee opens up and answers a question about themselves", polarity: "positive", labels: ["positive-to-inquiry"] },
  { text: "the persuadee reacts negatively to donating or refuses", polarity: "negative", labels: ["negative-reaction-to-donation", "disagree-donation", "disagree-donation-more"] },
  { text: "the persuadee brushes off a question", polarity: "negative", labels: ["negative-to-inquiry"] },
];

/** How many persuader steps after a decision its reaction counts (1: the persuadee's reply to that turn). */
export const REACTION_HORIZON = 1;

const NONE = REACTION_GOALS.length;
const goalOfLabel = new Map<string, number>(REACTION_GOALS.flatMap((g, i) => g.labels.map((l) => [l, i] as [string, number])));

/** The reaction class of an ee_label (NONE for labels that are no reaction of interest). */
export function reactionClass(eeLabel: string): number {
  return goalOfLabel.get(eeLabel.trim()) ?? NONE;
}

export interface TaggedSentence {
  dialogue: string;
  sentence: string;
  /** The persuader's last sentence of the same turn (context: "yes" to "would you donate?" agrees). */
  context: string;
  label: number;
}

const DIM = DEFAULT_HASH_ENCODER.dim;

function features(sentence: string, context: string): SparseFeatures {
  const a = encodeHashed(sentence), b = encodeHashed(context);
  // the context's features go to a second block, so "donate" said by either side stays distinct
  return { indices: Int32Array.from([...a.indices, ...Array.from(b.indices, (i) => i + DIM)]), values: Float32Array.from([...a.values, ...Array.from(b.values, (v) => 0.5 * v)]) };
}

export class ReactionTagger {
  private constructor(private readonly probs: (f: SparseFeatures) => Float64Array) {}

  static train(examples: TaggedSentence[], seed = 1, epochs = 12, lr = 0.3, l2 = 1e-5): ReactionTagger {
    const data = examples.map((e) => ({ x: features(e.sentence, e.context), c: e.label }));
    return new ReactionTagger(fitSoftmax(data, NONE + 1, 2 * DIM, new Rng(seed), epochs, lr, l2));
  }

  tag(sentence: string, context: string): number {
    const p = this.probs(features(sentence, context));
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    return best;
  }
}

/** Accuracy of a tagger on labelled sentences, overall and on the sentences whose gold class is a reaction. */
export function taggerAccuracy(tagger: ReactionTagger, examples: TaggedSentence[]): { n: number; accuracy: number; reactionRecall: number; majority: number } {
  let ok = 0, nReact = 0, okReact = 0;
  const counts = new Array<number>(NONE + 1).fill(0);
  for (const e of examples) {
    const t = tagger.tag(e.sentence, e.context);
    counts[e.label]!++;
    if (t === e.label) ok++;
    if (e.label !== NONE) (nReact++, t === e.label && okReact++);
  }
  return { n: examples.length, accuracy: ok / Math.max(1, examples.length), reactionRecall: okReact / Math.max(1, nReact), majority: Math.max(...counts) / Math.max(1, examples.length) };
}

/** Annotated persuadee sentences of the corpus (300_dialog.csv rows), with the persuader's last sentence of the turn. */
export function annotatedSentences(rows: Array<Record<string, string>>): TaggedSentence[] {
  const lastPersuader = new Map<string, string>();
  const out: TaggedSentence[] = [];
  for (const r of rows) {
    const key = `${r.B2}#${r.Turn}`;
    if (r.B4 === "0") lastPersuader.set(key, (r.Unit ?? "").trim());
    else if (r.B4 === "1" && r.ee_label_1 !== undefined) out.push({ dialogue: r.B2!, sentence: (r.Unit ?? "").trim(), context: lastPersuader.get(key) ?? "", label: reactionClass(r.ee_label_1) });
  }
  return out;
}

let cached: { key: string; tagger: ReactionTagger; heldout: ReturnType<typeof taggerAccuracy>; trainN: number } | null = null;

/** The tagger trained on the annotated dialogues outside the held-out split; its accuracy on those inside. */
export function trainReactionTagger(sentences: TaggedSentence[], heldoutPercent = 20): { tagger: ReactionTagger; heldout: ReturnType<typeof taggerAccuracy>; trainN: number } {
  const key = `${sentences.length}:${heldoutPercent}`;
  if (cached?.key === key) return cached;
  const train = sentences.filter((s) => !isHeldout(s.dialogue, heldoutPercent));
  const test = sentences.filter((s) => isHeldout(s.dialogue, heldoutPercent));
  const tagger = ReactionTagger.train(train);
  cached = { key, tagger, heldout: taggerAccuracy(tagger, test), trainN: train.length };
  return cached;
}

/** The tagger the last corpus load trained, with its held-out accuracy (null before any load). */
export function lastReactionTagger(): { heldout: ReturnType<typeof taggerAccuracy>; trainN: number } | null {
  return cached;
}

/** The reaction goal texts of one persuadee turn (each at most once), from its sentences' classes. */
export function reactionEvents(classes: number[]): string[] {
  return [...new Set(classes.filter((c) => c !== NONE))].sort((a, b) => a - b).map((c) => REACTION_GOALS[c]!.text);
}
