/**
 * Writes models/test-small.pnlc: a small random-weight critic (hash encoder dim 1024, hidden [32, 32],
 * q and v heads) with a persuasion-style goal and thought bank. It lets the service and tests run before
 * a trained model exists; its scores carry no meaning. Deterministic: same bytes on every run.
 * Usage: npm run make:test-model [-- OUT_PATH]
 */
import { renameSync, writeFileSync } from "node:fs";
import { DEFAULT_HASH_ENCODER } from "../src/critic/encoder/hash.ts";
import { quantizeCritic } from "../src/critic/quantize.ts";
import { randomFloatParams } from "../src/critic/random-params.ts";
import type { BankGoal, BankThought } from "../src/critic/types.ts";

export const TEST_GOALS: BankGoal[] = [
  { text: "the persuadee donates to the charity", polarity: "positive", kind: "outcome" },
  { text: "the persuadee agrees to give a small amount today", polarity: "positive", kind: "outcome" },
  { text: "the persuadee asks how to make the donation", polarity: "positive", kind: "state" },
  { text: "the persuadee refuses to donate", polarity: "negative", kind: "outcome" },
  { text: "the persuadee doubts that the charity is trustworthy", polarity: "negative", kind: "state" },
  { text: "the persuadee ends the conversation", polarity: "negative", kind: "outcome" },
];

export const TEST_THOUGHTS: BankThought[] = [
  { label: "small-ask", text: "point out that even a very small gift makes a real difference" },
  { label: "story", text: "tell the story of one child the charity helped" },
  { label: "evidence", text: "share figures on how the money is spent and what it achieves" },
  { label: "credibility", text: "mention the charity's long record and independent audits" },
  { label: "empathy", text: "ask how the persuadee feels about children in hardship" },
  { label: "reciprocity", text: "offer to match part of the donation personally" },
  { label: "social-proof", text: "say that many others in the study have chosen to give" },
  { label: "low-pressure", text: "respect the persuadee's doubts and leave the choice open" },
];

export function makeTestModel(): Uint8Array {
  const encoder = { ...DEFAULT_HASH_ENCODER, dim: 1024 };
  const params = randomFloatParams(encoder.dim, [32, 32], { seed: 20260101, withV: true });
  return quantizeCritic(params, {
    name: "test-small",
    task: "persuasion",
    description: "Random weights for wiring and tests; scores are meaningless. Made by scripts/make-test-model.ts.",
    createdAt: "2026-01-01T00:00:00.000Z",
    encoder,
    goals: TEST_GOALS,
    thoughts: TEST_THOUGHTS,
    training: { kind: "random-init", seed: 20260101 },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? new URL("../models/test-small.pnlc", import.meta.url).pathname;
  const bytes = makeTestModel();
  writeFileSync(`${out}.tmp`, bytes);
  renameSync(`${out}.tmp`, out);
  console.log(`wrote ${out} (${bytes.length} bytes)`);
}
