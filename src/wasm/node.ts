/** The critic's Wasm in Node: read from the package (dist/build/critic.wasm; build/critic.wasm in a checkout). */
import { fileURLToPath } from "node:url";
import { loadWasmModuleFromDisk } from "../critic/node.ts";

export const CRITIC_WASM_PATH = fileURLToPath(new URL("../../build/critic.wasm", import.meta.url));

/** Compiles the packaged critic Wasm once per process. */
export function criticWasmModule(): WebAssembly.Module {
  return loadWasmModuleFromDisk(CRITIC_WASM_PATH);
}
