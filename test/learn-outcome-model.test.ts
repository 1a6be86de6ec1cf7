import { describe, expect, it } from "vitest";
import { fitOutcomeModel, type OutcomeRow } from "../src/learn/outcome-model.ts";
import { makeRng } from "../src/tasks/rng.ts";

describe("the doubly robust estimate's outcome model", () => {
  it("learns what a thought is worth at a step from the logged outcomes, cross-fitted (an episode never predicts itself)", () => {
    const rng = makeRng(11);
    const rows: OutcomeRow[] = [];
    for (let e = 0; e < 400; e++) {
      const good = rng() < 0.5;
      const outcome = rng() < (good ? 0.85 : 0.15) ? 1 : 0;
      rows.push({ episode: e, state: "at the fork", step: 0, thought: good ? "walk to the castle" : "wander in the woods", outcome });
    }
    const q = fitOutcomeModel(rows);
    expect(q(0, "at the fork", 0, "walk to the castle")).toBeGreaterThan(0.7);
    expect(q(0, "at the fork", 0, "wander in the woods")).toBeLessThan(0.3);
    // one episode with a unique thought and outcome 1: the half that holds it learns it, the other half cannot
    const lone: OutcomeRow[] = [...rows, ...Array.from({ length: 30 }, () => ({ episode: 1000, state: "at the fork", step: 0, thought: "fly over the hills", outcome: 1 }))];
    const q2 = fitOutcomeModel(lone);
    expect(q2(1000, "at the fork", 0, "fly over the hills")).toBeLessThan(q2(1001, "at the fork", 0, "fly over the hills") - 0.2);
  });
});
