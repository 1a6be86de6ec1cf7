/**
 * Five-player Avalon rules: Merlin, two loyal servants (good), Minion and Assassin (evil, who know
 * each other). Five quests with team sizes 2-3-2-3-3, one fail card fails a quest. The leader
 * proposes a team, everybody votes, a majority (3 of 5) approves; the fifth rejected proposal in a
 * row gives evil the game. Leadership passes left after every proposal. Three successful quests
 * give the Assassin one guess at Merlin; a correct guess wins for evil. Three failed quests: evil wins.
 */
export type Role = "merlin" | "servant" | "minion" | "assassin";
export type Side = "good" | "evil";

export const PLAYERS = 5;
export const TEAM_SIZES = [2, 3, 2, 3, 3] as const;
export const MAX_REJECTIONS = 5;
export const ROLES_5: Role[] = ["merlin", "servant", "servant", "minion", "assassin"];

export const sideOf = (r: Role): Side => (r === "minion" || r === "assassin" ? "evil" : "good");

export type GameEvent =
  | { type: "propose"; quest: number; leader: number; team: number[] }
  | { type: "say"; player: number; accuses: number }
  | { type: "vote"; quest: number; team: number[]; votes: boolean[]; approved: boolean }
  | { type: "quest"; quest: number; team: number[]; fails: number; success: boolean }
  | { type: "assassinate"; target: number; hit: boolean };

export type Phase = "propose" | "vote" | "quest" | "assassinate" | "over";
export type EndReason = "quests-failed" | "rejections" | "assassinated" | "merlin-survived";

export class AvalonGame {
  quest = 0;
  leader: number;
  rejections = 0;
  results: boolean[] = [];
  phase: Phase = "propose";
  team: number[] | null = null;
  winner: Side | null = null;
  endReason: EndReason | null = null;
  readonly log: GameEvent[] = [];

  constructor(readonly roles: Role[], firstLeader: number) {
    if (roles.length !== PLAYERS) throw new Error(`avalon: need ${PLAYERS} roles, got ${roles.length}`);
    const count = (r: Role) => roles.filter((x) => x === r).length;
    if (count("merlin") !== 1 || count("servant") !== 2 || count("minion") !== 1 || count("assassin") !== 1)
      throw new Error("avalon: roles must be Merlin, 2 servants, Minion and Assassin");
    if (!Number.isInteger(firstLeader) || firstLeader < 0 || firstLeader >= PLAYERS) throw new Error(`avalon: bad first leader ${firstLeader}`);
    this.leader = firstLeader;
  }

  get teamSize(): number {
    return TEAM_SIZES[this.quest]!;
  }
  get successes(): number {
    return this.results.filter(Boolean).length;
  }
  get failures(): number {
    return this.results.filter((r) => !r).length;
  }
  isEvil(p: number): boolean {
    return sideOf(this.roles[p]!) === "evil";
  }
  evilPlayers(): number[] {
    return this.roles.map((_, i) => i).filter((i) => this.isEvil(i));
  }
  merlin(): number {
    return this.roles.indexOf("merlin");
  }

  private expect(phase: Phase): void {
    if (this.phase !== phase) throw new Error(`avalon: expected phase ${phase}, game is in ${this.phase}`);
  }

  propose(leader: number, team: number[]): void {
    this.expect("propose");
    if (leader !== this.leader) throw new Error(`avalon: player ${leader} is not the leader (${this.leader})`);
    const uniq = new Set(team);
    if (uniq.size !== team.length || team.length !== this.teamSize || team.some((p) => !Number.isInteger(p) || p < 0 || p >= PLAYERS))
      throw new Error(`avalon: quest ${this.quest + 1} needs ${this.teamSize} distinct players 0-${PLAYERS - 1}, got [${team.join(",")}]`);
    this.team = [...team].sort((a, b) => a - b);
    this.log.push({ type: "propose", quest: this.quest, leader, team: this.team });
    this.phase = "vote";
  }

  say(player: number, accuses: number): void {
    if (player === accuses || accuses < 0 || accuses >= PLAYERS) throw new Error(`avalon: player ${player} cannot accuse ${accuses}`);
    this.log.push({ type: "say", player, accuses });
  }

  vote(votes: boolean[]): boolean {
    this.expect("vote");
    if (votes.length !== PLAYERS) throw new Error(`avalon: need ${PLAYERS} votes`);
    const approved = votes.filter(Boolean).length * 2 > PLAYERS;
    this.log.push({ type: "vote", quest: this.quest, team: this.team!, votes: [...votes], approved });
    this.leader = (this.leader + 1) % PLAYERS;
    if (approved) {
      this.rejections = 0;
      this.phase = "quest";
    } else {
      this.rejections++;
      this.team = null;
      if (this.rejections >= MAX_REJECTIONS) this.end("evil", "rejections");
      else this.phase = "propose";
    }
    return approved;
  }

  /** cards[i] is the card of team member team[i]: true = success. Good players can only play success. */
  playQuest(cards: boolean[]): boolean {
    this.expect("quest");
    const team = this.team!;
    if (cards.length !== team.length) throw new Error(`avalon: need ${team.length} quest cards`);
    team.forEach((p, i) => {
      if (!cards[i] && !this.isEvil(p)) throw new Error(`avalon: good player ${p} cannot play a fail card`);
    });
    const fails = cards.filter((c) => !c).length;
    const success = fails === 0;
    this.results.push(success);
    this.log.push({ type: "quest", quest: this.quest, team, fails, success });
    this.team = null;
    if (this.failures >= 3) this.end("evil", "quests-failed");
    else if (this.successes >= 3) this.phase = "assassinate";
    else {
      this.quest++;
      this.phase = "propose";
    }
    return success;
  }

  assassinate(target: number): void {
    this.expect("assassinate");
    if (this.isEvil(target)) throw new Error(`avalon: the assassin must name a good player, not ${target}`);
    const hit = this.roles[target] === "merlin";
    this.log.push({ type: "assassinate", target, hit });
    this.end(hit ? "evil" : "good", hit ? "assassinated" : "merlin-survived");
  }

  private end(winner: Side, reason: EndReason): void {
    this.winner = winner;
    this.endReason = reason;
    this.phase = "over";
  }

  clone(): AvalonGame {
    const g = new AvalonGame(this.roles, this.leader);
    Object.assign(g, { quest: this.quest, leader: this.leader, rejections: this.rejections, results: [...this.results], phase: this.phase, team: this.team, winner: this.winner, endReason: this.endReason });
    g.log.push(...this.log);
    return g;
  }
}
