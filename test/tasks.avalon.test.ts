import { describe, expect, it } from "vitest";
import { AvalonGame, ROLES_5, TEAM_SIZES } from "../src/tasks/avalon/rules.ts";
import { AvalonEpisode } from "../src/tasks/avalon/env.ts";
import { MerlinProposer, honestMerlinAction, merlinCandidates } from "../src/tasks/avalon/proposer.ts";
import { branchRollouts } from "../src/eval/branch-rollouts.ts";
import { avalonTask } from "../src/tasks/avalon/task.ts";
import { BehaviorAgent } from "../src/agents/scripted.ts";
import { loggedGamesForMerlinBank } from "../src/tasks/avalon/logged-games.ts";
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

describe("scripted Merlin candidates", () => {
  it("accuses each evil player at most once and rejects a clean team as cover only on a quest's first proposal", async () => {
    const rng = makeRng(3);
    for (let i = 0; i < 20; i++) {
      const ep = new AvalonEpisode(`a${i}`, 500 + i);
      while (!ep.done) {
        const named = new Set(ep.game.log.flatMap((e) => (e.type === "say" && e.player === ep.me ? [e.accuses] : [])));
        const cands = merlinCandidates(ep, rng);
        for (const c of cands) {
          const m = /accuse\[(\d)\]/.exec(c.action ?? "");
          if (m && ep.game.isEvil(Number(m[1]) - 1)) expect(named.has(Number(m[1]) - 1)).toBe(false);
        }
        if (ep.game.rejections > 0) expect(cands.some((c) => /reject a clean team/.test(c.thought))).toBe(false);
        // Play the most accusing candidate to reach states where evil players were already named.
        const pick = cands.find((c) => /accuse/.test(c.action ?? "") && !/good player/.test(c.thought)) ?? cands[0]!;
        await ep.step(pick.action!);
      }
      const mine = ep.game.log.flatMap((e) => (e.type === "say" && e.player === ep.me && ep.game.isEvil(e.accuses) ? [e.accuses] : []));
      expect(new Set(mine).size).toBe(mine.length);
    }
  });

  it("the state shows only Merlin's view: public counts, never the servants' or the Assassin's scores", () => {
    const ep = new AvalonEpisode("s", 11);
    const s = ep.stateText();
    expect(s).toMatch(/my accusations: 0 of evil, 0 of good/);
    expect(s).toMatch(/servants accused evil 0 times; evil seen on failed quests: 0 of 2/);
  });
});

describe("branch rollouts (counterfactual self-play)", () => {
  it("writes one trajectory per candidate of each branched decision, labelled by its play-out", async () => {
    const games = [0, 1, 2].map((i) => new AvalonEpisode(`b${i}`, 900 + i));
    const base = new BehaviorAgent((ep) => new MerlinProposer(ep as AvalonEpisode, makeRng(5)));
    const candidates = avalonTask.branchCandidates!;
    const out = await branchRollouts(games, { base, candidates, branchProb: 1, branchSteps: "first", mainGames: true, seed: 1 });
    const main = out.filter((t) => t.meta?.branch === undefined);
    const branches = out.filter((t) => t.meta?.branch !== undefined);
    expect(main).toHaveLength(3);
    expect(games.every((g) => g.done)).toBe(true);
    // Every decision of a main game was branched into every distinct strategy at that state.
    const decisions = main.reduce((n, t) => n + t.steps.length, 0);
    expect(branches.length).toBeGreaterThanOrEqual(2 * decisions);
    expect(branches.every((t) => t.steps.length === 1 && t.outcome.text.length > 0)).toBe(true);
    expect(new Set(out.map((t) => t.id)).size).toBe(out.length);
    // A branch starts from a state of its main game.
    const states = new Set(main.flatMap((t) => t.steps.map((s) => s.state)));
    expect(branches.every((t) => states.has(t.steps[0]!.state))).toBe(true);
    const all = await branchRollouts([new AvalonEpisode("c", 77)], { base, candidates, branchProb: 0.5, branchSteps: "all", mainGames: false, seed: 2 });
    expect(all.some((t) => t.steps.length > 1)).toBe(true);
    await expect(branchRollouts([], { base, candidates, branchProb: 2, branchSteps: "first", mainGames: true, seed: 1 })).rejects.toThrow(/branchProb/);
  });
});

describe("logged LLM games in the Merlin bank", () => {
  const ep = (id: string, role: string, winner: string, how: string) => ({
    id, task: "avalon", steps: [{ state: "s", thought: "t", action: "approve", observation: "" }],
    outcome: { text: "my side loses the game", success: false, value: 0 }, meta: { role, winner, how },
  });
  it("keeps good seats and relabels them with how the game ended", () => {
    const out = loggedGamesForMerlinBank([
      ep("a", "merlin", "good", "three missions succeeded and Merlin survived"),
      ep("b", "good", "evil", "the assassin found Merlin"),
      ep("c", "assassin", "evil", "the assassin found Merlin"),
      ep("d", "merlin", "evil", "three missions failed"),
    ]);
    expect(out.map((e) => [e.id, e.outcome.text, e.outcome.success])).toEqual([
      ["a", "good won three quests and Merlin survived the assassination", true],
      ["b", "good won three quests but the Assassin found Merlin", false],
      ["d", "evil won by failing three quests", false],
    ]);
    expect(loggedGamesForMerlinBank([ep("a", "merlin", "good", "three missions failed"), ep("b", "good", "evil", "three missions failed")], { merlinOnly: true }).map((e) => e.id)).toEqual(["a"]);
    expect(() => loggedGamesForMerlinBank([ep("e", "merlin", "evil", "a draw")])).toThrow(/unknown game end/);
  });
});

describe("logged games kept out of training", () => {
  it("keeps out a fixed quarter by game, every seat of a game on the same side", async () => {
    const { loggedGameKeptOut, loggedGameId } = await import("../src/tasks/avalon/logged-games.ts");
    const ids = Array.from({ length: 400 }, (_, i) => `avalon_${i}`);
    const out = ids.filter(loggedGameKeptOut).length;
    expect(out).toBeGreaterThan(60);
    expect(out).toBeLessThan(140);
    expect(loggedGameId("avalon_20251130_234947:Diana")).toBe("avalon_20251130_234947");
    const ep = (id: string) => ({ id, task: "avalon", steps: [{ state: "s", thought: "t", action: "approve", observation: "" }], outcome: { text: "x", success: true, value: 1 }, meta: { role: "merlin", winner: "good", how: "three missions succeeded and Merlin survived" } });
    const eps = ids.slice(0, 40).flatMap((g) => [ep(`${g}:A`), ep(`${g}:B`)]);
    const train = loggedGamesForMerlinBank(eps, { part: "train" }).map((e) => loggedGameId(e.id));
    const kept = loggedGamesForMerlinBank(eps, { part: "kept-out" }).map((e) => loggedGameId(e.id));
    expect(train.length + kept.length).toBe(80);
    expect(train.some((g) => kept.includes(g))).toBe(false);
    expect(kept.every((g) => loggedGameKeptOut(g))).toBe(true);
  });

  it("writes a logged Merlin state in the simulator's words, without names", async () => {
    const { merlinViewState } = await import("../src/tasks/avalon/logged-games.ts");
    const s = "5 players. I am Diana, merlin (good). knows: Charlie, Eve. mission 2, voting on Bob's team Alice+Charlie+Diana. score good 1 evil 0. rejected teams this round 1. history: m1 Alice+Bob success.";
    expect(merlinViewState(s)).toBe("Avalon as Merlin. quest 2, good 1 - evil 0, proposal 2 of 5. vote on a team of 3 with 1 evil, I am on it.");
    expect(merlinViewState("no seat here")).toBeNull();
  });

  it("reads the quest lead from a logged state and bootstraps the AUC by game, not by decision", async () => {
    const { questLead, gameBootstrapAuc } = await import("../src/tasks/avalon/logged-games.ts");
    expect(questLead("5 players. I am Diana, merlin (good). mission 3, discussion. score good 1 evil 2. rejected teams this round 0.")).toBe(-1);
    expect(questLead("no score")).toBe(0);
    // 30 games of 20 identical decisions each: as 600 independent decisions the AUC would look precise;
    // resampled by game the interval must be as wide as 30 draws make it
    const games = Array.from({ length: 30 }, (_, i) => {
      const y = i % 3 === 0 ? 1 : 0;
      const p = y ? 0.3 + 0.02 * i : 0.2 + 0.02 * i;
      return { p: Array(20).fill(p), y: Array(20).fill(y) };
    });
    const [lo, hi] = gameBootstrapAuc(games, 500, 1);
    expect(lo).toBeLessThan(hi);
    expect(hi - lo).toBeGreaterThan(0.15);
    expect(gameBootstrapAuc(games, 500, 1)).toEqual([lo, hi]); // seeded: reproducible
    const perfect = games.map((g) => ({ p: g.y.map((y) => y), y: g.y }));
    expect(gameBootstrapAuc(perfect, 200, 1)).toEqual([1, 1]);
  });
});
