import { describe, expect, it } from "vitest";
import { Bm25Index } from "../src/tasks/webshop/bm25.ts";
import { goalsForProduct, type Product, type WebShopGoal } from "../src/tasks/webshop/catalog.ts";
import { webshopReward } from "../src/tasks/webshop/reward.ts";
import { tokenSetRatio } from "../src/tasks/webshop/text.ts";
import { attributeWord, attributeWordsIn, instructionOptionClauses, itemVerdict, optionAvailability, optionsNamedInInstruction, titleFitWord } from "../src/tasks/webshop/evidence.ts";
import { diverseCandidates, sampleCandidates } from "../src/tasks/webshop/proposer.ts";
import { makeRng } from "../src/tasks/rng.ts";

const product = (over: Partial<Product> = {}): Product => ({
  asin: "B000TEST01",
  title: "Stainless Steel Water Bottle, Leak Proof, 32 oz",
  name: "Stainless Steel Water Bottle, Leak Proof, 32 oz",
  query: "water bottles",
  category: "sports",
  productCategory: "Sports & Outdoors › Accessories › Water Bottles",
  price: 19.99,
  attributes: ["leak proof", "bpa free"],
  bulletPoints: ["Keeps drinks cold for 24 hours"],
  description: "Double wall vacuum insulated.",
  options: { color: ["black", "white"], size: ["32 oz", "40 oz"] },
  searchText: "stainless steel water bottle leak proof",
  ...over,
});

const goal = (over: Partial<WebShopGoal> = {}): WebShopGoal => ({
  asin: "B000TEST01",
  instruction: "Find me leak proof, bpa free water bottles with color: black, and size: 32 oz, and price lower than 30.00 dollars",
  attributes: ["leak proof", "bpa free"],
  goalOptions: { color: "black", size: "32 oz" },
  priceUpper: 30,
  query: "water bottles",
  name: "Stainless Steel Water Bottle, Leak Proof, 32 oz",
  productCategory: "Sports & Outdoors › Accessories › Water Bottles",
  ...over,
});

describe("webshop reward (WebShop get_reward)", () => {
  it("is 1 for the right item, options and price", () => {
    const r = webshopReward(product(), goal(), { color: "black", size: "32 oz" });
    expect(r.reward).toBe(1);
    expect(r).toMatchObject({ rType: 1, attributeMatches: 2, optionMatches: 2, priceOk: true });
  });

  it("loses one share per missed option or price: (attrs + options + price) / (n_attrs + n_options + 1)", () => {
    expect(webshopReward(product(), goal(), { color: "white", size: "32 oz" }).reward).toBeCloseTo(4 / 5);
    expect(webshopReward(product(), goal(), {}).reward).toBeCloseTo(3 / 5);
    expect(webshopReward(product({ price: 45 }), goal(), { color: "black", size: "32 oz" }).reward).toBeCloseTo(4 / 5);
  });

  it("counts an attribute found only in the title or bullet points", () => {
    const p = product({ attributes: [], title: "Leak proof bottle, bpa free plastic", name: "Stainless Steel Water Bottle" });
    expect(webshopReward(p, goal(), { color: "black", size: "32 oz" }).attributeMatches).toBe(2);
  });

  it("multiplies by the type reward: 0 when no title word is shared, 0.5 when only a little is", () => {
    const other = product({ name: "Wireless Gaming Mouse", title: "Wireless Gaming Mouse", query: "mice", productCategory: "Electronics › Mice" });
    expect(webshopReward(other, goal(), { color: "black", size: "32 oz" }).reward).toBe(0);
    const weak = product({ name: "Steel Mug Handle Lid Cap Travel", query: "mugs", productCategory: "Kitchen › Mugs" });
    const r = webshopReward(weak, goal(), { color: "black", size: "32 oz" });
    expect(r.rType).toBe(0.5); // 1 of 8 goal title words (12.5%: under 20%, not under 10%), no query or category match
    expect(r.reward).toBeCloseTo(0.5); // everything else matches: the type reward alone halves it
  });

  it("normalises colours before matching options", () => {
    const p = product({ options: { color: ["jet black", "white"], size: ["32 oz"] } });
    expect(webshopReward(p, goal(), { color: "jet black", size: "32 oz" }).optionMatches).toBe(2);
  });
});

describe("webshop text and search", () => {
  it("token_set_ratio is 100 for subsets and lower for different strings", () => {
    expect(tokenSetRatio("leak proof", "Leak Proof")).toBe(100);
    expect(tokenSetRatio("bpa free", "bpa free and leak proof")).toBe(100);
    expect(tokenSetRatio("bpa free", "machine wash")).toBeLessThan(50);
  });

  it("BM25 ranks the document with the rare query terms first", () => {
    const idx = new Bm25Index(["red cotton shirt", "blue denim jeans", "red wool scarf and red hat"]);
    expect(idx.search("denim jeans", 3)[0]).toBe(1);
    expect(idx.search("red scarf", 3)[0]).toBe(2);
    expect(idx.search("nothing matches", 3)).toEqual([]);
  });

  it("builds goals the WebShop way: one per option combination, options and price in the text", () => {
    const goals = goalsForProduct(product(), { attributes: ["leak proof"], instruction: "Find me leak proof water bottles.", instruction_attributes: ["leak proof"] });
    expect(goals).toHaveLength(4);
    for (const g of goals) {
      expect(g.instruction).toMatch(/^Find me leak proof water bottles with color: \w+, and size: \d+ oz, and price lower than \d+\.00 dollars$/);
      expect(g.priceUpper).toBeGreaterThan(19.99);
      expect(instructionOptionClauses(g)).toHaveLength(2);
      expect(optionAvailability(product(), g)).toBe("all");
    }
    expect(goalsForProduct(product(), { attributes: ["x"] })).toEqual([]);
  });
});

describe("webshop proposer evidence", () => {
  it("concludes from the visible evidence: a missing option or an over-budget price rules out a full match", () => {
    expect(itemVerdict("some", true, 2, 2)).toMatch(/cannot fully match/);
    expect(itemVerdict("none", true, 2, 2)).toMatch(/cannot fully match/);
    expect(itemVerdict("all", false, 2, 2)).toMatch(/more than the budget/);
    expect(itemVerdict("all", true, 2, 2)).toMatch(/likely the right item/);
    expect(itemVerdict("n/a", true, 1, 2)).toMatch(/one requested attribute unconfirmed/);
    expect(itemVerdict("n/a", true, 0, 3)).toMatch(/^doubtful/);
  });

  it("words attribute and title evidence without counts, and says when nothing was requested", () => {
    expect(attributeWord(2, 2, "in the title")).toBe("every requested attribute in the title");
    expect(attributeWord(1, 2, "on the page")).toBe("one requested attribute not on the page");
    expect(attributeWord(0, 0, "on the page")).toBe("no attributes requested");
    expect(titleFitWord(0.9)).toBe("very strong");
    expect(titleFitWord(0.1)).toBe("no");
  });

  it("finds a requested attribute by its words as a shopper reads it, not only word for word", () => {
    const g = goal({ attributes: ["leak proof", "long lasting", "bpa free"] });
    expect(attributeWordsIn("Leak-proof bottles, long lasting", g)).toBe(2);
    expect(attributeWordsIn("Bottle: lasting, long, BPA-free, leak proof", g)).toBe(3);
    expect(attributeWordsIn("Insulated steel bottle", g)).toBe(0);
  });

  it("takes the option values the instruction names, never a shorter value inside a longer one", () => {
    const shirt = product({ options: { size: ["small", "medium", "x-large"], color: ["white", "black"] } });
    // "small" sits inside "x-small" and "x-large" inside "4x-large": neither is what the shopper asked for.
    expect(optionsNamedInInstruction(shirt, goal({ instruction: "Find me a shirt with size: x-small, and price lower than 30.00 dollars" }))).toEqual({});
    expect(optionsNamedInInstruction(shirt, goal({ instruction: "Find me a shirt with size: 4x-large, and price lower than 30.00 dollars" }))).toEqual({});
    expect(optionsNamedInInstruction(shirt, goal({ instruction: "Find me a shirt with size: x-large, and price lower than 30.00 dollars" }))).toEqual({ size: "x-large" });
    // A value written on its own outside the option clauses still counts.
    expect(optionsNamedInInstruction(shirt, goal({ instruction: "Find me a white shirt, and price lower than 30.00 dollars" }))).toEqual({ color: "white" });
  });

  it("offers one candidate of each kind of step when asked for several, and the plain weighted sample for one", () => {
    const all = [
      { thought: "select color: black", action: "click[black]", weight: 3 },
      { thought: "select size: 32 oz", action: "click[32 oz]", weight: 3 },
      { thought: "buy now", action: "click[Buy Now]", weight: 0.05 },
      { thought: "go back", action: "click[< Prev]", weight: 0.05 },
    ];
    for (let seed = 1; seed <= 20; seed++) {
      const three = diverseCandidates(all, 3, makeRng(seed));
      expect(three.map((c) => c.action)).toEqual(expect.arrayContaining(["click[Buy Now]", "click[< Prev]"]));
      expect(new Set(three.map((c) => c.action)).size).toBe(3);
      expect(diverseCandidates(all, 1, makeRng(seed))).toEqual(sampleCandidates(all, 1, makeRng(seed)));
      // More thoughts than kinds of step: the rest are other candidates, never a head again.
      const four = diverseCandidates(all, 4, makeRng(seed));
      expect(new Set(four.map((c) => c.action)).size).toBe(4);
    }
  });
});
