/**
 * The Worker entry: our app built from the same factory users mount (pnlc-edge/hono), around the
 * bundled models and the precompiled critic Wasm, plus the docs and pages (createApp). The critic
 * build is chosen on first use: relaxed SIMD where its self-check (layer 2, then whole scores of the
 * default model) agrees with the portable build bit for bit (src/critic/select-build.ts),
 * imported dynamically so a runtime that rejects it still starts; portable otherwise.
 */
import { pnlcRuntime } from "../hono/index.ts";
import { lazyBuildSelection } from "../critic/select-build.ts";
import { criticWasm } from "../wasm/workerd.ts";
import { createApp } from "./app.ts";
import { BUNDLED_MODELS, DEFAULT_MODEL } from "./models/registry.ts";

// the self-check scores the bundled persuasion critic (a real trained model, already in the script)
const checkModel = async () => new Uint8Array((await import("../../models/persuasion.pnlc")).default);
const criticBuild = lazyBuildSelection(() => criticWasm, async () => (await import("../../build/critic-relaxed.wasm")).default, checkModel);

const runtime = pnlcRuntime({ models: Object.fromEntries(BUNDLED_MODELS.map((m) => [m.name, m.bytes])), defaultModel: DEFAULT_MODEL, wasm: async () => (await criticBuild()).module });

export const models = runtime.models;

export default createApp({ ...runtime, criticBuild });
