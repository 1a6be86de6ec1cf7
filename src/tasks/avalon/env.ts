/**
 * Avalon from Merlin's seat: the bots play the other four seats; the episode stops whenever Merlin
 * must propose a team or vote. Actions: `propose[1,3]` (players numbered 1-5) and
 * `vote[approve]` / `vote[reject]`, optionally followed by ` accuse[4]` (said before the vote).
 * Merlin always plays success on quests. An invalid action is replaced by a safe default (approve,
 * or Merlin plus the next players) so an episode always ends; the harness records what was sent.
 */
import type { EpisodeResult, StepResult, TaskEpisode } from "../types.ts";
import { makeRng, type Rng } from "../rng.ts";
import { botAssassinate, botPropose, botQuestCards, botSay, botVote } from "./bots.ts";
import { AvalonGame, PLAYERS, ROLES_5, type Role } from "./rules.ts";

const name = (p: number) => `Player ${p + 1}`;

export class AvalonEpisode implements TaskEpisode {
  readonly task = "avalon" as const;
  readonly game: AvalonGame;
  readonly me: number;
  invalidActions = 0;
  private rngState: { seed: number; draws: number };
  private rng: Rng;

  constructor(readonly id: string, seed: number, game?: AvalonGame, me?: number, rngState?: { seed: number; draws: number }) {
    this.rngState = rngState ? { ...rngState } : { seed, draws: 0 };
    const base = makeRng(this.rngState.seed);
    for (let i = 0; i < this.rngState.draws; i++) base();
    this.rng = () => (this.rngState.draws++, base());
    if (game && me !== undefined) {
      this.game = game;
      this.me = me;
      return;
    }
    // Deal roles from the seed; Merlin's seat and the first leader vary per game.
    const roles: Role[] = ROLES_5.slice();
    for (let i = roles.length - 1; i > 0; i--) {
      const j = Math.floor(this.rng() * (i + 1));
      [roles[i], roles[j]] = [roles[j]!, roles[i]!];
    }
    this.game = new AvalonGame(roles, Math.floor(this.rng() * PLAYERS));
    this.me = roles.indexOf("merlin");
    this.advance();
  }

  get done(): boolean {
    return this.game.phase === "over";
  }

  clone(): AvalonEpisode {
    return new AvalonEpisode(this.id, this.rngState.seed, this.game.clone(), this.me, this.rngState);
  }

  /** Plays bot turns until Merlin has to decide or the game is over. */
  private advance(): void {
    const g = this.game;
    for (;;) {
      if (g.phase === "over") return;
      if (g.phase === "propose") {
        if (g.leader === this.me) return;
        g.propose(g.leader, botPropose(g, g.leader, this.rng));
        for (let p = 0; p < PLAYERS; p++) {
          if (p === this.me) continue;
          const target = botSay(g, p, this.rng);
          if (target !== null) g.say(p, target);
        }
        return; // Merlin votes on every proposal
      }
      if (g.phase === "quest") {
        const cards = botQuestCards(g, this.rng);
        g.playQuest(cards);
        continue;
      }
      if (g.phase === "assassinate") {
        g.assassinate(botAssassinate(g, this.rng));
        continue;
      }
      return; // vote: Merlin decides
    }
  }

  instructions(): string {
    return (
      "You play Avalon (5 players) as Merlin: you know who is evil, and the good side wins by succeeding in 3 of 5 quests, " +
      "but if good wins the Assassin gets one guess at Merlin, so do not reveal your knowledge too plainly. " +
      "Actions: propose[a,b] (player numbers; 2 or 3 players as the quest needs) when you lead; " +
      "vote[approve] or vote[reject] on a proposed team, optionally followed by accuse[n] to accuse player n before the vote."
    );
  }

  private evilText(): string {
    return this.game.evilPlayers().map(name).join(" and ");
  }

  private myRecord(): { correct: number; wrong: number; rejectEvil: number; approveEvil: number } {
    const g = this.game;
    let correct = 0, wrong = 0, rejectEvil = 0, approveEvil = 0;
    for (const e of g.log) {
      if (e.type === "say" && e.player === this.me) g.isEvil(e.accuses) ? correct++ : wrong++;
      if (e.type === "vote" && e.team.some((p) => g.isEvil(p))) e.votes[this.me] ? approveEvil++ : rejectEvil++;
    }
    return { correct, wrong, rejectEvil, approveEvil };
  }

  /**
   * What the other good players did in public (Merlin knows who they are) and how much the public
   * record already says about the evil players: the Assassin compares Merlin with the servants, and
   * an evil player seen failing a quest is suspected without Merlin's help.
   */
  private publicRecord(): { servantsAccuseEvil: number; evilSeenFailing: number } {
    const g = this.game;
    let servantsAccuseEvil = 0;
    const failed = new Set<number>();
    for (const e of g.log) {
      if (e.type === "say" && e.player !== this.me && !g.isEvil(e.player) && g.isEvil(e.accuses)) servantsAccuseEvil++;
      if (e.type === "quest" && !e.success) for (const p of e.team) if (g.isEvil(p)) failed.add(p);
    }
    return { servantsAccuseEvil, evilSeenFailing: failed.size };
  }

  observation(): string {
    const g = this.game;
    const lines = [`You are ${name(this.me)}, Merlin. Evil players: ${this.evilText()}.`];
    for (const e of g.log) {
      if (e.type === "propose") lines.push(`Quest ${e.quest + 1}: ${name(e.leader)} proposes ${e.team.map(name).join(", ")}.`);
      else if (e.type === "say") lines.push(`${name(e.player)} accuses ${name(e.accuses)}.`);
      else if (e.type === "vote") lines.push(`Votes: ${e.votes.map((v, i) => `${i + 1}:${v ? "yes" : "no"}`).join(" ")} -> ${e.approved ? "approved" : "rejected"}.`);
      else if (e.type === "quest") lines.push(`Quest ${e.quest + 1} ${e.success ? "succeeded" : `failed (${e.fails} fail card${e.fails > 1 ? "s" : ""})`}.`);
      else lines.push(`The Assassin names ${name(e.target)}.`);
    }
    lines.push(this.situation());
    return lines.slice(-40).join("\n");
  }

  private situation(): string {
    const g = this.game;
    if (g.phase === "over") return `Game over: ${g.winner} wins (${g.endReason}).`;
    if (g.phase === "propose") return `You lead quest ${g.quest + 1}: propose ${g.teamSize} players.`;
    return `Vote on ${g.team!.map(name).join(", ")} for quest ${g.quest + 1} (proposal ${g.rejections + 1} of 5).`;
  }

  /** Compact state: score, proposal count, the team's make-up, and how exposed Merlin already is. */
  stateText(): string {
    const g = this.game;
    const r = this.myRecord();
    const pub = this.publicRecord();
    const exposure =
      `my accusations: ${r.correct} of evil, ${r.wrong} of good; I rejected ${r.rejectEvil} and approved ${r.approveEvil} teams with evil; ` +
      `servants accused evil ${pub.servantsAccuseEvil} times; evil seen on failed quests: ${pub.evilSeenFailing} of 2`;
    const score = `quest ${g.quest + 1}, good ${g.successes} - evil ${g.failures}`;
    if (g.phase === "over") return `Avalon as Merlin. ${score}. game over: ${g.winner} won. ${exposure}.`;
    if (g.phase === "propose") return `Avalon as Merlin. ${score}, proposal ${g.rejections + 1} of 5, I lead and pick ${g.teamSize}. ${exposure}.`;
    const evilIn = g.team!.filter((p) => g.isEvil(p)).length;
    const onTeam = g.team!.includes(this.me) ? "I am on it" : "I am not on it";
    return `Avalon as Merlin. ${score}, proposal ${g.rejections + 1} of 5. vote on a team of ${g.team!.length} with ${evilIn} evil, ${onTeam}. ${exposure}.`;
  }

  validActions(): string[] {
    const g = this.game;
    if (g.phase === "propose") return [`propose[${Array.from({ length: g.teamSize }, (_, i) => i + 1).join(",")}]`, "propose[<player numbers>]"];
    if (g.phase === "vote") return ["vote[approve]", "vote[reject]", "vote[approve] accuse[<n>]", "vote[reject] accuse[<n>]"];
    return [];
  }

  async step(action: string): Promise<StepResult> {
    if (this.done) throw new Error("episode is over");
    const g = this.game;
    const a = action.trim().toLowerCase();
    if (g.phase === "propose") {
      const m = /propose\[([\d,\s]+)\]/.exec(a);
      const team = m ? [...new Set(m[1]!.split(",").map((x) => Number(x.trim()) - 1))] : [];
      const ok = team.length === g.teamSize && team.every((p) => Number.isInteger(p) && p >= 0 && p < PLAYERS);
      if (!ok) this.invalidActions++;
      g.propose(this.me, ok ? team : Array.from({ length: g.teamSize }, (_, i) => (this.me + i) % PLAYERS));
      for (let p = 0; p < PLAYERS; p++) {
        if (p === this.me) continue;
        const target = botSay(g, p, this.rng);
        if (target !== null) g.say(p, target);
      }
      return { observation: this.observation(), done: this.done }; // now Merlin votes on its own team
    }
    const accuse = /accuse\[(\d)\]/.exec(a);
    if (accuse) {
      const t = Number(accuse[1]) - 1;
      if (t >= 0 && t < PLAYERS && t !== this.me) g.say(this.me, t);
      else this.invalidActions++;
    }
    const m = /vote\[(approve|reject)\]/.exec(a);
    if (!m) this.invalidActions++;
    const mine = m ? m[1] === "approve" : true;
    const votes = Array.from({ length: PLAYERS }, (_, p) => (p === this.me ? mine : botVote(g, p, this.rng)));
    g.vote(votes);
    this.advance();
    return { observation: this.observation(), done: this.done };
  }

  result(): EpisodeResult {
    const g = this.game;
    if (g.phase !== "over") return { score: 0, success: false, outcome: "the game is not over", value: 0 };
    const win = g.winner === "good";
    const outcome =
      g.endReason === "merlin-survived" ? "good won three quests and Merlin survived the assassination"
      : g.endReason === "assassinated" ? "good won three quests but the Assassin found Merlin"
      : g.endReason === "rejections" ? "evil won after five rejected proposals"
      : "evil won by failing three quests";
    return { score: win ? 100 : 0, success: win, outcome, value: win ? 1 : 0 };
  }
}
