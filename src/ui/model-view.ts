/**
 * What the model page says, in words, from a model file's metadata: what the critic is for, what it
 * was trained on, and how well each goal is predicted. Every field is optional (old files, test
 * models, other trainers); missing figures are left out rather than guessed. Paths from the machine
 * that trained a model are cut to their file name wherever they appear, even in old files.
 */
import type { ModelMeta } from "../critic/types.ts";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** Absolute paths (POSIX or Windows, two segments or more) reduced to their last segment. */
const ABSOLUTE_PATH = /(?<![\w.~-])(?:[A-Za-z]:)?(?:[\\/][^\s\\/:"'`<>|*?]+){2,}/g;

export function withoutPaths(text: string): string {
  return text.replace(ABSOLUTE_PATH, (path) => path.split(/[\\/]/).at(-1)!);
}

const PURPOSE: Record<string, string> = {
  persuasion: "It reads a donation conversation (PersuasionForGood: one person asks another to give to Save the Children) and a move the persuader could make next, and estimates how likely each outcome below becomes.",
  webshop: "It reads a WebShop shopping session (the shopper's instruction and the pages seen so far) and a step the agent could take next, and estimates how likely each way the purchase can end becomes.",
  avalon: "It reads a game of Avalon from one player's seat and a move that player could make next, and estimates how likely each way the game can end becomes.",
};

export function purposeText(meta: ModelMeta): string {
  return PURPOSE[meta.task] ?? `It estimates how likely each outcome below becomes after a candidate next move (task "${meta.task}").`;
}

export interface GoalFigure {
  goal: string;
  polarity?: "positive" | "negative";
  /** How the outcome was decided for scoring, e.g. "donation > 0". */
  test?: string;
  baseRate?: number;
  auc?: number;
  brier?: number;
  ece?: number;
}

export interface GoalFigures {
  /** Where the figures were measured, in words. */
  measuredOn: string;
  rows: GoalFigure[];
}

/**
 * Per-goal figures on held-out data when the file has them (evaluation.heldout.per_goal), else the
 * trainer's validation figure for all outcome goals together; null when the file records neither.
 */
export function goalFigures(meta: ModelMeta): GoalFigures | null {
  const heldout = isRecord(meta.evaluation) && isRecord(meta.evaluation.heldout) ? meta.evaluation.heldout : undefined;
  const perGoal = heldout && isRecord(heldout.per_goal) ? heldout.per_goal : undefined;
  if (heldout && perGoal) {
    const polarity = new Map(meta.goals.map((g) => [g.text, g.polarity]));
    const rows = Object.entries(perGoal).filter(([, f]) => isRecord(f)).map(([goal, f]) => {
      const r = f as Record<string, unknown>;
      return { goal, polarity: polarity.get(goal), test: typeof r.test === "string" ? r.test : undefined, baseRate: num(r.base_rate), auc: num(r.auc), brier: num(r.brier), ece: num(r.ece) };
    });
    const n = num(heldout.n_dialogues);
    const sibling = typeof heldout.measuredOn === "string" ? ` (measured on ${withoutPaths(heldout.measuredOn).split(":")[0]}, the same settings trained without them)` : "";
    return { measuredOn: `held-out ${meta.task === "persuasion" ? "dialogues" : "episodes"}${n ? ` (${n})` : ""} the trainer never saw${sibling}`, rows };
  }
  const training = isRecord(meta.training) ? meta.training : undefined;
  const validation = training && isRecord(training.validation) ? training.validation : undefined;
  if (!validation || num(validation.auc) === undefined) return null;
  const counts = training && isRecord(training.counts) ? training.counts : {};
  const n = num(counts.validation);
  return {
    measuredOn: `the trainer's validation episodes${n ? ` (${n.toLocaleString("en-US")})` : ""}, all outcome goals together`,
    rows: [{ goal: "every outcome goal together", auc: num(validation.auc), brier: num(validation.brier), ece: num(validation.ece) }],
  };
}

/** Sentences about the training run, each only when its figures are recorded. */
export function trainingFacts(meta: ModelMeta): string[] {
  const t = isRecord(meta.training) ? meta.training : undefined;
  if (!t) return [];
  const facts: string[] = [];
  const counts = isRecord(t.counts) ? t.counts : {};
  const episodes = num(counts.episodes), train = num(counts.train), excluded = num(counts.heldoutExcluded);
  const fmt = (n: number) => n.toLocaleString("en-US");
  if (episodes !== undefined)
    facts.push(`${fmt(episodes)} logged episodes${typeof t.data === "string" ? ` from ${withoutPaths(t.data)}` : ""}${train !== undefined ? `, ${fmt(train)} of them used to fit the network` : ""}.`);
  else if (typeof t.data === "string") facts.push(`Trained on ${withoutPaths(t.data)}.`);
  const heldoutPercent = isRecord(t.split) ? num(t.split.heldoutPercent) : undefined;
  if (heldoutPercent !== undefined)
    facts.push(heldoutPercent > 0 ? `${heldoutPercent}% of the episodes${excluded ? ` (${fmt(excluded)})` : ""} were held back and never seen in training.` : "Every local episode was used in training (none held back).");
  if (Array.isArray(t.stateInputs) && t.stateInputs.includes("persuadee-profile")) facts.push("Its states include the persuadee's survey profile (personality and demographics) when known.");
  const seconds = num(t.seconds), epochs = num(t.epochs);
  if (seconds !== undefined) facts.push(`Training took ${seconds < 120 ? `${seconds.toFixed(0)} s` : `${(seconds / 60).toFixed(1)} min`}${epochs !== undefined ? ` (${epochs} epochs)` : ""}.`);
  const int8 = isRecord(t.int8VsFloat) ? num(t.int8VsFloat.maxAbsDiff) : undefined;
  if (int8 !== undefined) facts.push(`Stored as 8-bit weights; its probabilities differ from the full-precision network's by at most ${int8.toFixed(3)}.`);
  return facts;
}
