/**
 * Seeded random float critics with realistic scales (He-like init), for tests, the test model and the
 * benchmark. Not a trainer: the weights mean nothing, only their magnitudes are plausible.
 */
import type { FloatCriticParams, FloatHead } from "./types.ts";

/** The project's one seeded PRNG (mulberry32, same sequence in every runtime), under the name the critic tests use. */
export { makeRng as seededRandom } from "../tasks/rng.ts";
import { makeRng as seededRandom } from "../tasks/rng.ts";

export function gaussian(rand: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

function fill(n: number, sigma: number, normal: () => number): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = normal() * sigma;
  return a;
}

function randomHead(inputDim: number, h1: number, h2: number, withThought: boolean, normal: () => number): FloatHead {
  // Inputs are L2-normalised, so x . w has the variance of one weight: sigma ~ 1 keeps pre-activations O(1).
  const s1 = 1;
  return {
    w1: {
      state: fill(inputDim * h1, s1, normal),
      thought: withThought ? fill(inputDim * h1, s1, normal) : undefined,
      goal: fill(inputDim * h1, s1, normal),
    },
    b1: fill(h1, 0.1, normal),
    w2: fill(h2 * h1, Math.sqrt(2 / h1), normal),
    b2: fill(h2, 0.1, normal),
    w3: fill(h2, Math.sqrt(2 / h2), normal),
    b3: fill(1, 0.1, normal),
  };
}

export function randomFloatParams(inputDim: number, hidden: [number, number], opts: { seed: number; withV?: boolean }): FloatCriticParams {
  const normal = gaussian(seededRandom(opts.seed));
  const [h1, h2] = hidden;
  return {
    inputDim,
    hidden: [h1, h2],
    q: randomHead(inputDim, h1, h2, true, normal),
    v: opts.withV === false ? undefined : randomHead(inputDim, h1, h2, false, normal),
  };
}
