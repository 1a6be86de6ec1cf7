// The critic's WebAssembly module: kernels over linear memory, driven from src/critic/wasm-critic.ts.
export { critic_score, critic_goal_terms, critic_scratch_bytes, critic_outcome_probs, critic_outcome_scratch_bytes } from "./driver";
export { w2_prepare_simd, w3_dequant_f32 } from "./kernels/prepare";
export { encode_text, encode_texts, encoder_work_bytes, is_word_cp, ascii_lower_widen, ENC_BYTES } from "./encoder/hash_ngram";
export { critic_score_texts } from "./score_text";
export { layer2_check, layer2_check_scratch_bytes } from "./selfcheck";

/**
 * The contract between these kernels and src/critic (memory layout, quantisation of activations):
 * equal to CRITIC_ABI in src/critic/wasm-exports.ts. Bump both when either side changes it, so that
 * a stale build/critic.wasm is refused instead of scoring with the wrong contract.
 */
export function abi_version(): i32 {
  return 4;
}

/** 1 in the relaxed-SIMD build (build/critic-relaxed.wasm), 0 in the portable one. */
export function relaxed_simd(): i32 {
  return ASC_FEATURE_RELAXED_SIMD ? 1 : 0;
}

/** First free byte after the module's static data: JS lays out the model arena and scratch from here. */
export function heap_base(): usize {
  return __heap_base;
}
