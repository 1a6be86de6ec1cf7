/**
 * The WebShop 1,000-product catalogue and its synthetic goals, built the WebShop way
 * (web_agent_site/engine/goal.py get_synthetic_goals): instruction + one option combination +
 * a price bound drawn from the two-of-the-next-four PRICE_RANGE steps above the product's price.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { makeRng, hashString } from "../rng.ts";

export interface Product {
  asin: string;
  title: string;
  name: string;
  query: string;
  category: string;
  productCategory: string;
  price: number;
  attributes: string[];
  bulletPoints: string[];
  description: string;
  options: Record<string, string[]>;
  /** Text the search engine indexes (WebShop's `contents`). */
  searchText: string;
}

export interface WebShopGoal {
  asin: string;
  instruction: string;
  attributes: string[];
  goalOptions: Record<string, string>;
  priceUpper: number;
  /** Fields of the target product the type reward compares against. */
  query: string;
  name: string;
  productCategory: string;
}

const ProductLine = z.object({
  id: z.string(),
  contents: z.string(),
  product: z.object({
    name: z.string(),
    Title: z.string(),
    query: z.string().default(""),
    category: z.string().default(""),
    product_category: z.string().default(""),
    pricing: z.array(z.number()).default([]),
    Attributes: z.array(z.string()).default([]),
    BulletPoints: z.array(z.string()).default([]),
    Description: z.string().default(""),
    options: z.record(z.string(), z.array(z.string())).default({}),
  }),
});

/** items_ins_v2_1000.json: asin -> {attributes, instruction?, instruction_attributes?}. */
export const InstructionFile = z.record(
  z.string(),
  z.object({
    attributes: z.array(z.string()).default([]),
    instruction: z.string().optional(),
    instruction_attributes: z.array(z.string()).optional(),
  }),
);
export type InstructionFile = z.infer<typeof InstructionFile>;

export function loadProducts(dir: string): Product[] {
  const lines = readFileSync(join(dir, "products_1000.jsonl"), "utf8").split("\n").filter((l) => l.trim());
  return lines.map((line, i) => {
    const parsed = ProductLine.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`products_1000.jsonl line ${i + 1}: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
    const { id, contents, product: p } = parsed.data;
    return {
      asin: id,
      title: p.Title,
      name: p.name,
      query: p.query,
      category: p.category,
      productCategory: p.product_category,
      // WebShop draws a price inside [min, max] of `pricing`; the lower bound keeps episodes deterministic.
      price: p.pricing.length ? Math.min(...p.pricing) : 100,
      attributes: p.Attributes,
      bulletPoints: p.BulletPoints,
      description: p.Description,
      options: p.options,
      searchText: contents,
    };
  });
}

export function loadInstructionFile(path: string): InstructionFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`instructions file ${path}: ${(e as Error).message}`);
  }
  const parsed = InstructionFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`instructions file ${path}: ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

const PRICE_RANGE = Array.from({ length: 99 }, (_, i) => 10 * (i + 1));

/** All synthetic goals of one product (one per option combination); [] when it has no instruction. */
export function goalsForProduct(product: Product, ins: InstructionFile[string] | undefined): WebShopGoal[] {
  if (!ins?.instruction) return [];
  const attributes = ins.instruction_attributes?.length ? ins.instruction_attributes : ins.attributes;
  if (!attributes.length) return [];
  // The price bound is drawn once per product with a seed from its asin (WebShop: random.sample).
  const rng = makeRng(hashString("price:" + product.asin));
  const range = PRICE_RANGE.filter((p) => p > product.price).slice(0, 4);
  let priceUpper = 1_000_000;
  let priceText = "";
  if (range.length >= 2) {
    const i = Math.floor(rng() * range.length);
    let j = Math.floor(rng() * (range.length - 1));
    if (j >= i) j++;
    priceUpper = Math.max(range[i]!, range[j]!);
    priceText = `, and price lower than ${priceUpper.toFixed(2)} dollars`;
  }
  const names = Object.keys(product.options).sort();
  let combos: Array<Record<string, string>> = [{}];
  for (const name of names) {
    const next: Array<Record<string, string>> = [];
    for (const c of combos) for (const v of product.options[name]!) next.push({ ...c, [name]: v });
    combos = next;
  }
  return combos.map((goalOptions) => {
    const optionText = Object.entries(goalOptions).map(([k, v]) => `${k}: ${v}`).join(", and ");
    return {
      asin: product.asin,
      instruction: ins.instruction!.trim().replace(/\.+$/, "") + (optionText ? " with " + optionText : "") + priceText,
      attributes,
      goalOptions,
      priceUpper,
      query: product.query,
      name: product.name,
      productCategory: product.productCategory,
    };
  });
}

export type Split = "train" | "test" | "all";

/** Deterministic split by product: about 1 in 5 products (and all their goals) is held out for testing. */
export function splitOf(asin: string): "train" | "test" {
  return hashString("split:" + asin) % 5 === 0 ? "test" : "train";
}

export interface Catalog {
  products: Product[];
  byAsin: Map<string, Product>;
  /** Goals grouped by product (asin order), so sampling is uniform over products, not over option combinations. */
  goalsByProduct: Map<string, WebShopGoal[]>;
}

export function buildCatalog(products: Product[], instructions: InstructionFile): Catalog {
  const byAsin = new Map(products.map((p) => [p.asin, p]));
  const goalsByProduct = new Map<string, WebShopGoal[]>();
  for (const p of products) {
    const goals = goalsForProduct(p, instructions[p.asin]);
    if (goals.length) goalsByProduct.set(p.asin, goals);
  }
  return { products, byAsin, goalsByProduct };
}

/** Episode i's goal: a product of the split drawn by the seed, then one of its option combinations. */
export function sampleGoals(catalog: Catalog, split: Split, n: number, seed: number): WebShopGoal[] {
  const asins = [...catalog.goalsByProduct.keys()].filter((a) => split === "all" || splitOf(a) === split);
  if (!asins.length) throw new Error(`no webshop goals in split ${split}`);
  const rng = makeRng(seed);
  const out: WebShopGoal[] = [];
  for (let i = 0; i < n; i++) {
    const goals = catalog.goalsByProduct.get(asins[Math.floor(rng() * asins.length)]!)!;
    out.push(goals[Math.floor(rng() * goals.length)]!);
  }
  return out;
}
