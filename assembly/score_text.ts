// Encode + score in one call: the texts of a decision (state, thoughts, goals, as UTF-16 already
// normalised by JS) are hash-encoded into their sparse records, then critic_score runs as usual.
import { critic_score } from "./driver";
import { ascii_lower_widen, encode_texts } from "./encoder/hash_ngram";

/**
 * critic_score over texts: `state` is the first of nTexts contiguous records (state, thoughts, goals)
 * that encode_texts fills from the text table `texts`, packing features from `features` on, with `work`
 * for its passes (encoder_work_bytes of the longest text or run of texts; see encoder/hash_ngram.ts; records whose text length is -1 are already filled); first the ASCII texts
 * JS sent as bytes (ascii, asciiLen) become lower-cased UTF-16 at asciiDst, where their table entries
 * point. The other arguments and the result are critic_score's.
 */
export function critic_score_texts(enc: usize, texts: usize, nTexts: i32, features: usize, work: usize, ascii: usize, asciiLen: i32, asciiDst: usize, head: usize, state: usize, thoughts: usize, nT: i32, goals: usize, nG: i32, goalTerms: usize, out: usize, feat: usize, scratch: usize, simd: bool, logits: bool): usize {
  ascii_lower_widen(ascii, asciiLen, asciiDst);
  encode_texts(enc, texts, nTexts, state, features, work);
  return critic_score(head, state, thoughts, nT, goals, nG, goalTerms, out, feat, scratch, simd, logits);
}
