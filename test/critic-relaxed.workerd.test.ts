// The relaxed-SIMD build (build/critic-relaxed.wasm) is tested inside workerd only: Node 20 needs a flag
// and computes relaxed dot products wrongly in its baseline tier. The same core cases as the portable
// build, so its "simd" kernel must equal the scalar twin bit for bit, and the same bound to the float
// weights; both builds quantize layer-2 activations to 7 bits, so its scores equal the portable build's
// bit for bit (checked here on real models, as the Worker's self-check does).
import { expect, it } from "vitest";
import relaxedModule from "../build/critic-relaxed.wasm";
import portableModule from "../build/critic.wasm";
import { checkScores, layer2Sums, selectCriticBuild } from "../src/critic/select-build.ts";
import { loadCritic } from "../src/critic/wasm-critic.ts";
import persuasionModel from "../models/persuasion.pnlc";
import { groupedModel, hashModel, layer2Reference, textGenerator } from "./critic-fixtures.ts";
import { criticTextCases } from "./critic-text-cases.ts";
import smallModel from "../models/test-small.pnlc";
import { criticCoreCases } from "./critic-cases.ts";
import { criticOutcomeCases } from "./critic-outcome-cases.ts";

it("the relaxed build says it is relaxed", () => {
  const instance = new WebAssembly.Instance(relaxedModule, { env: { abort: () => {} } });
  expect((instance.exports.relaxed_simd as () => number)()).toBe(1);
});

criticCoreCases(
  () => relaxedModule,
  () => new Uint8Array(smallModel),
);
criticOutcomeCases(() => relaxedModule);

it("workerd validates the relaxed build and the Worker's self-check selects it (layer 2 and a real model's scores equal to portable, bit for bit)", () => {
  const selection = selectCriticBuild(portableModule, relaxedModule, new Uint8Array(persuasionModel));
  expect(selection.reason).toMatch(/check scores equal the portable build's bit for bit/);
  expect(selection.build).toBe("relaxed-simd");
  expect(Array.from(layer2Sums(relaxedModule))).toEqual(Array.from(layer2Reference()));
});

it("relaxed and portable builds give the same scores bit for bit end to end (self-check decision, random networks, a big batch)", () => {
  const bits = (a: Float32Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));
  for (const model of [new Uint8Array(persuasionModel), new Uint8Array(smallModel), groupedModel(256, [32, 16], 3).bytes]) {
    const want = checkScores(portableModule, model);
    expect(want.length).toBeGreaterThan(20);
    expect(bits(checkScores(relaxedModule, model))).toEqual(bits(want));
  }
  const text = textGenerator(5);
  const req = { state: text(200), thoughts: Array.from({ length: 33 }, () => text(15)), goals: Array.from({ length: 65 }, () => text(9)) };
  for (const [dim, hidden] of [[2048, [64, 64]], [1024, [128, 32]]] as Array<[number, [number, number]]>) {
    const m = hashModel(dim, hidden, 9);
    expect(bits(loadCritic(m.bytes, relaxedModule).scoreQ(req))).toEqual(bits(loadCritic(m.bytes, portableModule).scoreQ(req)));
  }
});

criticTextCases(
  () => relaxedModule,
  () => [["test-small", new Uint8Array(smallModel)], ["grouped", groupedModel(256, [32, 16], 3).bytes]],
);
