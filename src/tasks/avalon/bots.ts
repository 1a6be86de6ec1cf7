/**
 * Rule-based players for the seats the agent does not play. They read only the public log (and
 * what their role knows), so they are stateless and a game copy behaves like the original.
 *   Servants suspect members of failed quests and, in proportion to the accuser's track record,
 *   players that others accuse; they reject teams holding a suspect (never on the fifth proposal).
 *   Evil players put one of their own on teams, approve teams holding evil, fail quests, and accuse
 *   good players now and then. The Assassin names the good player whose votes, proposals and
 *   accusations best fit someone who knew the evil players all along.
 */
import type { Rng } from "../rng.ts";
import { shuffle } from "../rng.ts";
import { type AvalonGame, PLAYERS } from "./rules.ts";

const others = (p: number) => Array.from({ length: PLAYERS }, (_, i) => i).filter((i) => i !== p);

/** How suspicious each player looks to servant `me`, from quest results and accusations. */
export function servantSuspicion(game: AvalonGame, me: number): number[] {
  const susp = new Array<number>(PLAYERS).fill(0);
  const failedOn = new Set<number>();
  const succeededOn = new Set<number>();
  for (const e of game.log) if (e.type === "quest") for (const p of e.team) (e.success ? succeededOn : failedOn).add(p);
  const trust = new Array<number>(PLAYERS).fill(1);
  for (const e of game.log) {
    if (e.type !== "say") continue;
    if (e.accuses === me) trust[e.player] = 0;
    else if (failedOn.has(e.accuses)) trust[e.player]! += 0.4;
    else if (succeededOn.has(e.accuses)) trust[e.player]! -= 0.3;
  }
  for (const e of game.log) {
    if (e.type === "quest") {
      const mates = e.team.filter((p) => p !== me);
      for (const p of mates) susp[p]! += e.success ? -0.2 : (1.2 * e.fails) / Math.max(1, mates.length);
    } else if (e.type === "say") {
      if (e.accuses === me) susp[e.player]! += 0.4;
      else susp[e.accuses]! += 0.6 * Math.max(0, Math.min(2, trust[e.player]!));
    }
  }
  susp[me] = -Infinity;
  return susp;
}

export function botPropose(game: AvalonGame, me: number, rng: Rng): number[] {
  const size = game.teamSize;
  if (game.isEvil(me)) {
    const goods = shuffle(rng, others(me).filter((p) => !game.isEvil(p)));
    return [me, ...goods.slice(0, size - 1)];
  }
  const susp = servantSuspicion(game, me);
  const ranked = shuffle(rng, others(me)).sort((a, b) => susp[a]! - susp[b]!);
  return [me, ...ranked.slice(0, size - 1)];
}

export function botVote(game: AvalonGame, me: number, rng: Rng): boolean {
  const team = game.team!;
  const hammer = game.rejections === 4;
  if (game.isEvil(me)) {
    if (team.some((p) => game.isEvil(p))) return true;
    return !hammer && rng() < 0.25;
  }
  if (hammer) return true;
  const susp = servantSuspicion(game, me);
  const worst = Math.max(...team.filter((p) => p !== me).map((p) => susp[p]!));
  // Without evidence a servant still distrusts a full-size team it is left out of, half of the time.
  const leftOut = !team.includes(me) && team.length === 3 && rng() < 0.5;
  const approve = worst < 0.5 && !leftOut;
  return rng() < 0.1 ? !approve : approve;
}

/** A statement before the vote: evil players sometimes accuse a good player; servants voice a strong suspicion. */
export function botSay(game: AvalonGame, me: number, rng: Rng): number | null {
  if (game.isEvil(me)) {
    if (rng() >= 0.3) return null;
    const goods = others(me).filter((p) => !game.isEvil(p));
    return goods[Math.floor(rng() * goods.length)]!;
  }
  const susp = servantSuspicion(game, me);
  const top = others(me).sort((a, b) => susp[b]! - susp[a]!)[0]!;
  return susp[top]! >= 0.8 && rng() < 0.5 ? top : null;
}

/** Evil cards: the first evil member fails (less often on the first quest, to stay hidden); good always succeeds. */
export function botQuestCards(game: AvalonGame, rng: Rng): boolean[] {
  const team = game.team!;
  const firstEvil = team.find((p) => game.isEvil(p));
  const failProb = game.quest === 0 ? 0.5 : 0.9;
  const fail = firstEvil !== undefined && rng() < failProb;
  return team.map((p) => !(fail && p === firstEvil));
}

/** How much each good player behaved like Merlin, as the Assassin reads the log. */
export function merlinLikeness(game: AvalonGame): number[] {
  const score = new Array<number>(PLAYERS).fill(0);
  const failedOn = new Set<number>();
  for (const e of game.log) {
    if (e.type === "quest" && !e.success) for (const p of e.team) failedOn.add(p);
    if (e.type === "say" && !game.isEvil(e.player)) {
      // Accusing a player nobody has seen fail a quest betrays knowledge; after a failure it is ordinary.
      if (game.isEvil(e.accuses)) score[e.player]! += failedOn.has(e.accuses) ? 0.2 : 0.6;
      else score[e.player]! -= 0.4;
    }
    if (e.type === "vote") {
      const evilIn = e.team.some((p) => game.isEvil(p));
      e.votes.forEach((v, p) => {
        if (game.isEvil(p)) return;
        score[p]! += evilIn ? (v ? -0.15 : 0.15) : v ? 0.05 : -0.1;
      });
    }
    if (e.type === "propose" && !game.isEvil(e.leader)) score[e.leader]! += e.team.some((p) => game.isEvil(p)) ? -0.3 : 0.15;
  }
  return score;
}

export function botAssassinate(game: AvalonGame, rng: Rng): number {
  const score = merlinLikeness(game);
  const goods = Array.from({ length: PLAYERS }, (_, i) => i).filter((p) => !game.isEvil(p));
  return goods.map((p) => ({ p, s: score[p]! + rng() * 1.0 })).sort((a, b) => b.s - a.s)[0]!.p;
}
