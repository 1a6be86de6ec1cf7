/**
 * The logged LLM games (../shared/data/avalon_multiround_llm, `npx pnlc data avalon`) in terms of the
 * Merlin critic's goal bank. The adapter labels every seat "my side wins / loses the game"; the
 * Avalon model's bank is how the game ended from the good side ("good won three quests and Merlin
 * survived the assassination", ...). Only good seats (Merlin and loyal servants) are kept, whose
 * states and thoughts are a good player's, and each gets the bank outcome of how its game ended.
 */
import type { Episode as Trajectory } from "../../train/trajectory.ts";
import { hashString } from "../rng.ts";

/**
 * The fixed rule that keeps a quarter of the logged games out of every critic's training, so that
 * how well the critic reads LLM games it never saw can be measured (`npm run avalon:eval-logged`):
 * a game is kept out when hash("avalon-logged:" + game id) % 4 == 0. By game, so no seat of a
 * kept-out game is trained on.
 */
export function loggedGameKeptOut(gameId: string): boolean {
  return hashString(`avalon-logged:${gameId}`) % 4 === 0;
}

/** The game id of a logged-game episode ("<game id>:<player>"). */
export function loggedGameId(episodeId: string): string {
  const i = episodeId.lastIndexOf(":");
  return i > 0 ? episodeId.slice(0, i) : episodeId;
}

export type LoggedPart = "all" | "train" | "kept-out";

const BANK_OUTCOME: Record<string, string> = {
  "three missions succeeded and Merlin survived": "good won three quests and Merlin survived the assassination",
  "the assassin found Merlin": "good won three quests but the Assassin found Merlin",
  "three missions failed": "evil won by failing three quests",
};
const GOOD_SEATS = new Set(["merlin", "good"]);

export function loggedGamesForMerlinBank(episodes: Trajectory[], o: { merlinOnly?: boolean; part?: LoggedPart } = {}): Trajectory[] {
  const out: Trajectory[] = [];
  const part = o.part ?? "all";
  for (const e of episodes) {
    if (part !== "all" && loggedGameKeptOut(loggedGameId(e.id)) !== (part === "kept-out")) continue;
    const role = e.meta?.["role"];
    const how = e.meta?.["how"];
    if (typeof role !== "string" || typeof how !== "string") throw new Error(`${e.id}: meta.role and meta.how are needed (npx pnlc data avalon writes them)`);
    if (!GOOD_SEATS.has(role) || (o.merlinOnly && role !== "merlin")) continue;
    const text = BANK_OUTCOME[how];
    if (!text) throw new Error(`${e.id}: unknown game end "${how}"`);
    const won = e.meta?.["winner"] === "good";
    out.push({ ...e, outcome: { text, success: won, value: won ? 1 : 0 } });
  }
  return out;
}
