/**
 * The Worker entry: our app built from the same factory users mount (pnlc-edge/hono), around the
 * bundled models and the precompiled critic Wasm, plus the docs and pages (createApp). The critic
 * build is chosen on first use: relaxed SIMD where its self-check agrees (src/critic/select-build.ts),
 * imported dynamically so a runtime that rejects it still starts; portable otherwise.
 */
import { pnlcRuntime } from "../hono/index.ts";
import { lazyBuildSelection } from "../critic/select-build.ts";
import { criticWasm } from "../wasm/workerd.ts";
import { createApp } from "./app.ts";
import { BUNDLED_MODELS, DEFAULT_MODEL } from "./models/registry.ts";

const criticBuild = lazyBuildSelection(() => criticWasm, async () => (await import("../../build/critic-relaxed.wasm")).default);

const runtime = pnlcRuntime({ models: Object.fromEntries(BUNDLED_MODELS.map((m) => [m.name, m.bytes])), defaultModel: DEFAULT_MODEL, wasm: async () => (await criticBuild()).module });

export const models = runtime.models;

export default createApp({ ...runtime, criticBuild });
