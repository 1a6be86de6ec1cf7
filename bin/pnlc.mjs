#!/usr/bin/env node
// The project's CLI. In a checkout (src/ present) it runs the TypeScript sources through tsx, so edits
// need no build step; in the installed package (no src/, no tsx) it runs the compiled dist/.
import { existsSync } from "node:fs";

const source = new URL("../src/cli/index.ts", import.meta.url);
let main;
if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import(source.href));
} else ({ main } = await import("../dist/src/cli/index.js"));
process.exitCode = await main(process.argv);
