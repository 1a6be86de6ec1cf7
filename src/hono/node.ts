/** `pnlc-edge/hono` in Node: the factory with the packaged Wasm read from disk (compiled once per process). */
import { criticWasmModule } from "../wasm/node.ts";
import { pnlc as pnlcWith, pnlcRuntime as runtimeWith, type PnlcOptions } from "./index.ts";

export type { AppEnv, Bindings, ModelBytes, ModelSource, PnlcOptions, Runtime, WasmSource } from "./index.ts";

export const pnlc = (options: PnlcOptions) => pnlcWith({ ...options, wasm: options?.wasm ?? criticWasmModule });
export const pnlcRuntime = (options: PnlcOptions) => runtimeWith({ ...options, wasm: options?.wasm ?? criticWasmModule });
