/** Shared fixtures for the critic tests (Node and workerd): random models, realistic texts, batches. */
import { DEFAULT_HASH_ENCODER, type HashEncoderSpec } from "../src/critic/encoder/hash.ts";
import { quantizeCritic } from "../src/critic/quantize.ts";
import { randomFloatParams, seededRandom } from "../src/critic/random-params.ts";
import { checkInputs, H1, H2, ROWS } from "../src/critic/select-build.ts";
import type { BankGoal, DenseEncoderSpec, EncoderSpec, FloatCriticParams } from "../src/critic/types.ts";

const WORDS = (
  "the persuadee persuader donor charity children save give donate donation money small amount today " +
  "refuse doubt trust story help need hungry school family ask why how much dollar cents agree maybe " +
  "later think about it not sure sounds good research study pay bonus task syria war medicine water"
).split(" ");

export function textGenerator(seed: number): (words: number) => string {
  const r = seededRandom(seed);
  return (n) => Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]!).join(" ");
}

export interface RandomModel {
  params: FloatCriticParams;
  bytes: Uint8Array;
  encoder: EncoderSpec;
}

export function hashModel(dim: number, hidden: [number, number], seed: number, withV = true, spec: Partial<HashEncoderSpec> = {}): RandomModel {
  const encoder: HashEncoderSpec = { ...DEFAULT_HASH_ENCODER, ...spec, dim };
  const params = randomFloatParams(dim, hidden, { seed, withV });
  const bytes = quantizeCritic(params, { name: `rand-${seed}`, task: "test", createdAt: "2026-01-01T00:00:00.000Z", encoder, goals: [], thoughts: [] });
  return { params, bytes, encoder };
}

/** The donation buckets of PersuasionForGood as one exclusive group, and bank goals derived from it. */
export const DONATION_GROUP = {
  name: "donation",
  outcomes: ["the persuadee donates nothing", "the persuadee donates under $0.50", "the persuadee donates $0.50 to $1", "the persuadee donates $1 or more"],
  utilities: [0, 0.2, 0.5, 1],
};
export const DERIVED_GOALS: BankGoal[] = [
  { text: "the persuadee donates", polarity: "positive", kind: "outcome", derivedFrom: { group: "donation", outcomes: [1, 2, 3] } },
  { text: "the persuadee donates $1 or more", polarity: "positive", kind: "outcome", derivedFrom: { group: "donation", outcomes: [3] } },
  { text: "the persuadee does not donate", polarity: "negative", kind: "outcome", derivedFrom: { group: "donation", outcomes: [0] } },
  { text: "the persuadee donates at least $0.50", polarity: "positive", kind: "outcome", derivedFrom: { group: "donation", outcomes: [2, 3] } },
  { text: "the persuadee feels respected", polarity: "positive", kind: "state" },
];

/** A random hashed model (format version 2) whose bank is DERIVED_GOALS on DONATION_GROUP, plus one ungrouped goal. */
export function groupedModel(dim: number, hidden: [number, number], seed: number): RandomModel {
  const encoder: HashEncoderSpec = { ...DEFAULT_HASH_ENCODER, dim };
  const params = randomFloatParams(dim, hidden, { seed, withV: true });
  const bytes = quantizeCritic(params, { name: `grouped-${seed}`, task: "test", createdAt: "2026-01-01T00:00:00.000Z", encoder, goals: DERIVED_GOALS, outcomeGroups: [DONATION_GROUP], thoughts: [] });
  return { params, bytes, encoder };
}

export function denseModel(dim: number, hidden: [number, number], seed: number): RandomModel {
  const encoder: DenseEncoderSpec = { type: "dense", provider: "test", model: "unit-vectors", dim };
  const params = randomFloatParams(dim, hidden, { seed, withV: true });
  const bytes = quantizeCritic(params, {
    name: `dense-${seed}`,
    task: "test",
    createdAt: "2026-01-01T00:00:00.000Z",
    encoder,
    goals: [{ text: "the user is satisfied", polarity: "positive", kind: "outcome" }],
    thoughts: [],
  });
  return { params, bytes, encoder };
}

/** A random unit vector of length dim (dense embeddings are usually normalised). */
export function unitVector(dim: number, rand: () => number): Float32Array {
  const v = Float32Array.from({ length: dim }, () => rand() * 2 - 1);
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

/** Formats the first values and the max difference for an assertion message. */
export function describeDiff(label: string, want: Float32Array, got: Float32Array): { max: number; message: string } {
  let max = 0;
  let at = 0;
  for (let i = 0; i < want.length; i++) {
    const d = Math.abs(want[i]! - got[i]!);
    if (!(d <= max)) {
      max = d;
      at = i;
    }
  }
  const first = (a: Float32Array) => Array.from(a.slice(0, 6), (x) => x.toFixed(5)).join(", ");
  return { max, message: `${label}: max |diff| ${max} at ${at}; want [${first(want)}], got [${first(got)}]` };
}

/** Pairs of goals whose float scores differ by more than `margin` must keep their order in int8. */
export function orderingViolations(float: Float32Array, int8: Float32Array, T: number, G: number, margin: number): string[] {
  const bad: string[] = [];
  for (let t = 0; t < T; t++)
    for (let a = 0; a < G; a++)
      for (let b = 0; b < G; b++) {
        const fa = float[t * G + a]!, fb = float[t * G + b]!;
        if (fa - fb > margin && !(int8[t * G + a]! > int8[t * G + b]!)) bad.push(`t${t}: g${a} ${fa.toFixed(4)} > g${b} ${fb.toFixed(4)} but int8 ${int8[t * G + a]} <= ${int8[t * G + b]}`);
      }
  return bad;
}

/** The build self-check's layer 2 in plain JS (src/critic/select-build.ts): what both builds must give. */
export function layer2Reference(): Int32Array {
  const { x, w2 } = checkInputs();
  const out = new Int32Array(ROWS * H2);
  for (let r = 0; r < ROWS; r++) for (let o = 0; o < H2; o++) for (let j = 0; j < H1; j++) out[r * H2 + o]! += x[r * H1 + j]! * w2[o * H1 + j]!;
  return out;
}

