/**
 * The wasm member loop's relabelling into typed columns (src/train/wasm/items.ts) against the reference
 * relabelling (relabel.ts relabelTransition): the same items, field for field, in the same order, and
 * the same random draws (the streams stay in step), with groups, events, propensity weights and a
 * discounted outcome goal.
 */
import { describe, expect, it } from "vitest";
import { configuredOutcomeGoals, indexEpisode, relabelInto, relabelTransition, setOutcomes, TextTable, type GoalItem } from "../src/train/relabel.ts";
import { Rng } from "../src/train/rng.ts";
import { ItemBatch } from "../src/train/wasm/items.ts";
import type { Episode } from "../src/train/trajectory.ts";
import { GIFT_GOALS as GOALS, GIFT_GROUPS as GROUPS } from "./helpers/gift-goals.ts";


function setup() {
  const rng = new Rng(11);
  const table = new TextTable({ type: "hash-ngram", version: 1, dim: 64, wordWeight: 1, bigramWeight: 0.7, charN: 4, charWeight: 0.25, seed: 7 });
  const eps: Episode[] = Array.from({ length: 9 }, (_, i) => ({
    id: `e${i}`,
    task: "t",
    // a state repeats across episodes, so a negative goal can equal the next state (reward 1)
    steps: Array.from({ length: 1 + rng.int(5) }, (_, t) => ({ state: `state ${(i * 3 + t) % 7}`, thought: `thought ${rng.int(4)}`, action: "", observation: "" })),
    outcome: { text: "done", value: rng.int(3) },
  }));
  const recs = eps.map((e) => indexEpisode(e, table));
  const { goals, primary, groups } = configuredOutcomeGoals(GOALS, table, GROUPS);
  setOutcomes(recs, eps.map((e) => e.outcome), goals, primary, groups);
  const events = [{ id: table.id("agrees") }, { id: table.id("objects") }];
  recs.forEach((r, i) => {
    r.eventReached = Uint8Array.from({ length: r.states.length * 2 }, (_, k) => (i + k) % 3 === 0 ? 1 : 0);
    if (i % 2) r.stepWeight = Float32Array.from(r.states, (_, t) => 0.3 + 0.7 * t);
  });
  return { recs, goals, groups, events };
}

describe("relabelInto (typed columns)", () => {
  for (const opt of [
    { gamma: 0.9, hindsightGoals: 1, negativeGoals: 1, stateGoalWeight: 0.5 },
    { gamma: 0.8, outcomeGamma: 0.7, hindsightGoals: 2, negativeGoals: 3, stateGoalWeight: 0.3 },
  ])
    it(`gives relabelTransition's items and draws (hindsight ${opt.hindsightGoals}, negatives ${opt.negativeGoals}, outcomeGamma ${opt.outcomeGamma ?? 1})`, () => {
      const { recs, goals, groups, events } = setup();
      const ref = new Rng(3), typed = new Rng(3);
      const batch = new ItemBatch(4); // small: the columns grow mid-batch
      const expected: GoalItem[] = [];
      for (let round = 0; round < 3; round++)
        recs.forEach((e) => e.states.forEach((_, t) => {
          expected.push(...relabelTransition(e, t, goals, recs, opt, ref, groups, events));
          relabelInto(batch, e, t, goals, recs, opt, typed, groups, events);
        }));
      expect(batch.n).toBe(expected.length);
      expect(Array.from({ length: batch.n }, (_, i) => batch.item(i))).toEqual(expected);
      expect(typed.next()).toBe(ref.next());
      // the cases the comparison must cover
      expect(expected.some((it) => it.group !== undefined && it.slot === 1)).toBe(true);
      expect(expected.some((it) => it.realised !== undefined && it.realised > 0 && it.realised < 1) || opt.outcomeGamma === undefined).toBe(true);
      expect(expected.some((it) => it.next >= 0 && it.reward === 1 && it.realised === undefined)).toBe(true);
      expect(new Set(expected.map((it) => it.weight)).size).toBeGreaterThan(3);
      batch.reset();
      expect(batch.n).toBe(0);
    });

  it("ItemBatch.from and item() round-trip GoalItems", () => {
    const { recs, goals, groups, events } = setup();
    const items = relabelTransition(recs[1]!, 0, goals, recs, { gamma: 0.9, hindsightGoals: 1, negativeGoals: 1, stateGoalWeight: 0.5 }, new Rng(1), groups, events);
    const b = ItemBatch.from(items);
    expect(Array.from({ length: b.n }, (_, i) => b.item(i))).toEqual(items);
  });
});
