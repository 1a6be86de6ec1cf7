import { textGenerator } from "../test/critic-fixtures.ts";

/**
 * The 1x8x16 decision bench/critic.ts scores from text, for the A/B probes: textGenerator(7) after the
 * four shapes' batches (1x8x16, 1x1x1, 1x8x8, 1x32x16) drew theirs, then a state of 60 words, 8 thoughts
 * of 12 and 16 goals of 8. `texts` is the same 25 texts in that order.
 */
export function benchDecisionTexts(): { state: string; thoughts: string[]; goals: string[]; texts: string[] } {
  const text = textGenerator(7);
  for (const [T, G] of [[8, 16], [1, 1], [8, 8], [32, 16]] as const) {
    text(60);
    for (let i = 0; i < T; i++) text(12);
    for (let i = 0; i < G; i++) text(8);
  }
  const state = text(60);
  const thoughts = Array.from({ length: 8 }, () => text(12));
  const goals = Array.from({ length: 16 }, () => text(8));
  return { state, thoughts, goals, texts: [state, ...thoughts, ...goals] };
}
