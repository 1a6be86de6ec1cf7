// Tokenizing for the Wasm hash encoder: [\p{L}\p{N}]+ runs or a lone "$", by code point, as bitmaps and
// token edges (hash_ngram.ts runs the passes); and the ASCII widening of the JS side's bytes.
import { WORD_RANGES, WORD_RANGE_COUNT } from "./word_ranges";
import { CODE_DOLLAR } from "./fnv";

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

// The scalar classifier's next unit (a surrogate pair may end past its chunk); the module runs on one
// thread and never re-enters.
let classifiedTo: i32 = 0;

/** Units [from, to) classified one code point at a time (non-ASCII chunks and the tail): bits or-ed in. */
function classifyScalar(text: usize, from: i32, to: i32, len: i32, wordBits: usize, dollarBits: usize): void {
  let i = max(from, classifiedTo);
  while (i < to) {
    let cp = <i32>load<u16>(text + (<usize>i << 1));
    let units = 1;
    if ((cp & 0xfc00) == 0xd800 && i + 1 < len) {
      const lo = <i32>load<u16>(text + (<usize>(i + 1) << 1));
      if ((lo & 0xfc00) == 0xdc00) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        units = 2;
      }
    }
    if (is_word_cp(cp)) {
      // a pair's two units are one code point: both are word units (the token spans the pair)
      const bits: u64 = units == 2 ? 3 : 1;
      const w = wordBits + ((<usize>i >> 6) << 3);
      const sh = <u64>(i & 63);
      store<u64>(w, load<u64>(w) | (bits << sh));
      if (units == 2 && sh == 63) store<u64>(w, load<u64>(w, 8) | 1, 8);
    } else if (cp == CODE_DOLLAR) {
      const d = dollarBits + ((<usize>i >> 6) << 3);
      store<u64>(d, load<u64>(d) | (<u64>1 << <u64>(i & 63)));
    }
    i += units;
  }
  classifiedTo = i;
}

/**
 * Bitmaps of the text's word units ([\p{L}\p{N}]) and "$" units, 16 code units per step when all are
 * ASCII (a bit test per class), else per code point (surrogate pairs decoded as the `u` regex does).
 * Reads up to 30 bytes past the text's end (the layout's slack).
 */
export function classify(text: usize, len: i32, wordBits: usize, dollarBits: usize, bitmapWords: usize): void {
  memory.fill(wordBits, 0, bitmapWords << 3);
  memory.fill(dollarBits, 0, bitmapWords << 3);
  classifiedTo = 0;
  const zero = i16x8.splat(0x30), a = i16x8.splat(0x61);
  const ten = i16x8.splat(10), letters = i16x8.splat(26), dollar = i16x8.splat(<i16>CODE_DOLLAR), high = i16x8.splat(<i16>0xff80);
  const lanes0 = i16x8(0, 1, 2, 3, 4, 5, 6, 7), lanes1 = i16x8(8, 9, 10, 11, 12, 13, 14, 15);
  for (let i = 0; i < len; i += 16) {
    const p = text + (<usize>i << 1);
    let v0 = v128.load(p);
    let v1 = v128.load(p, 16);
    if (i + 16 > len) {
      // the last chunk: units past the text (the layout's slack) read as 0, which is neither class
      const left = i16x8.splat(<i16>(len - i));
      v0 = v128.and(v0, i16x8.lt_s(lanes0, left));
      v1 = v128.and(v1, i16x8.lt_s(lanes1, left));
    }
    if (v128.any_true(v128.and(v128.or(v0, v1), high)) || i < classifiedTo) {
      classifyScalar(text, i, min(i + 16, len), len, wordBits, dollarBits);
      continue;
    }
    // word units: 0-9 and a-z only (no A-Z test: the text is lower-cased, normalizeText's toLowerCase after NFKC)
    const w0 = v128.or(i16x8.lt_u(i16x8.sub(v0, zero), ten), i16x8.lt_u(i16x8.sub(v0, a), letters));
    const w1 = v128.or(i16x8.lt_u(i16x8.sub(v1, zero), ten), i16x8.lt_u(i16x8.sub(v1, a), letters));
    const d = i8x16.narrow_i16x8_s(i16x8.eq(v0, dollar), i16x8.eq(v1, dollar));
    store<u16>(wordBits + (<usize>i >> 3), <u16>i8x16.bitmask(i8x16.narrow_i16x8_s(w0, w1)));
    store<u16>(dollarBits + (<usize>i >> 3), <u16>i8x16.bitmask(d));
  }
}

/**
 * Tokens from the bitmaps: a word run starts where a word unit follows a non-word one and ends (exclusive)
 * where a non-word unit follows a word one; a "$" starts a token and ends it one unit later. Starts and
 * ends come out in order, so the k-th start pairs with the k-th end. Returns the number of tokens.
 */
export function tokens(wordBits: usize, dollarBits: usize, len: i32, starts: usize, ends: usize): i32 {
  let ks = 0, ke = 0;
  let carryW: u64 = 0, carryD: u64 = 0;
  const words = (<usize>len >> 6) + 1; // through the unit at len (a token ending at the text's end)
  for (let q: usize = 0; q < words; q++) {
    const w = load<u64>(wordBits + (q << 3));
    const d = load<u64>(dollarBits + (q << 3));
    const before = (w << 1) | carryW;
    let s = (w & ~before) | d;
    let e = (~w & before) | (d << 1) | carryD;
    carryW = w >> 63;
    carryD = d >> 63;
    const base = <i32>(q << 6);
    while (s != 0) {
      store<i32>(starts + (<usize>ks << 2), base + <i32>ctz(s));
      ks++;
      s &= s - 1;
    }
    while (e != 0) {
      store<i32>(ends + (<usize>ke << 2), base + <i32>ctz(e));
      ke++;
      e &= e - 1;
    }
  }
  return ks;
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
