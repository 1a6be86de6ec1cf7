/** WebShop task entry: loads the catalogue once, builds the engine and the episodes of a run. */
import { join } from "node:path";
import { corpusPath } from "../../data/paths.ts";
import { buildCatalog, loadInstructionFile, loadProducts, sampleGoals, type Catalog, type Split } from "./catalog.ts";
import { WebShopEngine, WebShopEpisode } from "./env.ts";

let cached: { dir: string; insPath: string; engine: WebShopEngine } | null = null;

export function webshopDir(): string {
  const dir = corpusPath("webshop");
  if (!dir) throw new Error("webshop corpus not found (expected ../shared/data/webshop or PNLC_DATA_DIR/webshop)");
  return dir;
}

/** The engine over the catalogue, with goals from `instructionsPath` (default: the corpus's items_ins_v2_1000.json). */
export function loadWebShop(instructionsPath?: string): WebShopEngine {
  const dir = webshopDir();
  const insPath = instructionsPath ?? join(dir, "items_ins_v2_1000.json");
  if (cached && cached.dir === dir && cached.insPath === insPath) return cached.engine;
  const catalog: Catalog = buildCatalog(loadProducts(dir), loadInstructionFile(insPath));
  if (!catalog.goalsByProduct.size) throw new Error(`instructions file ${insPath}: no entry with an instruction matches a catalogue product`);
  const engine = new WebShopEngine(catalog);
  cached = { dir, insPath, engine };
  return engine;
}

export function webshopEpisodes(engine: WebShopEngine, split: Split, n: number, seed: number): WebShopEpisode[] {
  return sampleGoals(engine.catalog, split, n, seed).map((g, i) => new WebShopEpisode(engine, g, `webshop-${split}-${seed}-${i}`));
}
