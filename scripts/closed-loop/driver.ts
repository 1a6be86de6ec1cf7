/**
 * An application driving the Worker over HTTP, as a shop assistant would: WebShop episodes where
 * each decision is one POST /v1/plan carrying the scripted proposer's candidates as thoughts (with
 * their actions), the chosen action is applied, and the outcome goes to POST /v1/feedback.
 * Requests are sequential, bounded by a timeout each, to 127.0.0.1 only.
 */
import type { ExploreKnob } from "../../src/planner/explore.ts";
import { makeRng } from "../../src/tasks/rng.ts";
import type { TaskEpisode } from "../../src/tasks/types.ts";
import { webshopTask } from "../../src/tasks/webshop/task.ts";

export interface PhaseSpec {
  url: string;
  label: string;
  instructions: string;
  /** The split the instructions' products belong to (train or test). */
  split: "train" | "test";
  episodes: number;
  seed: number;
  goals: { positive: number; negative: number };
  explore?: ExploreKnob;
  /** Candidates per decision (the pnlc agent's K). */
  k?: number;
  /** How requests reach the Worker (default: global fetch over HTTP; the offline evaluator passes the app in-process). */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
}

export interface PhaseResult {
  label: string;
  scores: number[];
  successes: number;
  episodesServed: number;
  decisionsServed: number;
  /** Decisions per model that decided (from the responses). */
  decidedBy: Record<string, number>;
  feedbackOk: number;
  errors: string[];
}

async function post(url: string, body: unknown, f: NonNullable<PhaseSpec["fetch"]> = fetch): Promise<{ status: number; json: any }> {
  const res = await f(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(15_000) });
  return { status: res.status, json: await res.json() };
}

export async function runPhase(s: PhaseSpec, onEpisode?: (i: number, score: number) => void): Promise<PhaseResult> {
  const episodes: TaskEpisode[] = await webshopTask.episodes({ n: s.episodes, seed: s.seed, split: s.split, instructions: s.instructions });
  const rng = makeRng(s.seed ^ 0x5bd1e995); // as the pnlc agent seeds its proposer
  const out: PhaseResult = { label: s.label, scores: [], successes: 0, episodesServed: 0, decisionsServed: 0, decidedBy: {}, feedbackOk: 0, errors: [] };
  for (const [i, ep] of episodes.entries()) {
    const episodeId = `${s.label}-${s.seed}-${i}`;
    const proposer = webshopTask.scriptedProposer(ep, rng);
    let step = 0;
    while (!ep.done) {
      const state = ep.stateText();
      const candidates = await proposer.propose({ state }, s.k ?? 5);
      const r = await post(`${s.url}/v1/plan`, {
        state, episodeId, step,
        thoughts: candidates.map((c) => ({ thought: c.thought, ...(c.action ? { action: c.action } : {}) })),
        knobs: { thoughts: s.k ?? 5, goals: { ...s.goals, source: "bank" }, ...(s.explore ? { explore: s.explore } : {}) },
      }, s.fetch);
      if (r.status !== 200) throw new Error(`/v1/plan answered ${r.status}: ${JSON.stringify(r.json).slice(0, 300)}`);
      out.decisionsServed++;
      out.decidedBy[r.json.model] = (out.decidedBy[r.json.model] ?? 0) + 1;
      const action = (r.json.action ?? r.json.chosen?.action ?? "").trim();
      await ep.step(action);
      step++;
    }
    const res = ep.result();
    out.episodesServed++;
    out.scores.push(res.score);
    if (res.success) out.successes++;
    const fb = await post(`${s.url}/v1/feedback`, { episodeId, outcome: { text: res.outcome, success: res.success, value: res.value } }, s.fetch);
    if (fb.status === 200) out.feedbackOk++;
    else out.errors.push(`feedback ${episodeId}: ${fb.status} ${JSON.stringify(fb.json).slice(0, 200)}`);
    onEpisode?.(i, res.score);
  }
  return out;
}
