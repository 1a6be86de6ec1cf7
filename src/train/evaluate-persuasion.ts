/**
 * Critic evaluation on PersuasionForGood dialogues: at every persuader turn, P(donates) from Q(state,
 * thought of that turn, "donates" goal) against whether the persuadee actually donated (> 0). Also the
 * same with thoughts shuffled across all decisions: if that does not hurt, the critic ignores thoughts.
 * States and thoughts are built exactly as the persuasion adapter builds them for training.
 */
import type { Critic } from "../critic/types.ts";
import { DONATES_GOAL, loadPersuasionDialogues, persuaderTurnIndices, turnThought } from "../data/persuasion.ts";
import { summarizePersuasionState } from "../data/persuasion-summary.ts";
import { inSplit, type SplitName } from "../data/split.ts";
import { brier, ece, reliabilityBins, rocAuc, type ReliabilityBin } from "./metrics.ts";
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
}

/** The model's outcome goal that means "donates": the bank's text when present, else its first positive outcome. */
export function donatesGoal(critic: Critic): string {
  const goals = critic.meta.goals;
  return (goals.find((g) => g.text === DONATES_GOAL) ?? goals.find((g) => g.kind === "outcome" && g.polarity === "positive"))?.text ?? DONATES_GOAL;
}

export async function evaluatePersuasion(critic: Critic, dir: string, opts: { split?: SplitName; heldoutPercent?: number; seed?: number; limit?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<PersuasionEval> {
  const split = opts.split ?? "all";
  let dialogues = (await loadPersuasionDialogues(dir)).filter((d) => inSplit(d.id, split, opts.heldoutPercent));
  if (opts.limit) dialogues = dialogues.slice(0, opts.limit);
  const decisions = dialogues.flatMap((d) => persuaderTurnIndices(d).map((k) => ({ d, k, state: summarizePersuasionState(d.turns, k), thought: turnThought(d, k), label: d.donationRaw > 0 ? 1 : 0 })));
  if (decisions.length === 0) throw new Error(`no persuader turns in ${dir} (split ${split})`);
  const shuffled = new Rng(opts.seed ?? 1).shuffle(decisions.map((x) => x.thought));
  const goal = donatesGoal(critic);
  const p = new Float64Array(decisions.length);
  const ps = new Float64Array(decisions.length);
  decisions.forEach((x, i) => {
    const q = critic.scoreQ({ state: x.state, thoughts: [x.thought, shuffled[i]!], goals: [goal] });
    p[i] = q[0]!;
    ps[i] = q[1]!;
    if (opts.onProgress && (i % 200 === 0 || i === decisions.length - 1)) opts.onProgress(i + 1, decisions.length);
  });
  const y = decisions.map((x) => x.label);
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
  };
}
