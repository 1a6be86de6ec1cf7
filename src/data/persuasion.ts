/**
 * PersuasionForGood -> trajectories. One episode per dialogue; one step per persuader turn:
 * state = compact summary of the dialogue before the turn, thought = the turn's strategy (annotated
 * label in our words, or keyword-derived), action = what the persuader said, observation = the
 * persuadee's reply; outcome = the persuadee's actual donation B6 clipped to [0, 2], success = B6 > 0.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { OutcomeGoalSpec, OutcomeGroupSpec } from "../train/relabel.ts";
import type { Episode } from "../train/trajectory.ts";
import { parseCsvRecords } from "./csv.ts";
import { describePersuaderTurn, labelSentence } from "./persuasion-strategies.ts";
import { annotatedSentences, reactionClass, reactionEvents, trainReactionTagger } from "./reactions.ts";
import { summarizePersuasionState, type DialogueTurn } from "../state/persuasion.ts";
import { appendProfile, type PersuadeeProfile } from "../state/profile.ts";
import { splitBucket } from "./split.ts";
import { deterministicSummarizer, type StateSummarizer } from "./summarizer.ts";

export const PERSUASION_TASK = "persuasion";
export const DONATES_GOAL = "the persuadee donates to the charity";
export const DECLINES_GOAL = "the persuadee does not donate";
export const MAX_DONATION = 2;

/**
 * The persuasion outcome goal bank: overlapping thresholds on the real (clipped) donation, each
 * relabelled from the episode's outcome.value, so every goal's Q is a probability the data can check.
 * The first positive goal is the primary one (eval-critic's "donates").
 */
export const PERSUASION_OUTCOME_GOALS: OutcomeGoalSpec[] = [
  { text: DONATES_GOAL, polarity: "positive", value: { op: ">", than: 0 } },
  { text: "the persuadee donates $1 or more", polarity: "positive", value: { op: ">=", than: 1 } },
  { text: DECLINES_GOAL, polarity: "negative", value: { op: "=", than: 0 } },
  { text: "the persuadee gives less than $0.50", polarity: "negative", value: { op: "<", than: 0.5 } },
];

/**
 * The donation as one distribution over exclusive buckets (docs/design/outcome-distribution.md): an
 * episode falls in the first bucket its clipped donation passes. The bank goals are sums of buckets,
 * so nested goals are ordered and complements sum to 1 (PERSUASION_DERIVED_GOALS).
 */
export const PERSUASION_OUTCOME_GROUPS: OutcomeGroupSpec[] = [
  {
    name: "donation",
    outcomes: [
      { text: "the persuadee donates nothing", value: { op: "=", than: 0 }, utility: 0 },
      { text: "the persuadee donates under $0.50", value: { op: "<", than: 0.5 }, utility: 0.2 },
      { text: "the persuadee donates $0.50 to $1", value: { op: "<", than: 1 }, utility: 0.5 },
      { text: "the persuadee donates $1 or more", value: { op: ">=", than: 1 }, utility: 1 },
    ],
  },
];

/** PERSUASION_OUTCOME_GOALS as sums of the donation buckets (same texts, same labels). */
export const PERSUASION_DERIVED_GOALS: OutcomeGoalSpec[] = [
  { text: DONATES_GOAL, polarity: "positive", derivedFrom: { group: "donation", outcomes: [1, 2, 3] } },
  { text: "the persuadee donates $1 or more", polarity: "positive", derivedFrom: { group: "donation", outcomes: [3] } },
  { text: DECLINES_GOAL, polarity: "negative", derivedFrom: { group: "donation", outcomes: [0] } },
  { text: "the persuadee gives less than $0.50", polarity: "negative", derivedFrom: { group: "donation", outcomes: [0, 1] } },
];

export interface PersuasionDialogue {
  id: string;
  turns: DialogueTurn[];
  /** Strategy labels of each turn's persuader sentences (empty when the dialogue is not annotated). */
  labels: string[][];
  annotated: boolean;
  /**
   * The persuadee's reactions in each turn as reaction-goal texts (src/data/reactions.ts): the
   * annotated ee_label_1 where the dialogue is annotated, the reaction tagger's otherwise.
   */
  reactions: string[][];
  /** B6 of the persuadee, raw (may hold outliers such as 50 or 500). */
  donationRaw: number;
  /** The persuadee's survey profile (full_info.csv `*.x` columns, suffix dropped; numbers where numeric). */
  profile?: PersuadeeProfile;
}

/** Accepts the corpus folder itself, its data/ folder, or any folder holding FullData/. */
export function resolvePersuasionRoot(dir: string): string {
  for (const cand of [dir, join(dir, "data")]) if (existsSync(join(cand, "FullData", "full_dialog.csv"))) return cand;
  throw new Error(`${dir}: not a PersuasionForGood folder (expected FullData/full_dialog.csv and FullData/full_info.csv)`);
}

export async function loadPersuasionDialogues(dir: string): Promise<PersuasionDialogue[]> {
  const root = resolvePersuasionRoot(dir);
  const dialogFile = join(root, "FullData", "full_dialog.csv");
  const infoFile = join(root, "FullData", "full_info.csv");
  const rows = parseCsvRecords(await readFile(dialogFile, "utf8"), ["Unit", "Turn", "B4", "B2"], dialogFile);
  const info = parseCsvRecords(await readFile(infoFile, "utf8"), ["B2", "B4", "B6"], infoFile);

  const donation = new Map<string, number>();
  const profiles = new Map<string, PersuadeeProfile>();
  for (const r of info) {
    if (r.B4 !== "1") continue;
    const v = Number(r.B6);
    if (!Number.isFinite(v)) throw new Error(`${infoFile}: dialogue ${r.B2}: B6 "${r.B6}" is not a number`);
    donation.set(r.B2!, v);
    profiles.set(r.B2!, profileOf(r));
  }

  const annotations = new Map<string, string[]>(); // `${id}#${turn}` -> persuader labels in order
  const goldReactions = new Map<string, number[]>(); // `${id}#${turn}` -> persuadee reaction classes
  const annFile = join(root, "AnnotatedData", "300_dialog.csv");
  let annRows: Array<Record<string, string>> = [];
  if (existsSync(annFile)) {
    annRows = parseCsvRecords(await readFile(annFile, "utf8"), ["B2", "B4", "Turn", "er_label_1"], annFile);
    for (const r of annRows) {
      const key = `${r.B2}#${r.Turn}`;
      if (r.B4 === "1" && r.ee_label_1 !== undefined) (goldReactions.get(key) ?? goldReactions.set(key, []).get(key)!).push(reactionClass(r.ee_label_1));
      if (r.B4 !== "0" || !r.er_label_1) continue;
      (annotations.get(key) ?? annotations.set(key, []).get(key)!).push(r.er_label_1.trim());
    }
  }
  const tagger = annRows.length ? trainReactionTagger(annotatedSentences(annRows)).tagger : null;
  const annotatedIds = new Set([...annotations.keys()].map((k) => k.slice(0, k.lastIndexOf("#"))));

  const byId = new Map<string, DialogueTurn[]>();
  for (const [i, r] of rows.entries()) {
    const turn = Number(r.Turn);
    if (!Number.isInteger(turn) || turn < 0 || turn > 1000) throw new Error(`${dialogFile}: row ${i + 2}: Turn "${r.Turn}" is not a turn index`);
    if (r.B4 !== "0" && r.B4 !== "1") throw new Error(`${dialogFile}: row ${i + 2}: B4 "${r.B4}" is not a role (0 or 1)`);
    const turns = byId.get(r.B2!) ?? byId.set(r.B2!, []).get(r.B2!)!;
    while (turns.length <= turn) turns.push({ persuader: [], persuadee: [] });
    const text = (r.Unit ?? "").trim();
    if (text) turns[turn]![r.B4 === "0" ? "persuader" : "persuadee"].push(text);
  }

  const out: PersuasionDialogue[] = [];
  for (const [id, turns] of byId) {
    const d = donation.get(id);
    if (d === undefined) continue; // no outcome: cannot be a trajectory
    const annotated = annotatedIds.has(id);
    const labels = turns.map((t, k) => (annotated ? annotations.get(`${id}#${k}`) ?? [] : t.persuader.map(labelSentence)));
    const profile = profiles.get(id);
    const reactions = turns.map((t, k) =>
      reactionEvents(annotated ? goldReactions.get(`${id}#${k}`) ?? [] : tagger ? t.persuadee.map((s) => tagger.tag(s, t.persuader.at(-1) ?? "")) : []),
    );
    out.push({ id, turns, labels, annotated, reactions, donationRaw: d, ...(profile && Object.keys(profile).length ? { profile } : {}) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The `*.x` columns of an info row (a participant's survey answers), suffix dropped; blanks and NA left out. */
export function profileOf(row: Record<string, string>): PersuadeeProfile {
  const p: Record<string, number | string> = {};
  for (const [col, raw] of Object.entries(row)) {
    if (!col.endsWith(".x")) continue;
    const v = raw.trim();
    if (!v || v === "NA") continue;
    p[col.slice(0, -2)] = Number.isFinite(Number(v)) ? Number(v) : v;
  }
  return p;
}

/**
 * Whether the state before turn k of dialogue `id` carries the persuadee's profile, with the profile
 * kept in `rate` of the states (a stable hash, so the same file comes out every time). Profile
 * dropout: the critic also learns states without a profile, as a service caller may have none.
 */
export function stateHasProfile(id: string, k: number, rate: number): boolean {
  return rate >= 1 || (rate > 0 && splitBucket(`profile:${id}#${k}`) < rate * 100);
}

export function clippedDonation(raw: number): number {
  return Math.min(MAX_DONATION, Math.max(0, raw));
}

/** The persuader turns that count as decisions: turns where the persuader said something. */
export function persuaderTurnIndices(d: PersuasionDialogue): number[] {
  return d.turns.map((t, k) => (t.persuader.length ? k : -1)).filter((k) => k >= 0);
}

/**
 * Share of training thoughts that carry a gist of what the persuader then said (`strategy. e.g. "..."`).
 * The service's thoughts never do (bank thoughts are strategies; the LLM is asked for one sentence of
 * strategy, not the reply), so a critic that only saw gists would score serving thoughts off its data.
 */
export const PERSUASION_GIST_RATE = 1;

/** The thought of turn k: its strategy, with the gist of what was said in `gistRate` of the turns (a stable hash). */
export function turnThought(d: PersuasionDialogue, k: number, gistRate = PERSUASION_GIST_RATE): string {
  const gist = gistRate >= 1 || (gistRate > 0 && splitBucket(`gist:${d.id}#${k}`) < gistRate * 100);
  return describePersuaderTurn(d.labels[k] ?? [], gist ? d.turns[k]!.persuader : []);
}

function historyText(turns: DialogueTurn[], upto: number): string {
  return turns
    .slice(0, upto)
    .flatMap((t) => [`persuader: ${t.persuader.join(" ")}`, `persuadee: ${t.persuadee.join(" ")}`])
    .join("\n");
}

/**
 * Share of states that carry the persuadee's profile when the corpus has one (profile dropout: the
 * rest are the dialogue summary alone). Chosen out of fold (docs/design/persuasion-state.md).
 */
export const PERSUASION_PROFILE_RATE = 0.9;
/** What `meta.stateInputs` says when states may carry the profile: the model records it, eval-critic reads it. */
export const PROFILE_STATE_INPUT = "persuadee-profile";

export interface PersuasionEpisodeOptions {
  /** Share of states with the persuadee's profile (0: dialogue only). Default PERSUASION_PROFILE_RATE. */
  profileRate?: number;
  /** Share of thoughts with the gist of what was said. Default PERSUASION_GIST_RATE. */
  gistRate?: number;
}

export async function persuasionEpisode(d: PersuasionDialogue, summarizer: StateSummarizer = deterministicSummarizer, opts: PersuasionEpisodeOptions = {}): Promise<Episode> {
  const rate = d.profile ? opts.profileRate ?? PERSUASION_PROFILE_RATE : 0;
  const steps = [];
  for (const k of persuaderTurnIndices(d)) {
    const profile = stateHasProfile(d.id, k, rate) ? d.profile : undefined;
    // An LLM summariser rewrites the dialogue summary only; the profile tokens follow either one unchanged.
    const dialogue = summarizePersuasionState(d.turns, k);
    const summary = summarizer === deterministicSummarizer ? dialogue : await summarizer.summarize({ task: PERSUASION_TASK, history: historyText(d.turns, k), deterministic: dialogue });
    const state = appendProfile(summary, profile);
    const events = d.reactions[k] ?? [];
    steps.push({ state, thought: turnThought(d, k, opts.gistRate), action: d.turns[k]!.persuader.join(" "), observation: d.turns[k]!.persuadee.join(" "), ...(events.length ? { events } : {}) });
  }
  const value = clippedDonation(d.donationRaw);
  return {
    id: d.id,
    task: PERSUASION_TASK,
    steps,
    outcome: { text: d.donationRaw > 0 ? DONATES_GOAL : DECLINES_GOAL, success: d.donationRaw > 0, value },
    meta: { annotated: d.annotated, donationRaw: d.donationRaw, summarizer: summarizer.id, ...(rate > 0 ? { stateInputs: [PROFILE_STATE_INPUT], profileRate: rate } : {}) },
  };
}

export async function* persuasionEpisodes(dir: string, summarizer: StateSummarizer = deterministicSummarizer, opts: PersuasionEpisodeOptions = {}): AsyncGenerator<Episode> {
  for (const d of await loadPersuasionDialogues(dir)) {
    const ep = await persuasionEpisode(d, summarizer, opts);
    if (ep.steps.length) yield ep;
  }
}
