/**
 * The scripted persuader: proposes persuasion strategies from PersuasionForGood's scheme (the
 * persuasion model's thought bank texts) with a templated message for each, and samples by a prior
 * that opens with greetings and inquiries and moves to requests later in the dialogue.
 */
import type { Candidate, DecisionContext, Proposer, ScoredCandidate } from "../../planner/types.ts";
import { STRATEGY_TEXT } from "../../data/persuasion-strategies.ts";
import type { Rng } from "../rng.ts";
import { sampleCandidates, type WeightedCandidate } from "../webshop/proposer.ts";
import type { PersuasionEpisode } from "./env.ts";

const MESSAGES: Record<string, string> = {
  greeting: "Hi there! How are you doing today?",
  "source-related-inquiry": "Have you heard of Save the Children before?",
  "task-related-inquiry": "How do you usually feel about giving to charities?",
  "personal-related-inquiry": "Do you have children or young people in your family?",
  "logical-appeal": "Save the Children puts donations straight into food, medicine and schooling for kids in war zones; a small amount goes a long way there.",
  "emotion-appeal": "Millions of children in Syria go to bed hungry and afraid; imagine being a parent who cannot feed them.",
  "credibility-appeal": "Save the Children has worked for 100 years in 120 countries and publishes where every dollar goes.",
  "foot-in-the-door": "Even 10 or 20 cents of your payment would make a real difference.",
  "self-modeling": "I am donating part of my own payment today.",
  "personal-story": "I once saw what a school meal programme did for kids in my own town, and it stayed with me.",
  "donation-information": "The donation comes directly out of your task payment and the researchers send it to the charity.",
  "proposition-of-donation": "Would you be willing to donate some of your $2 payment to Save the Children?",
  "ask-donation-amount": "How much of your payment would you like to give?",
};

export function persuasionCandidates(ep: PersuasionEpisode): WeightedCandidate[] {
  const turn = ep.turns.length;
  const early = turn < 3;
  return Object.entries(MESSAGES).map(([label, message]) => {
    const ask = label === "proposition-of-donation" || label === "ask-donation-amount";
    const weight = label === "greeting" ? (turn === 0 ? 5 : 0.05) : ask ? (early ? 0.2 : 1.5) : label.endsWith("inquiry") ? (early ? 1.5 : 0.4) : 1;
    return { thought: STRATEGY_TEXT[label] ?? label, action: message, weight };
  });
}

export class PersuasionProposer implements Proposer {
  constructor(private readonly ep: PersuasionEpisode, private readonly rng: Rng, private readonly temperature = 1) {}
  async propose(_ctx: DecisionContext, k: number): Promise<Candidate[]> {
    return sampleCandidates(persuasionCandidates(this.ep), k, this.rng, this.temperature).map(({ thought, action }) => ({ thought, action }));
  }
  async refine(_ctx: DecisionContext, scored: ScoredCandidate[]): Promise<Candidate[]> {
    const seen = new Set(scored.map((c) => c.thought));
    return sampleCandidates(persuasionCandidates(this.ep).filter((c) => !seen.has(c.thought)), 3, this.rng).map(({ thought, action }) => ({ thought, action }));
  }
  async act(_ctx: DecisionContext, chosen: Candidate): Promise<string> {
    return chosen.action ?? MESSAGES["proposition-of-donation"]!;
  }
}
