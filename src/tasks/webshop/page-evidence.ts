/**
 * What a shopper can read off the search and results pages about THIS instance: which requested
 * attributes each listed title shows or lacks, how its title fit compares with the other results on
 * the same page, whether any listed result is within budget, and what a query keeps or drops of the
 * instruction. Only the listed titles and prices (what a results page shows) and the instruction are
 * used; nothing from an item page, a sub-page or the hidden product data.
 *
 * Used by scripts/webshop-page-evidence.ts to measure what this evidence is worth. Written into the
 * proposer's thoughts on 7 Dec (issue 16) and not adopted: critics retrained on those thoughts scored
 * 3.5 to 6.3 points below greedy on train-split selection runs, against +0.7 for the shipped critic on
 * the thoughts without it (models/webshop.report.md, "Thoughts with the search and results pages'
 * evidence").
 */
import type { Product, WebShopGoal } from "./catalog.ts";
import { attributeWordsIn, FIT_RANK, instructionCore, instructionOptionClauses, titleEvidence, titleFitWord } from "./evidence.ts";
import { contentTokens } from "./text.ts";

/** Requested attributes whose words all appear in a title (shown), and the others (lacking). */
export function titleAttributes(title: string, goal: WebShopGoal): { shows: string[]; lacks: string[] } {
  const have = new Set(contentTokens(title));
  const shows = goal.attributes.filter((a) => contentTokens(a).every((t) => have.has(t)));
  return { shows, lacks: goal.attributes.filter((a) => !shows.includes(a)) };
}

/** How one listed title reads: five-step fit, attributes shown, budget; `score` orders titles on a page. */
export interface ListedLook {
  asin: string;
  fit: string;
  shows: string[];
  lacks: string[];
  inBudget: boolean;
  score: number;
}

export function listedLook(prod: Product, goal: WebShopGoal): ListedLook {
  const { shows, lacks } = titleAttributes(prod.title, goal);
  const inBudget = prod.price <= goal.priceUpper;
  // Title evidence first (r_type and the attributes), the budget as a tie-breaker only: a result over
  // budget is still the right product more often than an unrelated one within it.
  return { asin: prod.asin, fit: titleFitWord(titleEvidence(prod, goal)), shows, lacks, inBudget, score: titleEvidence(prod, goal) + (inBudget ? 0.01 : 0) };
}

const quoted = (xs: string[]) => xs.map((x) => `'${x}'`).join(", ");

/** "shows 'a', 'b'; lacks 'c'" in the title's words (only what the title shows is called shown). */
export function attributeList(look: ListedLook, wanted: number): string {
  if (!wanted) return "no attributes requested";
  if (!look.shows.length) return "its title shows none of the requested attributes";
  if (!look.lacks.length) return `its title shows every requested attribute (${quoted(look.shows)})`;
  return `its title shows ${quoted(look.shows)} but not ${quoted(look.lacks)}`;
}

/**
 * Where a listed result stands among the results on the same page (1-based numbers as on the page):
 * the best title on the page, tied with it, or below it (naming the better one). Comparative words are
 * what the critic needs: "strong" means one thing when the rest are weak and another when one is better.
 */
export function standing(looks: ListedLook[], i: number, number: (j: number) => number): string {
  const me = looks[i]!;
  const best = looks.reduce((b, l, j) => (l.score > looks[b]!.score ? j : b), 0);
  const top = looks[best]!;
  if (best === i) {
    // The runner-up's fit says how far ahead it is: measured along greedy's first results pages
    // (train split), opening the best title instead of the search's top result gains about +88 points
    // when the top result's title has no match and the best a strong one, and loses otherwise.
    const second = titleFitWord(Math.max(0, ...looks.filter((_, j) => j !== i).map((l) => l.score)));
    return FIT_RANK[me.fit]! > FIT_RANK[second]! ? `clearly the best title on this page (the next best: ${second} match)` : "the best title on this page, others as good";
  }
  if (FIT_RANK[top.fit]! === FIT_RANK[me.fit]!) return `about as good as the best title on this page (result ${number(best)})`;
  return `a weaker title than result ${number(best)} (${top.fit} match) on this page`;
}

/** Whether the page offers anything within budget, in words. */
export function pageBudget(looks: ListedLook[], where = "on this page"): string {
  const n = looks.filter((l) => l.inBudget).length;
  return n === 0 ? `no result ${where} is within budget` : n === looks.length ? `every result ${where} is within budget` : `some results ${where} are over budget`;
}

/** A query in words: how much of the instruction it keeps (product words, attributes, options, price). */
export function queryEvidence(q: string, goal: WebShopGoal): string {
  const have = new Set(contentTokens(q));
  const attrsKept = goal.attributes.filter((a) => contentTokens(a).every((t) => have.has(t))).length;
  const core = [...new Set(contentTokens(instructionCore(goal)))].filter((t) => !goal.attributes.some((a) => contentTokens(a).includes(t)));
  const coreKept = core.filter((t) => have.has(t)).length;
  const options = instructionOptionClauses(goal);
  const optsKept = options.filter(([, v]) => contentTokens(v).every((t) => have.has(t))).length;
  const share = (k: number, n: number, what: string) => (n === 0 ? `no ${what} to keep` : k === n ? `keeps every ${what.replace(/s$/, "")}` : k === 0 ? `drops every ${what.replace(/s$/, "")}` : `keeps ${k} of ${n} ${what}`);
  const opts = options.length ? (optsKept === options.length ? "keeps the option values" : optsKept ? "keeps some option values" : "leaves out the option values") : "no option values requested";
  return `${share(coreKept, core.length, "product words")}, ${share(attrsKept, goal.attributes.length, "requested attributes")}, ${opts}`;
}

/** What the first page of a query already sent showed (its listed titles), for a second search's thought. */
export function previousResults(looks: ListedLook[]): string {
  if (!looks.length) return "the last search listed nothing";
  const best = looks.reduce((a, b) => (b.score > a.score ? b : a));
  const strong = looks.filter((l) => FIT_RANK[l.fit]! >= 3).length;
  return `the last search's first page: best title a ${best.fit} match, ${strong === 0 ? "no strong match" : strong === 1 ? "one strong match" : "several strong matches"}, ${pageBudget(looks, "on it")}`;
}
