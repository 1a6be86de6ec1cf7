// Builds the Worker's static-assets folder (wrangler.toml [assets] directory = build/assets):
// swagger-ui-dist for the /docs page, and the task critics served from assets rather than bundled
// (src/worker/models/assets.ts says why).
import { copyFileSync, cpSync, mkdirSync, rmSync } from "node:fs";

const out = "build/assets";
rmSync(out, { recursive: true, force: true });
cpSync("node_modules/swagger-ui-dist", out, { recursive: true, filter: (f) => !f.endsWith(".map") });
mkdirSync(`${out}/models`, { recursive: true });
for (const name of ["webshop", "avalon"]) copyFileSync(`models/${name}.pnlc`, `${out}/models/${name}.pnlc`);
