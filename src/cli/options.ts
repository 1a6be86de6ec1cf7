import { CliError } from "./index.ts";

/** commander option parser for an integer option; a bad value is a CliError naming the option. */
export const intOption = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n)) throw new CliError(`${name} must be an integer, got ${v}`);
  return n;
};
