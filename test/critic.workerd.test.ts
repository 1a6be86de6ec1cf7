// The critic's core cases inside workerd: the Worker imports the .wasm (precompiled by wrangler) and the model bytes.
import wasmModule from "../build/critic.wasm";
import smallModel from "../models/test-small.pnlc";
import { criticCoreCases } from "./critic-cases.ts";
import { criticOutcomeCases } from "./critic-outcome-cases.ts";

criticCoreCases(
  () => wasmModule,
  () => new Uint8Array(smallModel),
);
criticOutcomeCases(() => wasmModule);
