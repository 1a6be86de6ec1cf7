/**
 * Hindsight relabelling: turns episodes into (s, thought, goal, s') items with their reward.
 * Per transition: every outcome goal of the bank (reached or not by this episode), future states
 * of the same episode (reward 1 when the goal is the very next state), and states of other episodes
 * as negatives. Texts are interned once and encoded with the serving encoder (encodeHashed).
 */
import { DEFAULT_HASH_ENCODER, encodeHashed, type HashEncoderSpec, type SparseFeatures } from "../critic/encoder/hash.ts";
import type { BankGoal } from "../critic/types.ts";
import type { Rng } from "./rng.ts";
import type { Episode } from "./trajectory.ts";

export class TextTable {
  readonly texts: string[] = [];
  /** Features by text id: encoded as texts are interned, or with `lazyFeats` (a bounded cache, src/train/wasm/feature-cache.ts) when read. */
  readonly feats: SparseFeatures[];
  private readonly ids = new Map<string, number>();
  constructor(readonly encoder: HashEncoderSpec = DEFAULT_HASH_ENCODER, private readonly lazyFeats?: (texts: string[], encoder: HashEncoderSpec) => SparseFeatures[]) {
    this.feats = lazyFeats ? lazyFeats(this.texts, encoder) : [];
  }
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(text, id);
      this.texts.push(text);
      if (!this.lazyFeats) this.feats.push(encodeHashed(text, this.encoder));
    }
    return id;
  }
}

export interface EpisodeRec {
  id: string;
  states: number[];
  thoughts: number[];
  /** reached[j] = 1 when this episode's real outcome satisfies outcome goal j of the bank (goals may overlap). */
  reached: Uint8Array;
  /** 1 when the episode reached the primary positive outcome goal (the label of the outcome metrics). */
  label: 0 | 1;
  /** buckets[g] = the outcome of exclusive group g this episode ended in (hindsight gives the realised bucket). */
  buckets: Uint8Array;
  /** Event goals reached from each step (events.ts eventLabels: [t * E + j]); empty without event goals. */
  eventReached?: Uint8Array;
  /** Importance weight of each step's logged thought given its state (propensity.ts); 1 when absent. */
  stepWeight?: Float32Array;
}

/** When a configured outcome goal counts as reached: a test on the episode's numeric outcome.value. */
export interface ValueTest {
  op: ">" | ">=" | "<" | "<=" | "=";
  than: number;
}

export interface OutcomeGoal extends BankGoal {
  id: number;
  /** Reached when outcome.value passes this test; without it, when outcome.text equals the goal's text. */
  value?: ValueTest;
}

export interface OutcomeGoalSpec {
  text: string;
  polarity: BankGoal["polarity"];
  value?: ValueTest;
  utility?: number;
  /** Union of outcomes of an exclusive group (then no value test): docs/model-format.md. */
  derivedFrom?: { group: string; outcomes: number[] };
}

/** Exclusive, exhaustive outcomes trained as one distribution (config.outcomeGroups). */
export interface OutcomeGroupSpec {
  name: string;
  outcomes: Array<{ text: string; value?: ValueTest; utility: number }>;
}

/** A group with its outcome texts interned (id = the goal input the network scores). */
export interface OutcomeGroupRec {
  name: string;
  outcomes: Array<{ id: number; text: string; value?: ValueTest; utility: number }>;
}

export function passesValueTest(v: number, t: ValueTest): boolean {
  switch (t.op) {
    case ">": return v > t.than;
    case ">=": return v >= t.than;
    case "<": return v < t.than;
    case "<=": return v <= t.than;
    case "=": return v === t.than;
  }
}

/**
 * A configured goal bank (e.g. donates > 0, donates >= 1, donates = 0): every goal is relabelled from
 * each episode's real outcome. Goals with `derivedFrom` are read from their group's distribution.
 */
export function configuredOutcomeGoals(specs: OutcomeGoalSpec[], table: TextTable, groupSpecs: OutcomeGroupSpec[] = []): { goals: OutcomeGoal[]; primary: number; groups: OutcomeGroupRec[] } {
  const seen = new Set<string>();
  const groups = groupSpecs.map((g): OutcomeGroupRec => ({ name: g.name, outcomes: g.outcomes.map((o) => ({ ...o, id: table.id(o.text) })) }));
  const goals = specs.map((s, i): OutcomeGoal => {
    if (seen.has(s.text)) throw new Error(`config.outcomeGoals.${i}.text: duplicate goal "${s.text}"`);
    seen.add(s.text);
    if (s.derivedFrom && !groups.some((g) => g.name === s.derivedFrom!.group)) throw new Error(`config.outcomeGoals.${i}.derivedFrom.group: no outcome group named "${s.derivedFrom.group}"`);
    return {
      text: s.text,
      polarity: s.polarity,
      kind: "outcome",
      id: table.id(s.text),
      ...(s.value ? { value: s.value } : {}),
      ...(s.utility !== undefined ? { utility: s.utility } : {}),
      ...(s.derivedFrom ? { derivedFrom: { group: s.derivedFrom.group, outcomes: [...s.derivedFrom.outcomes] } } : {}),
    };
  });
  return { goals, primary: Math.max(0, goals.findIndex((g) => g.polarity === "positive")), groups };
}

/** The outcome goal bank: the most frequent outcome texts; polarity from success (or value above the median). */
export function buildOutcomeGoals(outcomes: Array<Episode["outcome"]>, table: TextTable, max: number): { goals: OutcomeGoal[]; primary: number; groups: OutcomeGroupRec[] } {
  const episodes = outcomes.map((outcome) => ({ outcome }));
  const stats = new Map<string, { n: number; succ: number; nSucc: number; value: number; nValue: number }>();
  for (const ep of episodes) {
    const s = stats.get(ep.outcome.text) ?? stats.set(ep.outcome.text, { n: 0, succ: 0, nSucc: 0, value: 0, nValue: 0 }).get(ep.outcome.text)!;
    s.n++;
    if (ep.outcome.success !== undefined) (s.nSucc++, (s.succ += ep.outcome.success ? 1 : 0));
    if (ep.outcome.value !== undefined) (s.nValue++, (s.value += ep.outcome.value));
  }
  const values = episodes.map((e) => e.outcome.value).filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  const median = values.length ? values[Math.floor(values.length / 2)]! : 0;
  const ranked = [...stats.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1)).slice(0, max);
  const goals: OutcomeGoal[] = ranked.map(([text, s]) => {
    const positive = s.nSucc > 0 ? s.succ / s.nSucc >= 0.5 : s.value / Math.max(1, s.nValue) > median;
    return { text, polarity: positive ? "positive" : "negative", kind: "outcome", id: table.id(text) };
  });
  const primary = Math.max(0, goals.findIndex((g) => g.polarity === "positive"));
  return { goals, primary, groups: [] as OutcomeGroupRec[] };
}

/** Interns an episode's texts; its outcome is resolved against the goal bank later (setOutcomes). */
export function indexEpisode(ep: Episode, table: TextTable): EpisodeRec {
  return { id: ep.id, states: ep.steps.map((s) => table.id(s.state)), thoughts: ep.steps.map((s) => table.id(s.thought)), reached: new Uint8Array(0), label: 0, buckets: new Uint8Array(0) };
}

function matches(r: EpisodeRec, o: Episode["outcome"], goal: { text: string; value?: ValueTest }): boolean {
  if (!goal.value) return o.text === goal.text;
  if (o.value === undefined) throw new Error(`episode ${r.id}: outcome goal "${goal.text}" tests outcome.value, but the episode has no value`);
  return passesValueTest(o.value, goal.value);
}

/**
 * Marks which bank goals each episode reached, from its real outcome (text match, or the goal's value
 * test), and which outcome of each exclusive group it ended in: the first that matches (none is an error).
 */
export function setOutcomes(recs: EpisodeRec[], outcomes: Array<Episode["outcome"]>, goals: OutcomeGoal[], primary: number, groups: OutcomeGroupRec[] = []): void {
  recs.forEach((r, i) => {
    const o = outcomes[i]!;
    r.buckets = Uint8Array.from(groups, (g) => {
      // the first outcome that matches, like a switch: "= 0", "< 0.5", "< 1", ">= 1" are buckets
      const hit = g.outcomes.findIndex((x) => matches(r, o, x));
      if (hit < 0)
        throw new Error(`episode ${r.id}: its outcome (${JSON.stringify(o.text)}${o.value !== undefined ? `, value ${o.value}` : ""}) matches no outcome of group "${g.name}"; a group's outcomes must cover every episode`);
      return hit;
    });
    r.reached = Uint8Array.from(goals, (g) => {
      const d = g.derivedFrom;
      if (!d) return matches(r, o, g) ? 1 : 0;
      return d.outcomes.includes(r.buckets[groups.findIndex((x) => x.name === d.group)]!) ? 1 : 0;
    });
    r.label = r.reached[primary] ? 1 : 0;
  });
}

export interface GoalItem {
  state: number;
  thought: number;
  goal: number;
  /** Next state's text id, or -1 when the step ends the episode. */
  next: number;
  /** The thought taken at the next state (text id), or -1 when the step ends the episode. */
  nextThought: number;
  reward: 0 | 1;
  /** Discount of the bootstrapped term: outcomeGamma (default 1) for outcome goals, gamma for state goals. */
  gamma: number;
  /** For outcome goals: this episode's realised return (1 if it reached the goal, times outcomeGamma per step left). */
  realised?: number;
  weight: number;
  /** Items of an exclusive group come as a run of its outcomes in order: the group's index and this outcome's. */
  group?: number;
  slot?: number;
}

export interface RelabelOptions {
  gamma: number;
  /** Discount toward outcome goals (1 unless configured; see docs/design/iql-trainer.md). */
  outcomeGamma?: number;
  hindsightGoals: number;
  negativeGoals: number;
  stateGoalWeight: number;
  /** Weight of the event-goal items against the outcome goals' (1 unless configured). */
  eventGoalWeight?: number;
}

/**
 * Where relabelling puts a transition's goal items, one call per item in order (GoalItem's fields;
 * realised NaN and group/slot -1 when the item has none): GoalItem objects for the JS trainer
 * (relabelTransition), typed columns for the wasm one (wasm/items.ts ItemBatch).
 */
export interface ItemSink {
  push(state: number, thought: number, nextThought: number, goal: number, next: number, reward: number, gamma: number, realised: number, weight: number, group?: number, slot?: number): void;
}

class GoalItems implements ItemSink {
  readonly items: GoalItem[] = [];
  push(state: number, thought: number, nextThought: number, goal: number, next: number, reward: number, gamma: number, realised: number, weight: number, group = -1, slot = -1): void {
    const it: GoalItem = { state, thought, nextThought, goal, next, reward: reward as 0 | 1, gamma, weight };
    if (!Number.isNaN(realised)) it.realised = realised;
    if (group >= 0) (it.group = group), (it.slot = slot);
    this.items.push(it);
  }
}

/** Goal items for transition t of episode e. `all` supplies the other episodes' states (negatives). */
export function relabelTransition(e: EpisodeRec, t: number, goals: OutcomeGoal[], all: EpisodeRec[], opt: RelabelOptions, rng: Rng, groups: OutcomeGroupRec[] = [], events: Array<{ id: number }> = []): GoalItem[] {
  const sink = new GoalItems();
  relabelInto(sink, e, t, goals, all, opt, rng, groups, events);
  return sink.items;
}

/**
 * Puts the goal items of transition t of episode e into `sink`, in this order: the bank's outcome goals,
 * each exclusive group's run, hindsight future states, other episodes' states as negatives, then the
 * event goals; all weighted by the step's propensity weight. Random draws in that order too.
 */
export function relabelInto(sink: ItemSink, e: EpisodeRec, t: number, goals: OutcomeGoal[], all: EpisodeRec[], opt: RelabelOptions, rng: Rng, groups: OutcomeGroupRec[] = [], events: Array<{ id: number }> = []): void {
  const T = e.states.length;
  const next = t + 1 < T ? e.states[t + 1]! : -1;
  const state = e.states[t]!, thought = e.thoughts[t]!, nextThought = t + 1 < T ? e.thoughts[t + 1]! : -1;
  const og = opt.outcomeGamma ?? 1;
  const w = e.stepWeight?.[t] ?? 1; // x * 1 is x: steps without a weight keep theirs exactly
  for (let j = 0; j < goals.length; j++) {
    const g = goals[j]!;
    if (g.derivedFrom) continue; // read from its group's distribution, not trained on its own
    const reached = e.reached[j] ? 1 : 0;
    // The outcome arrives after the last step: T - 1 - t further steps from this one.
    const realised = og === 1 ? reached : reached * og ** (T - 1 - t);
    sink.push(state, thought, nextThought, g.id, next, next < 0 ? reached : 0, og, realised, w);
  }
  // one run per group: its outcomes in order, the realised bucket as a one-hot target (undiscounted:
  // a discount would take mass off a distribution that must sum to 1)
  for (let gi = 0; gi < groups.length; gi++) {
    const outcomes = groups[gi]!.outcomes;
    for (let k = 0; k < outcomes.length; k++) {
      const hit = e.buckets[gi] === k ? 1 : 0;
      sink.push(state, thought, nextThought, outcomes[k]!.id, next, next < 0 ? hit : 0, 1, hit, w, gi, k);
    }
  }
  if (next >= 0)
    for (let h = 0; h < opt.hindsightGoals; h++) {
      const goal = e.states[t + 1 + rng.int(T - t - 1)]!;
      sink.push(state, thought, nextThought, goal, next, goal === next ? 1 : 0, opt.gamma, NaN, opt.stateGoalWeight * w);
    }
  for (let h = 0; h < opt.negativeGoals && all.length > 1; h++) {
    let other = all[rng.int(all.length)]!;
    if (other === e) other = all[(all.indexOf(e) + 1) % all.length]!;
    const goal = other.states[rng.int(other.states.length)]!;
    sink.push(state, thought, nextThought, goal, next, goal === next ? 1 : 0, opt.gamma, NaN, opt.stateGoalWeight * w);
  }
  // event goals: the target is the step's own label (next -1: nothing is bootstrapped)
  const E = events.length;
  const ew = (opt.eventGoalWeight ?? 1) * w;
  for (let j = 0; j < E; j++) sink.push(state, thought, -1, events[j]!.id, -1, e.eventReached![t * E + j] ? 1 : 0, 1, NaN, ew);
}
