/**
 * Critic evaluation on PersuasionForGood dialogues: at every persuader turn, P(donates) from Q(state,
 * thought of that turn, "donates" goal) against whether the persuadee actually donated (> 0). Also the
 * same with thoughts shuffled across all decisions: if that does not hurt, the critic ignores thoughts.
 * States and thoughts are built exactly as the persuasion adapter builds them for training.
 */
import type { Critic } from "../critic/types.ts";
import { clippedDonation, DONATES_GOAL, loadPersuasionDialogues, PERSUASION_OUTCOME_GOALS, persuaderTurnIndices, PROFILE_STATE_INPUT, turnThought } from "../data/persuasion.ts";
import { DEFAULT_SUMMARY_OPTIONS, summarizePersuasionState } from "../state/persuasion.ts";
import { inSplit, type SplitName } from "../data/split.ts";
import { brier, ece, reliabilityBins, rocAuc, type ReliabilityBin } from "./metrics.ts";
import { passesValueTest, type ValueTest } from "./relabel.ts";
import { Rng } from "./rng.ts";

export const TURN_BUCKETS: Array<[string, number, number]> = [
  ["turns 0-2", 0, 2],
  ["turns 3-5", 3, 5],
  ["turns 6-8", 6, 8],
  ["turns 9+", 9, Infinity],
];

export interface PersuasionEval {
  auc: number;
  brier: number;
  ece: number;
  auc_shuffled_thoughts: number;
  n_dialogues: number;
  n_decisions: number;
  goal: string;
  split: SplitName;
  base_rate: number;
  by_turn: Array<{ bucket: string; n: number; auc: number; auc_shuffled_thoughts: number }>;
  bins: ReliabilityBin[];
  /** Every outcome goal of the bank that the donation can label (value tests), scored against its own label. */
  per_goal: GoalEval[];
  /** Whether the states carried the persuadee's profile (src/state/profile.ts). */
  profile: boolean;
  /** With the profile: the same figures from the dialogue alone (states without the profile), for comparison. */
  without_profile?: { auc: number; brier: number; ece: number; auc_shuffled_thoughts: number; by_turn: PersuasionEval["by_turn"] };
}

export interface GoalEval {
  goal: string;
  polarity: string;
  test: string;
  base_rate: number;
  auc: number;
  brier: number;
  ece: number;
  bins: ReliabilityBin[];
}

/** The value test of each bank goal: the one the model was trained with (meta), else the persuasion bank's. */
export function goalValueTests(critic: Critic): Array<{ text: string; polarity: string; value: ValueTest }> {
  const trained = (critic.meta.training as { outcomeGoals?: unknown } | undefined)?.outcomeGoals;
  const known = new Map<string, ValueTest>(PERSUASION_OUTCOME_GOALS.filter((g) => g.value).map((g) => [g.text, g.value!]));
  if (Array.isArray(trained))
    for (const g of trained as Array<{ text?: unknown; value?: ValueTest }>)
      if (typeof g.text === "string" && g.value && typeof g.value.than === "number") known.set(g.text, g.value);
  return critic.meta.goals.filter((g) => g.kind === "outcome" && known.has(g.text)).map((g) => ({ text: g.text, polarity: g.polarity, value: known.get(g.text)! }));
}

/** The model's outcome goal that means "donates": the bank's text when present, else its first positive outcome. */
export function donatesGoal(critic: Critic): string {
  const goals = critic.meta.goals;
  return (goals.find((g) => g.text === DONATES_GOAL) ?? goals.find((g) => g.kind === "outcome" && g.polarity === "positive"))?.text ?? DONATES_GOAL;
}

/** Whether the model was trained on states that may carry the persuadee's profile (its metadata says so). */
export function usesProfile(critic: Critic): boolean {
  const inputs = (critic.meta.training as { stateInputs?: unknown } | undefined)?.stateInputs;
  return Array.isArray(inputs) && inputs.includes(PROFILE_STATE_INPUT);
}

export interface EvaluateOptions {
  split?: SplitName;
  heldoutPercent?: number;
  seed?: number;
  limit?: number;
  /** States with the persuadee's profile (when the corpus has one). Default: when the model was trained with it (usesProfile). */
  profile?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export async function evaluatePersuasion(critic: Critic, dir: string, opts: EvaluateOptions = {}): Promise<PersuasionEval> {
  const profile = opts.profile ?? usesProfile(critic);
  const withProfile = await evaluateStates(critic, dir, { ...opts, profile });
  if (!profile) return withProfile;
  const alone = await evaluateStates(critic, dir, { ...opts, profile: false, onProgress: undefined });
  const { auc, brier, ece, auc_shuffled_thoughts, by_turn } = alone;
  return { ...withProfile, without_profile: { auc, brier, ece, auc_shuffled_thoughts, by_turn } };
}

async function evaluateStates(critic: Critic, dir: string, opts: EvaluateOptions & { profile: boolean }): Promise<PersuasionEval> {
  const split = opts.split ?? "all";
  let dialogues = (await loadPersuasionDialogues(dir)).filter((d) => inSplit(d.id, split, opts.heldoutPercent));
  if (opts.limit) dialogues = dialogues.slice(0, opts.limit);
  const stateOf = (d: (typeof dialogues)[number], k: number) => summarizePersuasionState(d.turns, k, DEFAULT_SUMMARY_OPTIONS, opts.profile ? d.profile : undefined);
  const decisions = dialogues.flatMap((d) => persuaderTurnIndices(d).map((k) => ({ d, k, state: stateOf(d, k), thought: turnThought(d, k), label: d.donationRaw > 0 ? 1 : 0 })));
  if (decisions.length === 0) throw new Error(`no persuader turns in ${dir} (split ${split})`);
  const shuffled = new Rng(opts.seed ?? 1).shuffle(decisions.map((x) => x.thought));
  const goal = donatesGoal(critic);
  const tests = goalValueTests(critic).filter((g) => g.text !== goal);
  const goals = [goal, ...tests.map((g) => g.text)];
  const G = goals.length;
  const p = new Float64Array(decisions.length);
  const ps = new Float64Array(decisions.length);
  const pg = tests.map(() => new Float64Array(decisions.length));
  decisions.forEach((x, i) => {
    const q = critic.scoreQ({ state: x.state, thoughts: [x.thought, shuffled[i]!], goals });
    p[i] = q[0]!;
    ps[i] = q[G]!;
    pg.forEach((a, j) => (a[i] = q[j + 1]!));
    if (opts.onProgress && (i % 200 === 0 || i === decisions.length - 1)) opts.onProgress(i + 1, decisions.length);
  });
  const y = decisions.map((x) => x.label);
  const goalEval = (text: string, polarity: string, value: ValueTest | null, scores: Float64Array): GoalEval => {
    const yy = value ? decisions.map((x) => (passesValueTest(clippedDonation(x.d.donationRaw), value) ? 1 : 0)) : y;
    const rate = (value ? dialogues.filter((d) => passesValueTest(clippedDonation(d.donationRaw), value)).length : dialogues.filter((d) => d.donationRaw > 0).length) / dialogues.length;
    return { goal: text, polarity, test: value ? `donation ${value.op} ${value.than}` : "donation > 0", base_rate: rate, auc: rocAuc(scores, yy), brier: brier(scores, yy), ece: ece(scores, yy), bins: reliabilityBins(scores, yy) };
  };
  const primaryTest = goalValueTests(critic).find((g) => g.text === goal);
  const per_goal = [goalEval(goal, "positive", primaryTest?.value ?? null, p), ...tests.map((g, j) => goalEval(g.text, g.polarity, g.value, pg[j]!))];
  const by_turn = TURN_BUCKETS.map(([bucket, lo, hi]) => {
    const idx = decisions.map((x, i) => (x.k >= lo && x.k <= hi ? i : -1)).filter((i) => i >= 0);
    const pick = (a: Float64Array) => idx.map((i) => a[i]!);
    const yy = idx.map((i) => y[i]!);
    return { bucket, n: idx.length, auc: rocAuc(pick(p), yy), auc_shuffled_thoughts: rocAuc(pick(ps), yy) };
  });
  return {
    auc: rocAuc(p, y),
    brier: brier(p, y),
    ece: ece(p, y),
    auc_shuffled_thoughts: rocAuc(ps, y),
    n_dialogues: dialogues.length,
    n_decisions: decisions.length,
    goal,
    split,
    base_rate: dialogues.filter((d) => d.donationRaw > 0).length / dialogues.length,
    by_turn,
    bins: reliabilityBins(p, y),
    per_goal,
    profile: opts.profile,
  };
}
