/** The Worker entry: the app around the bundled models and the precompiled critic Wasm. */
import criticWasm from "../../build/critic.wasm";
import { lazyBuildSelection } from "../critic/select-build.ts";
import { loadCritic } from "../critic/wasm-critic.ts";
import { createApp } from "./app.ts";
import { BUNDLED_MODELS, DEFAULT_MODEL } from "./models/registry.ts";
import { ModelStore } from "./models/store.ts";

// Relaxed SIMD where exact (src/critic/select-build.ts); imported on first use, so a runtime that rejects it still starts.
const criticBuild = lazyBuildSelection(() => criticWasm, async () => (await import("../../build/critic-relaxed.wasm")).default);

export const models = new ModelStore(BUNDLED_MODELS, DEFAULT_MODEL, async () => (await criticBuild()).module, (bytes, wasm) => loadCritic(bytes, wasm));

export default createApp({ models, criticBuild });
