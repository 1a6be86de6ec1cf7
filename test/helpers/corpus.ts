import { corpusPath, dataDir } from "../../src/data/paths.ts";

/**
 * For tests that need a shared corpus: returns its path. When it is missing, CI fails (a missing
 * corpus must never turn into a green run) and elsewhere the caller skips with a printed reason.
 * Usage: `const p4g = needCorpus("persuasionforgood"); describe.skipIf(!p4g)(...)`.
 */
export function needCorpus(name: string): string | null {
  const p = corpusPath(name);
  if (p) return p;
  const msg = `corpus ${name} not found under ${dataDir()} (set PNLC_DATA_DIR)`;
  if (process.env.CI) throw new Error(`${msg}: required in CI`);
  console.warn(`skipping: ${msg}`);
  return null;
}
