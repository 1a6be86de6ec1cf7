// FNV-1a steps, the final avalanche and the packed feature word, shared by the encoder's passes
// (hash_ngram.ts). Same arithmetic as src/critic/encoder/hash.ts.
export const FNV_PRIME: i32 = 0x01000193;
export const CODE_SPACE: i32 = 0x20;
export const CODE_LT: i32 = 0x3c;
export const CODE_GT: i32 = 0x3e;
export const CODE_DOLLAR: i32 = 0x24;

@inline export function fnvStep(h: i32, code: i32): i32 {
  return (h ^ code) * FNV_PRIME;
}

@inline export function fnvFinish(h: i32): i32 {
  h ^= <i32>(<u32>h >> 16);
  h *= <i32>0x85ebca6b;
  return h ^ <i32>(<u32>h >> 13);
}

// A feature in the list: bucket index (bits 0-19, dim <= 2^20), weight kind (bits 29-30: word, bigram,
// character n-gram) and the sign (bit 31, the top bit of the finished hash): the top three bits index
// the signed weight table (hash_ngram.ts) with one shift.
export const KIND_SHIFT: i32 = 29;
export const KIND_BIGRAM: i32 = 1 << KIND_SHIFT;
export const KIND_CHAR: i32 = 2 << KIND_SHIFT;

@inline export function feature(h: i32, mask: i32, kind: i32): i32 {
  h = fnvFinish(h);
  return (h & mask) | (h & 0x80000000) | kind;
}

/** feature() in four i32x4 lanes. */
@inline export function finishVec(h: v128, vmask: v128, kind: i32): v128 {
  h = v128.xor(h, i32x4.shr_u(h, 16));
  h = i32x4.mul(h, i32x4.splat(<i32>0x85ebca6b));
  h = v128.xor(h, i32x4.shr_u(h, 13));
  return v128.or(v128.or(v128.and(h, vmask), v128.and(h, i32x4.splat(<i32>0x80000000))), i32x4.splat(kind));
}
