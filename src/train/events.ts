/**
 * Event goals: near-term future states that the logs label per step (`steps[].events`, e.g. "the
 * persuadee asks how the donation reaches the children"). Goal g is reached from step t when its text
 * is among the events of steps t .. t + horizon - 1, so Q(s, thought, g) is the probability that the
 * thought is soon followed by g: what the thought changes first, before the episode's outcome. The
 * target is that label itself (a near-term Monte Carlo return, no bootstrapping: V of the next state
 * would be about a later window than this goal's).
 */
import type { BankGoal } from "../critic/types.ts";
import type { TextTable } from "./relabel.ts";

export interface EventGoalSpec {
  text: string;
  polarity: BankGoal["polarity"];
  /** Steps after the decision in which the event counts (1: the reply to this step). */
  horizon?: number;
}

export interface EventGoal extends BankGoal {
  id: number;
  horizon: number;
}

export const DEFAULT_EVENT_HORIZON = 1;

/**
 * The event goal bank: the configured one, else the most frequent event texts of the logs (polarity:
 * positive when the event is at least as common in successful episodes as in the others).
 */
export function buildEventGoals(specs: EventGoalSpec[] | undefined, episodes: Array<{ events: string[][]; success: boolean }>, table: TextTable, max: number): EventGoal[] {
  if (specs) return specs.map((s) => ({ text: s.text, polarity: s.polarity, kind: "outcome", id: table.id(s.text), horizon: s.horizon ?? DEFAULT_EVENT_HORIZON }));
  const count = new Map<string, { n: number; succ: number }>();
  let nSucc = 0;
  for (const e of episodes) {
    if (e.success) nSucc++;
    for (const text of new Set(e.events.flat())) {
      const c = count.get(text) ?? count.set(text, { n: 0, succ: 0 }).get(text)!;
      c.n++;
      if (e.success) c.succ++;
    }
  }
  const rate = nSucc / Math.max(1, episodes.length);
  return [...count.entries()]
    .sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([text, c]) => ({ text, polarity: c.succ / c.n >= rate ? "positive" : "negative", kind: "outcome", id: table.id(text), horizon: DEFAULT_EVENT_HORIZON }));
}

/** labels[t * E + j] = 1 when event goal j follows step t within its horizon. */
export function eventLabels(events: string[][], goals: EventGoal[]): Uint8Array {
  const T = events.length, E = goals.length;
  const out = new Uint8Array(T * E);
  goals.forEach((g, j) => {
    for (let t = 0; t < T; t++)
      for (let k = t; k < Math.min(T, t + g.horizon); k++) if (events[k]!.includes(g.text)) (out[t * E + j] = 1), (k = T);
  });
  return out;
}
