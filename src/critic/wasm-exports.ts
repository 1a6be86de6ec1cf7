/** The exports of build/critic.wasm and build/critic-relaxed.wasm (assembly/index.ts): numbers and pointers only. */
/**
 * assembly/index.ts abi_version(): 2 = 7-bit layer-2 activations in both builds, encode cache in Wasm memory;
 * 3 = the encoder takes work memory (encoder_work_bytes) and reads up to 32 bytes past a text;
 * 4 = texts one space apart in memory are encoded as a run: work memory for the longest run.
 */
export const CRITIC_ABI = 4;

export interface CriticExports {
  memory: WebAssembly.Memory;
  abi_version(): number;
  heap_base(): number;
  critic_score(head: number, state: number, thoughts: number, nT: number, goals: number, nG: number, goalTerms: number, out: number, feat: number, scratch: number, simd: number, logits: number): number;
  critic_outcome_probs(logits: number, nT: number, nN: number, plan: number, out: number, scratch: number, simd: number): void;
  critic_outcome_scratch_bytes(plan: number): number;
  critic_goal_terms(head: number, goals: number, nG: number, out: number, feat: number, scratch: number, simd: number): number;
  critic_scratch_bytes(h1: number, h2: number, nT: number, nG: number, goalCached: number): number;
  w2_prepare_simd(w2: number, h2: number, h1: number, wp: number): void;
  relaxed_simd(): number;
  w3_dequant_f32(w3: number, s3: number, h2: number, w3f: number): void;
  encode_texts(enc: number, texts: number, nTexts: number, records: number, out: number, work: number): number;
  encoder_work_bytes(maxLen: number): number;
  is_word_cp(cp: number): number;
  ascii_lower_widen(src: number, n: number, dst: number): void;
  layer2_check(x: number, rows: number, h1: number, w2: number, h2: number, scratch: number, acc: number): void;
  layer2_check_scratch_bytes(rows: number, h1: number, h2: number): number;
  critic_score_texts(enc: number, texts: number, nTexts: number, features: number, work: number, ascii: number, asciiLen: number, asciiDst: number, head: number, state: number, thoughts: number, nT: number, goals: number, nG: number, goalTerms: number, out: number, feat: number, scratch: number, simd: number, logits: number): number;
}
