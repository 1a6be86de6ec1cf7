import { describe, expect, it } from "vitest";
import { buildOutcomeGoals, indexEpisode, relabelTransition, setOutcomes, TextTable } from "../src/train/relabel.ts";
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
  setOutcomes(recs, eps.map((e) => e.outcome.text), goals, primary);
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
