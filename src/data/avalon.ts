/**
 * Avalon (multi-round LLM games) -> trajectories. One episode per (game, player); one step per
 * decision of that player: each discussion message, each team proposal it led, each vote it cast,
 * in game order. The thought is the player's written reasoning (proposal reasoning, vote comment,
 * discussion reasoning or, when absent, the message itself); the state is a compact summary of the
 * game from that player's seat; the outcome is whether the player's side won (missions, then the
 * assassination), with the share of missions that went its way as the value.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { corpusPath } from "./paths.ts";
import type { Episode, Step } from "../train/trajectory.ts";

export const AVALON_TASK = "avalon";

/** What the scripts say when neither --in nor the shared corpus gives the logged games. */
export const NO_LOGGED_GAMES = "--in: the shared corpus avalon_multiround_llm is not there; pass the folder";

/** The folder of the logged LLM games: the one given, else the shared corpus's dataset/, else null. */
export function loggedGamesDir(given?: string): string | null {
  if (given) return given;
  const corpus = corpusPath("avalon_multiround_llm");
  return corpus ? join(corpus, "dataset") : null;
}
export const AVALON_WIN = "my side wins the game";
export const AVALON_LOSS = "my side loses the game";

const Vote = z.object({ player: z.string(), vote: z.string(), comment: z.string().nullish() });
const Proposal = z.object({ proposal_id: z.number().optional(), leader: z.string(), team_members: z.array(z.string()), reasoning: z.string().nullish(), votes: z.array(Vote).default([]) });
const Message = z.object({ player: z.string(), content: z.string().nullish(), reasoning_content: z.string().nullish(), phase: z.string().optional() });
const Mission = z.object({
  mission_number: z.number(),
  discussion: z.array(Message).default([]),
  proposals: z.array(Proposal).default([]),
  final_team_index: z.number().nullish(),
  mission_result: z.string().nullish(),
  fail_count: z.number().nullish(),
});
export const AvalonGameSchema = z.object({
  game_id: z.union([z.string(), z.number()]).transform(String),
  players: z.array(z.object({ name: z.string(), role: z.string(), is_good: z.boolean(), special_knowledge: z.array(z.string()).default([]) })),
  missions: z.array(Mission),
  winner: z.enum(["good", "evil"]),
  assassin_phase: z.object({ assassin: z.string().nullish(), guess: z.string().nullish(), correct: z.boolean().nullish() }).nullish(),
});
export type AvalonGame = z.infer<typeof AvalonGameSchema>;

const clip = (s: string, n: number) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > n ? t.slice(0, n) + " ..." : t;
};

/** All games under DIR: every all_games.json ({games: [...]}) and every single-game JSON file. */
export async function loadAvalonGames(dir: string): Promise<AvalonGame[]> {
  const files: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name === "all_games.json" || /^game_\d+\.json$/.test(e.name)) files.push(p);
    }
  };
  await walk(dir);
  if (!files.length) throw new Error(`${dir}: no all_games.json or game_NN.json files`);
  const games = new Map<string, AvalonGame>();
  for (const f of files.sort()) {
    const json = JSON.parse(await readFile(f, "utf8")) as unknown;
    const list = Array.isArray((json as { games?: unknown }).games) ? (json as { games: unknown[] }).games : [json];
    list.forEach((g, i) => {
      const r = AvalonGameSchema.safeParse(g);
      if (!r.success) throw new Error(`${f}: game ${i}: ${r.error.issues[0]!.path.join(".")}: ${r.error.issues[0]!.message}`);
      if (!games.has(r.data.game_id)) games.set(r.data.game_id, r.data);
    });
  }
  return [...games.values()];
}

function seatState(game: AvalonGame, me: AvalonGame["players"][number], missionIdx: number, phase: string, rejected: number): string {
  const done = game.missions.slice(0, missionIdx);
  const good = done.filter((m) => m.mission_result === "success").length;
  const bad = done.filter((m) => m.mission_result === "fail").length;
  const history = done
    .map((m) => {
      const team = m.proposals[m.final_team_index ?? m.proposals.length - 1]?.team_members ?? [];
      return `m${m.mission_number} ${team.join("+")} ${m.mission_result ?? "?"}${m.fail_count ? ` (${m.fail_count} fail)` : ""}`;
    })
    .join("; ");
  const knows = me.special_knowledge.length ? ` knows: ${me.special_knowledge.join(", ")}.` : "";
  return clip(`${game.players.length} players. I am ${me.name}, ${me.role} (${me.is_good ? "good" : "evil"}).${knows} mission ${missionIdx + 1}, ${phase}. score good ${good} evil ${bad}. rejected teams this round ${rejected}. history: ${history || "none"}.`, 700);
}

export function avalonEpisodes(game: AvalonGame): Episode[] {
  const assassinated = game.assassin_phase?.correct === true;
  return game.players.map((me) => {
    const steps: Step[] = [];
    game.missions.forEach((m, mi) => {
      for (const msg of m.discussion) {
        if (msg.player !== me.name || !msg.content) continue;
        steps.push({ state: seatState(game, me, mi, "discussion", 0), thought: clip(msg.reasoning_content || msg.content, 500), action: clip(msg.content, 2000), observation: "" });
      }
      m.proposals.forEach((p, pi) => {
        const approvals = p.votes.filter((v) => v.vote === "approve").length;
        const passed = approvals * 2 > p.votes.length;
        const result = `${approvals}/${p.votes.length} approve, team ${passed ? "accepted" : "rejected"}`;
        if (p.leader === me.name)
          steps.push({ state: seatState(game, me, mi, "proposing a team", pi), thought: clip(p.reasoning || `propose ${p.team_members.join(", ")}`, 500), action: `propose team ${p.team_members.join(", ")}`, observation: result });
        const mine = p.votes.find((v) => v.player === me.name);
        if (mine)
          steps.push({ state: seatState(game, me, mi, `voting on ${p.leader}'s team ${p.team_members.join("+")}`, pi), thought: clip(mine.comment || mine.vote, 500), action: mine.vote, observation: result });
      });
    });
    const mySide = me.is_good ? "good" : "evil";
    const won = game.winner === mySide;
    const missionsForMe = game.missions.filter((m) => (m.mission_result === "success") === me.is_good && m.mission_result).length;
    const played = game.missions.filter((m) => m.mission_result).length || 1;
    const how = game.winner === "evil" ? (assassinated ? "the assassin found Merlin" : "three missions failed") : "three missions succeeded and Merlin survived";
    return {
      id: `${game.game_id}:${me.name}`,
      task: AVALON_TASK,
      steps: steps.length ? steps : [{ state: seatState(game, me, 0, "no decision", 0), thought: "no decision", action: "", observation: "" }],
      outcome: { text: won ? AVALON_WIN : AVALON_LOSS, success: won, value: missionsForMe / played },
      meta: { role: me.role, side: mySide, winner: game.winner, how, assassination: game.assassin_phase ?? null },
    };
  });
}

export async function* avalonEpisodesFromDir(dir: string): AsyncGenerator<Episode> {
  for (const g of await loadAvalonGames(dir)) yield* avalonEpisodes(g);
}
