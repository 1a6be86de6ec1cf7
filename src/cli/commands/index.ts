import type { Command } from "commander";

/** A CLI command lives in its own file and exports `register(program)`; add one line here per command. */
export type CommandModule = { register(program: Command): void };

export const commandLoaders: Array<() => Promise<CommandModule>> = [
];
