import { Command, CommanderError } from "commander";
import { commandLoaders } from "./commands/index.ts";

/** Thrown by commands for a bad input: printed as one clear line, exit code 2 (1 is for unexpected failures). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = "CliError";
  }
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command("pnlc")
    .description("pnlc-edge: train, inspect, evaluate and serve PNLC critics")
    .exitOverride()
    .showHelpAfterError();
  for (const load of commandLoaders) (await load()).register(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof CliError) {
      process.stderr.write(`pnlc: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`pnlc: unexpected error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return 1;
  }
}
