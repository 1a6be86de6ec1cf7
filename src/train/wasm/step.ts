/**
 * One member's networks in the trainer's memory and its IQL step: the same targets and losses as
 * src/train/iql.ts iqlStep (bootstrapped V(s', g), optional next-thought mix, Monte Carlo mix of the
 * realised outcome, exclusive groups as softmax runs), computed by the Wasm kernels.
 */
import type { SparseFeatures } from "../../critic/encoder/hash.ts";
import type { FloatHead } from "../../critic/types.ts";
import type { TrainConfig } from "../config.ts";
import type { HeadItem } from "../network.ts";
import { softmaxRun } from "../outcome-groups.ts";
import type { GoalItem, OutcomeGroupRec } from "../relabel.ts";
import { BatchTexts, TextList } from "./batch.ts";
import { ItemBatch } from "./items.ts";
import { WasmHead } from "./head.ts";
import { TrainerArena } from "./module.ts";
import { headBackward, headForward, uploadRows, type BlockLists } from "./pass.ts";

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export class WasmNets {
  readonly arena = new TrainerArena();
  readonly q: WasmHead;
  readonly v: WasmHead;
  readonly qTarget: WasmHead;
  private readonly texts: BatchTexts;
  private readonly L: { s: TextList; t: TextList; g: TextList; n: TextList; nt: TextList };
  private readonly io: number;
  private t = 0;
  private rowBuf = { s: new Int32Array(256), t: new Int32Array(256), g: new Int32Array(256), ns: new Int32Array(256), nt: new Int32Array(256), ng: new Int32Array(256) };
  constructor(dim: number, hidden: [number, number], textCount: number, features: (id: number) => SparseFeatures, readonly simd = true) {
    const a = this.arena;
    this.q = new WasmHead(a, dim, hidden[0], hidden[1], true, true);
    this.v = new WasmHead(a, dim, hidden[0], hidden[1], false, true);
    this.qTarget = new WasmHead(a, dim, hidden[0], hidden[1], true, false);
    this.io = a.alloc(3 * 32 * 8 + 16);
    this.texts = new BatchTexts(textCount, features);
    this.L = { s: new TextList(textCount), t: new TextList(textCount), g: new TextList(textCount), n: new TextList(textCount), nt: new TextList(textCount) };
    a.resetScratch();
  }

  init(q: FloatHead, v: FloatHead): void {
    this.q.load(q);
    this.v.load(v);
    this.qTarget.copyFrom(this.q);
  }

  private begin(n: number): void {
    this.arena.resetScratch();
    this.texts.reset();
    for (const l of Object.values(this.L)) l.reset();
    if (this.rowBuf.s.length < n) for (const k of Object.keys(this.rowBuf) as Array<keyof typeof this.rowBuf>) this.rowBuf[k] = new Int32Array(n * 2);
  }

  private upload(): void {
    this.texts.upload(this.arena);
    for (const l of Object.values(this.L)) if (l.length) l.upload(this.arena);
  }

  /** Logits of a head for items (no gradients); in chunks, so scratch stays small. */
  logits(which: "q" | "v" | "qTarget", items: HeadItem[]): Float32Array {
    const head = this[which];
    const out = new Float32Array(items.length);
    for (let c = 0; c < items.length; c += 1024) {
      const chunk = items.slice(c, c + 1024);
      const n = chunk.length;
      this.begin(n);
      const { s, t, g } = this.rowBuf;
      const thought = head.blocks.includes("thought");
      chunk.forEach((it, i) => {
        s[i] = this.L.s.add(it.state, this.texts.slot(it.state));
        if (thought) t[i] = this.L.t.add(it.thought!, this.texts.slot(it.thought!));
        g[i] = this.L.g.add(it.goal, this.texts.slot(it.goal));
      });
      this.upload();
      const rows = uploadRows(this.arena, s, thought ? t : null, g, n);
      const f = headForward(this.arena, head, this.texts, this.L, rows, this.simd);
      out.set(this.arena.f32(f.z, n), c);
    }
    return out;
  }

  /** Losses and gradients of one batch (iql.ts iqlStep), then AdamW on Q and V and Polyak on the target. */
  step(batch: ItemBatch | GoalItem[], cfg: TrainConfig, groups: OutcomeGroupRec[]): { qLoss: number; vLoss: number; weight: number } {
    const b = Array.isArray(batch) ? ItemBatch.from(batch) : batch;
    const n = b.n;
    this.begin(n);
    const { L, texts, rowBuf: r } = this;
    const m = cfg.nextThoughtMix;
    const bootIndex = new Int32Array(n).fill(-1);
    let nb = 0;
    for (let i = 0; i < n; i++) {
      r.s[i] = L.s.add(b.state[i]!, texts.slot(b.state[i]!));
      r.t[i] = L.t.add(b.thought[i]!, texts.slot(b.thought[i]!));
      r.g[i] = L.g.add(b.goal[i]!, texts.slot(b.goal[i]!));
      if (b.next[i]! >= 0 && b.reward[i] === 0) {
        r.ns[nb] = L.n.add(b.next[i]!, texts.slot(b.next[i]!));
        if (m > 0) r.nt[nb] = L.nt.add(b.nextThought[i]!, texts.slot(b.nextThought[i]!));
        r.ng[nb] = r.g[i]!;
        bootIndex[i] = nb++;
      }
    }
    this.upload();
    const a = this.arena;
    const mainLists: BlockLists = { s: L.s, t: L.t, g: L.g };
    const nextLists: BlockLists = { s: L.n, t: L.nt, g: L.g };
    const rows = uploadRows(a, r.s, r.t, r.g, n);
    const vRows = { ...rows, t: 0 };
    const nextRows = uploadRows(a, r.ns, m > 0 ? r.nt : null, r.ng, nb);
    const vNextF = nb ? headForward(a, this.v, texts, nextLists, { ...nextRows, t: 0 }, this.simd) : null;
    const qNextF = nb && m > 0 ? headForward(a, this.qTarget, texts, nextLists, nextRows, this.simd) : null;
    const qf = headForward(a, this.q, texts, mainLists, rows, this.simd);
    const qt = headForward(a, this.qTarget, texts, mainLists, rows, this.simd);
    const vf = headForward(a, this.v, texts, mainLists, vRows, this.simd);
    const vNext = vNextF ? a.f32(vNextF.z, nb).slice() : new Float32Array(0);
    const qNext = qNextF ? a.f32(qNextF.z, nb).slice() : null;
    // targets (iql.ts iqlStep), per item or per group run
    const yP = a.alloc(n * 4), wP = a.alloc(n * 4), runP = a.alloc(n * 4), utilP = a.alloc(n * 4);
    const y = a.f32(yP, n), w = a.f32(wP, n), run = a.i32(runP, n), util = a.f32(utilP, n);
    let wTotal = 0;
    for (let i = 0; i < n; i++) {
      const weight = b.weight[i]!, group = b.group[i]!, realised = b.realised[i]!;
      w[i] = weight;
      wTotal += weight;
      if (group >= 0) {
        const outcomes = groups[group]!.outcomes;
        const slot = b.slot[i]!;
        util[i] = outcomes[slot]!.utility;
        if (slot !== 0) {
          run[i] = -1;
          continue;
        }
        const K = outcomes.length;
        run[i] = K;
        const b0 = bootIndex[i]!;
        const vd = b0 >= 0 ? softmaxRun(vNext, b0, K) : null;
        const qd = b0 >= 0 && qNext ? softmaxRun(qNext, b0, K) : null;
        for (let k = 0; k < K; k++) {
          const r = b.realised[i + k]!;
          const onehot = Number.isNaN(r) ? 0 : r;
          y[i + k] = vd ? cfg.outcomeMcMix * onehot + (1 - cfg.outcomeMcMix) * (qd ? (1 - m) * vd[k]! + m * qd[k]! : vd[k]!) : onehot;
        }
        continue;
      }
      run[i] = 0;
      let target: number = b.reward[i]!;
      const bi = bootIndex[i]!;
      const next = b.next[i]!;
      if (bi >= 0) {
        const v = sigmoid(vNext[bi]!);
        target = b.gamma[i]! * (qNext ? (1 - m) * v + m * sigmoid(qNext[bi]!) : v);
      } else if (next < 0 && !Number.isNaN(realised)) target = realised;
      if (!Number.isNaN(realised) && next >= 0) target = cfg.outcomeMcMix * realised + (1 - cfg.outcomeMcMix) * target;
      y[i] = target;
    }
    const dq = a.alloc(n * 4), dv = a.alloc(n * 4);
    a.x.iql_loss(n, qf.z, qt.z, vf.z, yP, wP, runP, utilP, cfg.tau, wTotal, dq, dv, this.io, this.io + 768);
    const [qLoss, vLoss] = a.f64(this.io + 768, 2);
    headBackward(a, this.q, texts, mainLists, rows, qf, dq, this.simd);
    headBackward(a, this.v, texts, mainLists, vRows, vf, dv, this.simd);
    return { qLoss: qLoss!, vLoss: vLoss!, weight: wTotal };
  }

  /** AdamW on Q and V (iql.ts: after each step), then the target's Polyak average. */
  update(cfg: TrainConfig): void {
    this.t++;
    this.q.adamw(this.t, cfg.lr, cfg.weightDecay, cfg.w1Eps, this.simd);
    this.v.adamw(this.t, cfg.lr, cfg.weightDecay, cfg.w1Eps, this.simd);
    (this.simd ? this.arena.x.polyak_simd : this.arena.x.polyak_scalar)(this.qTarget.p, this.q.p, this.q.size, cfg.polyak);
  }
}
