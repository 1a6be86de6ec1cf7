import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsv } from "../../src/data/csv.ts";
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

const quote = (f: string) => `"${f.replace(/"/g, '""')}"`;

/**
 * A small PersuasionForGood-layout folder (first N dialogues) in a temp dir. With `annotations`, the
 * whole annotated file too (the reaction labels and the reaction tagger's training sentences).
 */
export async function sliceCorpus(root: string, n: number, opts: { annotations?: boolean } = {}): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), "pnlc-p4g-"));
  await mkdir(join(out, "FullData"));
  const dialog = parseCsv(await readFile(join(root, "data", "FullData", "full_dialog.csv"), "utf8"));
  const ids = [...new Set(dialog.slice(1).map((r) => r[4]!))].slice(0, n);
  const keep = new Set(ids);
  const rows = [dialog[0]!, ...dialog.slice(1).filter((r) => keep.has(r[4]!))];
  await writeFile(join(out, "FullData", "full_dialog.csv"), rows.map((r) => r.map(quote).join(",")).join("\n") + "\n");
  const info = parseCsv(await readFile(join(root, "data", "FullData", "full_info.csv"), "utf8"));
  await writeFile(join(out, "FullData", "full_info.csv"), [info[0]!, ...info.slice(1).filter((r) => keep.has(r[0]!))].map((r) => r.map(quote).join(",")).join("\n") + "\n");
  if (opts.annotations) {
    await mkdir(join(out, "AnnotatedData"));
    await copyFile(join(root, "data", "AnnotatedData", "300_dialog.csv"), join(out, "AnnotatedData", "300_dialog.csv"));
  }
  return out;
}
