import { describe, expect, it } from "vitest";
import { buildTrainConfig } from "../src/train/config.ts";
import { buildMeta, quantizeAndCheck } from "../src/train/export.ts";
import { trainIql } from "../src/train/iql.ts";
import { loadCritic } from "../src/critic/wasm-critic.ts";
import { loadWasmModuleFromDisk } from "../src/critic/node.ts";
import { forkEpisodes } from "./helpers/fork-episodes.ts";

/** The fork of train-iql.test.ts, one step shorter. */
const episodes = (n: number) => forkEpisodes(n, 5, { id: "ep", later: (b) => [`walking the ${b} road`] });

describe("config.encoderDim: the hashed encoder's size is a training choice the model file carries", () => {
  it("trains, writes and serves a 512-bucket model whose int8 scores match the float ones", async () => {
    const cfg = buildTrainConfig({ encoderDim: 512, ensemble: 1, hidden: [16, 16], maxEpochs: 20, patience: 20, heldoutPercent: 0, calibrate: false, lr: 0.005, weightDecay: 0, batchSize: 16 });
    const r = await trainIql(episodes(300), cfg, 3);
    expect(r.params.inputDim).toBe(512);
    expect(r.table.encoder.dim).toBe(512);
    const samples = [{ state: "at the start", thought: "take the alpha road" }, { state: "at the start", thought: "take the beta road" }];
    const { bytes, agreement } = quantizeAndCheck(r.params, buildMeta(r, "dim512", [], {}), samples);
    expect(agreement.maxAbsDiff).toBeLessThan(0.02);
    const critic = loadCritic(bytes, loadWasmModuleFromDisk());
    expect(critic.meta.encoder).toMatchObject({ type: "hash-ngram", dim: 512 });
    const [alpha, beta] = critic.scoreQ({ state: "at the start", thoughts: ["take the alpha road", "take the beta road"], goals: ["reached the castle"] });
    expect(alpha! - beta!).toBeGreaterThan(0.3);
  });

  it("refuses a size that is not a power of two", () => {
    expect(() => buildTrainConfig({ encoderDim: 1000 })).toThrow(/config.encoderDim: encoderDim must be a power of two/);
  });
});
