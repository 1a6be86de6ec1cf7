import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (where package.json is). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the shared corpora live: PNLC_DATA_DIR, or ../shared/data beside the project. Never copied in. */
export function dataDir(): string {
  return process.env.PNLC_DATA_DIR ? resolve(process.env.PNLC_DATA_DIR) : resolve(projectRoot, "../shared/data");
}

/** Path of a corpus folder (e.g. "persuasionforgood"), or null when it is not there. */
export function corpusPath(name: string): string | null {
  const p = join(dataDir(), name);
  return existsSync(p) ? p : null;
}
