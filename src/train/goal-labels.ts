/**
 * What each goal of a model's bank means on a logged episode, read from the model's own training
 * metadata, so any trajectory file (PersuasionForGood, WebShop, Avalon, a user's logs) can be scored
 * against the labels the critic was trained toward:
 *   - outcome goals: the episode's outcome passes the goal's value test, or its text equals the goal;
 *   - event goals (near-term reactions): the goal's text is among `steps[k].events` for some k in
 *     t .. t + horizon - 1 (what followed the step, docs/trajectories.md).
 */
import type { Critic } from "../critic/types.ts";
import { PERSUASION_OUTCOME_GOALS } from "../data/persuasion.ts";
import { passesValueTest, type ValueTest } from "./relabel.ts";
import type { Episode } from "./trajectory.ts";

export interface GroupSpec {
  name: string;
  outcomes: Array<{ text: string; value?: ValueTest }>;
}

export interface LabelledGoal {
  text: string;
  polarity: "positive" | "negative";
  kind: "outcome" | "event";
  value?: ValueTest;
  horizon?: number;
  /** A sum of outcomes of an exclusive group: reached when the episode's bucket is one of them. */
  derived?: { group: GroupSpec; outcomes: number[] };
}

/** The bank goals whose label the metadata defines (goals it cannot label, such as state goals, are left out). */
export function labelledGoals(critic: Critic): LabelledGoal[] {
  const training = (critic.meta.training ?? {}) as { outcomeGoals?: unknown; eventGoals?: unknown; outcomeGroups?: unknown; config?: { outcomeGroups?: unknown } };
  const groups = new Map<string, GroupSpec>();
  for (const list of [training.config?.outcomeGroups, training.outcomeGroups])
    if (Array.isArray(list)) for (const g of list as GroupSpec[]) if (typeof g?.name === "string" && Array.isArray(g.outcomes)) groups.set(g.name, g);
  const outcome = new Map<string, { value?: ValueTest; derived?: LabelledGoal["derived"] }>();
  // old persuasion files without outcomeGoals in their metadata: the bank's value tests
  if (critic.meta.task === "persuasion") for (const g of PERSUASION_OUTCOME_GOALS) outcome.set(g.text, g.value ? { value: g.value } : {});
  if (Array.isArray(training.outcomeGoals))
    for (const g of training.outcomeGoals as Array<{ text?: unknown; value?: ValueTest; derivedFrom?: { group: string; outcomes: number[] } }>) {
      if (typeof g.text !== "string") continue;
      const group = g.derivedFrom ? groups.get(g.derivedFrom.group) : undefined;
      if (group) outcome.set(g.text, { derived: { group, outcomes: g.derivedFrom!.outcomes } });
      else if (!g.derivedFrom) outcome.set(g.text, g.value && typeof g.value.than === "number" ? { value: g.value } : {});
    }
  const events = new Map<string, number>();
  if (Array.isArray(training.eventGoals))
    for (const g of training.eventGoals as Array<{ text?: unknown; horizon?: unknown }>)
      if (typeof g.text === "string") events.set(g.text, Number(g.horizon) >= 1 ? Number(g.horizon) : 1);
  const out: LabelledGoal[] = [];
  for (const g of critic.meta.goals) {
    if (events.has(g.text)) out.push({ text: g.text, polarity: g.polarity, kind: "event", horizon: events.get(g.text)! });
    else if (g.kind === "outcome" && (outcome.has(g.text) || outcome.size === 0)) out.push({ text: g.text, polarity: g.polarity, kind: "outcome", ...outcome.get(g.text) });
  }
  return out;
}

/** The label of goal g at step t of episode ep (null when the episode cannot say, e.g. a value test without a value). */
export function goalLabel(g: LabelledGoal, ep: Episode, t: number): 0 | 1 | null {
  if (g.kind === "event") {
    for (let k = t; k < Math.min(ep.steps.length, t + (g.horizon ?? 1)); k++) if (ep.steps[k]!.events?.includes(g.text)) return 1;
    return 0;
  }
  if (g.derived) {
    // the first outcome of the group the episode matches, as the trainer buckets it
    const k = g.derived.group.outcomes.findIndex((o) => (o.value ? ep.outcome.value !== undefined && passesValueTest(ep.outcome.value, o.value) : ep.outcome.text === o.text));
    return k < 0 ? null : g.derived.outcomes.includes(k) ? 1 : 0;
  }
  if (g.value) return ep.outcome.value === undefined ? null : passesValueTest(ep.outcome.value, g.value) ? 1 : 0;
  return ep.outcome.text === g.text ? 1 : 0;
}

/**
 * Pairs of value-tested outcome goals that logic ties together: `implies` (every value passing a
 * passes b, so P(a) <= P(b)) and `complement` (exactly one passes, so P(a) + P(b) = 1). Checked on a
 * grid of values around every threshold, within the range of values the data holds (a donation
 * clipped to [0, 2] is never negative, so "= 0" and "> 0" are complements there).
 */
export function goalRelations(goals: LabelledGoal[], range: [number, number] = [-Infinity, Infinity]): Array<{ a: number; b: number; kind: "implies" | "complement" }> {
  const tested = goals.map((g, i) => ({ g, i })).filter((x) => x.g.kind === "outcome" && x.g.value);
  const cuts = [...new Set(tested.map((x) => x.g.value!.than))].sort((a, b) => a - b);
  const grid = [...new Set([...range.filter(Number.isFinite), ...cuts.flatMap((c) => [c - 1, c - 1e-6, c, c + 1e-6, c + 1])])].filter((v) => v >= range[0] && v <= range[1]);
  const out: Array<{ a: number; b: number; kind: "implies" | "complement" }> = [];
  // sums of one group's outcomes: a subset implies its superset; disjoint sets covering the group are complements
  const derived = goals.map((g, i) => ({ g, i })).filter((x) => x.g.derived);
  for (const x of derived)
    for (const y of derived) {
      const a = x.g.derived!, b = y.g.derived!;
      if (x.i === y.i || a.group.name !== b.group.name) continue;
      const inB = a.outcomes.every((k) => b.outcomes.includes(k));
      const disjoint = a.outcomes.every((k) => !b.outcomes.includes(k));
      if (x.i < y.i && disjoint && a.outcomes.length + b.outcomes.length === a.group.outcomes.length) out.push({ a: x.i, b: y.i, kind: "complement" });
      else if (inB && a.outcomes.length < b.outcomes.length) out.push({ a: x.i, b: y.i, kind: "implies" });
    }
  for (const x of tested)
    for (const y of tested) {
      if (x.i === y.i) continue;
      const px = grid.map((v) => passesValueTest(v, x.g.value!)), py = grid.map((v) => passesValueTest(v, y.g.value!));
      if (x.i < y.i && px.every((p, k) => p !== py[k])) out.push({ a: x.i, b: y.i, kind: "complement" });
      else if (px.some(Boolean) && px.every((p, k) => !p || py[k]) && !py.every((p, k) => p === px[k])) out.push({ a: x.i, b: y.i, kind: "implies" });
    }
  return out;
}
