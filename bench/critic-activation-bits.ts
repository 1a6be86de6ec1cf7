/**
 * What the layer-2 activation width costs: one model scored by two critic builds (e.g. today's 7-bit
 * build/critic.wasm against an 8-bit build made from an older commit) on a trajectory file, each
 * against the file's own weights in float (the int8 runtime's own error), plus eval-critic's figures
 * (AUC, Brier, ECE of the primary goal) per build. Use a rollout file or the training validation
 * data, never a held-out split you report elsewhere.
 * Usage: tsx bench/critic-activation-bits.ts --model models/webshop.pnlc --data rollouts.jsonl \
 *          --wasm build/critic.wasm [--wasm /tmp/critic-8bit.wasm] [--episodes 200]
 */
import { parseArgs } from "node:util";
import { dequantizeModel, encodeHashed, readModelFile, type HashEncoderSpec } from "../src/critic/index.ts";
import { floatScoreGoals } from "../src/critic/float-forward.ts";
import { loadWasmModuleFromDisk, readModelBytes } from "../src/critic/node.ts";
import { loadCritic } from "../src/critic/wasm-critic.ts";
import type { Critic, ScoreRequest } from "../src/critic/types.ts";
import { evaluateCritic } from "../src/train/evaluate-critic.ts";
import { readAllEpisodes } from "../src/train/trajectory.ts";
import { hashModel, textGenerator } from "../test/critic-fixtures.ts";
import { floatScoreQ } from "../src/critic/float-forward.ts";

const { values } = parseArgs({ options: { model: { type: "string" }, data: { type: "string" }, wasm: { type: "string", multiple: true }, episodes: { type: "string" } } });
if (!values.model || !values.data || !values.wasm?.length) {
  console.error("usage: tsx bench/critic-activation-bits.ts --model FILE.pnlc --data TRAJECTORIES.jsonl --wasm BUILD.wasm [--wasm OTHER.wasm] [--episodes N]");
  process.exit(2);
}
const bytes = readModelBytes(values.model);
const file = readModelFile(bytes);
if (file.meta.encoder.type !== "hash-ngram") {
  console.error("this comparison needs a hash-ngram model");
  process.exit(2);
}
const spec = file.meta.encoder as HashEncoderSpec;
const params = dequantizeModel(file);
const episodes = (await readAllEpisodes(values.data)).slice(0, Number(values.episodes) || Infinity);
const enc = (t: string) => encodeHashed(t, spec);

/** A critic whose scoreQ also compares every score with the float network on the same weights. */
function measured(critic: Critic) {
  const stats = { n: 0, sum: 0, max: 0 };
  const wrapped = Object.create(critic) as Critic;
  wrapped.scoreQ = (req: ScoreRequest) => {
    const q = critic.scoreQ(req);
    const f = floatScoreGoals(params, file.meta, enc, enc(req.state as string), (req.thoughts as string[]).map(enc), req.goals as string[]);
    for (let i = 0; i < q.length; i++) {
      const d = Math.abs(q[i]! - f[i]!);
      stats.n++;
      stats.sum += d;
      if (d > stats.max) stats.max = d;
    }
    return q;
  };
  return { wrapped, stats };
}

// The tolerance tests' random networks (test/critic-cases.ts "int8 agrees with the float network"): max |dp| per build.
for (const path of values.wasm) {
  const wasm = loadWasmModuleFromDisk(path);
  const rows: string[] = [];
  for (const [dim, hidden] of [[1024, [32, 32]], [2048, [64, 64]], [2048, [128, 128]]] as Array<[number, [number, number]]>) {
    let max = 0;
    for (const seed of [1, 2, 3]) {
      const m = hashModel(dim, hidden, seed);
      const ref = dequantizeModel(readModelFile(m.bytes));
      const text = textGenerator(seed * 31);
      const state = text(40), thoughts = Array.from({ length: 8 }, () => text(12)), goals = Array.from({ length: 16 }, () => text(8));
      const e = (t: string) => encodeHashed(t, m.encoder as HashEncoderSpec);
      const want = floatScoreQ(ref, e(state), thoughts.map(e), goals.map(e));
      const got = loadCritic(m.bytes, wasm, { encode: "js" }).scoreQ({ state, thoughts, goals });
      for (let i = 0; i < want.length; i++) max = Math.max(max, Math.abs(want[i]! - got[i]!));
    }
    rows.push(`dim ${dim} [${hidden}] ${max.toFixed(4)}`);
  }
  console.log(`${path}: random test networks, seeds 1-3, max |dp| vs float weights: ${rows.join("; ")}`);
}

console.log(`model ${values.model} (${file.meta.network.hidden.join("x")}), ${episodes.length} episodes of ${values.data}`);
for (const path of values.wasm) {
  const critic = loadCritic(bytes, loadWasmModuleFromDisk(path), { encode: "js" }); // JS encoding: same features, and older builds (other Wasm text-path exports) work too
  const { wrapped, stats } = measured(critic);
  const ev = await evaluateCritic(wrapped, episodes, { bootstrap: 50, planStates: 0 });
  console.log(
    `${path}: vs float weights max |dp| ${stats.max.toFixed(4)}, mean ${(stats.sum / stats.n).toFixed(5)} over ${stats.n} scores; ` +
      `eval-critic (${ev.goal}, ${ev.n_decisions} decisions): AUC ${ev.auc.toFixed(4)}, Brier ${ev.brier.toFixed(5)}, ECE ${ev.ece.toFixed(4)}, thought gain ${ev.thought_gain.toFixed(4)}`,
  );
}
