/**
 * Counterfactual rollouts for critic training data (policy iteration). An ordinary rollout gives one
 * action per state, and where the candidates' values differ by a few points the critic cannot tell
 * them apart from such data. Here every episode is played by a base agent, and at some of its
 * decisions the episode is cloned once per distinct candidate of the task's scripted proposer: each
 * clone takes that candidate's action and the base agent plays it to the end. Each branch is written
 * as its own trajectory from the branch point (or as that one step and the outcome it led to, a Monte
 * Carlo label of that state and thought), the main episode, if asked, as a whole trajectory.
 * Avalon clones share the bots' random stream, so the branches of one state differ mostly by the
 * strategy taken; WebShop is deterministic apart from the base agent's own sampling.
 * Only what `ep.stateText()` shows reaches the trajectories.
 */
import type { Agent } from "../agents/types.ts";
import type { Candidate } from "../planner/types.ts";
import { makeRng, type Rng } from "../tasks/rng.ts";
import type { TaskEpisode } from "../tasks/types.ts";
import type { Episode as Trajectory } from "../train/trajectory.ts";

export interface BranchOptions {
  /** The agent that plays the main episode and every branch after its first step. */
  base: Agent;
  /** Every candidate the task's scripted proposer considers at a state (TaskSpec.branchCandidates). */
  candidates: (ep: TaskEpisode, rng: Rng) => Candidate[];
  /** Probability that a decision of the main episode is branched. */
  branchProb: number;
  seed: number;
  /** "first": a branch is written as its first step only, ending in the outcome its play-out reached
   * (a Monte Carlo label of that state and thought); "all": with the play-out's steps too. */
  branchSteps: "first" | "all";
  /** Also write the main episodes as trajectories. */
  mainGames: boolean;
  onGame?: (done: number) => void;
}

type Step = Trajectory["steps"][number];

/** One decision of `agent`, taken and recorded; throws on an episode that does not end. */
async function play(agent: Agent, ep: TaskEpisode, steps: Step[], n: number): Promise<void> {
  if (n > 200) throw new Error(`${ep.id}: no end after 200 decisions`);
  const state = ep.stateText();
  const d = await agent.decide(ep);
  await ep.step(d.action);
  steps.push({ state, thought: d.thought || d.action, action: d.action, observation: ep.stateText() });
}

async function playOut(agent: Agent, ep: TaskEpisode, steps: Step[]): Promise<void> {
  for (let n = 0; !ep.done; n++) await play(agent, ep, steps, n);
}

function trajectory(id: string, ep: TaskEpisode, steps: Step[], meta: Record<string, unknown>): Trajectory {
  const r = ep.result();
  return { id, task: ep.task, steps, outcome: { text: r.outcome, success: r.success, value: r.value }, meta };
}

/** One trajectory per main episode plus one per (branched decision, distinct candidate). */
export async function branchRollouts(episodes: TaskEpisode[], o: BranchOptions): Promise<Trajectory[]> {
  if (!(o.branchProb >= 0 && o.branchProb <= 1)) throw new Error(`branchProb must be in [0, 1], got ${o.branchProb}`);
  const rng: Rng = makeRng(o.seed ^ 0x2545f491);
  const out: Trajectory[] = [];
  let done = 0;
  for (const ep of episodes) {
    const steps: Step[] = [];
    for (let n = 0; !ep.done; n++) {
      if (rng() < o.branchProb) {
        const seen = new Set<string>();
        for (const c of o.candidates(ep, rng)) {
          if (seen.has(c.thought)) continue;
          seen.add(c.thought);
          if (!c.action) throw new Error(`${ep.task} candidate without an action: ${c.thought}`);
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
