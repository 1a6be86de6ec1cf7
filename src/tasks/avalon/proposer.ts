/**
 * The scripted, randomised Merlin: for a vote it weighs honest votes, open accusations (each evil
 * player at most once), cover votes and misdirection; as leader it proposes clean teams, teams without itself, or a team with one evil
 * player as cover. Each candidate carries a thought naming the strategy; `behavior` samples one.
 */
import type { Candidate, DecisionContext, Proposer, ScoredCandidate } from "../../planner/types.ts";
import { type Rng, shuffle } from "../rng.ts";
import { sampleCandidates, type WeightedCandidate } from "../webshop/proposer.ts";
import type { AvalonEpisode } from "./env.ts";
import { PLAYERS } from "./rules.ts";

const num = (p: number) => p + 1;

export function merlinCandidates(ep: AvalonEpisode, rng: Rng): WeightedCandidate[] {
  const g = ep.game;
  const me = ep.me;
  const evil = g.evilPlayers();
  const goods = Array.from({ length: PLAYERS }, (_, i) => i).filter((p) => p !== me && !g.isEvil(p));
  const out: WeightedCandidate[] = [];
  if (g.phase === "propose") {
    const size = g.teamSize;
    const clean = [me, ...shuffle(rng, goods)].slice(0, size);
    out.push({ thought: "propose myself with players I know are good", action: `propose[${clean.map(num).join(",")}]`, weight: 2 });
    if (goods.length >= size - 1) {
      const withEvil = [me, ...shuffle(rng, goods).slice(0, size - 2), evil[Math.floor(rng() * evil.length)]!];
      out.push({ thought: "propose a team with one evil player so I look uninformed", action: `propose[${withEvil.map(num).join(",")}]`, weight: 0.7 });
    }
    if (size === 2 || goods.length >= size) {
      const noMe = shuffle(rng, goods).slice(0, size);
      if (noMe.length === size) out.push({ thought: "propose good players without me, so my choice looks like trust in them", action: `propose[${noMe.map(num).join(",")}]`, weight: 0.8 });
    }
    return out;
  }
  const team = g.team!;
  const evilIn = team.filter((p) => g.isEvil(p));
  const hammer = g.rejections === 4;
  // An accusation is offered only against an evil player Merlin has not named yet: a repeated one
  // tells the servants nothing new and only adds to what the Assassin reads (the critic trained on
  // behaviour games accused at every vote and got Merlin found, models/avalon.report.md).
  const accused = new Set(g.log.filter((x) => x.type === "say" && x.player === me).map((x) => (x as { accuses: number }).accuses));
  const unnamed = evil.filter((p) => !accused.has(p));
  const someGood = goods[Math.floor(rng() * goods.length)]!;
  if (evilIn.length) {
    const e = evilIn.find((p) => !accused.has(p));
    out.push({ thought: "reject quietly: the team holds an evil player", action: "vote[reject]", weight: 3 });
    if (e !== undefined) out.push({ thought: "reject and accuse the evil team member, whom I have not named yet, so the servants reject too", action: `vote[reject] accuse[${num(e)}]`, weight: 1.5 });
    out.push({ thought: "approve to hide that I know, accepting a likely failed quest", action: "vote[approve]", weight: hammer ? 2 : 0.8 });
    out.push({ thought: "reject and accuse a good player as cover", action: `vote[reject] accuse[${num(someGood)}]`, weight: 0.3 });
  } else {
    out.push({ thought: "approve quietly: the team is clean", action: "vote[approve]", weight: 3 });
    if (unnamed.length) {
      const e = unnamed[Math.floor(rng() * unnamed.length)]!;
      out.push({ thought: "approve and accuse an evil player I have not named yet, to steer later teams", action: `vote[approve] accuse[${num(e)}]`, weight: 0.8 });
    }
    // Cover by rejecting a clean team only on a quest's first proposal: later ones bring evil closer
    // to five rejections (a critic offered it at every vote rejected them all, 34% of games lost so).
    if (g.rejections === 0) out.push({ thought: "reject a clean team so my votes look uninformed", action: "vote[reject]", weight: 0.6 });
    out.push({ thought: "approve and accuse a good player as cover", action: `vote[approve] accuse[${num(someGood)}]`, weight: 0.3 });
  }
  return out;
}

export class MerlinProposer implements Proposer {
  constructor(private readonly ep: AvalonEpisode, private readonly rng: Rng, private readonly temperature = 1) {}

  async propose(_ctx: DecisionContext, k: number): Promise<Candidate[]> {
    return sampleCandidates(merlinCandidates(this.ep, this.rng), k, this.rng, this.temperature).map(({ thought, action }) => ({ thought, action }));
  }

  /** No LLM to rewrite: keep the best scored and add the strategies not yet scored. */
  async refine(_ctx: DecisionContext, scored: ScoredCandidate[]): Promise<Candidate[]> {
    const seen = new Set(scored.map((c) => c.thought));
    const best = scored.slice().sort((a, b) => b.score - a.score)[0];
    const fresh = merlinCandidates(this.ep, this.rng).filter((c) => !seen.has(c.thought)).map(({ thought, action }) => ({ thought, action }));
    return [...(best ? [{ thought: best.thought, action: best.action }] : []), ...fresh];
  }

  async act(_ctx: DecisionContext, chosen: Candidate): Promise<string> {
    return chosen.action ?? (this.ep.game.phase === "vote" ? "vote[approve]" : this.ep.validActions()[0]!);
  }
}

/** A fixed honest Merlin (reject evil teams, approve clean ones, lead with clean teams), for reference. */
export function honestMerlinAction(ep: AvalonEpisode): string {
  const g = ep.game;
  if (g.phase === "propose") {
    const goods = Array.from({ length: PLAYERS }, (_, i) => i).filter((p) => p !== ep.me && !g.isEvil(p));
    return `propose[${[ep.me, ...goods].slice(0, g.teamSize).map(num).join(",")}]`;
  }
  return g.team!.some((p) => g.isEvil(p)) ? "vote[reject]" : "vote[approve]";
}
