// Encode + score in one call: the texts of a decision (state, thoughts, goals, as UTF-16 already
// normalised by JS) are hash-encoded into their sparse records, then critic_score runs as usual.
import { critic_score } from "./driver";
import { encode_texts } from "./encoder/hash_ngram";

/**
 * critic_score over texts: `state` is the first of nTexts contiguous records (state, thoughts, goals)
 * that encode_texts fills from the text table `texts`, packing features from `features` on (see
 * encoder/hash_ngram.ts; records whose text length is -1 are already filled); the other arguments and
 * the result are critic_score's.
 */
export function critic_score_texts(enc: usize, texts: usize, nTexts: i32, features: usize, head: usize, state: usize, thoughts: usize, nT: i32, goals: usize, nG: i32, goalTerms: usize, out: usize, feat: usize, scratch: usize, simd: bool, logits: bool): usize {
  encode_texts(enc, texts, nTexts, state, features);
  return critic_score(head, state, thoughts, nT, goals, nG, goalTerms, out, feat, scratch, simd, logits);
}
