import { CliError } from "./index.ts";

/** commander option parser for an integer option; a bad value is a CliError naming the option. */
export const intOption = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n)) throw new CliError(`${name} must be an integer, got ${v}`);
  return n;
};

/** commander option parser for a share in [0, 1] (a blank value is not 0); a bad value is a CliError naming the option. */
export const shareOption = (name: string) => (v: string) => {
  const n = Number(v);
  if (v.trim() === "" || !(n >= 0 && n <= 1)) throw new CliError(`${name} must be a number in [0, 1], got ${v}`);
  return n;
};
