// Build selection in Node: the self-check's layer 2 is the true product (so agreeing with it means
// something), and a runtime that rejects the relaxed build gets the portable one, with the reason.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { loadWasmModuleFromDisk } from "../src/critic/node.ts";
import { checkInputs, layer2Sums, selectCriticBuild } from "../src/critic/select-build.ts";
import { layer2Reference } from "./critic-fixtures.ts";

it("the portable build's self-check sums are the exact layer-2 product, extremes included", () => {
  const { x, w2 } = checkInputs();
  expect(Math.max(...x)).toBe(127);
  expect(Math.min(...x)).toBeGreaterThanOrEqual(0);
  expect([Math.min(...w2), Math.max(...w2)]).toEqual([-127, 127]);
  expect(Array.from(layer2Sums(loadWasmModuleFromDisk()))).toEqual(Array.from(layer2Reference()));
});

it("no relaxed build, or one the runtime rejects: the portable build, saying why", () => {
  const portable = loadWasmModuleFromDisk();
  expect(selectCriticBuild(portable)).toMatchObject({ build: "portable", module: portable, reason: "no relaxed-SIMD build available" });
  const rejected = selectCriticBuild(portable, () => {
    throw new WebAssembly.CompileError("invalid opcode 0xfd111");
  });
  expect(rejected.build).toBe("portable");
  expect(rejected.reason).toMatch(/does not validate the relaxed-SIMD build \(invalid opcode/);
});

it("Node as it runs here: the relaxed build from disk is used only when Node validates it and the check agrees", () => {
  const bytes = new Uint8Array(readFileSync(new URL("../build/critic-relaxed.wasm", import.meta.url)));
  const sel = selectCriticBuild(loadWasmModuleFromDisk(), () => new WebAssembly.Module(bytes));
  if (!WebAssembly.validate(bytes)) expect(sel.build).toBe("portable");
  else if (sel.build === "relaxed-simd") expect(Array.from(layer2Sums(sel.module))).toEqual(Array.from(layer2Reference()));
  console.log(`Node ${process.versions.node}: ${sel.build} (${sel.reason})`);
});
