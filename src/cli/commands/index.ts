import type { Command } from "commander";

/** A CLI command lives in its own file and exports `register(program)`; add one line here per command. */
export type CommandModule = { register(program: Command): void };

export const commandLoaders: Array<() => Promise<CommandModule>> = [
  () => import("./inspect.ts"),
  () => import("./data.ts"),
  () => import("./train.ts"),
  () => import("./eval-critic.ts"),
  () => import("./rollout.ts"),
  () => import("./eval.ts"),
  () => import("./eval-report.ts"),
  () => import("./eval-paper.ts"),
  () => import("./serve.ts"),
  () => import("./compare.ts"),
];
