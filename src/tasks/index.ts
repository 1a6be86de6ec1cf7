/** The task registry: how to make a run's episodes and each task's scripted proposer and simple rule. */
import type { Candidate, LanguageModelV1, Proposer } from "../planner/types.ts";
import { makeRng, type Rng } from "./rng.ts";
import type { TaskEpisode, TaskName } from "./types.ts";

export interface EpisodeOptions {
  n: number;
  seed: number;
  split: "train" | "test";
  /** WebShop: an instruction file in items_ins_v2_1000.json format. */
  instructions?: string;
  /** Persuasion: the LLM that plays the donor. */
  donor?: LanguageModelV1;
}

export interface TaskSpec {
  name: TaskName;
  episodes(opts: EpisodeOptions): Promise<TaskEpisode[]>;
  scriptedProposer(ep: TaskEpisode, rng: Rng, temperature?: number): Proposer;
  simpleAction?(ep: TaskEpisode): string;
  /** Every candidate (thought + action) the scripted proposer considers at this state: what counterfactual
   * rollouts (src/eval/branch-rollouts.ts) branch into. Absent: the task has no branch rollouts. */
  branchCandidates?(ep: TaskEpisode, rng: Rng): Candidate[];
}

export const TASK_NAMES: TaskName[] = ["webshop", "avalon", "persuasion"];

export async function loadTask(name: TaskName): Promise<TaskSpec> {
  if (name === "webshop") return (await import("./webshop/task.ts")).webshopTask;
  if (name === "avalon") return (await import("./avalon/task.ts")).avalonTask;
  return (await import("./persuasion/task.ts")).persuasionTask;
}

export { makeRng };
