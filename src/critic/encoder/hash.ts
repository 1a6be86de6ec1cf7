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

/** NFKC, then lower case: the text the tokenizer reads (the Wasm encoder gets exactly this string). */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export function tokenize(text: string): string[] {
  return normalizeText(text).match(TOKEN) ?? [];
}

// FNV-1a over UTF-16 code units, seeded, with a final avalanche so that the low bits (the bucket)
// depend on every character. A feature is the hash of a string such as "w " + token; the encoder folds
// the characters in directly (fnvStep over a prefix's state) instead of building those strings: the
// same hash, without an allocation per n-gram. Values stay int32; `>>> 0` would give the unsigned hash.
const FNV_PRIME = 0x01000193;

function fnvStart(seed: number): number {
  return 0x811c9dc5 ^ seed;
}

function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

function fnvFinish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

function fnvString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}

const CODE_SPACE = 0x20;
const CODE_LT = 0x3c; // "<" pads a word's start for character n-grams
const CODE_GT = 0x3e; // ">" pads its end

/**
 * Scratch reused across calls (the encoder runs on one thread and never re-enters), sized for the last
 * dim used: bucket sums in float64, added in the order the n-grams occur (as a Map did, so the sums and
 * the output do not depend on how they are stored), a seen-mark per bucket, and the list of buckets
 * touched, which is also what gets reset afterwards.
 */
let sums = new Float64Array(0);
let seen = new Uint8Array(0);
let touched = new Int32Array(256);
let nTouched = 0;
let bucketMask = 0;

function addFeature(h: number, weight: number): void {
  h = fnvFinish(h);
  const idx = h & bucketMask;
  if (seen[idx] === 0) {
    seen[idx] = 1;
    if (nTouched === touched.length) {
      const grown = new Int32Array(touched.length * 2);
      grown.set(touched);
      touched = grown;
    }
    touched[nTouched++] = idx;
  }
  sums[idx] = sums[idx]! + (h < 0 ? -weight : weight); // h < 0: the top bit of the unsigned hash
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
  if (sums.length !== spec.dim) {
    sums = new Float64Array(spec.dim);
    seen = new Uint8Array(spec.dim);
  }
  bucketMask = spec.dim - 1;
  nTouched = 0;
  const seed0 = fnvStart(spec.seed);
  const wordPrefix = fnvStep(fnvStep(seed0, 0x77 /* w */), CODE_SPACE);
  const bigramPrefix = fnvStep(fnvStep(seed0, 0x62 /* b */), CODE_SPACE);
  const charPrefix = fnvStep(fnvStep(seed0, 0x63 /* c */), CODE_SPACE);
  const { wordWeight, bigramWeight, charN, charWeight } = spec;
  const tokens = tokenize(text);
  let prevBigram = 0; // state after "b " + previous token + " "
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (wordWeight !== 0) addFeature(fnvString(wordPrefix, tok), wordWeight);
    if (i > 0 && bigramWeight !== 0) addFeature(fnvString(prevBigram, tok), bigramWeight);
    if (i + 1 < tokens.length) prevBigram = fnvStep(fnvString(bigramPrefix, tok), CODE_SPACE);
    if (charN > 0 && charWeight !== 0 && tok.length >= charN - 1) {
      // grams of "<" + tok + ">": position p of the padded word is "<" at 0, ">" at len + 1, else tok[p - 1]
      const last = tok.length + 1;
      for (let j = 0; j + charN <= last + 1; j++) {
        let h = charPrefix;
        for (let p = j; p < j + charN; p++) h = fnvStep(h, p === 0 ? CODE_LT : p === last ? CODE_GT : tok.charCodeAt(p - 1));
        addFeature(h, charWeight);
      }
    }
  }
  // Ascending buckets with a non-zero sum; L2 norm over the float64 sums, as the values are written.
  const order = touched.subarray(0, nTouched).sort();
  let n = 0;
  for (let k = 0; k < nTouched; k++) if (sums[order[k]!] !== 0) n++;
  const indices = new Int32Array(n);
  const values = new Float32Array(n);
  let norm = 0;
  for (let k = 0, i = 0; k < nTouched; k++) {
    const idx = order[k]!;
    const v = sums[idx]!;
    sums[idx] = 0;
    seen[idx] = 0;
    if (v === 0) continue;
    indices[i] = idx;
    values[i++] = v;
    norm += v * v;
  }
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < n; i++) values[i]! *= inv;
  }
  return { indices, values };
}
