// Folds first-layer partial products into per-text terms so that a pair needs only one add:
//   thought term A[H1] = s1 * (pState + pThought) + b1      (partials_thought_f32_*)
//   goal term    B[H1] = s1 * pGoal                          (partials_goal_f32_*)
// s1 is the per-channel weight scale shared by the blocks; all f32 [H1], H1 % 16 == 0.

export function partials_thought_f32_simd(ps: usize, pt: usize, s1: usize, b1: usize, h1: i32, out: usize): void {
  for (let j: usize = 0; j < <usize>h1 << 2; j += 16) {
    const sum = f32x4.add(v128.load(ps + j), v128.load(pt + j));
    v128.store(out + j, f32x4.add(f32x4.mul(v128.load(s1 + j), sum), v128.load(b1 + j)));
  }
}

export function partials_thought_f32_scalar(ps: usize, pt: usize, s1: usize, b1: usize, h1: i32, out: usize): void {
  for (let j: usize = 0; j < <usize>h1 << 2; j += 4)
    store<f32>(out + j, load<f32>(s1 + j) * (load<f32>(ps + j) + load<f32>(pt + j)) + load<f32>(b1 + j));
}

export function partials_goal_f32_simd(pg: usize, s1: usize, h1: i32, out: usize): void {
  for (let j: usize = 0; j < <usize>h1 << 2; j += 16) v128.store(out + j, f32x4.mul(v128.load(s1 + j), v128.load(pg + j)));
}

export function partials_goal_f32_scalar(pg: usize, s1: usize, h1: i32, out: usize): void {
  for (let j: usize = 0; j < <usize>h1 << 2; j += 4) store<f32>(out + j, load<f32>(s1 + j) * load<f32>(pg + j));
}
