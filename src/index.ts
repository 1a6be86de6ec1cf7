/**
 * `pnlc-edge`: the runtime-agnostic core (Node, workerd, browsers). Load a critic from model bytes and
 * the Wasm module, score thoughts against goals, run the PNLC planning loop, build critique text.
 *
 *   import { loadCritic, rankThoughts } from "pnlc-edge";
 *   import criticWasm from "pnlc-edge/critic.wasm";                 // workerd: precompiled by wrangler
 *   import persuasion from "pnlc-edge/models/persuasion.pnlc";      // wrangler rule: Data for **\/*.pnlc
 *   const critic = loadCritic(new Uint8Array(persuasion), criticWasm);
 *
 * In Node, pnlc-edge/node loads the packaged Wasm and models from disk.
 */
export * from "./critic/index.ts";
export * from "./planner/index.ts";
export { stateForTask, stateWithProfile, persuasionTurns, type PersuadeeProfile } from "./state/index.ts";
export { rankThoughts, type RankThoughtsRequest, type RankedThoughts } from "./rank-thoughts.ts";
// learning from use: the decision-logger interface, its D1 and in-memory stores, the logged planner, feedback
export * from "./log/index.ts";
