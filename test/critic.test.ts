// The critic's core cases in Node, against build/critic.wasm and models/test-small.pnlc.
import { readFileSync } from "node:fs";
import { loadWasmModuleFromDisk } from "../src/critic/node.ts";
import { criticCoreCases } from "./critic-cases.ts";
import { criticOutcomeCases } from "./critic-outcome-cases.ts";

const small = new Uint8Array(readFileSync(new URL("../models/test-small.pnlc", import.meta.url)));
criticCoreCases(loadWasmModuleFromDisk, () => small);
criticOutcomeCases(loadWasmModuleFromDisk);
