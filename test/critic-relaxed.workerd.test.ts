// The relaxed-SIMD build (build/critic-relaxed.wasm) is tested inside workerd only: Node 20 needs a flag
// and computes relaxed dot products wrongly in its baseline tier. The same core cases as the portable
// build, so its "simd" kernel must equal the scalar twin bit for bit. Its layer-2 activations have 7 bits
// (relaxed_dot_i8x16_i7x16_add_s is exact only for [0, 127]) against the portable build's 8, so its
// agreement with the float weights is held to 0.015 instead of 0.01.
import { expect, it } from "vitest";
import relaxedModule from "../build/critic-relaxed.wasm";
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
  0.015,
);
criticOutcomeCases(() => relaxedModule, 0.015);
