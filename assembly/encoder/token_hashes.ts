// The encoder's hashing passes (hash_ngram.ts): every position's character n-gram, the per-token chains
// in i32x4 lanes, and the features of every token in the JS order.
import { CODE_GT, CODE_LT, CODE_SPACE, feature, finishVec, fnvStep, FNV_PRIME, KIND_BIGRAM, KIND_CHAR } from "./fnv";

/**
 * grams[p] = the character n-gram feature starting at unit p, and states[p] = the FNV state after its
 * first charN - 1 units (the last n-gram of a token ending at e is states[e - charN + 1] with ">"), for
 * p in [0, len - charN + 1] (rounded up to a multiple of 4: the layout leaves 32 bytes after every text,
 * and the extra entries are never read): 4 positions per i32x4, each lane its own FNV chain.
 */
export function gramHashes(text: usize, len: i32, charN: i32, charPrefix: i32, mask: i32, grams: usize, states: usize): void {
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
 * Per token, in i32x4 lanes (each lane its own FNV chains; a lane past its token's end multiplies by 1
 * and xors 0, so a token's length is a lane mask, not a loop exit per token): its word hash (w), its
 * bigram with the previous token (b), its first character n-gram ("<" + its first charN - 1 units: f),
 * finished as features, and the hash of "b " + token + " " that starts the next token's bigram (nb).
 * Lane l takes tokens l * G .. l * G + G - 1 (G = ceil(nTok / 4)) in order, so a lane's bigram chain
 * starts from the nb its previous step left in the same lane: one pass over the text, all four chains
 * on the same code units. The first token of lanes 1-3 gets its bigram afterwards (its predecessor ran
 * in the lane before). The code units come 4 at a time per token (one load each), transposed by
 * shuffles. Results for token l * G + g at out + g * GROUP_BYTES + l * 4: w, + 16 b, + 32 f, + 48 nb, and
 * + 64 its last character n-gram ("(last charN - 1 units) + ">"", from the states of gramHashes; any value
 * for a token shorter than charN - 1, which has none): a group's five vectors side by side, so
 * featureList reads a token's four with one pointer; starts and ends get padded with empty tokens to 4 * G. Reads at most 8 bytes past the text's end (the layout's
 * slack).
 */
/** Bytes of one group of 4 tokens in tokenHashes' output (5 vectors). */
export const GROUP_BYTES: i32 = 80;

export function tokenHashes(text: usize, len: i32, nTok: i32, starts: usize, ends: usize, out: usize, enc: usize, mask: i32, states: usize): i32 {
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
    const o = out + <usize>g * GROUP_BYTES;
    v128.store(o, finishVec(hw, vmask, 0));
    v128.store(o, finishVec(hb, vmask, KIND_BIGRAM), 16);
    v128.store(o, finishVec(hf, vmask, KIND_CHAR), 32);
    v128.store(o, nb, 48);
    // the last n-gram: states[e - k] + ">" (e - k < s for a short token: an earlier entry, or up to k
    // entries before states, inside the work memory; unused then)
    const la = i32x4.add(i32x4.splat(<i32>states), i32x4.shl(i32x4.sub(ev, i32x4.splat(k)), 2));
    let st = v128.load32_zero(<usize>i32x4.extract_lane(la, 0));
    st = v128.load32_lane(<usize>i32x4.extract_lane(la, 1), st, 1);
    st = v128.load32_lane(<usize>i32x4.extract_lane(la, 2), st, 2);
    st = v128.load32_lane(<usize>i32x4.extract_lane(la, 3), st, 3);
    v128.store(o, finishVec(i32x4.mul(v128.xor(st, i32x4.splat(CODE_GT)), prime), vmask, KIND_CHAR), 64);
  }
  // the first token of lanes 1-3: its bigram from the last token of the lane before
  for (let l = 1; l < 4 && l * G < nTok; l++) {
    const t = l * G;
    let h = load<i32>(out + (<usize>(G - 1) * GROUP_BYTES + (<usize>(l - 1) << 2)), 48);
    const s = load<i32>(starts + (<usize>t << 2)), e = load<i32>(ends + (<usize>t << 2));
    for (let i = s; i < e; i++) h = fnvStep(h, <i32>load<u16>(text + (<usize>i << 1)));
    store<i32>(out + (<usize>l << 2), feature(h, mask, KIND_BIGRAM), 16);
  }
  return G;
}

/**
 * The features of every token in the JS order (its word, its bigram with the previous token, then the
 * character n-grams of "<" + token + ">": the first, the run of grams[] inside the token, the last),
 * appended to `list` from the per-token hashes, for tokens t0 .. nTok - 1 (one text of several: its first
 * token has no bigram); returns how many. back() (hash_ngram.ts) calls featureListAll instead when every
 * kind is on.
 */
export function featureList(t0: i32, nTok: i32, starts: usize, ends: usize, grams: usize, states: usize, list: usize, enc: usize, mask: i32, hashes: usize, G: i32): i32 {
  const charN = load<i32>(enc, 28);
  const wOn = load<f64>(enc) != 0, bOn = load<f64>(enc, 8) != 0, cW = load<f64>(enc, 16);
  const gramsOn = charN > 0 && cW != 0;
  const k = charN - 1;
  let n = 0;
  let l = G > 0 ? t0 / G : 0, g = t0 - l * G; // token t = l * G + g (tokenHashes' lanes)
  for (let t = t0; t < nTok; t++) {
    const s = load<i32>(starts + (<usize>t << 2));
    const len = load<i32>(ends + (<usize>t << 2)) - s;
    const at = hashes + <usize>g * GROUP_BYTES + (<usize>l << 2);
    if (++g == G) {
      g = 0;
      l++;
    }
    // stored unconditionally, kept by advancing n (no branch on the first token)
    store<i32>(list + (<usize>n << 2), load<i32>(at));
    n += <i32>wOn;
    store<i32>(list + (<usize>n << 2), load<i32>(at, 16));
    n += <i32>(bOn & (t > t0));
    if (gramsOn && len >= k) {
      const out = list + (<usize>n << 2);
      store<i32>(out, load<i32>(at, 32));
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

/** The first token featureListAll left unlisted (the next text's first, in a run). */
export let listEndTok: i32 = 0;

/**
 * featureList when every kind is on (all three weights non-zero, charN >= 1: the default and every
 * shipped model): no per-token flags, and a token too short for character n-grams (len < charN - 1)
 * is written like the others and not kept (n does not advance over it), so there is no branch on a
 * token's length. Lists tokens t0 .. nTok - 1 that start before code unit `to` (the text's end in its
 * run; the scan for that end was a loop of its own per text). The general loop kept V8 busy with spills and re-evaluated weight tests per token.
 */
export function featureListAll(t0: i32, nTok: i32, to: i32, starts: usize, ends: usize, grams: usize, list: usize, k: i32, hashes: usize, G: i32): i32 {
  listEndTok = t0;
  if (t0 >= nTok) return 0;
  const l0 = t0 / G;
  let at = hashes + <usize>(t0 - l0 * G) * GROUP_BYTES + (<usize>l0 << 2); // token t = l * G + g at hashes + g * GROUP_BYTES + l * 4
  let laneEnd = hashes + <usize>G * GROUP_BYTES + (<usize>l0 << 2);
  let out = list;
  let bStep: usize = 0; // a text's first token has no bigram
  let t = t0;
  for (; t < nTok; t++) {
    const s = load<i32>(starts + (<usize>t << 2));
    if (s >= to) break;
    const inner = load<i32>(ends + (<usize>t << 2)) - s - k; // grams at s .. e - charN, then the last one
    store<i32>(out, load<i32>(at));
    out += 4;
    store<i32>(out, load<i32>(at, 16));
    out += bStep;
    bStep = 4;
    store<i32>(out, load<i32>(at, 32));
    const from = grams + (<usize>s << 2);
    v128.store(out, v128.load(from), 4);
    v128.store(out, v128.load(from, 16), 20);
    for (let j = 8; j < inner; j += 4) v128.store(out + (<usize>j << 2), v128.load(from + (<usize>j << 2)), 4);
    // a short token (inner < 0) stores its "last gram" (tokenHashes') at out + 4, a slot not kept
    store<i32>(out + (<usize>max(inner, 0) << 2), load<i32>(at, 64), 4);
    out += select<usize>(<usize>(inner + 2) << 2, 0, inner >= 0);
    at += GROUP_BYTES;
    if (at == laneEnd) {
      at -= <usize>G * GROUP_BYTES - 4;
      laneEnd += 4;
    }
  }
  listEndTok = t;
  return <i32>((out - list) >> 2);
}
