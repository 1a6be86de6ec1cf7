// Scores all (thought, goal) pairs of one decision in one call.
// JS lays out everything in linear memory and passes pointers:
//   head descriptor: i32 words, see HEAD_* below (pointers into the model arena and prepared buffers)
//   text record:     4 x i32 = kind (0 sparse, 1 dense), ptrA (indices | x), ptrB (values | 0), n (nnz | dim)
//   feat:            per-text input scratch, 16-aligned: max over texts of align16((n + 2) * 2) + align16(n * 4)
//                    for sparse (i16 values, then f32 scaled values), dim * 4 for dense
//   scratch:         critic_scratch_bytes(...) bytes, 16-aligned
// No allocation happens here: the module only computes over memory the caller sized.
import { embed_bag_i8_i16_scalar, embed_bag_i8_i16_simd } from "./kernels/embed_bag_i8_i16_i32";
import { dense_rowscale_f32, feature_values_i16, feature_values_i16_simd } from "./kernels/feature_values";
import { matvec_i8_f32_scalar, matvec_i8_f32_simd } from "./kernels/matvec_i8_f32";
import { partials_goal_f32_scalar, partials_goal_f32_simd, partials_thought_f32_scalar, partials_thought_f32_simd } from "./kernels/partials_scale_f32";
import { pair_add_relu_quant_i16_scalar, pair_add_relu_quant_i16_simd, pair_add_relu_quant_i8_relaxed } from "./kernels/pair_add_relu_quant_i16";
import { gemm_i8_w8_i32_relaxed } from "./kernels/gemm_i8_w8_i32_relaxed";
import { gemm_i16_w8_i32_scalar, gemm_i16_w8_i32_simd } from "./kernels/gemm_i16_w8_i32";
import { dequant_relu_dot_sigmoid_f32_scalar, dequant_relu_dot_sigmoid_f32_simd } from "./kernels/dequant_relu_dot_sigmoid_f32";
import { outcome_probs_f32_scalar, outcome_probs_f32_simd } from "./kernels/outcome_probs_f32";

export const HEAD_H1 = 0;
export const HEAD_H2 = 1;
export const HEAD_W1_STATE = 2;
export const HEAD_W1_THOUGHT = 3; // 0 for the V head
export const HEAD_W1_GOAL = 4;
export const HEAD_S1 = 5;
export const HEAD_B1 = 6;
export const HEAD_W2 = 7; // i8 [H2, H1]
export const HEAD_W2_PAIRS = 8; // SIMD re-layout (prepare.ts w2_prepare_simd: i16 pairs, or i8 quads when relaxed)
export const HEAD_S2 = 9;
export const HEAD_B2 = 10;
export const HEAD_W3F = 11; // f32 [H2] = w3 * s3 (prepare.ts)
export const HEAD_B3 = 12; // pointer to the f32 bias
export const HEAD_RS_STATE = 13; // f32 [inputDim] row scales of the W1 blocks (all ones when the file has none)
export const HEAD_RS_THOUGHT = 14; // 0 for the V head
export const HEAD_RS_GOAL = 15;
export const HEAD_INPUT_DIM = 16; // inputDim: sparse indices are checked against it
export const HEAD_WORDS = 20; // descriptor size in i32 words (80 bytes: keeps what follows 16-aligned)

/** Pairs per layer-2 block: large enough to amortize, small enough to stay in L1. */
export const PAIR_BLOCK = 32;

@inline function field(head: usize, i: i32): usize {
  return <usize>load<i32>(head + (<usize>i << 2));
}

@inline function align16(n: usize): usize {
  return (n + 15) & ~(<usize>15);
}

/**
 * x . (r * W1block) for one text record; `block` is HEAD_W1_STATE, HEAD_W1_THOUGHT or HEAD_W1_GOAL.
 * Returns false, having read no weights, for a sparse record with an index outside [0, inputDim) or a
 * non-finite value (the caller reports which record; JS names the problem).
 */
function partial(rec: usize, head: usize, block: i32, h1: i32, out: usize, feat: usize, simd: bool): bool {
  const w = field(head, block);
  const rs = field(head, block + (HEAD_RS_STATE - HEAD_W1_STATE));
  const kind = load<i32>(rec);
  const a = <usize>load<i32>(rec, 4);
  const b = <usize>load<i32>(rec, 8);
  const n = load<i32>(rec, 12);
  if (kind == 1) {
    dense_rowscale_f32(a, rs, n, feat);
    if (simd) matvec_i8_f32_simd(w, h1, feat, n, out);
    else matvec_i8_f32_scalar(w, h1, feat, n, out);
  } else {
    const dim = load<i32>(head, HEAD_INPUT_DIM << 2);
    const tmp = feat + align16((<usize>n + 2) << 1); // f32 [n]: the scaled values, then the bag's row offsets
    const vscale = simd ? feature_values_i16_simd(a, b, rs, n, dim, feat, tmp) : feature_values_i16(a, b, rs, n, dim, feat);
    if (vscale < 0) return false;
    if (simd) embed_bag_i8_i16_simd(w, h1, a, feat, n, vscale, out, tmp);
    else embed_bag_i8_i16_scalar(w, h1, a, feat, n, vscale, out);
  }
  return true;
}

/** Bytes of scratch critic_score needs (goal terms included unless a goal cache is passed). */
export function critic_scratch_bytes(h1: i32, h2: i32, nT: i32, nG: i32, goalCached: bool): usize {
  const row = <usize>h1 << 2;
  let n = row * 2 + row * <usize>nT;
  if (!goalCached) n += row * <usize>nG;
  n += align16(<usize>PAIR_BLOCK * (<usize>h1 << 1)) + align16(<usize>PAIR_BLOCK << 2) + <usize>PAIR_BLOCK * (<usize>h2 << 2);
  return n;
}

/**
 * Goal terms B[g] = s1 * (x_g . W1goal) for nG goal records, into out (f32 [nG, H1]); used for the
 * goal-bank cache. Returns 0, or the address of the first record with bad input (see partial).
 */
export function critic_goal_terms(head: usize, goals: usize, nG: i32, out: usize, feat: usize, scratch: usize, simd: bool): usize {
  const h1 = load<i32>(head);
  const row = <usize>h1 << 2;
  for (let g = 0; g < nG; g++) {
    const rec = goals + (<usize>g << 4);
    if (!partial(rec, head, HEAD_W1_GOAL, h1, scratch, feat, simd)) return rec;
    if (simd) partials_goal_f32_simd(scratch, field(head, HEAD_S1), h1, out + <usize>g * row);
    else partials_goal_f32_scalar(scratch, field(head, HEAD_S1), h1, out + <usize>g * row);
  }
  return 0;
}

/**
 * out[t * nG + g] = sigmoid(head(s, t, g)) for t < nT, g < nG (the logit head(s, t, g) itself when
 * `logits`: an outcome group's softmax follows, see critic_outcome_probs). thoughts == 0 means the head has no
 * thought block (V): nT must then be 1. goalTerms != 0 gives precomputed B (critic_goal_terms) and
 * goals is ignored. Returns 0, or the address of the first text record with bad input (see partial):
 * then nothing is scored.
 */
export function critic_score(head: usize, state: usize, thoughts: usize, nT: i32, goals: usize, nG: i32, goalTerms: usize, out: usize, feat: usize, scratch: usize, simd: bool, logits: bool): usize {
  const h1 = load<i32>(head);
  const h2 = load<i32>(head, 4);
  const row = <usize>h1 << 2;
  const pS = scratch;
  const pT = pS + row;
  const A = pT + row;
  let B = A + row * <usize>nT;
  let X = B;
  if (goalTerms == 0) {
    X = B + row * <usize>nG;
    const bad = critic_goal_terms(head, goals, nG, B, feat, pT, simd);
    if (bad != 0) return bad;
  } else B = goalTerms;
  const xScale = X + align16(<usize>PAIR_BLOCK * (<usize>h1 << 1));
  const acc = xScale + align16(<usize>PAIR_BLOCK << 2);

  if (!partial(state, head, HEAD_W1_STATE, h1, pS, feat, simd)) return state;
  memory.fill(pT, 0, row);
  for (let t = 0; t < nT; t++) {
    const rec = thoughts + (<usize>t << 4);
    if (thoughts != 0 && !partial(rec, head, HEAD_W1_THOUGHT, h1, pT, feat, simd)) return rec;
    if (simd) partials_thought_f32_simd(pS, pT, field(head, HEAD_S1), field(head, HEAD_B1), h1, A + <usize>t * row);
    else partials_thought_f32_scalar(pS, pT, field(head, HEAD_S1), field(head, HEAD_B1), h1, A + <usize>t * row);
  }

  const pairs = nT * nG;
  const b3 = load<f32>(field(head, HEAD_B3));
  // pair p = t * nG + g, walked with counters (an i32 division per pair costs more than its quantization)
  let t = 0;
  let g = 0;
  for (let p0 = 0; p0 < pairs; p0 += PAIR_BLOCK) {
    const rows = min(PAIR_BLOCK, pairs - p0);
    for (let r = 0; r < rows; r++) {
      const xr = X + ((<usize>r * <usize>h1) << 1);
      let s: f32;
      if (!simd) s = pair_add_relu_quant_i16_scalar(A + <usize>t * row, B + <usize>g * row, h1, xr);
      else if (ASC_FEATURE_RELAXED_SIMD) s = pair_add_relu_quant_i8_relaxed(A + <usize>t * row, B + <usize>g * row, h1, X + <usize>r * <usize>h1);
      else s = pair_add_relu_quant_i16_simd(A + <usize>t * row, B + <usize>g * row, h1, xr);
      store<f32>(xScale + (<usize>r << 2), s);
      if (++g == nG) {
        g = 0;
        t++;
      }
    }
    const o = out + (<usize>p0 << 2);
    if (simd) {
      if (ASC_FEATURE_RELAXED_SIMD) gemm_i8_w8_i32_relaxed(X, rows, h1, field(head, HEAD_W2_PAIRS), h2, acc);
      else gemm_i16_w8_i32_simd(X, rows, h1, field(head, HEAD_W2_PAIRS), h2, acc);
      dequant_relu_dot_sigmoid_f32_simd(acc, rows, xScale, field(head, HEAD_S2), field(head, HEAD_B2), field(head, HEAD_W3F), b3, h2, o, logits);
    } else {
      gemm_i16_w8_i32_scalar(X, rows, h1, field(head, HEAD_W2), h2, acc);
      dequant_relu_dot_sigmoid_f32_scalar(acc, rows, xScale, field(head, HEAD_S2), field(head, HEAD_B2), field(head, HEAD_W3F), b3, h2, o, logits);
    }
  }
  return 0;
}

/** Bytes of scratch critic_outcome_probs needs for a plan (see kernels/outcome_probs_f32.ts). */
export function critic_outcome_scratch_bytes(plan: usize): usize {
  const nGroups = load<i32>(plan);
  let n = <usize>nGroups;
  for (let gi = 0; gi < nGroups; gi++) n += <usize>load<i32>(plan + ((3 + 2 * <usize>gi) << 2));
  return n << 4;
}

/** out [nT, nOut] = the plan's probabilities from logits [nT, nN] (critic_score with logits). */
export function critic_outcome_probs(logits: usize, nT: i32, nN: i32, plan: usize, out: usize, scratch: usize, simd: bool): void {
  if (simd) outcome_probs_f32_simd(logits, nT, nN, plan, out, scratch);
  else outcome_probs_f32_scalar(logits, nT, nN, plan, out, scratch);
}
