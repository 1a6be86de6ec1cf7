/**
 * Which episodes trained a model: a 32-bit fingerprint of each training episode (its id and what the
 * agent did, not the state texts, so the same dialogue summarised with or without a profile is still
 * recognised), stored sorted and base64-encoded in the model's metadata. eval-critic uses it to refuse
 * or label as in-sample the episodes a model was trained on. 4 bytes per episode; a chance collision
 * between different episodes is about n / 2^32.
 */
import type { Episode } from "./trajectory.ts";

export const MAX_FINGERPRINTS = 50_000;

function fnv1a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}

export function episodeFingerprint(ep: Pick<Episode, "id" | "steps">): number {
  let h = fnv1a(`${ep.id}\u0000`);
  for (const s of ep.steps) h = fnv1a(`${s.action}\u0001`, h);
  return h;
}

export function encodeFingerprints(fps: Iterable<number>): string {
  const sorted = Uint32Array.from(new Set(fps)).sort();
  return Buffer.from(sorted.buffer, sorted.byteOffset, sorted.byteLength).toString("base64");
}

export function decodeFingerprints(b64: string): Set<number> {
  const bytes = Buffer.from(b64, "base64");
  if (bytes.length % 4) throw new Error("training.episodes.fingerprints: not a whole number of 4-byte values");
  const a = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  return new Set(a);
}
