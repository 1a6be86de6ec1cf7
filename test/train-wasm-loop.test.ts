/**
 * The wasm member loop (src/train/wasm/member.ts) against the JS trainer's (js-member.ts trainMember),
 * given the same random stream: the same draws (initial weights, shuffles, relabelling; the streams end
 * in step), the same losses per epoch, the same best epoch and the same network within float tolerance.
 * So the two backends differ only in which random stream a member draws from (the JS trainer threads one
 * through all members, the wasm one gives each member its own: docs/design/wasm-trainer.md), with
 * exclusive groups, event goals, propensity weights and 8-unit layers, the shipped members' size.
 */
import { describe, expect, it } from "vitest";
import { buildTrainConfig } from "../src/train/config.ts";
import { buildEventGoals, eventLabels } from "../src/train/events.ts";
import { trainMember } from "../src/train/js-member.ts";
import { headForward } from "../src/train/network.ts";
import { configuredOutcomeGoals, indexEpisode, setOutcomes, TextTable, type EpisodeRec } from "../src/train/relabel.ts";
import { Rng } from "../src/train/rng.ts";
import type { Episode } from "../src/train/trajectory.ts";
import { trainMemberWasm } from "../src/train/wasm/member.ts";
import { GIFT_GOALS as GOALS, GIFT_GROUPS as GROUPS } from "./helpers/gift-goals.ts";

const WORDS = "the donor asked about children charity save money give later maybe never think good cause help one dollar".split(" ");

function setup() {
  const rng = new Rng(21);
  const text = (k: number) => Array.from({ length: 2 + rng.int(k) }, () => WORDS[rng.int(WORDS.length)]).join(" ");
  const eps: Episode[] = Array.from({ length: 40 }, (_, i) => ({
    id: `e${i}`,
    task: "t",
    steps: Array.from({ length: 2 + rng.int(4) }, () => ({ state: text(20), thought: text(6), action: "", observation: "", events: rng.next() < 0.4 ? ["agrees"] : [] })),
    outcome: { text: "done", value: rng.int(3) },
  }));
  const table = new TextTable({ type: "hash-ngram", version: 1, dim: 128, wordWeight: 1, bigramWeight: 0.7, charN: 4, charWeight: 0.25, seed: 7 });
  const recs = eps.map((e) => indexEpisode(e, table));
  const { goals, primary, groups } = configuredOutcomeGoals(GOALS, table, GROUPS);
  setOutcomes(recs, eps.map((e) => e.outcome), goals, primary, groups);
  const events = eps.map((e) => e.steps.map((s) => s.events ?? []));
  const eventGoals = buildEventGoals([{ text: "agrees", polarity: "positive" }], events.map((ev, i) => ({ events: ev, success: recs[i]!.label === 1 })), table, 4);
  recs.forEach((r, i) => {
    r.eventReached = eventLabels(events[i]!, eventGoals);
    r.stepWeight = Float32Array.from(r.states, (_, t) => 0.4 + ((i + t) % 4) * 0.4);
  });
  return { table, recs, goals, primary, groups, eventGoals };
}

describe("wasm member loop", () => {
  it("given the JS trainer's random stream, trains the JS trainer's 8x8 member: same draws, losses, best epoch, logits within float tolerance", () => {
    const { table, recs, goals, primary, groups, eventGoals } = setup();
    const cfg = buildTrainConfig({ hidden: [16, 16], ensemble: 1, maxEpochs: 4, patience: 4, lr: 0.01, outcomeMcMix: 0.5, nextThoughtMix: 0.3 });
    const hidden: [number, number] = [8, 8];
    const val = recs.slice(0, 8), train = recs.slice(8);
    const transitions: Array<[EpisodeRec, number]> = train.flatMap((e) => e.states.map((_, t) => [e, t] as [EpisodeRec, number]));
    const rngJs = new Rng(9), rngWasm = new Rng(9);
    const js = trainMember({ train, val, transitions, goals, eventGoals, groups, primary, table, cfg, hidden, rng: rngJs, hooks: {}, epochOffset: 0 });
    const wasm = trainMemberWasm({ train, val, goals, eventGoals, groups, primary, cfg, hidden, dim: 128, textCount: table.texts.length, features: (id) => table.feats[id]!, seed: 0, rng: rngWasm });
    expect(rngWasm.next()).toBe(rngJs.next());
    expect(wasm.samples).toBe(js.samples);
    expect(wasm.history.length).toBe(js.history.length);
    wasm.history.forEach((h, i) => {
      const j = js.history[i]!;
      expect(h.samples).toBe(j.samples);
      expect(h.qLoss).toBeCloseTo(j.qLoss, 4);
      expect(h.vLoss).toBeCloseTo(j.vLoss, 4);
      expect(h.valLogLoss).toBeCloseTo(j.valLogLoss, 4);
    });
    expect(wasm.bestEpoch).toBe(js.bestEpoch);
    const items = val.flatMap((e) => e.states.flatMap((s, t) => [...goals.map((g) => g.id), ...groups[0]!.outcomes.map((o) => o.id), eventGoals[0]!.id].map((goal) => ({ state: s, thought: e.thoughts[t]!, goal }))));
    const zj = headForward(js.q, hidden, table.feats, items, false).z, zw = headForward(wasm.q, hidden, table.feats, items, false).z;
    let worst = 0, spread = 0;
    for (let i = 0; i < zj.length; i++) (worst = Math.max(worst, Math.abs(zj[i]! - zw[i]!))), (spread = Math.max(spread, Math.abs(zj[i]! - zj[0]!)));
    expect(worst).toBeLessThan(1e-3);
    expect(spread).toBeGreaterThan(0.05); // the member learned something to compare
  });
});
