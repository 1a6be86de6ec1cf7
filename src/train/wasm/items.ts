/**
 * A batch of relabelled goal items as columns of typed arrays, filled in place: what the wasm member
 * loop relabels into (relabel.ts relabelInto, the same relabelling that gives the JS trainer its GoalItem
 * objects) instead of one object per item, whose objects and their garbage took about a third of a
 * trainer thread's time. The same items, field for field (test/train-wasm-items.test.ts), so a model does
 * not change with the representation.
 */
import type { GoalItem, ItemSink } from "../relabel.ts";

export class ItemBatch implements ItemSink {
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
