/**
 * Counterfactual self-play for the Avalon critic. A behaviour game gives one action per state, and
 * the candidates' values differ by a few win points (models/avalon.report.md), so the critic cannot
 * tell them apart from ordinary rollouts. Here every game is played by a base agent, and at some of
 * Merlin's decisions the game is cloned once per candidate strategy: each clone takes that strategy's
 * action and the base agent plays it to the end. The clones share the bots' random stream, so the
 * branches of one state differ mostly by the strategy taken (paired comparisons); each branch is
 * written as its own trajectory from the branch point (or as that one step and the outcome it led
 * to), the main game, if asked, as a whole trajectory.
 * Only what `env.stateText()` shows reaches the trajectories: the critic still sees Merlin's view only.
 */
import type { Agent } from "../../agents/types.ts";
import type { Episode as Trajectory } from "../../train/trajectory.ts";
import { makeRng, type Rng } from "../rng.ts";
import type { AvalonEpisode } from "./env.ts";
import { merlinCandidates } from "./proposer.ts";

export interface BranchOptions {
  /** The agent that plays the main game and every branch after its first step. */
  base: Agent;
  /** Probability that a decision of the main game is branched. */
  branchProb: number;
  seed: number;
  /** "first": a branch is written as its first step only, ending in the outcome its play-out reached
   * (a Monte Carlo label of that state and strategy); "all": with the play-out's steps too. */
  branchSteps: "first" | "all";
  /** Also write the main games as trajectories. */
  mainGames: boolean;
  onGame?: (done: number) => void;
}

type Step = Trajectory["steps"][number];

/** One decision of `agent`, taken and recorded; throws on a game that does not end. */
async function play(agent: Agent, ep: AvalonEpisode, steps: Step[], n: number): Promise<void> {
  if (n > 200) throw new Error(`${ep.id}: no end after 200 decisions`);
  const state = ep.stateText();
  const d = await agent.decide(ep);
  await ep.step(d.action);
  steps.push({ state, thought: d.thought || d.action, action: d.action, observation: ep.stateText() });
}

async function playOut(agent: Agent, ep: AvalonEpisode, steps: Step[]): Promise<void> {
  for (let n = 0; !ep.done; n++) await play(agent, ep, steps, n);
}

function trajectory(id: string, ep: AvalonEpisode, steps: Step[], meta: Record<string, unknown>): Trajectory {
  const r = ep.result();
  return { id, task: "avalon", steps, outcome: { text: r.outcome, success: r.success, value: r.value }, meta };
}

/** One trajectory per main game plus one per (branched decision, candidate strategy). */
export async function branchRollouts(games: AvalonEpisode[], o: BranchOptions): Promise<Trajectory[]> {
  if (!(o.branchProb >= 0 && o.branchProb <= 1)) throw new Error(`branchProb must be in [0, 1], got ${o.branchProb}`);
  const rng: Rng = makeRng(o.seed ^ 0x2545f491);
  const out: Trajectory[] = [];
  let done = 0;
  for (const ep of games) {
    const steps: Step[] = [];
    for (let n = 0; !ep.done; n++) {
      if (rng() < o.branchProb) {
        const seen = new Set<string>();
        for (const c of merlinCandidates(ep, rng)) {
          if (seen.has(c.thought)) continue;
          seen.add(c.thought);
          if (!c.action) throw new Error(`avalon candidate without an action: ${c.thought}`);
          const branch = ep.clone();
          const state = branch.stateText();
          await branch.step(c.action);
          const bsteps: Step[] = [{ state, thought: c.thought, action: c.action, observation: branch.stateText() }];
          await playOut(o.base, branch, o.branchSteps === "all" ? bsteps : []);
          out.push(trajectory(`${ep.id}-d${n}-b${seen.size}`, branch, bsteps, { agent: o.base.name, branch: n }));
        }
      }
      await play(o.base, ep, steps, n);
    }
    if (o.mainGames) out.push(trajectory(ep.id, ep, steps, { agent: o.base.name }));
    o.onGame?.(++done);
  }
  return out;
}
