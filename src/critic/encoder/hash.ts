/**
 * The default text encoder: signed feature hashing of word unigrams, word bigrams and character
 * n-grams. Deterministic, no network, no vocabulary: the trainer and the runtime call this one
 * function, so a model sees exactly the features it was trained on.
 */

export interface HashEncoderSpec {
  type: "hash-ngram";
  version: 1;
  /** Number of hash buckets; a power of two. */
  dim: number;
  wordWeight: number;
  bigramWeight: number;
  /** Character n-gram length (0 disables), taken inside each word padded with "<" and ">". */
  charN: number;
  charWeight: number;
  seed: number;
}

/** Sparse features: bucket indices (ascending, unique) and their values; L2 norm 1 unless empty. */
export interface SparseFeatures {
  indices: Int32Array;
  values: Float32Array;
}

export const DEFAULT_HASH_ENCODER: HashEncoderSpec = Object.freeze({
  type: "hash-ngram",
  version: 1,
  dim: 2048,
  wordWeight: 1,
  bigramWeight: 0.7,
  charN: 4,
  charWeight: 0.25,
  seed: 0x9e3779b9,
}) as HashEncoderSpec;

const TOKEN = /[\p{L}\p{N}]+|\$/gu;

export function tokenize(text: string): string[] {
  return text.normalize("NFKC").toLowerCase().match(TOKEN) ?? [];
}

/** FNV-1a over UTF-16 code units, seeded; returns an unsigned 32-bit hash. */
function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // final avalanche so that low bits (the bucket) depend on every character
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

export function assertHashEncoderSpec(spec: HashEncoderSpec): void {
  if (spec.type !== "hash-ngram" || spec.version !== 1) throw new Error(`encoder: unsupported hash encoder ${spec.type} v${spec.version}`);
  if (!Number.isInteger(spec.dim) || spec.dim < 16 || spec.dim > 1 << 20 || (spec.dim & (spec.dim - 1)) !== 0)
    throw new Error(`encoder.dim must be a power of two in [16, 2^20], got ${spec.dim}`);
  if (!Number.isInteger(spec.charN) || spec.charN < 0 || spec.charN > 8) throw new Error(`encoder.charN must be an integer in [0, 8], got ${spec.charN}`);
  for (const k of ["wordWeight", "bigramWeight", "charWeight"] as const)
    if (!Number.isFinite(spec[k]) || spec[k] < 0) throw new Error(`encoder.${k} must be a finite number >= 0, got ${spec[k]}`);
}

export function encodeHashed(text: string, spec: HashEncoderSpec = DEFAULT_HASH_ENCODER): SparseFeatures {
  const acc = new Map<number, number>();
  const mask = spec.dim - 1;
  const add = (gram: string, weight: number) => {
    if (weight === 0) return;
    const h = fnv1a(gram, spec.seed);
    const idx = h & mask;
    const sign = h & 0x80000000 ? -1 : 1;
    acc.set(idx, (acc.get(idx) ?? 0) + sign * weight);
  };
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    add("w " + tok, spec.wordWeight);
    if (i > 0) add("b " + tokens[i - 1] + " " + tok, spec.bigramWeight);
    if (spec.charN > 0 && tok.length >= spec.charN - 1) {
      const padded = "<" + tok + ">";
      for (let j = 0; j + spec.charN <= padded.length; j++) add("c " + padded.slice(j, j + spec.charN), spec.charWeight);
    }
  }
  const keys = [...acc.keys()].filter((k) => acc.get(k) !== 0).sort((a, b) => a - b);
  const indices = new Int32Array(keys.length);
  const values = new Float32Array(keys.length);
  let norm = 0;
  keys.forEach((k, i) => {
    const v = acc.get(k)!;
    indices[i] = k;
    values[i] = v;
    norm += v * v;
  });
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < values.length; i++) values[i]! *= inv;
  }
  return { indices, values };
}
