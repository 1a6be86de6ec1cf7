/**
 * The scripted, randomised WebShop behaviour policy as a Proposer: on each page it lists plausible
 * next steps (thought + action), each with a prior weight, and samples k of them without replacement.
 * `behavior` takes one sample; `pnlc` lets the critic choose among k. Thoughts carry the evidence a
 * shopper reads off the page (title fit, visible attributes, budget, options chosen).
 */
import type { Candidate, DecisionContext, Proposer, ScoredCandidate } from "../../planner/types.ts";
import { type Rng, pickWeighted } from "../rng.ts";
import type { WebShopEpisode } from "./env.ts";
import { PAGE_SIZE } from "./env.ts";
import { attributesIn, attributeWord, budgetWord, instructionCore, optionAvailability, optionsNamedInInstruction, titleEvidence, titleFitWord, visibleAttributeCount } from "./evidence.ts";
import { contentTokens } from "./text.ts";

export interface WeightedCandidate extends Candidate {
  weight: number;
}

function queries(ep: WebShopEpisode): Array<{ q: string; why: string; weight: number }> {
  const core = instructionCore(ep.goal);
  const words = contentTokens(core);
  return [
    { q: ep.goal.instruction, why: "the whole instruction", weight: 40 },
    { q: core, why: "the product description without options and price", weight: 1 },
    { q: [...new Set(words.slice(-4))].join(" "), why: "a few product keywords", weight: 0.3 },
    { q: ep.goal.attributes.join(" "), why: "only the requested attributes", weight: 0.2 },
  ];
}

export function webshopCandidates(ep: WebShopEpisode): WeightedCandidate[] {
  const p = ep.page;
  const out: WeightedCandidate[] = [];
  if (p.kind === "search") {
    const used = new Set(ep.history.filter((a) => a.startsWith("search[")).map((a) => a.slice(7, -1)));
    for (const { q, why, weight } of queries(ep)) {
      if (!q.trim() || used.has(q)) continue;
      out.push({ thought: `search with ${why}`, action: `search[${q}]`, weight: used.size ? weight * 0.7 : weight });
    }
    return out;
  }
  if (p.kind === "results") {
    const shown = p.asins.slice(p.page * PAGE_SIZE, (p.page + 1) * PAGE_SIZE);
    // Prior: the first result not yet looked at, then the next ones; revisits are rare.
    const rankWeight = [40, 1, 0.6, 0.4, 0.3, 0.2];
    const visited = new Set(ep.history.filter((a) => /^click\[b0/i.test(a)).map((a) => a.slice(6, -1)));
    let unseenRank = 0;
    // Items already looked at are not proposed again: the shopper has read their pages.
    shown.forEach((asin, i) => {
      if (visited.has(asin) || unseenRank >= rankWeight.length) return;
      const prod = ep.product(asin);
      const fit = titleFitWord(titleEvidence(prod, ep.goal));
      const attrs = attributeWord(attributesIn(prod.title, ep.goal), ep.goal.attributes.length, "in the title");
      out.push({
        thought: `open result ${i + 1 + p.page * PAGE_SIZE}: ${fit} title match with the instruction, ${attrs}, ${budgetWord(prod, ep.goal)}`,
        action: `click[${asin}]`,
        weight: rankWeight[unseenRank++]! * (prod.price <= ep.goal.priceUpper ? 1 : 0.3),
      });
    });
    const roomLeft = ep.maxSteps - ep.steps >= 6;
    if (roomLeft && (p.page + 1) * PAGE_SIZE < p.asins.length) out.push({ thought: "look at the next page of results", action: "click[Next >]", weight: 0.3 });
    if (roomLeft && ep.history.filter((a) => a.startsWith("search[")).length < 3)
      out.push({ thought: "search again with different keywords", action: "click[Back to Search]", weight: 0.3 });
    return out;
  }
  if (p.kind === "sub") return [{ thought: "return to the item page", action: "click[< Prev]", weight: 1 }];
  const prod = ep.product(p.asin);
  const named = optionsNamedInInstruction(prod, ep.goal);
  const missing = Object.entries(named).filter(([k, v]) => p.options[k] !== v);
  for (const [name, value] of missing) out.push({ thought: `select ${name}: ${value}, as the instruction asks`, action: `click[${value}]`, weight: 3 });
  for (const [name, values] of Object.entries(prod.options)) {
    if (p.options[name] !== undefined) continue;
    const others = values.filter((v) => v !== named[name]);
    if (others.length) {
      const v = others[Math.floor((ep.steps * 7 + name.length) % others.length)]!;
      out.push({ thought: `select ${name}: ${v}, a value the instruction does not name`, action: `click[${v}]`, weight: 0.05 });
    }
  }
  // What a careful shopper states before deciding: product type (title), attributes, options, price.
  const fit = titleFitWord(titleEvidence(prod, ep.goal));
  const attrs = attributeWord(visibleAttributeCount(prod, ep.goal), ep.goal.attributes.length, "on the page");
  const avail = optionAvailability(prod, ep.goal);
  const offers = avail === "n/a" ? "no options requested" : `offers ${avail} of the requested options`;
  const attrsSeen = visibleAttributeCount(prod, ep.goal);
  const verdict = itemVerdict(avail, prod.price <= ep.goal.priceUpper, attrsSeen, ep.goal.attributes.length);
  const evidence = `${verdict}; ${fit} title match, ${attrs}, ${offers}, ${budgetWord(prod, ep.goal)}`;
  const optionsState = missing.length ? "some requested options are not chosen yet" : "every requested option is chosen";
  out.push({ thought: `buy now: ${optionsState}; ${evidence}`, action: "click[Buy Now]", weight: missing.length ? 0.05 : 3 });
  // A sensible shopper leans towards leaving an item that lacks the requested options, without being sure.
  const looked = new Set(ep.history.filter((a) => /^click\[b0/i.test(a))).size;
  const timeLeft = ep.maxSteps - ep.steps >= 6 && looked < 4;
  const doubtful = timeLeft && (avail === "none" || avail === "some" || prod.price > ep.goal.priceUpper);
  if (ep.maxSteps - ep.steps >= 4) out.push({ thought: `go back to the results and try another item: ${evidence}`, action: "click[< Prev]", weight: doubtful ? 6 : 0.05 });
  return out;
}

/**
 * The shopper's conclusion about an item, in words of its own (a thought states it before "buy" or
 * "go back", as an LLM would). It follows from the visible evidence only: an item that lacks a
 * requested option or costs more than the bound cannot be a full match; one that shows everything
 * asked for probably is. Distinct wording matters: the critic reads hashed words, and "offers some"
 * next to "offers all" differs by one word in twenty.
 */
export function itemVerdict(avail: "all" | "some" | "none" | "n/a", withinBudget: boolean, attrsSeen: number, attrsWanted: number): string {
  if (avail === "none" || avail === "some") return "it lacks a requested option, so it cannot fully match";
  if (!withinBudget) return "it costs more than the budget, so it cannot fully match";
  if (attrsSeen >= attrsWanted) return "everything requested is visible: likely the right item";
  if (attrsSeen === attrsWanted - 1) return "close: one requested attribute unconfirmed";
  return "doubtful: several requested attributes unconfirmed";
}

/** The kind of step a candidate takes (buy, leave, choose an option, open an item, page, search). */
function stepKind(action: string): string {
  if (action.startsWith("search[")) return "search";
  if (/^click\[b0/i.test(action)) return "open";
  if (action === "click[Buy Now]") return "buy";
  if (action === "click[< Prev]" || action === "click[Back to Search]") return "leave";
  if (action === "click[Next >]") return "page";
  return "option";
}

/**
 * k candidates for a critic to compare: the most likely candidate of each kind of step first (so
 * "buy" and "go back" are both on the table even when the prior leans hard one way), then the rest
 * sampled by weight. A proposer asked for several thoughts offers alternatives, as an LLM asked for
 * k diverse thoughts does; k = 1 (`behavior`) is the plain weighted sample.
 */
export function diverseCandidates<T extends WeightedCandidate>(all: T[], k: number, rng: Rng, temperature = 1): T[] {
  if (k <= 1) return sampleCandidates(all, k, rng, temperature);
  const byKind = new Map<string, T[]>();
  for (const c of all) {
    const kind = stepKind(c.action ?? "");
    byKind.set(kind, [...(byKind.get(kind) ?? []), c]);
  }
  const heads = [...byKind.values()].map((g) => sampleCandidates(g, 1, rng, temperature)[0]!).sort((a, b) => b.weight - a.weight).slice(0, k);
  const rest = all.filter((c) => !heads.includes(c));
  return [...heads, ...sampleCandidates(rest, k - heads.length, rng, temperature)];
}

/** Up to k distinct candidates sampled by weight without replacement. */
export function sampleCandidates<T extends WeightedCandidate>(all: T[], k: number, rng: Rng, temperature = 1): T[] {
  // temperature > 1 flattens the prior (more exploratory rollouts for training data); 1 is the behaviour policy.
  const pool = all.map((c) => ({ ...c, weight: c.weight ** (1 / temperature) }));
  const out: T[] = [];
  while (out.length < k && pool.length) out.push(pool.splice(pickWeighted(rng, pool.map((c) => c.weight)), 1)[0]!);
  return out;
}

export class WebShopProposer implements Proposer {
  constructor(private readonly ep: WebShopEpisode, private readonly rng: Rng, private readonly temperature = 1) {}

  async propose(_ctx: DecisionContext, k: number): Promise<Candidate[]> {
    return diverseCandidates(webshopCandidates(this.ep), k, this.rng, this.temperature).map(({ thought, action }) => ({ thought, action }));
  }

  /** Refinement without an LLM: keep the best-scored candidates and draw fresh alternatives to compare. */
  async refine(_ctx: DecisionContext, scored: ScoredCandidate[], _critique: string): Promise<Candidate[]> {
    const seen = new Set(scored.map((c) => c.action));
    const fresh = webshopCandidates(this.ep).filter((c) => !seen.has(c.action));
    const best = scored.slice().sort((a, b) => b.score - a.score).slice(0, 2);
    return [...best.map(({ thought, action }) => ({ thought, action })), ...sampleCandidates(fresh, 2, this.rng).map(({ thought, action }) => ({ thought, action }))];
  }

  async act(_ctx: DecisionContext, chosen: Candidate): Promise<string> {
    if (chosen.action) return chosen.action;
    const match = webshopCandidates(this.ep).find((c) => c.thought === chosen.thought);
    return match?.action ?? "click[Back to Search]";
  }
}

/** WebShop's `simple` baseline: search the instruction, open the top result, choose the named options, buy. */
export function simpleAction(ep: WebShopEpisode): string {
  const p = ep.page;
  if (p.kind === "search") return `search[${ep.goal.instruction}]`;
  if (p.kind === "results") return p.asins.length ? `click[${p.asins[0]}]` : "click[Back to Search]";
  if (p.kind === "sub") return "click[< Prev]";
  const named = optionsNamedInInstruction(ep.product(p.asin), ep.goal);
  const next = Object.entries(named).find(([k, v]) => p.options[k] !== v);
  return next ? `click[${next[1]}]` : "click[Buy Now]";
}
