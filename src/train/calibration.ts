/** Platt calibration of a trained Q head and its evaluation on validation episodes (JS reference path). */
import type { FloatHead } from "../critic/types.ts";
import { brier, ece, fitPlatt, logLoss, reliabilityBins, rocAuc } from "./metrics.ts";
import { cloneHead, sigmoid, type HeadItem } from "./network.ts";
import { groupLogits, outcomeProbs } from "./outcome-groups.ts";
import { TextTable, type EpisodeRec, type OutcomeGoal, type OutcomeGroupRec } from "./relabel.ts";
import { type EventGoal } from "./events.ts";
import { tableLogits } from "./logits.ts";
import type { OutcomeEval } from "./iql.ts";
import type { CalibrationMode } from "./config.ts";

/** What a calibration is fitted on: sigmoid logits with labels, and each exclusive group's logits with its realised outcome. */
export interface CalibrationData {
  z: number[];
  lab: number[];
  groups: Array<{ z: number[]; y: number }>;
}

export function calibrationData(q: FloatHead, eps: EpisodeRec[], goals: OutcomeGoal[], groups: OutcomeGroupRec[], table: TextTable, hidden: [number, number], events: EventGoal[] = []): CalibrationData {
  const z: number[] = [], lab: number[] = [];
  goals.forEach((g, j) => {
    if (g.derivedFrom) return;
    const o = outcomeLogits(q, eps, g.id, table, hidden);
    o.z.forEach((zi, i) => (z.push(zi), lab.push(o.episode[i]!.reached[j]!)));
  });
  // event goals are calibrated with the rest (one Platt fit folded into the shared last layer)
  events.forEach((g, j) => {
    const o = outcomeLogits(q, eps, g.id, table, hidden);
    o.z.forEach((zi, i) => (z.push(zi), lab.push(o.episode[i]!.eventReached![o.step[i]! * events.length + j]!)));
  });
  return { z, lab, groups: groupLogits(q, eps, groups, table, hidden) };
}

/**
 * One (a, b) fitted on several members' data together ("pooled": each member's logits on the episodes
 * it did not train on). A negative slope would reverse the ranking: then the logits are zeroed (a = 0).
 */
export function fitPooledCalibration(parts: CalibrationData[]): { a: number; b: number } {
  const c = fitPlatt(parts.flatMap((d) => d.z), parts.flatMap((d) => d.lab), 50, parts.flatMap((d) => d.groups));
  return c.a >= 0 ? c : { a: 0, b: 0 };
}

export function fitCalibration(q: FloatHead, eps: EpisodeRec[], goals: OutcomeGoal[], groups: OutcomeGroupRec[], table: TextTable, hidden: [number, number], events: EventGoal[] = []): { a: number; b: number } {
  return fitPooledCalibration([calibrationData(q, eps, goals, groups, table, hidden, events)]);
}

/** A copy of the head with sigmoid(a z + b) folded into its last layer. */
export function calibratedHead(q: FloatHead, c: { a: number; b: number }): FloatHead {
  return foldCalibration(cloneHead(q), c);
}

/** Folds sigmoid(a z + b) into the head's own last layer (w3 *= a, b3 = a b3 + b) and returns it. */
export function foldCalibration(q: FloatHead, c: { a: number; b: number }): FloatHead {
  q.w3.forEach((w, i) => (q.w3[i] = w * c.a));
  q.b3[0] = q.b3[0]! * c.a + c.b;
  return q;
}

export function outcomeLogits(q: FloatHead, eps: EpisodeRec[], goal: number, table: TextTable, hidden: [number, number]) {
  const items: HeadItem[] = [];
  const episode: EpisodeRec[] = [];
  const step: number[] = [];
  for (const e of eps) e.states.forEach((s, t) => (items.push({ state: s, thought: e.thoughts[t]!, goal }), episode.push(e), step.push(t)));
  const z: number[] = [];
  for (let i = 0; i < items.length; i += 256) z.push(...tableLogits(q, hidden, table, items.slice(i, i + 256)));
  return { z, episode, step };
}

/** Q toward the primary outcome goal at every step of the given episodes, against the realised outcome (e.label). */
export function evaluateOutcome(q: FloatHead, eps: EpisodeRec[], goal: OutcomeGoal, groups: OutcomeGroupRec[], table: TextTable, hidden: [number, number]): OutcomeEval {
  const { p, episode } = outcomeProbs(q, eps, goal, groups, table, hidden);
  const y = episode.map((e) => e.label);
  return { n: p.length, auc: rocAuc(p, y), brier: brier(p, y), ece: ece(p, y), logLoss: logLoss(p, y), bins: reliabilityBins(p, y) };
}

/** Out-of-fold predictions collected for the validation figures: the primary outcome goal and each event goal. */
export interface OofSink {
  primary: { p: number[]; y: number[] };
  events: Array<{ p: number[]; y: number[] }>;
}

export interface CalibrationContext {
  goals: OutcomeGoal[];
  primary: number;
  groups: OutcomeGroupRec[];
  events: EventGoal[];
  table: TextTable;
  hidden: [number, number];
}

/** Adds q's predictions on `eps` to the sink: the primary goal, the event goals, or both. */
export function addOof(q: FloatHead, eps: EpisodeRec[], sink: OofSink, x: CalibrationContext, what: "primary" | "events" | "both" = "both"): void {
  if (what !== "events") {
    const { p, episode } = outcomeProbs(q, eps, x.goals[x.primary]!, x.groups, x.table, x.hidden);
    p.forEach((pi, i) => (sink.primary.p.push(pi), sink.primary.y.push(episode[i]!.label)));
  }
  if (what === "primary") return;
  x.events.forEach((g, j) => {
    const o = outcomeLogits(q, eps, g.id, x.table, x.hidden);
    o.z.forEach((zi, i) => (sink.events[j]!.p.push(sigmoid(zi)), sink.events[j]!.y.push(o.episode[i]!.eventReached![o.step[i]! * x.events.length + j]!)));
  });
}

/**
 * The "pooled" calibration of an ensemble: one (a, b) fitted on every member's predictions on its own
 * validation fold together, returned to be folded into every member's last layer (so into the packed
 * one). The figures written to `after` are cross-fitted: the episodes of every fold are split in two
 * halves, (a, b) is fitted on one half of all folds and scored on the other half, both ways.
 */
export function pooledCalibration(folds: Array<{ q: FloatHead; val: EpisodeRec[] }>, x: CalibrationContext, after: OofSink): { c: { a: number; b: number }; inFold: boolean } {
  const data = (eps: (f: { val: EpisodeRec[] }) => EpisodeRec[]) => folds.map((f) => calibrationData(f.q, eps(f), x.goals, x.groups, x.table, x.hidden, x.events));
  const half = (h: number) => (f: { val: EpisodeRec[] }) => f.val.filter((_, i) => i % 2 === h);
  // too few validation episodes to split: the caller scores the fold the fit was made on, and says so
  const inFold = folds.every((f) => half(1)(f).length === 0);
  if (!inFold)
    for (const h of [0, 1]) {
      const c = fitPooledCalibration(data(half(h)));
      folds.forEach((f) => addOof(calibratedHead(f.q, c), half(1 - h)(f), after, x));
    }
  return { c: fitPooledCalibration(data((f) => f.val)), inFold };
}

/** Where the "after calibration" validation figures were scored, in words for the report. */
export function afterMeasuredOn(mode: CalibrationMode, inFold: boolean): string {
  if (mode === "none") return "the same predictions as before (no calibration)";
  if (inFold) return "the episodes the calibration was fitted on (too few validation episodes to split)";
  return mode === "pooled"
    ? "the other half of the pooled out-of-fold set (one (a, b) fitted on half of every member's fold, scored on the other half, both ways)"
    : "the other half of each validation fold (Platt fitted on one half, scored on the other)";
}
