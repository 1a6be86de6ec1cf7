/**
 * The Wasm trainer's kernels (assembly/train/, src/train/wasm/) against the JavaScript trainer
 * (src/train/network.ts, iql.ts iqlStep) on small networks: the same logits, gradients and AdamW steps
 * within float tolerance (f32 against JS's float64 arithmetic), and the SIMD kernels equal to their
 * scalar twins bit for bit. Hidden sizes with and without a tail of fewer than 4 lanes.
 */
import { describe, expect, it } from "vitest";
import { buildTrainConfig } from "../src/train/config.ts";
import { iqlStep } from "../src/train/iql.ts";
import { adamState, adamwStep, cloneHead, headForward, headTensors, initHead, zeroGrads } from "../src/train/network.ts";
import { configuredOutcomeGoals, indexEpisode, relabelTransition, setOutcomes, TextTable, type GoalItem } from "../src/train/relabel.ts";
import { Rng } from "../src/train/rng.ts";
import type { Episode } from "../src/train/trajectory.ts";
import { WasmNets } from "../src/train/wasm/step.ts";

const WORDS = "the donor asked about children charity save money give later maybe never think good cause help one dollar".split(" ");

function episodes(n: number, seed: number): Episode[] {
  const rng = new Rng(seed);
  const text = (k: number) => Array.from({ length: 2 + rng.int(k) }, () => WORDS[rng.int(WORDS.length)]).join(" ");
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    task: "t",
    steps: Array.from({ length: 2 + rng.int(4) }, () => ({ state: text(30), thought: text(8), action: "", observation: "" })),
    outcome: { text: "done", value: rng.int(3) },
  }));
}

const GROUPS = [{ name: "gift", outcomes: [{ text: "gives nothing", value: { op: "=" as const, than: 0 }, utility: 0 }, { text: "gives some", value: { op: "=" as const, than: 1 }, utility: 0.5 }, { text: "gives a lot", value: { op: ">=" as const, than: 2 }, utility: 1 }] }];
const GOALS = [
  { text: "gives", polarity: "positive" as const, derivedFrom: { group: "gift", outcomes: [1, 2] } },
  { text: "the donor says later", polarity: "negative" as const, value: { op: "<" as const, than: 1 } },
];

function setup(hidden: [number, number], nextThoughtMix: number) {
  const table = new TextTable({ type: "hash-ngram", version: 1, dim: 64, wordWeight: 1, bigramWeight: 0.7, charN: 4, charWeight: 0.25, seed: 7 });
  const eps = episodes(12, 3);
  const recs = eps.map((e) => indexEpisode(e, table));
  const { goals, primary, groups } = configuredOutcomeGoals(GOALS, table, GROUPS);
  setOutcomes(recs, eps.map((e) => e.outcome), goals, primary, groups);
  const rng = new Rng(5);
  const opt = { gamma: 0.9, hindsightGoals: 1, negativeGoals: 1, stateGoalWeight: 0.5 };
  const items: GoalItem[] = recs.slice(0, 6).flatMap((e) => e.states.flatMap((_, t) => relabelTransition(e, t, goals, recs, opt, rng, groups)));
  recs[0]!.stepWeight = Float32Array.from(recs[0]!.states, (_, t) => 0.5 + t);
  const cfg = buildTrainConfig({ hidden: [16, 16], ensemble: 1, nextThoughtMix, lr: 0.01, weightDecay: 0.1, w1Eps: 1e-3 });
  const q = initHead(64, hidden, true, rng, 0.5), v = initHead(64, hidden, false, rng, 0.5);
  return { table, items, groups, cfg, q, v, hidden };
}

function close(a: ArrayLike<number>, b: ArrayLike<number>, tol: number): void {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / (tol + Math.abs(b[i]!) * 1e-3));
  expect(worst).toBeLessThan(1);
}

describe("wasm trainer kernels", () => {
  for (const hidden of [[8, 8], [6, 5], [20, 12]] as Array<[number, number]>)
    for (const mix of [0, 0.5])
      it(`hidden ${hidden.join("x")}, nextThoughtMix ${mix}: logits, gradients and AdamW match the JS trainer; SIMD equals scalar`, () => {
        const { table, items, groups, cfg, q, v } = setup(hidden, mix);
        // JS reference
        const js = { q: cloneHead(q), v: cloneHead(v), qTarget: cloneHead(q), qGrads: zeroGrads(q, 64), vGrads: zeroGrads(v, 64) };
        const jsLoss = iqlStep(js, items, table, hidden, cfg, groups);
        const nets = [true, false].map((simd) => {
          const n = new WasmNets(64, hidden, table.texts.length, (id) => table.feats[id]!, simd);
          n.init(q, v);
          return n;
        });
        const zJs = headForward(q, hidden, table.feats, items, false).z;
        for (const n of nets) close(n.logits("q", items), zJs, 1e-5);
        expect(nets[0]!.logits("q", items)).toEqual(nets[1]!.logits("q", items));
        expect(nets[0]!.logits("v", items)).toEqual(nets[1]!.logits("v", items));
        const losses = nets.map((n) => n.step(items, cfg, groups));
        for (const l of losses) {
          expect(l.qLoss).toBeCloseTo(jsLoss.qLoss, 4);
          expect(l.vLoss).toBeCloseTo(jsLoss.vLoss, 4);
          expect(l.weight).toBeCloseTo(jsLoss.weight, 5);
        }
        expect(losses[0]).toEqual(losses[1]);
        const grads = nets.map((n) => [n.q, n.v].map((h) => n.arena.f32(h.g, h.size).slice()));
        const jsGrads = [js.qGrads, js.vGrads].map((g) => Float32Array.from(headTensors(g.g).flatMap((t) => Array.from(t))));
        for (let h = 0; h < 2; h++) {
          close(grads[0]![h]!, jsGrads[h]!, 1e-6);
          expect(grads[0]![h]).toEqual(grads[1]![h]);
        }
        // AdamW + Polyak: JS steps its heads; the Wasm nets step theirs
        const qOpt = adamState(js.q), vOpt = adamState(js.v);
        adamwStep(js.q, js.qGrads, qOpt, cfg.lr, cfg.weightDecay, hidden[0], cfg.w1Eps);
        adamwStep(js.v, js.vGrads, vOpt, cfg.lr, cfg.weightDecay, hidden[0], cfg.w1Eps);
        for (const n of nets) n.update(cfg);
        const after = nets.map((n) => [n.q, n.v, n.qTarget].map((h) => h.snapshot()));
        close(after[0]![0]!, Float32Array.from(headTensors(js.q).flatMap((t) => Array.from(t))), 1e-5);
        close(after[0]![1]!, Float32Array.from(headTensors(js.v).flatMap((t) => Array.from(t))), 1e-5);
        for (let h = 0; h < 3; h++) expect(after[0]![h]).toEqual(after[1]![h]);
        // gradients were zeroed by the step
        expect(nets[0]!.arena.f32(nets[0]!.q.g, nets[0]!.q.size).every((x) => x === 0)).toBe(true);
      });
});
