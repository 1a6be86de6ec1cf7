import { describe, expect, it } from "vitest";
import { buildTrainConfig } from "../src/train/config.ts";
import { buildOutcomeGoals, configuredOutcomeGoals, indexEpisode, relabelTransition, setOutcomes, TextTable } from "../src/train/relabel.ts";
import { Rng } from "../src/train/rng.ts";
import type { Episode } from "../src/train/trajectory.ts";

const episode = (id: string, n: number, win: boolean): Episode => ({
  id,
  task: "t",
  steps: Array.from({ length: n }, (_, i) => ({ state: `${id} state ${i}`, thought: `thought ${i}`, action: "", observation: "" })),
  outcome: { text: win ? "won" : "lost", success: win },
});

describe("hindsight relabelling", () => {
  const eps = [episode("a", 4, true), episode("b", 3, false), episode("c", 2, true)];
  const table = new TextTable();
  const recs = eps.map((e) => indexEpisode(e, table));
  const { goals, primary } = buildOutcomeGoals(eps.map((e) => e.outcome), table, 8);
  setOutcomes(recs, eps.map((e) => e.outcome), goals, primary);
  const opt = { gamma: 0.9, hindsightGoals: 3, negativeGoals: 2, stateGoalWeight: 0.5 };

  it("builds the outcome bank with polarity from success and marks each episode's reached goal", () => {
    expect(goals.map((g) => [g.text, g.polarity, g.kind])).toEqual([["won", "positive", "outcome"], ["lost", "negative", "outcome"]]);
    expect(goals[primary]!.text).toBe("won");
    expect(recs.map((r) => r.label)).toEqual([1, 0, 1]);
  });

  it("outcome goals: undiscounted, reward only at the last step and only for the reached outcome", () => {
    const a = recs[0]!;
    const mid = relabelTransition(a, 1, goals, recs, opt, new Rng(1)).filter((i) => i.realised !== undefined);
    expect(mid.map((i) => [table.texts[i.goal], i.reward, i.gamma, i.realised, i.next])).toEqual([
      ["won", 0, 1, 1, a.states[2]],
      ["lost", 0, 1, 0, a.states[2]],
    ]);
    const last = relabelTransition(a, 3, goals, recs, opt, new Rng(1)).filter((i) => i.realised !== undefined);
    expect(last.map((i) => [table.texts[i.goal], i.reward, i.next])).toEqual([["won", 1, -1], ["lost", 0, -1]]);
  });

  it("outcomeGamma < 1 discounts outcome goals: bootstrap by outcomeGamma, realised return by outcomeGamma per step left", () => {
    const a = recs[0]!; // 4 steps, won
    const o = { ...opt, outcomeGamma: 0.5 };
    const mid = relabelTransition(a, 1, goals, recs, o, new Rng(1)).filter((i) => i.realised !== undefined);
    // step 1 of 4: two more steps before the outcome, so the realised return is 0.5^2
    expect(mid.map((i) => [table.texts[i.goal], i.reward, i.gamma, i.realised])).toEqual([["won", 0, 0.5, 0.25], ["lost", 0, 0.5, 0]]);
    const last = relabelTransition(a, 3, goals, recs, o, new Rng(1)).filter((i) => i.realised !== undefined);
    expect(last.map((i) => [table.texts[i.goal], i.reward, i.realised])).toEqual([["won", 1, 1], ["lost", 0, 0]]);
    // state goals keep their own gamma
    expect(relabelTransition(a, 1, goals, recs, o, new Rng(1)).filter((i) => i.realised === undefined).every((i) => i.gamma === 0.9)).toBe(true);
    expect(buildTrainConfig({}).outcomeGamma).toBe(1);
    expect(() => buildTrainConfig({ outcomeGamma: 0 })).toThrow(/outcomeGamma/);
  });

  it("hindsight state goals come from the same episode's future; reward 1 exactly when the goal is the next state", () => {
    const a = recs[0]!;
    for (let seed = 1; seed < 30; seed++) {
      const items = relabelTransition(a, 0, goals, recs, opt, new Rng(seed)).filter((i) => i.realised === undefined);
      const hindsight = items.slice(0, 3);
      for (const h of hindsight) {
        const k = a.states.indexOf(h.goal);
        expect(k).toBeGreaterThan(0);
        expect(h.reward).toBe(k === 1 ? 1 : 0);
        expect(h.gamma).toBe(0.9);
        expect(h.weight).toBe(0.5);
      }
      for (const n of items.slice(3)) {
        expect(a.states).not.toContain(n.goal); // negatives come from other episodes
        expect(n.reward).toBe(0);
      }
    }
    // the last step has no future state: only outcome goals and negatives
    const lastItems = relabelTransition(a, 3, goals, recs, opt, new Rng(3));
    expect(lastItems).toHaveLength(goals.length + 2);
  });
});

describe("configured outcome goals (value tests on the real outcome)", () => {
  const withValue = (id: string, value: number | undefined): Episode => ({ ...episode(id, 2, (value ?? 0) > 0), outcome: { text: (value ?? 0) > 0 ? "gives" : "keeps", success: (value ?? 0) > 0, ...(value === undefined ? {} : { value }) } });
  const specs = buildTrainConfig({
    outcomeGoals: [
      { text: "gives something", polarity: "positive", value: { op: ">", than: 0 } },
      { text: "gives $1 or more", polarity: "positive", value: { op: ">=", than: 1 } },
      { text: "gives nothing", polarity: "negative", value: { op: "=", than: 0 } },
      { text: "gives under $0.50", polarity: "negative", value: { op: "<", than: 0.5 } },
    ],
  }).outcomeGoals!;

  it("marks every goal an episode's value satisfies (goals overlap) and relabels each from it", () => {
    const eps = [withValue("a", 0), withValue("b", 0.25), withValue("c", 1), withValue("d", 2)];
    const table = new TextTable();
    const recs = eps.map((e) => indexEpisode(e, table));
    const { goals, primary } = configuredOutcomeGoals(specs, table);
    setOutcomes(recs, eps.map((e) => e.outcome), goals, primary);
    expect(goals[primary]!.text).toBe("gives something");
    expect(recs.map((r) => [...r.reached])).toEqual([[0, 0, 1, 1], [1, 0, 0, 1], [1, 1, 0, 0], [1, 1, 0, 0]]);
    expect(recs.map((r) => r.label)).toEqual([0, 1, 1, 1]);
    const last = relabelTransition(recs[1]!, 1, goals, recs, { gamma: 0.9, hindsightGoals: 0, negativeGoals: 0, stateGoalWeight: 0.5 }, new Rng(1));
    expect(last.map((i) => [table.texts[i.goal], i.reward, i.realised])).toEqual([["gives something", 1, 1], ["gives $1 or more", 0, 0], ["gives nothing", 0, 0], ["gives under $0.50", 1, 1]]);
  });

  it("refuses an episode without a value, a duplicate goal and a bad test, naming them", () => {
    const table = new TextTable();
    const eps = [withValue("a", 1), withValue("novalue", undefined)];
    const { goals, primary } = configuredOutcomeGoals(specs, table);
    expect(() => setOutcomes(eps.map((e) => indexEpisode(e, table)), eps.map((e) => e.outcome), goals, primary)).toThrow(/episode novalue: outcome goal "gives something"/);
    expect(() => configuredOutcomeGoals([specs[0]!, specs[0]!], table)).toThrow(/config\.outcomeGoals\.1\.text: duplicate/);
    expect(configuredOutcomeGoals([{ ...specs[0]!, utility: 0.75 }, specs[1]!], table).goals.map((g) => g.utility)).toEqual([0.75, undefined]);
    expect(() => buildTrainConfig({ outcomeGoals: [{ text: "x", polarity: "positive", utility: 2 }] })).toThrow(/config\.outcomeGoals\.0\.utility/);
    expect(() => buildTrainConfig({ outcomeGoals: [{ text: "x", polarity: "positive", value: { op: "~", than: 1 } }] })).toThrow(/config\.outcomeGoals\.0\.value\.op/);
  });
});
