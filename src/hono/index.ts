/**
 * `pnlc-edge/hono`: the planning API as a Hono sub-app a user mounts in their own app,
 *
 *   app.route("/pnlc", pnlc({ models: { persuasion } }))
 *
 * with the same validation, JSON errors, body limit and bearer auth as our own Worker (which is built
 * from this very factory: src/worker/index.ts). Configuration comes from the Worker's env (PNLC_* vars
 * and secrets, docs/design/service.md), as in ours. This file is runtime-agnostic: the Wasm module is
 * an option here; the workerd and Node entries (./workerd.ts, ./node.ts) fill it in.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { loadCritic } from "../critic/wasm-critic.ts";
import { createApi } from "../worker/app.ts";
import type { AppEnv, Bindings } from "../worker/env.ts";
import { ModelStore, type BundledModel } from "../worker/models/store.ts";
import type { Runtime } from "../worker/runtime.ts";

export type ModelBytes = ArrayBuffer | Uint8Array;
/** A model's bytes, or a function that fetches them on first use (given the Worker's env; loaded once per isolate). */
export type ModelSource = ModelBytes | ((env: Bindings) => ModelBytes | Promise<ModelBytes>);
export type WasmSource = WebAssembly.Module | (() => WebAssembly.Module | Promise<WebAssembly.Module>);

export interface PnlcOptions {
  /** Critic models by name (e.g. `{ persuasion }` from `import persuasion from "pnlc-edge/models/persuasion.pnlc"`). */
  models: Record<string, ModelSource>;
  /** The model served when a request names none; default: the first in `models`. PNLC_DEFAULT_MODEL overrides it. */
  defaultModel?: string;
  /** The critic's Wasm module; the workerd and Node entries of pnlc-edge/hono supply the packaged one. */
  wasm?: WasmSource;
  /** The LLM for a request (default: from PNLC_LLM_* vars; none = offline mode). */
  languageModel?: Runtime["languageModel"];
  embeddingModel?: Runtime["embeddingModel"];
}

const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Checks the options when the app is built, so a bad config fails at start-up rather than at the first request. */
export function pnlcRuntime(options: PnlcOptions): Runtime {
  if (!options || typeof options !== "object") throw new TypeError("pnlc: options must be an object with `models`");
  const { models, wasm } = options;
  if (!models || typeof models !== "object") throw new TypeError("pnlc: options.models must map model names to model bytes");
  const names = Object.keys(models);
  if (names.length === 0) throw new TypeError("pnlc: options.models is empty; give at least one model, e.g. { persuasion }");
  for (const name of names) {
    if (!MODEL_NAME.test(name)) throw new TypeError(`pnlc: options.models: "${name}" is not a valid model name (letters, digits, . _ -; at most 64)`);
    const source = models[name];
    if (!(source instanceof ArrayBuffer || source instanceof Uint8Array || typeof source === "function"))
      throw new TypeError(`pnlc: options.models.${name} must be an ArrayBuffer, a Uint8Array or a function returning one`);
  }
  const defaultModel = options.defaultModel ?? names[0]!;
  if (!names.includes(defaultModel)) throw new TypeError(`pnlc: options.defaultModel "${defaultModel}" is not one of options.models (${names.join(", ")})`);
  if (!(wasm instanceof WebAssembly.Module || typeof wasm === "function"))
    throw new TypeError("pnlc: options.wasm (the critic's WebAssembly.Module) is required on this runtime; import pnlc-edge/hono under workerd or Node to get the packaged one");
  const bundled: BundledModel[] = names.map((name) => {
    const source = models[name]!;
    return { name, bytes: async (env) => (typeof source === "function" ? source(env) : source) };
  });
  const wasmModule = wasm instanceof WebAssembly.Module ? () => wasm : wasm;
  const store = new ModelStore(bundled, defaultModel, wasmModule, (bytes, module) => loadCritic(bytes, module));
  return { models: store, ...(options.languageModel ? { languageModel: options.languageModel } : {}), ...(options.embeddingModel ? { embeddingModel: options.embeddingModel } : {}) };
}

/** The planning API (/v1/plan, /v1/critique, /v1/chat/completions, /v1/models, /healthz) as a Hono app to mount. */
export function pnlc(options: PnlcOptions): OpenAPIHono<AppEnv> {
  return createApi(pnlcRuntime(options));
}

export type { AppEnv, Runtime };
export type { Bindings } from "../worker/env.ts";
