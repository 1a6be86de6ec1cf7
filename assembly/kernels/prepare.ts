// Load-time re-layouts of a head's weights (run once per model, scalar: not on the hot path).

// W2: i8 [H2, H1] -> wp: i16 [(H1/2) * H2 * 2] with wp[(kp * H2 + o) * 2 + e] = W2[o, 2 * kp + e],
// the layout gemm_i16_w8_i32_simd reads.
export function w2_i16_pairs(w2: usize, h2: i32, h1: i32, wp: usize): void {
  for (let kp = 0; kp < h1 >> 1; kp++)
    for (let o = 0; o < h2; o++)
      for (let e = 0; e < 2; e++)
        store<i16>(wp + ((((<usize>kp * <usize>h2 + <usize>o) << 1) + <usize>e) << 1), <i16>load<i8>(w2 + <usize>o * <usize>h1 + <usize>(2 * kp + e)));
}

// W2: i8 [H2, H1] -> wq: i8 [(H1/4) * H2 * 4] with wq[(kq * H2 + o) * 4 + e] = W2[o, 4 * kq + e],
// the layout gemm_i8_w8_i32_relaxed reads (relaxed-SIMD build).
export function w2_i8_quads(w2: usize, h2: i32, h1: i32, wq: usize): void {
  for (let kq = 0; kq < h1 >> 2; kq++)
    for (let o = 0; o < h2; o++)
      for (let e = 0; e < 4; e++)
        store<i8>(wq + (((<usize>kq * <usize>h2 + <usize>o) << 2) + <usize>e), load<i8>(w2 + <usize>o * <usize>h1 + <usize>(4 * kq + e)));
}

/** The SIMD layer-2 weight layout of this build (i16 pairs, or i8 quads with relaxed SIMD); needs H1 * H2 * 2 bytes. */
export function w2_prepare_simd(w2: usize, h2: i32, h1: i32, wp: usize): void {
  if (ASC_FEATURE_RELAXED_SIMD) w2_i8_quads(w2, h2, h1, wp);
  else w2_i16_pairs(w2, h2, h1, wp);
}

// w3: i8 [H2] with one scale -> w3f: f32 [H2] = f32(w3) * s3.
export function w3_dequant_f32(w3: usize, s3: f32, h2: i32, w3f: usize): void {
  for (let o = 0; o < h2; o++) store<f32>(w3f + (<usize>o << 2), <f32>load<i8>(w3 + <usize>o) * s3);
}
