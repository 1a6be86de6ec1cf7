#!/usr/bin/env node
// The project's CLI: TypeScript sources run through tsx, so there is no separate build step for the tools.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/index.ts");
process.exitCode = await main(process.argv);
