// Copies the non-TypeScript files the compiled package imports into dist/, at the same relative
// places as in the checkout (dist/src/x.js -> ../../build/critic.wasm = dist/build/critic.wasm), so
// relative imports work unchanged from src/ and from dist/src/.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";

const files = [
  ["build/critic.wasm", "dist/build/critic.wasm"],
  ["build/trainer.wasm", "dist/build/trainer.wasm"],
  ["models/persuasion.pnlc", "dist/models/persuasion.pnlc"],
  ["models/webshop.pnlc", "dist/models/webshop.pnlc"],
  ["models/avalon.pnlc", "dist/models/avalon.pnlc"],
];
mkdirSync("dist/build", { recursive: true });
mkdirSync("dist/models", { recursive: true });
for (const [from, to] of files) {
  if (!existsSync(from)) {
    console.error(`package-assets: ${from} is missing (run \`npm run build:wasm\` first)`);
    process.exit(1);
  }
  copyFileSync(from, to);
}
