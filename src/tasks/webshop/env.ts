/**
 * A text WebShop over the 1,000-product catalogue: search (BM25, 50 results, 10 per page), result
 * pages, item pages with options and Description/Features sub-pages, back, buy. Actions use WebShop's
 * syntax: `search[query]`, `click[<button or asin or option value>]`. An episode ends at "Buy Now"
 * or after `maxSteps` actions (reward 0).
 */
import type { Catalog, Product, WebShopGoal } from "./catalog.ts";
import { Bm25Index } from "./bm25.ts";
import { webshopReward, type RewardBreakdown } from "./reward.ts";
import type { EpisodeResult, StepResult, TaskEpisode } from "../types.ts";

export const RESULTS_TOTAL = 50;
export const PAGE_SIZE = 10;
export const DEFAULT_MAX_STEPS = 15;

export type Page =
  | { kind: "search" }
  | { kind: "results"; query: string; page: number; asins: string[] }
  | { kind: "item"; asin: string; options: Record<string, string>; from: Page }
  | { kind: "sub"; asin: string; section: "description" | "features"; item: Page & { kind: "item" } };

export class WebShopEngine {
  readonly index: Bm25Index;
  constructor(readonly catalog: Catalog) {
    this.index = new Bm25Index(catalog.products.map((p) => p.searchText));
  }
  search(query: string): string[] {
    return this.index.search(query, RESULTS_TOTAL).map((d) => this.catalog.products[d]!.asin);
  }
}

const fmtPrice = (p: number) => `$${p.toFixed(2)}`;

export class WebShopEpisode implements TaskEpisode {
  readonly task = "webshop" as const;
  page: Page = { kind: "search" };
  steps = 0;
  done = false;
  purchase: { product: Product; options: Record<string, string>; breakdown: RewardBreakdown } | null = null;
  readonly history: string[] = [];
  /** Sub-pages opened in this episode, as "asin:features" / "asin:description" (what the agent has read). */
  readonly read = new Set<string>();

  constructor(readonly engine: WebShopEngine, readonly goal: WebShopGoal, readonly id: string, readonly maxSteps = DEFAULT_MAX_STEPS) {}

  clone(): WebShopEpisode {
    const c = new WebShopEpisode(this.engine, this.goal, this.id, this.maxSteps);
    c.page = this.page; // pages are never mutated, only replaced
    c.steps = this.steps;
    c.done = this.done;
    c.purchase = this.purchase;
    c.history.push(...this.history);
    for (const r of this.read) c.read.add(r);
    return c;
  }

  /** Which sub-pages of an item the agent has opened in this episode. */
  sectionsRead(asin: string): { features: boolean; description: boolean } {
    return { features: this.read.has(`${asin}:features`), description: this.read.has(`${asin}:description`) };
  }

  product(asin: string): Product {
    const p = this.engine.catalog.byAsin.get(asin);
    if (!p) throw new Error(`unknown asin ${asin}`);
    return p;
  }

  instructions(): string {
    return (
      "You are shopping on WebShop. Find and buy the product the instruction describes, choosing the options it names, within its price bound. " +
      "Actions: search[keywords] on the search page; click[button] where button is one shown in the observation " +
      "(an item id on a results page, Next >, < Prev, Back to Search, an option value, Description, Features, Buy Now). " +
      `You have at most ${this.maxSteps} actions.`
    );
  }

  observation(): string {
    const head = `Instruction: [SEP] ${this.goal.instruction}`;
    const p = this.page;
    if (p.kind === "search") return `WebShop [SEP] ${head} [SEP] Search`;
    if (p.kind === "results") {
      const shown = p.asins.slice(p.page * PAGE_SIZE, (p.page + 1) * PAGE_SIZE);
      const parts = [head, "Back to Search", `Page ${p.page + 1} (Total results: ${p.asins.length})`];
      if (p.page > 0) parts.push("< Prev");
      if ((p.page + 1) * PAGE_SIZE < p.asins.length) parts.push("Next >");
      for (const a of shown) {
        const prod = this.product(a);
        parts.push(a, prod.title, fmtPrice(prod.price));
      }
      return parts.join(" [SEP] ");
    }
    if (p.kind === "item") {
      const prod = this.product(p.asin);
      const parts = [head, "Back to Search", "< Prev"];
      for (const [name, values] of Object.entries(prod.options)) parts.push(name, ...values.map((v) => (p.options[name] === v ? `[${v}]` : v)));
      parts.push(prod.title, `Price: ${fmtPrice(prod.price)}`, "Rating: N.A.", "Description", "Features", "Reviews", "Buy Now");
      return parts.join(" [SEP] ");
    }
    const prod = this.product(p.asin);
    const body = p.section === "description" ? prod.description : prod.bulletPoints.join(" ");
    return [head, "Back to Search", "< Prev", body.slice(0, 1500)].join(" [SEP] ");
  }

  /**
   * Compact state for the critic: where we are, what is chosen, how much room is left. The
   * instruction and product titles are left out on purpose: the critic must judge the evidence in
   * the thoughts, not memorise catalogue products (test instructions are about unseen products).
   */
  stateText(): string {
    const p = this.page;
    const looked = new Set(this.history.filter((a) => /^click\[b0/i.test(a))).size;
    const searches = this.history.filter((a) => a.startsWith("search[")).length;
    const left = `${this.maxSteps - this.steps} steps left, ${searches} search${searches === 1 ? "" : "es"} made, ${looked} item${looked === 1 ? "" : "s"} looked at`;
    if (p.kind === "search") return `webshop. page: search. ${left}.`;
    if (p.kind === "results") return `webshop. page: results, page ${p.page + 1}. ${left}.`;
    const item = p.kind === "item" ? p : p.item;
    const prod = this.product(item.asin);
    const groups = Object.keys(prod.options).length;
    const chosen = Object.keys(item.options).length;
    const where = p.kind === "sub" ? `${p.section} of an item` : "item";
    return `webshop. page: ${where} with ${groups} option group${groups === 1 ? "" : "s"}, ${chosen} chosen, price ${prod.price <= this.goal.priceUpper ? "within" : "over"} budget. ${left}.`;
  }

  validActions(): string[] {
    const p = this.page;
    if (p.kind === "search") return ["search[<keywords>]"];
    if (p.kind === "results") {
      const acts = ["click[Back to Search]"];
      if (p.page > 0) acts.push("click[< Prev]");
      if ((p.page + 1) * PAGE_SIZE < p.asins.length) acts.push("click[Next >]");
      for (const a of p.asins.slice(p.page * PAGE_SIZE, (p.page + 1) * PAGE_SIZE)) acts.push(`click[${a}]`);
      return acts;
    }
    if (p.kind === "item") {
      const prod = this.product(p.asin);
      const acts = ["click[Back to Search]", "click[< Prev]", "click[Description]", "click[Features]", "click[Buy Now]"];
      for (const values of Object.values(prod.options)) for (const v of values) acts.push(`click[${v}]`);
      return acts;
    }
    return ["click[Back to Search]", "click[< Prev]"];
  }

  async step(action: string): Promise<StepResult> {
    if (this.done) throw new Error("episode is over");
    this.steps++;
    this.history.push(action);
    this.apply(action.trim());
    if (!this.done && this.steps >= this.maxSteps) this.done = true;
    return { observation: this.observation(), done: this.done };
  }

  /** Invalid actions cost a step and leave the page as it is (like WebShop's text env). */
  private apply(action: string): void {
    const m = /^(search|click)\[(.*)\]$/is.exec(action);
    if (!m) return;
    const verb = m[1]!.toLowerCase();
    const arg = m[2]!.trim();
    const p = this.page;
    if (verb === "search") {
      if (p.kind === "search" && arg) this.page = { kind: "results", query: arg, page: 0, asins: this.engine.search(arg) };
      return;
    }
    const lower = arg.toLowerCase();
    if (lower === "back to search" && p.kind !== "search") return void (this.page = { kind: "search" });
    if (p.kind === "results") {
      if (lower === "next >" && (p.page + 1) * PAGE_SIZE < p.asins.length) this.page = { ...p, page: p.page + 1 };
      else if (lower === "< prev" && p.page > 0) this.page = { ...p, page: p.page - 1 };
      else {
        const shown = p.asins.slice(p.page * PAGE_SIZE, (p.page + 1) * PAGE_SIZE);
        const asin = shown.find((a) => a.toLowerCase() === lower);
        if (asin) this.page = { kind: "item", asin, options: {}, from: p };
      }
      return;
    }
    if (p.kind === "item") {
      const prod = this.product(p.asin);
      if (lower === "< prev") this.page = p.from;
      else if (lower === "description" || lower === "features") {
        this.page = { kind: "sub", asin: p.asin, section: lower, item: p };
        this.read.add(`${p.asin}:${lower}`);
      }
      else if (lower === "buy now") {
        this.purchase = { product: prod, options: p.options, breakdown: webshopReward(prod, this.goal, p.options) };
        this.done = true;
      } else {
        for (const [name, values] of Object.entries(prod.options)) {
          const v = values.find((x) => x.toLowerCase() === lower);
          if (v !== undefined) return void (this.page = { ...p, options: { ...p.options, [name]: v } });
        }
      }
      return;
    }
    if (p.kind === "sub" && lower === "< prev") this.page = p.item;
  }

  result(): EpisodeResult {
    if (!this.purchase) return { score: 0, success: false, outcome: "ran out of steps without buying anything", value: 0 };
    const r = this.purchase.breakdown.reward;
    const outcome =
      r >= 1 ? "bought an item matching every requested attribute, option and the price bound"
      : r >= 0.75 ? "bought a close match that misses one detail"
      : r >= 0.4 ? "bought a partly matching item"
      : "bought a wrong item";
    return { score: 100 * r, success: r >= 1, outcome, value: r };
  }
}
