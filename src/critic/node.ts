/** Node-only helpers (file system): never import this from the Worker. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CriticError } from "./errors.ts";
import { loadCritic, type LoadOptions, type WasmCritic } from "./wasm-critic.ts";

export const CRITIC_WASM_PATH = fileURLToPath(new URL("../../build/critic.wasm", import.meta.url));

let cached: WebAssembly.Module | undefined;

/** Compiles build/critic.wasm once per process (run `npm run build` first). */
export function loadWasmModuleFromDisk(path = CRITIC_WASM_PATH): WebAssembly.Module {
  if (path === CRITIC_WASM_PATH && cached) return cached;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new Error(`cannot read ${path} (${(e as Error).message}); run \`npm run build\` first`);
  }
  const mod = new WebAssembly.Module(bytes);
  if (path === CRITIC_WASM_PATH) cached = mod;
  return mod;
}

export function readModelBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new CriticError("bad_input", `cannot read model file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Loads a model file; a file the loader refuses is named in the error (which file, and why). */
export function loadCriticFile(path: string, opts?: LoadOptions): WasmCritic {
  const bytes = readModelBytes(path);
  try {
    return loadCritic(bytes, loadWasmModuleFromDisk(), opts);
  } catch (e) {
    if (e instanceof CriticError) throw new CriticError(e.code, `model file ${path}: ${e.detail}`);
    throw e;
  }
}
