/** `pnlc-edge/hono` under workerd: the factory with the packaged Wasm, precompiled by the consumer's wrangler. */
import { criticWasm } from "../wasm/workerd.ts";
import { pnlc as pnlcWith, pnlcRuntime as runtimeWith, type PnlcOptions } from "./index.ts";

export type { AppEnv, Bindings, ModelBytes, ModelSource, PnlcOptions, Runtime, WasmSource } from "./index.ts";

export const pnlc = (options: PnlcOptions) => pnlcWith({ ...options, wasm: options?.wasm ?? criticWasm });
export const pnlcRuntime = (options: PnlcOptions) => runtimeWith({ ...options, wasm: options?.wasm ?? criticWasm });
