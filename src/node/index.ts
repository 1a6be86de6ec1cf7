/**
 * `pnlc-edge/node`: file loading for Node (never import it from a Worker). The packaged Wasm and the
 * task critics shipped with the package, loaded from disk:
 *
 *   import { loadModel } from "pnlc-edge/node";
 *   const critic = loadModel("persuasion");
 *   critic.score({ state, thoughts, goals });
 */
import { fileURLToPath } from "node:url";
import { loadCriticFile } from "../critic/node.ts";
import type { LoadOptions, WasmCritic } from "../critic/wasm-critic.ts";

export { loadCriticFile, readModelBytes, loadWasmModuleFromDisk } from "../critic/node.ts";
export { criticWasmModule, CRITIC_WASM_PATH } from "../wasm/node.ts";

/** The task critics shipped in the package (README "Models" says what each is for). */
export const PACKAGED_MODELS = ["persuasion", "webshop", "avalon"] as const;
export type PackagedModel = (typeof PACKAGED_MODELS)[number];

/** Path of a packaged model file (dist/models/<name>.pnlc; models/<name>.pnlc in a checkout). */
export function modelPath(name: PackagedModel): string {
  if (!(PACKAGED_MODELS as readonly string[]).includes(name)) throw new TypeError(`modelPath: unknown model "${name}" (packaged: ${PACKAGED_MODELS.join(", ")})`);
  return fileURLToPath(new URL(`../../models/${name}.pnlc`, import.meta.url));
}

/** Loads a packaged critic with the packaged Wasm. */
export function loadModel(name: PackagedModel, opts?: LoadOptions): WasmCritic {
  return loadCriticFile(modelPath(name), opts);
}
