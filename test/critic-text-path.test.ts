// Encode + score from text against JS encode + score, in Node, on the bundled models and a grouped one.
import { readFileSync } from "node:fs";
import { loadWasmModuleFromDisk } from "../src/critic/node.ts";
import { groupedModel, hashModel } from "./critic-fixtures.ts";
import { criticTextCases } from "./critic-text-cases.ts";

const bundled = ["test-small", "persuasion", "webshop", "avalon"].map((n): [string, Uint8Array] => [n, new Uint8Array(readFileSync(new URL(`../models/${n}.pnlc`, import.meta.url)))]);

criticTextCases(
  () => loadWasmModuleFromDisk(),
  () => [...bundled, ["grouped", groupedModel(256, [32, 16], 3).bytes], ["hash-64", hashModel(64, [16, 16], 5).bytes],
    // charN 1: "$" runs give 5 features per code unit, the most the packed layout has room for
    ["hash-512 charN 1", hashModel(512, [16, 16], 6, true, { charN: 1 }).bytes]],
);
