import { describe, expect, it } from "vitest";
import { AvalonGame, ROLES_5, TEAM_SIZES } from "../src/tasks/avalon/rules.ts";
import { AvalonEpisode } from "../src/tasks/avalon/env.ts";
import { MerlinProposer, honestMerlinAction } from "../src/tasks/avalon/proposer.ts";
import { makeRng } from "../src/tasks/rng.ts";

// Seats: 0 Merlin, 1-2 servants, 3 Minion, 4 Assassin.
const newGame = (leader = 0) => new AvalonGame(ROLES_5.slice(), leader);
const approveAll = [true, true, true, true, true];

function passQuest(g: AvalonGame, team: number[], cards?: boolean[]) {
  g.propose(g.leader, team);
  g.vote(approveAll);
  g.playQuest(cards ?? team.map(() => true));
}

describe("avalon rules (5 players)", () => {
  it("rejects bad role sets, wrong team sizes and out-of-turn leaders", () => {
    expect(() => new AvalonGame(["merlin", "servant", "servant", "servant", "assassin"], 0)).toThrow(/roles/);
    const g = newGame();
    expect(() => g.propose(1, [0, 1])).toThrow(/not the leader/);
    expect(() => g.propose(0, [0, 1, 2])).toThrow(/needs 2/);
    expect(() => g.propose(0, [0, 0])).toThrow(/distinct/);
  });

  it("uses team sizes 2-3-2-3-3 and passes leadership after every proposal", () => {
    const g = newGame(4);
    expect(TEAM_SIZES).toEqual([2, 3, 2, 3, 3]);
    g.propose(4, [0, 1]);
    expect(g.vote([false, false, false, true, true])).toBe(false);
    expect(g.leader).toBe(0);
    expect(g.phase).toBe("propose");
    g.propose(0, [0, 1]);
    expect(g.vote([true, true, true, false, false])).toBe(true); // 3 of 5 is a majority
    expect(g.leader).toBe(1);
    g.playQuest([true, true]);
    expect(g.quest).toBe(1);
    expect(g.teamSize).toBe(3);
  });

  it("gives evil the game after five rejected proposals in a row", () => {
    const g = newGame();
    for (let i = 0; i < 5; i++) {
      g.propose(g.leader, [0, 1]);
      g.vote([false, false, false, false, false]);
    }
    expect(g.winner).toBe("evil");
    expect(g.endReason).toBe("rejections");
  });

  it("fails a quest on one fail card; good players cannot fail; three fails win for evil", () => {
    const g = newGame();
    g.propose(0, [1, 3]);
    g.vote(approveAll);
    expect(() => g.playQuest([false, true])).toThrow(/good player 1/);
    expect(g.playQuest([true, false])).toBe(false);
    passQuest(g, [0, 3, 4], [true, false, true]);
    expect(g.phase).toBe("propose");
    passQuest(g, [3, 4], [false, false]);
    expect(g.winner).toBe("evil");
    expect(g.endReason).toBe("quests-failed");
  });

  it("after three successes the Assassin guesses: naming Merlin wins for evil, anyone else loses", () => {
    const play = (target: number) => {
      const g = newGame();
      passQuest(g, [0, 1]);
      passQuest(g, [0, 1, 2]);
      passQuest(g, [1, 2]);
      expect(g.phase).toBe("assassinate");
      expect(() => g.assassinate(3)).toThrow(/good player/);
      g.assassinate(target);
      return g;
    };
    expect(play(0)).toMatchObject({ winner: "evil", endReason: "assassinated" });
    expect(play(2)).toMatchObject({ winner: "good", endReason: "merlin-survived" });
  });
});

describe("avalon as Merlin against the bots", () => {
  it("every game ends, with scripted and honest Merlins, and outcomes match the winner", async () => {
    const rng = makeRng(7);
    for (let i = 0; i < 30; i++) {
      const ep = new AvalonEpisode(`t${i}`, 1000 + i);
      const proposer = new MerlinProposer(ep, rng);
      let decisions = 0;
      while (!ep.done) {
        const [c] = await proposer.propose({ state: ep.stateText() }, 1);
        await ep.step(i % 2 ? c!.action! : honestMerlinAction(ep));
        expect(++decisions).toBeLessThan(60);
      }
      const r = ep.result();
      expect(r.success).toBe(ep.game.winner === "good");
      expect(ep.invalidActions).toBe(0);
      expect(ep.game.roles[ep.me]).toBe("merlin");
    }
  });

  it("a copy plays on independently and replays the same bot decisions", async () => {
    const ep = new AvalonEpisode("c", 42);
    const copy = ep.clone();
    await copy.step("vote[reject]");
    expect(copy.game.log.length).toBeGreaterThan(ep.game.log.length);
    const again = ep.clone();
    await again.step("vote[reject]");
    expect(again.game.log).toEqual(copy.game.log);
  });
});
