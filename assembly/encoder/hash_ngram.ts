// The hash-ngram text encoder (src/critic/encoder/hash.ts) in Wasm, feature for feature: JS hands over
// the text already NFKC-normalised and lower-cased (docs/design/wasm-encoder.md says why); tokenizing
// ([\p{L}\p{N}]+ or a lone "$", by code point), hashing, n-gram extraction, the per-bucket sums, the
// ascending order and the L2 normalisation happen here, in the same order and the same float64
// arithmetic as the JS encoder, so both give the same Int32Array/Float32Array bit for bit.
//
// Encoder descriptor (ENC_BYTES, written by JS from the model's encoder spec):
//   f64 wordWeight @0, f64 bigramWeight @8, f64 charWeight @16,
//   i32 dim @24 (power of two), i32 charN @28, i32 seed @32,
//   i32 sums @36 (f64 [dim]), i32 seen @40 (u8 [dim] of room, used as a bitmap of dim bits in u64 words),
//   i32 touched @44 (i32 [dim])
// sums and seen must be zero on entry and are left zero (only the touched buckets are reset).
import { WORD_RANGES, WORD_RANGE_COUNT } from "./word_ranges";

export const ENC_BYTES: i32 = 48;

const FNV_PRIME: i32 = 0x01000193;
const CODE_SPACE: i32 = 0x20;
const CODE_LT: i32 = 0x3c;
const CODE_GT: i32 = 0x3e;
const CODE_DOLLAR: i32 = 0x24;

@inline function fnvStep(h: i32, code: i32): i32 {
  return (h ^ code) * FNV_PRIME;
}

@inline function fnvFinish(h: i32): i32 {
  h ^= <i32>(<u32>h >> 16);
  h *= <i32>0x85ebca6b;
  return h ^ <i32>(<u32>h >> 13);
}

/** Whether code point cp is a letter or a number (\p{L} or \p{N}): inline for ASCII, else a binary search. */
export function is_word_cp(cp: i32): bool {
  if (cp < 0x80) return <u32>(cp - 0x61) < 26 || <u32>(cp - 0x30) < 10 || <u32>(cp - 0x41) < 26;
  let lo = 0;
  let hi = WORD_RANGE_COUNT - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (<u32>cp < unchecked(WORD_RANGES[mid << 1])) hi = mid - 1;
    else if (<u32>cp > unchecked(WORD_RANGES[(mid << 1) + 1])) lo = mid + 1;
    else return true;
  }
  return false;
}

// ASCII letters and digits as a 128-bit set (two words), so the common case is a bit test in the loop.
const ASCII_DIGITS: u64 = 0x03ff000000000000; // '0'..'9' = 0x30..0x39
const ASCII_LETTERS: u64 = 0x07fffffe07fffffe; // 'A'..'Z' = 0x41..0x5a, 'a'..'z' = 0x61..0x7a (bits - 64)

@inline function isWordAscii(cp: i32): bool {
  const word = cp < 64 ? ASCII_DIGITS : ASCII_LETTERS;
  return <bool>((word >> <u64>(cp & 63)) & 1);
}

// Per-call state (the module runs on one thread and never re-enters).
let sums: usize = 0;
let seen: usize = 0;
let touched: usize = 0;
let nTouched: i32 = 0;
let mask: i32 = 0;
let lastValues: usize = 0; // where the last encode_text wrote its values

// seen is a bitmap (one bit per bucket): the ascending scan reads 64 buckets per word.
@inline function addFeature(h: i32, weight: f64): void {
  h = fnvFinish(h);
  const idx = <usize>(h & mask);
  const w = seen + ((idx >> 6) << 3);
  const word = load<u64>(w);
  const bit = <u64>1 << <u64>(idx & 63);
  if ((word & bit) == 0) {
    store<u64>(w, word | bit);
    store<i32>(touched + (<usize>nTouched << 2), <i32>idx);
    nTouched++;
  }
  const p = sums + (idx << 3);
  store<f64>(p, load<f64>(p) + (h < 0 ? -weight : weight));
}

@inline function fnvRange(h: i32, text: usize, start: i32, end: i32): i32 {
  for (let i = start; i < end; i++) h = fnvStep(h, <i32>load<u16>(text + (<usize>i << 1)));
  return h;
}

/**
 * Ascending touched buckets: a scan of the seen bitmap, 64 buckets per word (read lowest bit first: no
 * branch per bucket), when the table has at most 128 buckets per touched one; else a heapsort (large
 * tables, short texts). Leaves the bitmap zero.
 */
function sortTouched(dim: i32): void {
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
  for (let start = (n >> 1) - 1; start >= 0; start--) siftDown(start, n);
  for (let end = n - 1; end > 0; end--) {
    const top = load<i32>(touched);
    store<i32>(touched, load<i32>(touched + (<usize>end << 2)));
    store<i32>(touched + (<usize>end << 2), top);
    siftDown(0, end);
  }
}

function siftDown(root: i32, n: i32): void {
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

/**
 * One token's features: word, bigram with the previous token, character n-grams of "<" + token + ">".
 * Returns the next token's bigram prefix ("b " + token + " "). The word, the bigram and that prefix
 * hash the same characters: one pass runs the three FNV chains side by side (independent multiplies
 * overlap in the pipeline); features are still added in the JS order.
 */
@inline function tokenFeatures(text: usize, s: i32, e: i32, first: bool, prevBigram: i32, wordPrefix: i32, bigramPrefix: i32, charPrefix: i32, wW: f64, bW: f64, cW: f64, charN: i32): i32 {
  let hw = wordPrefix;
  let hb = prevBigram;
  let hn = bigramPrefix;
  for (let i = s; i < e; i++) {
    const c = <i32>load<u16>(text + (<usize>i << 1));
    hw = fnvStep(hw, c);
    hb = fnvStep(hb, c);
    hn = fnvStep(hn, c);
  }
  if (wW != 0) addFeature(hw, wW);
  if (!first && bW != 0) addFeature(hb, bW);
  const len = e - s;
  if (charN > 0 && cW != 0 && len >= charN - 1) {
    // grams of "<" + token + ">", without a branch per character: the first starts with "<" and takes
    // charN - 1 characters, the middle ones (len + 1 - charN of them) lie inside the token, the last
    // takes the final charN - 1 characters and ">".
    const k = charN - 1;
    addFeature(fnvRange(fnvStep(charPrefix, CODE_LT), text, s, s + k), cW);
    if (charN == 4) {
      // the default: a sliding window of 4 code units in registers, each gram hashed unrolled
      let c0 = <i32>load<u16>(text + (<usize>s << 1));
      let c1 = <i32>load<u16>(text + (<usize>(s + 1) << 1));
      let c2 = <i32>load<u16>(text + (<usize>(s + 2) << 1));
      for (let j = s + 3; j < e; j++) {
        const c3 = <i32>load<u16>(text + (<usize>j << 1));
        addFeature(fnvStep(fnvStep(fnvStep(fnvStep(charPrefix, c0), c1), c2), c3), cW);
        c0 = c1;
        c1 = c2;
        c2 = c3;
      }
    } else for (let j = s; j + charN <= e; j++) addFeature(fnvRange(charPrefix, text, j, j + charN), cW);
    addFeature(fnvStep(fnvRange(charPrefix, text, e - k, e), CODE_GT), cW);
  }
  return fnvStep(hn, CODE_SPACE);
}

/**
 * Encodes one normalised text (UTF-16, len code units at text) into outIdx (i32) and outVal (f32),
 * each with room for min(dim, 5 * len) entries; returns the number of features n. outVal == 0 packs
 * the values after the indices, at outIdx + align16(t * 4) for the t >= n touched buckets (encode_texts
 * records where).
 */
export function encode_text(enc: usize, text: usize, len: i32, outIdx: usize, outVal: usize): i32 {
  const wW = load<f64>(enc), bW = load<f64>(enc, 8), cW = load<f64>(enc, 16);
  const dim = load<i32>(enc, 24), charN = load<i32>(enc, 28), seed = load<i32>(enc, 32);
  sums = <usize>load<i32>(enc, 36);
  seen = <usize>load<i32>(enc, 40);
  touched = <usize>load<i32>(enc, 44);
  mask = dim - 1;
  nTouched = 0;
  const seed0 = <i32>0x811c9dc5 ^ seed;
  const wordPrefix = fnvStep(fnvStep(seed0, 0x77), CODE_SPACE);
  const bigramPrefix = fnvStep(fnvStep(seed0, 0x62), CODE_SPACE);
  const charPrefix = fnvStep(fnvStep(seed0, 0x63), CODE_SPACE);
  let prevBigram = 0;
  let first = true;
  let start = -1; // start of the word run being read, -1 outside one
  let i = 0;
  while (i <= len) {
    let cp = -1; // -1: end of text
    let next = i + 1;
    if (i < len) {
      cp = <i32>load<u16>(text + (<usize>i << 1));
      if ((cp & 0xfc00) == 0xd800 && i + 1 < len) {
        const lo = <i32>load<u16>(text + (<usize>(i + 1) << 1));
        if ((lo & 0xfc00) == 0xdc00) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          next = i + 2;
        }
      }
    }
    const word = <u32>cp < 0x80 ? isWordAscii(cp) : cp >= 0 && is_word_cp(cp);
    if (word) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) {
        prevBigram = tokenFeatures(text, start, i, first, prevBigram, wordPrefix, bigramPrefix, charPrefix, wW, bW, cW, charN);
        first = false;
        start = -1;
      }
      if (cp == CODE_DOLLAR) {
        prevBigram = tokenFeatures(text, i, i + 1, first, prevBigram, wordPrefix, bigramPrefix, charPrefix, wW, bW, cW, charN);
        first = false;
      }
    }
    i = next;
  }
  sortTouched(dim);
  // Ascending buckets with a non-zero sum; L2 norm over the float64 sums, values rounded to f32 as written.
  // Packed (outVal == 0): values after room for every touched bucket (zero sums, which are dropped, are rare).
  if (outVal == 0) outVal = outIdx + ((<usize>nTouched << 2) + 15 & ~(<usize>15));
  lastValues = outVal;
  let n = 0;
  let norm: f64 = 0;
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
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    // values[k] = f32(f64(values[k]) * inv), as JS's Float32Array *= does, 4 at a time: the packed
    // conversions (cvtps2pd / cvtpd2ps) round exactly as the scalar ones, and the scalar ones carried a
    // false register dependency from one value to the next in V8's code (cvtss2sd/cvtsd2ss merge into
    // their destination register): this loop took about a third of the encoder's time.
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
 * Returns the first byte after the packed features.
 */
export function encode_texts(enc: usize, texts: usize, nTexts: i32, records: usize, out: usize): usize {
  for (let t = 0; t < nTexts; t++) {
    const len = load<i32>(texts + (<usize>t << 3), 4);
    if (len < 0) continue;
    const rec = records + (<usize>t << 4);
    const n = encode_text(enc, <usize>load<i32>(texts + (<usize>t << 3)), len, out, 0);
    const val = lastValues;
    store<i32>(rec, 0);
    store<i32>(rec, <i32>out, 4);
    store<i32>(rec, <i32>val, 8);
    store<i32>(rec, n, 12);
    out = val + ((<usize>n << 2) + 15 & ~(<usize>15));
  }
  return out;
}

/**
 * ASCII text as bytes (src, n) -> UTF-16 code units at dst, lower-cased: for ASCII, NFKC is the identity
 * and lower-casing maps A-Z to a-z only, so this equals normalizeText on it (JS sends a decision's ASCII
 * texts as one TextEncoder.encodeInto instead of normalising and copying them one code unit at a time).
 */
export function ascii_lower_widen(src: usize, n: i32, dst: usize): void {
  const a = i8x16.splat(0x41);
  const letters = i8x16.splat(26);
  const bit = i8x16.splat(0x20);
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const v = v128.load(src + <usize>i);
    const lower = v128.or(v, v128.and(i8x16.lt_u(i8x16.sub(v, a), letters), bit));
    v128.store(dst + (<usize>i << 1), i16x8.extend_low_i8x16_u(lower));
    v128.store(dst + (<usize>i << 1), i16x8.extend_high_i8x16_u(lower), 16);
  }
  for (; i < n; i++) {
    const c = <u32>load<u8>(src + <usize>i);
    store<u16>(dst + (<usize>i << 1), <u16>(c - 0x41 < 26 ? c | 0x20 : c));
  }
}
