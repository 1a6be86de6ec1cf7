import { Rng } from "../../src/train/rng.ts";
import type { Episode } from "../../src/train/trajectory.ts";

/**
 * The trainer tests' task with a known answer: from "at the start", the thought "take the alpha road"
 * reaches the castle with probability 0.8 and "take the beta road" with 0.2 (even episodes take alpha,
 * one draw per episode from `seed`). `later` gives the states after the start (where the only thought
 * is "carry on"); each test keeps its own wording and ids, so its draws and thresholds are unchanged.
 */
export function forkEpisodes(n: number, seed: number, opts: { id?: string; later?: (branch: string, i: number) => string[] } = {}): Episode[] {
  const rng = new Rng(seed);
  const later = opts.later ?? ((branch) => [`walking the ${branch} road`, `near the end of the ${branch} road`]);
  return Array.from({ length: n }, (_, i) => {
    const branch = i % 2 === 0 ? "alpha" : "beta";
    const win = rng.next() < (branch === "alpha" ? 0.8 : 0.2);
    return {
      id: `${opts.id ?? "fork"}${i}`,
      task: "synthetic",
      steps: [
        { state: "at the start", thought: `take the ${branch} road`, action: "", observation: "" },
        ...later(branch, i).map((state) => ({ state, thought: "carry on", action: "", observation: "" })),
      ],
      outcome: { text: win ? "reached the castle" : "lost in the woods", success: win },
    };
  });
}
