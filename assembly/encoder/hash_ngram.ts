// The hash-ngram text encoder (src/critic/encoder/hash.ts) in Wasm, feature for feature: JS hands over
// the text already NFKC-normalised and lower-cased (docs/design/wasm-encoder.md says why); tokenizing
// ([\p{L}\p{N}]+ or a lone "$", by code point), hashing, n-gram extraction, the per-bucket sums, the
// ascending order and the L2 normalisation happen here, in the same order and the same float64
// arithmetic as the JS encoder, so both give the same Int32Array/Float32Array bit for bit.
//
// The work runs in passes over flat arrays instead of one branchy walk per character and token (a
// mispredicted branch at every word boundary and at the end of every token's loops cost more than the
// hashing): (1) word/"$" bitmaps of the text, 16 code units per SIMD step; (2) token starts and ends from
// the bitmaps' edges; (3) every position's character n-gram hash, 4 positions per i32x4 (the n-grams
// inside a token are a run of these); (4) per token its word and bigram hashes and its n-grams appended
// to one list of features in the JS order; (5) one branch-free pass adds the list into the bucket sums.
//
// Encoder descriptor (ENC_BYTES, written by JS from the model's encoder spec):
//   f64 wordWeight @0, f64 bigramWeight @8, f64 charWeight @16,
//   i32 dim @24 (power of two), i32 charN @28, i32 seed @32,
//   i32 sums @36 (f64 [dim]), i32 seen @40 (u8 [dim] of room, used as a bitmap of dim bits in u64 words),
//   i32 touched @44 (i32 [dim])
// sums and seen must be zero on entry and are left zero (only the touched buckets are reset).
// Per-call work memory: encoder_work_bytes(longest text) bytes, 16-aligned, any content.
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

// A feature in the list: bucket index (bits 0-19, dim <= 2^20), weight kind (bits 20-21: word, bigram,
// character n-gram) and the sign (bit 31, the top bit of the finished hash).
const KIND_SHIFT: i32 = 20;
const KIND_BIGRAM: i32 = 1 << KIND_SHIFT;
const KIND_CHAR: i32 = 2 << KIND_SHIFT;

@inline function feature(h: i32, mask: i32, kind: i32): i32 {
  h = fnvFinish(h);
  return (h & mask) | (h & 0x80000000) | kind;
}

/** Bytes of work memory encode_text needs for a text of up to maxLen code units. */
export function encoder_work_bytes(maxLen: i32): usize {
  const n = <usize>max(maxLen, 0);
  const bitmapWords = (n >> 6) + 2;
  return 2 * (bitmapWords << 3) + 2 * (((n + 4) << 2) + 15 & ~(<usize>15)) + 2 * ((n + 16) << 2) + ((5 * n + 32) << 2) + 4 * ((n + 8) << 2);
}

// Per-call state (the module runs on one thread and never re-enters).
let lastValues: usize = 0; // where the last encode_text wrote its values
let classifiedTo: i32 = 0; // the scalar classifier's next unit (a surrogate pair may end past its chunk)

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
function classify(text: usize, len: i32, wordBits: usize, dollarBits: usize, bitmapWords: usize): void {
  memory.fill(wordBits, 0, bitmapWords << 3);
  memory.fill(dollarBits, 0, bitmapWords << 3);
  classifiedTo = 0;
  const zero = i16x8.splat(0x30), a = i16x8.splat(0x61), A = i16x8.splat(0x41);
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
    const w0 = v128.or(v128.or(i16x8.lt_u(i16x8.sub(v0, zero), ten), i16x8.lt_u(i16x8.sub(v0, a), letters)), i16x8.lt_u(i16x8.sub(v0, A), letters));
    const w1 = v128.or(v128.or(i16x8.lt_u(i16x8.sub(v1, zero), ten), i16x8.lt_u(i16x8.sub(v1, a), letters)), i16x8.lt_u(i16x8.sub(v1, A), letters));
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
function tokens(wordBits: usize, dollarBits: usize, len: i32, starts: usize, ends: usize): i32 {
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
 * grams[p] = the character n-gram feature starting at unit p, and states[p] = the FNV state after its
 * first charN - 1 units (the last n-gram of a token ending at e is states[e - charN + 1] with ">"), for
 * p in [0, len - charN + 1] (rounded up to a multiple of 4: the layout leaves 32 bytes after every text,
 * and the extra entries are never read): 4 positions per i32x4, each lane its own FNV chain.
 */
function gramHashes(text: usize, len: i32, charN: i32, charPrefix: i32, mask: i32, grams: usize, states: usize): void {
  const prime = i32x4.splat(FNV_PRIME);
  const start = i32x4.splat(charPrefix);
  const vmask = i32x4.splat(mask);
  const sign = i32x4.splat(<i32>0x80000000);
  const kind = i32x4.splat(KIND_CHAR);
  const c1 = i32x4.splat(<i32>0x85ebca6b);
  const k = charN - 1;
  let p = 0;
  if (charN == 4) {
    // the default: 8 positions per step in two independent chains (the multiplies' latency overlaps)
    for (; p <= len - k - 4; p += 8) {
      const at = text + (<usize>p << 1);
      let h = i32x4.mul(v128.xor(start, v128.load16x4_u(at)), prime);
      let g = i32x4.mul(v128.xor(start, v128.load16x4_u(at, 8)), prime);
      h = i32x4.mul(v128.xor(h, v128.load16x4_u(at, 2)), prime);
      g = i32x4.mul(v128.xor(g, v128.load16x4_u(at, 10)), prime);
      h = i32x4.mul(v128.xor(h, v128.load16x4_u(at, 4)), prime);
      g = i32x4.mul(v128.xor(g, v128.load16x4_u(at, 12)), prime);
      v128.store(states + (<usize>p << 2), h);
      v128.store(states + (<usize>p << 2), g, 16);
      h = i32x4.mul(v128.xor(h, v128.load16x4_u(at, 6)), prime);
      g = i32x4.mul(v128.xor(g, v128.load16x4_u(at, 14)), prime);
      h = v128.xor(h, i32x4.shr_u(h, 16));
      g = v128.xor(g, i32x4.shr_u(g, 16));
      h = i32x4.mul(h, c1);
      g = i32x4.mul(g, c1);
      h = v128.xor(h, i32x4.shr_u(h, 13));
      g = v128.xor(g, i32x4.shr_u(g, 13));
      v128.store(grams + (<usize>p << 2), v128.or(v128.or(v128.and(h, vmask), v128.and(h, sign)), kind));
      v128.store(grams + (<usize>p << 2), v128.or(v128.or(v128.and(g, vmask), v128.and(g, sign)), kind), 16);
    }
  }
  for (; p <= len - k; p += 4) {
    const at = text + (<usize>p << 1);
    let h = start;
    if (charN == 4) {
      // the default, unrolled
      h = i32x4.mul(v128.xor(h, v128.load16x4_u(at)), prime);
      h = i32x4.mul(v128.xor(h, v128.load16x4_u(at, 2)), prime);
      h = i32x4.mul(v128.xor(h, v128.load16x4_u(at, 4)), prime);
    } else for (let j = 0; j < k; j++) h = i32x4.mul(v128.xor(h, v128.load16x4_u(at + (<usize>j << 1))), prime);
    v128.store(states + (<usize>p << 2), h);
    h = i32x4.mul(v128.xor(h, v128.load16x4_u(at + (<usize>k << 1))), prime);
    h = v128.xor(h, i32x4.shr_u(h, 16));
    h = i32x4.mul(h, c1);
    h = v128.xor(h, i32x4.shr_u(h, 13));
    v128.store(grams + (<usize>p << 2), v128.or(v128.or(v128.and(h, vmask), v128.and(h, sign)), kind));
  }
}


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

/**
 * Per token, in i32x4 lanes (each lane its own FNV chains; a lane past its token's end multiplies by 1
 * and xors 0, so a token's length is a lane mask, not a loop exit per token): its word hash (w), its
 * bigram with the previous token (b), its first character n-gram ("<" + its first charN - 1 units: f),
 * finished as features, and the hash of "b " + token + " " that starts the next token's bigram (nb).
 * Lane l takes tokens l * G .. l * G + G - 1 (G = ceil(nTok / 4)) in order, so a lane's bigram chain
 * starts from the nb its previous step left in the same lane: one pass over the text, all four chains
 * on the same code units. The first token of lanes 1-3 gets its bigram afterwards (its predecessor ran
 * in the lane before). The code units come 4 at a time per token (one load each), transposed by
 * shuffles. Results at [g * 4 + l] for token l * G + g (out: w, b, f, nb, each 4 * G entries); starts
 * and ends get padded with empty tokens to 4 * G. Reads at most 8 bytes past the text's end (the
 * layout's slack).
 */
function tokenHashes(text: usize, len: i32, nTok: i32, starts: usize, ends: usize, out: usize, enc: usize, mask: i32): i32 {
  const charN = load<i32>(enc, 28);
  const seed0 = <i32>0x811c9dc5 ^ load<i32>(enc, 32);
  const wordPrefix = fnvStep(fnvStep(seed0, 0x77), CODE_SPACE);
  const bigramPrefix = fnvStep(fnvStep(seed0, 0x62), CODE_SPACE);
  const charPrefix = fnvStep(fnvStep(seed0, 0x63), CODE_SPACE);
  const k = charN - 1;
  const prime = i32x4.splat(FNV_PRIME);
  const primeLess1 = i32x4.splat(FNV_PRIME - 1);
  const zero = i32x4.splat(0);
  const one = i32x4.splat(1);
  const vmask = i32x4.splat(mask);
  const lenv = i32x4.splat(len);
  const space = i32x4.splat(CODE_SPACE);
  const G = (nTok + 3) >> 2;
  for (let t = nTok; t < G << 2; t++) {
    store<i32>(starts + (<usize>t << 2), 0);
    store<i32>(ends + (<usize>t << 2), 0);
  }
  const lane = <usize>G << 2; // bytes from a lane's token to the next lane's
  const hwOut = out, hbOut = out + (<usize>G << 4), hfOut = out + (<usize>G << 5), nbOut = out + (<usize>G * 48);
  let nb = zero;
  for (let g = 0; g < G; g++) {
    const sp = starts + (<usize>g << 2), ep = ends + (<usize>g << 2);
    let sv = v128.load32_zero(sp);
    sv = v128.load32_lane(sp + lane, sv, 1);
    sv = v128.load32_lane(sp + 2 * lane, sv, 2);
    sv = v128.load32_lane(sp + 3 * lane, sv, 3);
    let ev = v128.load32_zero(ep);
    ev = v128.load32_lane(ep + lane, ev, 1);
    ev = v128.load32_lane(ep + 2 * lane, ev, 2);
    ev = v128.load32_lane(ep + 3 * lane, ev, 3);
    const lens = i32x4.sub(ev, sv);
    const maxLen = max(max(i32x4.extract_lane(lens, 0), i32x4.extract_lane(lens, 1)), max(i32x4.extract_lane(lens, 2), i32x4.extract_lane(lens, 3)));
    let rem = lens;
    let hw = i32x4.splat(wordPrefix), hn = i32x4.splat(bigramPrefix), hb = nb, hf = i32x4.splat(fnvStep(charPrefix, CODE_LT));
    for (let j = 0; j < maxLen; j += 4) {
      // 4 units of each token from unit j on (clamped to the text's end: the values past a token are
      // unused); c0: units j (low four u16) and j + 1 (high four) of the four tokens, c1: j + 2, j + 3
      const at = i32x4.shl(i32x4.min_s(i32x4.add(sv, i32x4.splat(j)), lenv), 1);
      const r0 = v128.load64_zero(text + <usize>i32x4.extract_lane(at, 0));
      const r1 = v128.load64_zero(text + <usize>i32x4.extract_lane(at, 1));
      const r2 = v128.load64_zero(text + <usize>i32x4.extract_lane(at, 2));
      const r3 = v128.load64_zero(text + <usize>i32x4.extract_lane(at, 3));
      const u01 = i8x16.shuffle(r0, r1, 0, 1, 16, 17, 2, 3, 18, 19, 4, 5, 20, 21, 6, 7, 22, 23);
      const u23 = i8x16.shuffle(r2, r3, 0, 1, 16, 17, 2, 3, 18, 19, 4, 5, 20, 21, 6, 7, 22, 23);
      const c0 = i8x16.shuffle(u01, u23, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23);
      const c1 = i8x16.shuffle(u01, u23, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31);
      {
        const c = i32x4.extend_low_i16x8_u(c0);
        const on = i32x4.gt_s(rem, zero);
        rem = i32x4.sub(rem, one);
        const cm = v128.and(c, on);
        const pm = i32x4.add(one, v128.and(on, primeLess1));
        hw = i32x4.mul(v128.xor(hw, cm), pm);
        hn = i32x4.mul(v128.xor(hn, cm), pm);
        hb = i32x4.mul(v128.xor(hb, cm), pm);
        if (j + 0 < k) hf = i32x4.mul(v128.xor(hf, c), prime);
      }
      {
        const c = i32x4.extend_high_i16x8_u(c0);
        const on = i32x4.gt_s(rem, zero);
        rem = i32x4.sub(rem, one);
        const cm = v128.and(c, on);
        const pm = i32x4.add(one, v128.and(on, primeLess1));
        hw = i32x4.mul(v128.xor(hw, cm), pm);
        hn = i32x4.mul(v128.xor(hn, cm), pm);
        hb = i32x4.mul(v128.xor(hb, cm), pm);
        if (j + 1 < k) hf = i32x4.mul(v128.xor(hf, c), prime);
      }
      {
        const c = i32x4.extend_low_i16x8_u(c1);
        const on = i32x4.gt_s(rem, zero);
        rem = i32x4.sub(rem, one);
        const cm = v128.and(c, on);
        const pm = i32x4.add(one, v128.and(on, primeLess1));
        hw = i32x4.mul(v128.xor(hw, cm), pm);
        hn = i32x4.mul(v128.xor(hn, cm), pm);
        hb = i32x4.mul(v128.xor(hb, cm), pm);
        if (j + 2 < k) hf = i32x4.mul(v128.xor(hf, c), prime);
      }
      {
        const c = i32x4.extend_high_i16x8_u(c1);
        const on = i32x4.gt_s(rem, zero);
        rem = i32x4.sub(rem, one);
        const cm = v128.and(c, on);
        const pm = i32x4.add(one, v128.and(on, primeLess1));
        hw = i32x4.mul(v128.xor(hw, cm), pm);
        hn = i32x4.mul(v128.xor(hn, cm), pm);
        hb = i32x4.mul(v128.xor(hb, cm), pm);
        if (j + 3 < k) hf = i32x4.mul(v128.xor(hf, c), prime);
      }
    }
    nb = i32x4.mul(v128.xor(hn, space), prime);
    const o = <usize>g << 4;
    v128.store(hwOut + o, finishVec(hw, vmask, 0));
    v128.store(hbOut + o, finishVec(hb, vmask, KIND_BIGRAM));
    v128.store(hfOut + o, finishVec(hf, vmask, KIND_CHAR));
    v128.store(nbOut + o, nb);
  }
  // the first token of lanes 1-3: its bigram from the last token of the lane before
  for (let l = 1; l < 4 && l * G < nTok; l++) {
    const t = l * G;
    let h = load<i32>(nbOut + ((<usize>(G - 1) << 4) + (<usize>(l - 1) << 2)));
    const s = load<i32>(starts + (<usize>t << 2)), e = load<i32>(ends + (<usize>t << 2));
    for (let i = s; i < e; i++) h = fnvStep(h, <i32>load<u16>(text + (<usize>i << 1)));
    store<i32>(hbOut + (<usize>l << 2), feature(h, mask, KIND_BIGRAM));
  }
  return G;
}

@inline function finishVec(h: v128, vmask: v128, kind: i32): v128 {
  h = v128.xor(h, i32x4.shr_u(h, 16));
  h = i32x4.mul(h, i32x4.splat(<i32>0x85ebca6b));
  h = v128.xor(h, i32x4.shr_u(h, 13));
  return v128.or(v128.or(v128.and(h, vmask), v128.and(h, i32x4.splat(<i32>0x80000000))), i32x4.splat(kind));
}

/**
 * The features of every token in the JS order (its word, its bigram with the previous token, then the
 * character n-grams of "<" + token + ">": the first, the run of grams[] inside the token, the last),
 * appended to `list` from the per-token hashes; returns how many.
 */
function featureList(nTok: i32, starts: usize, ends: usize, grams: usize, states: usize, list: usize, enc: usize, mask: i32, hashes: usize, G: i32): i32 {
  const wOn = load<f64>(enc) != 0, bOn = load<f64>(enc, 8) != 0, cW = load<f64>(enc, 16);
  const charN = load<i32>(enc, 28);
  const gramsOn = charN > 0 && cW != 0;
  const k = charN - 1;
  const hw = hashes, hb = hashes + (<usize>G << 4), hf = hashes + (<usize>G << 5);
  let n = 0;
  let g = 0, l = 0; // token t = l * G + g (tokenHashes' lanes)
  for (let t = 0; t < nTok; t++) {
    const s = load<i32>(starts + (<usize>t << 2));
    const len = load<i32>(ends + (<usize>t << 2)) - s;
    const at = (<usize>g << 4) + (<usize>l << 2);
    if (++g == G) {
      g = 0;
      l++;
    }
    // stored unconditionally, kept by advancing n (no branch on the first token)
    store<i32>(list + (<usize>n << 2), load<i32>(hw + at));
    n += <i32>wOn;
    store<i32>(list + (<usize>n << 2), load<i32>(hb + at));
    n += <i32>(bOn & (t > 0));
    if (gramsOn && len >= k) {
      const out = list + (<usize>n << 2);
      store<i32>(out, load<i32>(hf + at));
      const inner = len - k; // grams at s .. e - charN, then the last one
      const from = grams + (<usize>s << 2);
      v128.store(out, v128.load(from), 4);
      v128.store(out, v128.load(from, 16), 20);
      for (let j = 8; j < inner; j += 4) v128.store(out + (<usize>j << 2), v128.load(from + (<usize>j << 2)), 4);
      store<i32>(out + (<usize>inner << 2), feature(fnvStep(load<i32>(states + (<usize>(s + inner) << 2)), CODE_GT), mask, KIND_CHAR), 4);
      n += inner + 2;
    }
  }
  return n;
}

/** sums[bucket] += the feature's signed weight, and its bucket marked in the seen bitmap (no branch). */
@inline function addMarked(e: i32, mask: i32, enc: usize, sums: usize, seen: usize): void {
  const idx = <usize>(e & mask);
  const w = reinterpret<f64>(load<i64>(enc + <usize>((<u32>e >> 17) & 0x18)) ^ (<i64>(<u32>e >> 31) << 63));
  const p = sums + (idx << 3);
  store<f64>(p, load<f64>(p) + w);
  const s = seen + ((idx >> 6) << 3);
  store<u64>(s, load<u64>(s) | (<u64>1 << <u64>(idx & 63)));
}

/**
 * Encodes one normalised text (UTF-16, len code units at text, with 32 readable bytes after it) into
 * outIdx (i32) and outVal (f32), each with room for min(dim, 5 * len) entries; returns the number of
 * features n. outVal == 0 packs the values after the indices, at outIdx + align16(t * 4) for the t >= n
 * touched buckets (encode_texts records where). work: encoder_work_bytes(len) bytes.
 */
export function encode_text(enc: usize, text: usize, len: i32, outIdx: usize, outVal: usize, work: usize): i32 {
  const dim = load<i32>(enc, 24), charN = load<i32>(enc, 28);
  const sums = <usize>load<i32>(enc, 36);
  const seen = <usize>load<i32>(enc, 40);
  const touched = <usize>load<i32>(enc, 44);
  const mask = dim - 1;
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
  const hashes = list + ((5 * n0 + 32) << 2); // 4 arrays of 4 * G <= n0 + 3 entries (tokenHashes)
  const G = tokenHashes(text, len, nTok, starts, ends, hashes, enc, mask);
  const nList = featureList(nTok, starts, ends, grams, states, list, enc, mask, hashes, G);

  // The bucket sums in list order (= the JS order, so every float64 sum rounds as in JS). The weight of
  // a kind is read from the descriptor (word @0, bigram @8, char @16) and negated by the sign bit.
  let nTouched = 0;
  const scan = dim <= nList << 6; // small table: the seen bitmap alone gives the ascending order
  if (scan) {
    let f = 0;
    for (; f + 2 <= nList; f += 2) {
      addMarked(load<i32>(list + (<usize>f << 2)), mask, enc, sums, seen);
      addMarked(load<i32>(list + (<usize>f << 2), 4), mask, enc, sums, seen);
    }
    if (f < nList) addMarked(load<i32>(list + (<usize>f << 2)), mask, enc, sums, seen);
  } else {
    for (let f = 0; f < nList; f++) {
      const e = load<i32>(list + (<usize>f << 2));
      const idx = <usize>(e & mask);
      const w = reinterpret<f64>(load<i64>(enc + <usize>((<u32>e >> 17) & 0x18)) ^ (<i64>(<u32>e >> 31) << 63));
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
  // Packed (outVal == 0): values after room for every touched bucket (zero sums, which are dropped, are rare).
  if (scan) for (let i: usize = 0, words = <usize>(dim + 63) >> 6; i < words; i++) nTouched += <i32>popcnt(load<u64>(seen + (i << 3)));
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
      while (m != 0) {
        const idx = base + <usize>ctz(m);
        m &= m - 1;
        const v = load<f64>(sums + (idx << 3));
        store<f64>(sums + (idx << 3), 0);
        if (v == 0) continue;
        store<i32>(outIdx + (<usize>n << 2), <i32>idx);
        store<f32>(outVal + (<usize>n << 2), <f32>v);
        n++;
        norm += v * v;
      }
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
 * work: encoder_work_bytes(longest text). Returns the first byte after the packed features.
 */
export function encode_texts(enc: usize, texts: usize, nTexts: i32, records: usize, out: usize, work: usize): usize {
  for (let t = 0; t < nTexts; t++) {
    const len = load<i32>(texts + (<usize>t << 3), 4);
    if (len < 0) continue;
    const rec = records + (<usize>t << 4);
    const n = encode_text(enc, <usize>load<i32>(texts + (<usize>t << 3)), len, out, 0, work);
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
