/**
 * A batch of relabelled goal items as columns of typed arrays, filled in place: what the wasm member
 * loop relabels into instead of one GoalItem object per item (relabel.ts relabelTransition), whose
 * objects and their garbage took about a third of a trainer thread's time. `relabelInto` draws from the
 * random stream in the same order and gives the same items, field for field (test/train-wasm-items.test.ts),
 * so a model does not change with the representation.
 */
import type { GoalItem, EpisodeRec, OutcomeGoal, OutcomeGroupRec, RelabelOptions } from "../relabel.ts";
import type { Rng } from "../rng.ts";

export class ItemBatch {
  n = 0;
  state = new Int32Array(0);
  thought = new Int32Array(0);
  goal = new Int32Array(0);
  /** Next state's text id, or -1 when the step ends the episode. */
  next = new Int32Array(0);
  nextThought = new Int32Array(0);
  reward = new Uint8Array(0);
  gamma = new Float64Array(0);
  /** The realised return of an outcome goal; NaN for other goals (GoalItem.realised undefined). */
  realised = new Float64Array(0);
  weight = new Float64Array(0);
  /** The exclusive group and outcome of a group's run, or -1. */
  group = new Int32Array(0);
  slot = new Int32Array(0);

  constructor(capacity = 256) {
    this.grow(capacity);
  }

  reset(): void {
    this.n = 0;
  }

  push(state: number, thought: number, nextThought: number, goal: number, next: number, reward: number, gamma: number, realised: number, weight: number, group = -1, slot = -1): void {
    if (this.n === this.state.length) this.grow(this.n * 2);
    const i = this.n++;
    this.state[i] = state;
    this.thought[i] = thought;
    this.nextThought[i] = nextThought;
    this.goal[i] = goal;
    this.next[i] = next;
    this.reward[i] = reward;
    this.gamma[i] = gamma;
    this.realised[i] = realised;
    this.weight[i] = weight;
    this.group[i] = group;
    this.slot[i] = slot;
  }

  /** From GoalItem objects (tests; callers that relabel with relabel.ts). */
  static from(items: GoalItem[]): ItemBatch {
    const b = new ItemBatch(Math.max(16, items.length));
    for (const it of items) b.push(it.state, it.thought, it.nextThought, it.goal, it.next, it.reward, it.gamma, it.realised ?? NaN, it.weight, it.group ?? -1, it.slot ?? -1);
    return b;
  }

  /** Item i as a GoalItem (tests). */
  item(i: number): GoalItem {
    const it: GoalItem = { state: this.state[i]!, thought: this.thought[i]!, goal: this.goal[i]!, next: this.next[i]!, nextThought: this.nextThought[i]!, reward: this.reward[i] as 0 | 1, gamma: this.gamma[i]!, weight: this.weight[i]! };
    if (!Number.isNaN(this.realised[i]!)) it.realised = this.realised[i]!;
    if (this.group[i]! >= 0) (it.group = this.group[i]!), (it.slot = this.slot[i]!);
    return it;
  }

  private grow(capacity: number): void {
    const n = this.n;
    const i32 = (a: Int32Array) => { const b = new Int32Array(capacity); b.set(a.subarray(0, n)); return b; };
    const f64 = (a: Float64Array) => { const b = new Float64Array(capacity); b.set(a.subarray(0, n)); return b; };
    this.state = i32(this.state);
    this.thought = i32(this.thought);
    this.nextThought = i32(this.nextThought);
    this.goal = i32(this.goal);
    this.next = i32(this.next);
    const r = new Uint8Array(capacity);
    r.set(this.reward.subarray(0, n));
    this.reward = r;
    this.gamma = f64(this.gamma);
    this.realised = f64(this.realised);
    this.weight = f64(this.weight);
    this.group = i32(this.group);
    this.slot = i32(this.slot);
  }
}

/**
 * Appends the goal items of transition t of episode e (relabel.ts relabelTransition, same order, same
 * draws): the bank's outcome goals, each group's run, hindsight future states, other episodes' states
 * as negatives, then the event goals; all weighted by the step's propensity weight.
 */
export function relabelInto(b: ItemBatch, e: EpisodeRec, t: number, goals: OutcomeGoal[], all: EpisodeRec[], opt: RelabelOptions, rng: Rng, groups: OutcomeGroupRec[] = [], events: Array<{ id: number }> = []): void {
  const from = b.n;
  const T = e.states.length;
  const next = t + 1 < T ? e.states[t + 1]! : -1;
  const state = e.states[t]!, thought = e.thoughts[t]!, nextThought = t + 1 < T ? e.thoughts[t + 1]! : -1;
  const og = opt.outcomeGamma ?? 1;
  for (let j = 0; j < goals.length; j++) {
    const g = goals[j]!;
    if (g.derivedFrom) continue; // read from its group's distribution, not trained on its own
    const reached = e.reached[j] ? 1 : 0;
    const realised = og === 1 ? reached : reached * og ** (T - 1 - t);
    b.push(state, thought, nextThought, g.id, next, next < 0 ? reached : 0, og, realised, 1);
  }
  for (let gi = 0; gi < groups.length; gi++) {
    const outcomes = groups[gi]!.outcomes;
    for (let k = 0; k < outcomes.length; k++) {
      const hit = e.buckets[gi] === k ? 1 : 0;
      b.push(state, thought, nextThought, outcomes[k]!.id, next, next < 0 ? hit : 0, 1, hit, 1, gi, k);
    }
  }
  if (next >= 0)
    for (let h = 0; h < opt.hindsightGoals; h++) {
      const goal = e.states[t + 1 + rng.int(T - t - 1)]!;
      b.push(state, thought, nextThought, goal, next, goal === next ? 1 : 0, opt.gamma, NaN, opt.stateGoalWeight);
    }
  for (let h = 0; h < opt.negativeGoals && all.length > 1; h++) {
    let other = all[rng.int(all.length)]!;
    if (other === e) other = all[(all.indexOf(e) + 1) % all.length]!;
    const goal = other.states[rng.int(other.states.length)]!;
    b.push(state, thought, nextThought, goal, next, goal === next ? 1 : 0, opt.gamma, NaN, opt.stateGoalWeight);
  }
  const E = events.length;
  for (let j = 0; j < E; j++) b.push(state, thought, -1, events[j]!.id, -1, e.eventReached![t * E + j] ? 1 : 0, 1, NaN, 1);
  const w = e.stepWeight?.[t];
  if (w !== undefined) for (let i = from; i < b.n; i++) b.weight[i]! *= w;
}
