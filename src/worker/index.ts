/**
 * The Worker entry: our app built from the same factory users mount (pnlc-edge/hono), around the
 * bundled models and the precompiled critic Wasm, plus the docs and pages (createApp).
 */
import { pnlcRuntime } from "../hono/index.ts";
import { criticWasm } from "../wasm/workerd.ts";
import { createApp } from "./app.ts";
import { BUNDLED_MODELS, DEFAULT_MODEL } from "./models/registry.ts";

const runtime = pnlcRuntime({ models: Object.fromEntries(BUNDLED_MODELS.map((m) => [m.name, m.bytes])), defaultModel: DEFAULT_MODEL, wasm: () => criticWasm });

export const models = runtime.models;

export default createApp(runtime);
