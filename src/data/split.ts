/**
 * The held-out rule shared by the trainer and eval-critic: an episode (dialogue) is held out when a
 * hash of its id falls in the first `heldoutPercent` of 100 buckets. A hash, not a random draw, so
 * any tool (and anyone outside) can tell which dialogues a model never saw.
 */

export const DEFAULT_HELDOUT_PERCENT = 20;

function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return h >>> 0;
}

export function splitBucket(id: string): number {
  return fnv1a32(`pnlc-split:${id}`) % 100;
}

export function isHeldout(id: string, heldoutPercent = DEFAULT_HELDOUT_PERCENT): boolean {
  return splitBucket(id) < heldoutPercent;
}

export type SplitName = "all" | "train" | "heldout";

export function inSplit(id: string, split: SplitName, heldoutPercent = DEFAULT_HELDOUT_PERCENT): boolean {
  if (split === "all") return true;
  return split === "heldout" ? isHeldout(id, heldoutPercent) : !isHeldout(id, heldoutPercent);
}

/** The share of the training split each development fold takes (scripts/persuasion-dev-split.ts). */
export const DEV_PERCENT = 25;

/**
 * Which of the 100 / DEV_PERCENT development folds a training-split episode falls in: a second hash of
 * its id, independent of the held-out rule, so recipes can be chosen without the held-out split
 * (scripts/persuasion-dev-split.ts --fold, scripts/persuasion-ceiling.ts FOLDS=dev).
 */
export function devFold(id: string): number {
  return Math.floor(splitBucket(`dev:${id}`) / DEV_PERCENT);
}
