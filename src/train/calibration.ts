/** Platt calibration of a trained Q head and its evaluation on validation episodes (JS reference path). */
import type { FloatHead } from "../critic/types.ts";
import { brier, ece, fitPlatt, logLoss, reliabilityBins, rocAuc } from "./metrics.ts";
import { cloneHead, sigmoid, type HeadItem } from "./network.ts";
import { groupLogits, outcomeProbs } from "./outcome-groups.ts";
import { TextTable, type EpisodeRec, type OutcomeGoal, type OutcomeGroupRec } from "./relabel.ts";
import { type EventGoal } from "./events.ts";
import { tableLogits } from "./logits.ts";
import type { OutcomeEval } from "./iql.ts";

export function fitCalibration(q: FloatHead, eps: EpisodeRec[], goals: OutcomeGoal[], groups: OutcomeGroupRec[], table: TextTable, hidden: [number, number], events: EventGoal[] = []): { a: number; b: number } {
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
  const c = fitPlatt(z, lab, 50, groupLogits(q, eps, groups, table, hidden));
  return c.a >= 0 ? c : { a: 0, b: 0 };
}

/** A copy of the head with sigmoid(a z + b) folded into its last layer. */
export function calibratedHead(q: FloatHead, c: { a: number; b: number }): FloatHead {
  const out = cloneHead(q);
  out.w3.forEach((w, i) => (out.w3[i] = w * c.a));
  out.b3[0] = out.b3[0]! * c.a + c.b;
  return out;
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
