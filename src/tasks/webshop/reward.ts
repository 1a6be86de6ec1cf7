/**
 * The WebShop reward (Yao et al. 2022, web_agent_site/engine/goal.py get_reward), reimplemented:
 *   reward = r_type * (attribute matches + option matches + [price <= bound]) / (|attributes| + |options| + 1)
 * r_type: 1 when query, category path (>= 2 shared levels) or title nouns (> 20%) match; 0.5 when none
 * does; 0.1 when title overlap < 10%; 0 when no title word is shared. An attribute matches when a
 * product attribute has token_set_ratio > 85 with it, or it appears in the title, bullet points or
 * description; an option matches when a chosen option has token_set_ratio > 85 with it (colours are
 * normalised first). Success = reward 1.
 * Difference from upstream: WebShop picks title nouns with spaCy POS tags; here content words
 * (stop words removed, light stemming) stand in for nouns, since no tagger runs in this project.
 */
import type { Product, WebShopGoal } from "./catalog.ts";
import { contentTokens, tokenSetRatio } from "./text.ts";

const COLORS = ["beige", "black", "blue", "brown", "gold", "gray", "grey", "green", "khaki", "navy", "orange", "pink", "purple", "red", "silver", "tan", "white", "yellow"];

export function normalizeColor(s: string): string {
  const lower = s.toLowerCase();
  for (const c of COLORS) if (lower.includes(c)) return c;
  return lower;
}

export interface RewardBreakdown {
  reward: number;
  rType: number;
  titleScore: number;
  queryMatch: boolean;
  categoryMatch: boolean;
  attributeMatches: number;
  optionMatches: number;
  priceOk: boolean;
}

export function typeReward(product: Product, goal: WebShopGoal): { rType: number; titleScore: number; queryMatch: boolean; categoryMatch: boolean } {
  const queryMatch = product.query === goal.query;
  const cats = (s: string) => new Set(s.split("›").map((x) => x.trim()).filter(Boolean));
  const pc = cats(product.productCategory);
  const categoryMatch = [...cats(goal.productCategory)].filter((c) => pc.has(c)).length >= 2;
  const desired = new Set(contentTokens(goal.name));
  const got = new Set(contentTokens(product.name));
  const titleScore = desired.size === 0 ? 0.2 : [...desired].filter((t) => got.has(t)).length / desired.size;
  let rType = queryMatch || categoryMatch || titleScore > 0.2 ? 1 : 0.5;
  if (titleScore < 0.1) rType = 0.1;
  if (titleScore === 0) rType = 0;
  return { rType, titleScore, queryMatch, categoryMatch };
}

export function attributeMatches(product: Product, attributes: string[]): number {
  const title = product.title.toLowerCase();
  const bullets = product.bulletPoints.join(" ").toLowerCase();
  const desc = product.description.toLowerCase();
  let n = 0;
  for (const g of attributes) {
    const ga = g.toLowerCase();
    if (product.attributes.some((p) => tokenSetRatio(p, ga) > 85)) n++;
    else if (title.includes(ga) || bullets.includes(ga) || desc.includes(ga)) n++;
  }
  return n;
}

export function optionMatches(chosen: string[], goalOptions: string[]): number {
  const picked = chosen.map(normalizeColor);
  let n = 0;
  for (const g of goalOptions.map(normalizeColor)) if (picked.some((p) => tokenSetRatio(p, g) > 85)) n++;
  return n;
}

export function webshopReward(product: Product, goal: WebShopGoal, chosenOptions: Record<string, string>): RewardBreakdown {
  const t = typeReward(product, goal);
  const priceOk = product.price <= goal.priceUpper;
  const goalOpts = Object.values(goal.goalOptions);
  const a = attributeMatches(product, goal.attributes);
  const o = optionMatches(Object.values(chosenOptions), goalOpts);
  const base = (a + o + (priceOk ? 1 : 0)) / (goal.attributes.length + goalOpts.length + 1);
  return { reward: base * t.rType, ...t, attributeMatches: a, optionMatches: o, priceOk };
}
