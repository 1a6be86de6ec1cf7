/** The Worker entry: the app around the bundled models and the precompiled critic Wasm. */
import criticWasm from "../../build/critic.wasm";
import { loadCritic } from "../critic/wasm-critic.ts";
import { createApp } from "./app.ts";
import { BUNDLED_MODELS, DEFAULT_MODEL } from "./models/registry.ts";
import { ModelStore } from "./models/store.ts";

export const models = new ModelStore(BUNDLED_MODELS, DEFAULT_MODEL, () => criticWasm, (bytes, wasm) => loadCritic(bytes, wasm));

export default createApp({ models });
