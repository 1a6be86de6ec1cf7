// The hash-ngram text encoder (src/critic/encoder/hash.ts) in Wasm, feature for feature: JS hands over
// the text already NFKC-normalised and lower-cased (docs/design/wasm-encoder.md says why); tokenizing
// ([\p{L}\p{N}]+ or a lone "$", by code point), hashing, n-gram extraction, the per-bucket sums, the
// ascending order and the L2 normalisation happen here, in the same order and the same float64
// arithmetic as the JS encoder, so both give the same Int32Array/Float32Array bit for bit.
//
// The work runs in passes over flat arrays instead of one branchy walk per character and token (a
// mispredicted branch at every word boundary and at the end of every token's loops cost more than the
// hashing): (1) word/"$" bitmaps of the text, 16 code units per SIMD step, and (2) token starts and ends
// from the bitmaps' edges (tokenize.ts); (3) every position's character n-gram hash, 4-8 positions per
// step (the n-grams inside a token are a run of these), (4) per token its word, bigram and first n-gram
// chains in i32x4 lanes of 4 tokens, and (5) one list of features in the JS order (token_hashes.ts);
// (6) here, one branch-free pass adds the list into the bucket sums, then the ascending order, the
// norm and the f32 values.
//
// Encoder descriptor (ENC_BYTES, written by JS from the model's encoder spec):
//   f64 wordWeight @0, f64 bigramWeight @8, f64 charWeight @16,
//   i32 dim @24 (power of two), i32 charN @28, i32 seed @32,
//   i32 sums @36 (f64 [dim]), i32 seen @40 (u8 [dim] of room, used as a bitmap of dim bits in u64 words),
//   i32 touched @44 (i32 [dim])
// sums and seen must be zero on entry and are left zero (only the touched buckets are reset).
// Per-call work memory: encoder_work_bytes(longest text, or run of texts: encode_texts) bytes, 16-aligned, any content.
import { CODE_SPACE, fnvStep } from "./fnv";
import { featureList, featureListAll, gramHashes, listEndTok, tokenHashes } from "./token_hashes";
import { classify, tokens } from "./tokenize";

export { ascii_lower_widen, is_word_cp } from "./tokenize";

export const ENC_BYTES: i32 = 48;
/** Most code units a run of texts may span (src/critic/wasm-text.ts ENCODER_RUN_MAX): bounds the work memory. */
const RUN_MAX: i32 = 4096;

/** Bytes of work memory encode_text needs for a text of up to maxLen code units. */
export function encoder_work_bytes(maxLen: i32): usize {
  const n = <usize>max(maxLen, 0);
  const bitmapWords = (n >> 6) + 2;
  return 2 * (bitmapWords << 3) + 2 * (((n + 4) << 2) + 15 & ~(<usize>15)) + 2 * ((n + 16) << 2) + ((5 * n + 32) << 2) + 5 * ((n + 8) << 2);
}

let lastValues: usize = 0; // where the last back() wrote its values (per-call state, as below)

/**
 * Ascending touched buckets: a scan of the seen bitmap, 64 buckets per word (read lowest bit first: no
 * branch per bucket), when the table has at most 128 buckets per touched one; else a heapsort (large
 * tables, short texts). Leaves the bitmap zero.
 */
function sortTouched(seen: usize, touched: usize, nTouched: i32, dim: i32): void {
  if (dim <= nTouched << 7) {
    let k = 0;
    const words = <usize>(dim + 63) >> 6;
    for (let i: usize = 0; i < words; i++) {
      let m = load<u64>(seen + (i << 3));
      if (m == 0) continue;
      store<u64>(seen + (i << 3), 0);
      const base = <i32>(i << 6);
      while (m != 0) {
        store<i32>(touched + (<usize>k << 2), base + <i32>ctz(m));
        k++;
        m &= m - 1;
      }
    }
    return;
  }
  for (let k = 0; k < nTouched; k++) store<u64>(seen + ((<usize>load<i32>(touched + (<usize>k << 2)) >> 6) << 3), 0);
  const n = nTouched;
  for (let start = (n >> 1) - 1; start >= 0; start--) siftDown(touched, start, n);
  for (let end = n - 1; end > 0; end--) {
    const top = load<i32>(touched);
    store<i32>(touched, load<i32>(touched + (<usize>end << 2)));
    store<i32>(touched + (<usize>end << 2), top);
    siftDown(touched, 0, end);
  }
}

function siftDown(touched: usize, root: i32, n: i32): void {
  const v = load<i32>(touched + (<usize>root << 2));
  let i = root;
  while (true) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && load<i32>(touched + (<usize>(c + 1) << 2)) > load<i32>(touched + (<usize>c << 2))) c++;
    const cv = load<i32>(touched + (<usize>c << 2));
    if (cv <= v) break;
    store<i32>(touched + (<usize>i << 2), cv);
    i = c;
  }
  store<i32>(touched + (<usize>i << 2), v);
}

// A feature's signed weight by its top three bits (sign, kind: fnv.ts): word, bigram, char, unused, then
// the same negated (sign bit flipped, as JS's -w), filled from the descriptor once per encode call. One shift and a
// load per feature instead of the kind's shift, mask and load and the sign's xor (the sums pass is ~5
// cycles per feature, bound by its instruction count).
const WEIGHTS: usize = memory.data(64, 16);

// Whether every kind is on (featureListAll applies), set with WEIGHTS once per call.
let allKinds = false;

function fillWeights(enc: usize): void {
  allKinds = load<i32>(enc, 28) > 0 && load<f64>(enc) != 0 && load<f64>(enc, 8) != 0 && load<f64>(enc, 16) != 0;
  for (let k: usize = 0; k < 3; k++) {
    const w = load<i64>(enc + (k << 3));
    store<i64>(WEIGHTS + (k << 3), w);
    store<i64>(WEIGHTS + ((k + 4) << 3), w ^ (<i64>1 << 63));
  }
  store<i64>(WEIGHTS, 0, 24);
  store<i64>(WEIGHTS, <i64>1 << 63, 56);
}

/** sums[bucket] += the feature's signed weight, and its bucket marked in the seen bitmap (no branch). */
@inline function addMarked(e: i32, mask: i32, enc: usize, sums: usize, seen: usize): void {
  const idx = <usize>(e & mask);
  const w = load<f64>(WEIGHTS + (<usize>(<u32>e >> 29) << 3));
  const p = sums + (idx << 3);
  store<f64>(p, load<f64>(p) + w);
  const s = seen + ((idx >> 6) << 3);
  store<u64>(s, load<u64>(s) | (<u64>1 << <u64>(idx & 63)));
}

// Per-call state (the module runs on one thread and never re-enters): the work layout of the last
// front() and its tokens, read by back().
let wStarts: usize = 0, wEnds: usize = 0, wGrams: usize = 0, wStates: usize = 0, wList: usize = 0, wHashes: usize = 0;
let fTok = 0, fG = 0, backTok = 0;

/**
 * The passes that depend on the text alone, over len code units at text (one text, or several texts
 * separated by a space each: tokens never cross a space, so every text gets its own tokens, and a
 * text's first bigram is dropped by back()): bitmaps, tokens, n-gram hashes and per-token chains.
 * work: encoder_work_bytes(len) bytes.
 */
function front(enc: usize, text: usize, len: i32, work: usize): void {
  const charN = load<i32>(enc, 28);
  const mask = load<i32>(enc, 24) - 1;
  // work layout (encoder_work_bytes)
  const n0 = <usize>max(len, 0);
  const bitmapWords = (n0 >> 6) + 2;
  const wordBits = work;
  const dollarBits = wordBits + (bitmapWords << 3);
  const starts = dollarBits + (bitmapWords << 3);
  const ends = starts + (((n0 + 4) << 2) + 15 & ~(<usize>15));
  const grams = ends + (((n0 + 4) << 2) + 15 & ~(<usize>15));
  const states = grams + ((n0 + 16) << 2);
  const list = states + ((n0 + 16) << 2);

  classify(text, len, wordBits, dollarBits, bitmapWords);
  const nTok = tokens(wordBits, dollarBits, len, starts, ends);
  if (charN > 0 && load<f64>(enc, 16) != 0) {
    const seed0 = <i32>0x811c9dc5 ^ load<i32>(enc, 32);
    gramHashes(text, len, charN, fnvStep(fnvStep(seed0, 0x63), CODE_SPACE), mask, grams, states);
  }
  const hashes = list + ((5 * n0 + 32) << 2); // G <= (n0 + 3) / 4 groups of 5 vectors (w, b, f, nb, last gram: tokenHashes)
  fG = tokenHashes(text, len, nTok, starts, ends, hashes, enc, mask, states);
  fTok = nTok;
  wStarts = starts; wEnds = ends; wGrams = grams; wStates = states; wList = list; wHashes = hashes;
}

/**
 * Encodes one normalised text (UTF-16, len code units at text, with 32 readable bytes after it) into
 * outIdx (i32) and outVal (f32), each with room for min(dim, 5 * len) entries; returns the number of
 * features n. outVal == 0 packs the values after the indices, at outIdx + align16(t * 4) with t >= n:
 * min(features listed, dim) for small tables, else the touched buckets (encode_texts records where).
 * work: encoder_work_bytes(len) bytes.
 */
export function encode_text(enc: usize, text: usize, len: i32, outIdx: usize, outVal: usize, work: usize): i32 {
  front(enc, text, len, work);
  fillWeights(enc);
  return back(enc, 0, i32.MAX_VALUE, outIdx, outVal);
}

/**
 * The features of one text, as encode_text describes: front()'s tokens from t0 on that start before
 * code unit `to` (the text's end in the run); backTok is left at the first token after them.
 */
function back(enc: usize, t0: i32, to: i32, outIdx: usize, outVal: usize): i32 {
  const dim = load<i32>(enc, 24);
  const sums = <usize>load<i32>(enc, 36);
  const seen = <usize>load<i32>(enc, 40);
  const touched = <usize>load<i32>(enc, 44);
  const mask = dim - 1;
  const list = wList;
  let nList: i32;
  if (allKinds) {
    nList = featureListAll(t0, fTok, to, wStarts, wEnds, wGrams, list, load<i32>(enc, 28) - 1, wHashes, fG);
    backTok = listEndTok;
  } else {
    let t1 = t0;
    while (t1 < fTok && load<i32>(wStarts + (<usize>t1 << 2)) < to) t1++;
    nList = featureList(t0, t1, wStarts, wEnds, wGrams, wStates, list, enc, mask, wHashes, fG);
    backTok = t1;
  }

  // The bucket sums in list order (= the JS order, so every float64 sum rounds as in JS), each feature's
  // signed weight from WEIGHTS.
  let nTouched = 0;
  const scan = dim <= nList << 6; // small table: the seen bitmap alone gives the ascending order
  if (scan) {
    const listEnd = list + (<usize>nList << 2);
    let q = list;
    for (; q + 8 <= listEnd; q += 8) {
      addMarked(load<i32>(q), mask, enc, sums, seen);
      addMarked(load<i32>(q, 4), mask, enc, sums, seen);
    }
    if (q < listEnd) addMarked(load<i32>(q), mask, enc, sums, seen);
  } else {
    for (let f = 0; f < nList; f++) {
      const e = load<i32>(list + (<usize>f << 2));
      const idx = <usize>(e & mask);
      const w = load<f64>(WEIGHTS + (<usize>(<u32>e >> 29) << 3));
      const s = seen + ((idx >> 6) << 3);
      const word = load<u64>(s);
      const bit = <u64>1 << <u64>(idx & 63);
      if ((word & bit) == 0) {
        store<u64>(s, word | bit);
        store<i32>(touched + (<usize>nTouched << 2), <i32>idx);
        nTouched++;
      }
      const p = sums + (idx << 3);
      store<f64>(p, load<f64>(p) + w);
    }
    sortTouched(seen, touched, nTouched, dim);
  }
  // Ascending buckets with a non-zero sum; L2 norm over the float64 sums, values rounded to f32 as written.
  // Packed (outVal == 0): values after room for every touched bucket (zero sums, which are dropped, are
  // rare). With the bitmap scan, room for every listed feature instead (touched <= listed <= 5 * len, so
  // within the caller's min(dim, 5 * len)): a popcount pass over the bitmap per text cost ~0.3 us of the
  // bench decision's 25 texts; the price is some slack between indices and values (repeated features).
  if (scan) nTouched = min(nList, dim);
  if (outVal == 0) outVal = outIdx + ((<usize>nTouched << 2) + 15 & ~(<usize>15));
  lastValues = outVal;
  let n = 0;
  let norm: f64 = 0;
  if (scan) {
    const words = <usize>(dim + 63) >> 6;
    for (let i: usize = 0; i < words; i++) {
      let m = load<u64>(seen + (i << 3));
      if (m == 0) continue;
      store<u64>(seen + (i << 3), 0);
      const base = i << 6;
      do {
        const idx = base + <usize>ctz(m);
        m &= m - 1;
        const v = load<f64>(sums + (idx << 3));
        store<f64>(sums + (idx << 3), 0);
        if (v == 0) continue;
        store<i32>(outIdx + (<usize>n << 2), <i32>idx);
        store<f32>(outVal + (<usize>n << 2), <f32>v);
        n++;
        norm += v * v;
      } while (m != 0);
    }
  } else {
    for (let k = 0; k < nTouched; k++) {
      const idx = <usize>load<i32>(touched + (<usize>k << 2));
      const v = load<f64>(sums + (idx << 3));
      store<f64>(sums + (idx << 3), 0);
      if (v == 0) continue;
      store<i32>(outIdx + (<usize>n << 2), <i32>idx);
      store<f32>(outVal + (<usize>n << 2), <f32>v);
      n++;
      norm += v * v;
    }
  }
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    // values[k] = f32(f64(values[k]) * inv), as JS's Float32Array *= does, 4 at a time: the packed
    // conversions (cvtps2pd / cvtpd2ps) round exactly as the scalar ones, and the scalar ones carried a
    // false register dependency from one value to the next in V8's code (cvtss2sd/cvtsd2ss merge into
    // their destination register).
    const vinv = f64x2.splat(inv);
    let k = 0;
    for (; k + 4 <= n; k += 4) {
      const p = outVal + (<usize>k << 2);
      const v = v128.load(p);
      const lo = f32x4.demote_f64x2_zero(f64x2.mul(f64x2.promote_low_f32x4(v), vinv));
      const hi = f32x4.demote_f64x2_zero(f64x2.mul(f64x2.promote_low_f32x4(i64x2.shuffle(v, v, 1, 0)), vinv));
      v128.store(p, i64x2.shuffle(lo, hi, 0, 2));
    }
    for (; k < n; k++) {
      const p = outVal + (<usize>k << 2);
      store<f32>(p, <f32>(<f64>load<f32>(p) * inv));
    }
  }
  return n;
}

/**
 * Encodes the texts of a table (nTexts i32 pairs: UTF-16 pointer, length) into the sparse text records
 * at records (16 bytes each: kind 0, indices, values, n). A length of -1 skips the text: JS has filled
 * its record already (features from its cache). Features are packed from `out` on, indices then values,
 * each 16-aligned: a text of length len takes at most 2 * align16(min(dim, 5 * len) * 4) bytes.
 * Consecutive entries whose texts follow each other in memory with one space between them form a run:
 * its text-only passes (front) run once over the whole run, which saves their per-text start-up on a
 * decision's many short texts. A run spans at most RUN_MAX code units (a longer text goes alone).
 * work: encoder_work_bytes(max(longest text, min(RUN_MAX, the texts' total)). Returns the first byte
 * after the packed features.
 */
export function encode_texts(enc: usize, texts: usize, nTexts: i32, records: usize, out: usize, work: usize): usize {
  fillWeights(enc); // once per call: back() reads WEIGHTS for every text
  let t = 0;
  while (t < nTexts) {
    const len = load<i32>(texts + (<usize>t << 3), 4);
    if (len < 0) {
      t++;
      continue;
    }
    const start = <usize>load<i32>(texts + (<usize>t << 3));
    let end = start + (<usize>len << 1);
    let u = t + 1;
    while (u < nTexts) {
      const ul = load<i32>(texts + (<usize>u << 3), 4);
      if (ul < 0 || <usize>load<i32>(texts + (<usize>u << 3)) != end + 2 || load<u16>(end) != CODE_SPACE) break;
      if (<i32>((end - start) >> 1) + 1 + ul > RUN_MAX) break;
      end += 2 + (<usize>ul << 1);
      u++;
    }
    front(enc, start, <i32>((end - start) >> 1), work);
    let tok = 0;
    for (; t < u; t++) {
      const to = <i32>((<usize>load<i32>(texts + (<usize>t << 3)) - start) >> 1) + load<i32>(texts + (<usize>t << 3), 4);
      const rec = records + (<usize>t << 4);
      const n = back(enc, tok, to, out, 0);
      tok = backTok;
      const val = lastValues;
      store<i32>(rec, 0);
      store<i32>(rec, <i32>out, 4);
      store<i32>(rec, <i32>val, 8);
      store<i32>(rec, n, 12);
      out = val + ((<usize>n << 2) + 15 & ~(<usize>15));
    }
  }
  return out;
}
