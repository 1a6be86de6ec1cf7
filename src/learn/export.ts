/**
 * Decision log -> trajectories (docs/trajectories.md): one episode per logged episode that has an
 * outcome, its decisions as steps in step order (the last write wins when a step was logged twice),
 * the chosen thought and action, the intermediate events' labels of a step as its `events` (the trainer's event goals,
 * docs/trajectories.md: what followed that step, so its thought learns to predict them).
 * `meta.log` keeps what off-policy evaluation needs (pnlc compare): per step the candidates with
 * their logged probabilities, the chosen index, the propensity, the deciding model and any shadow scores.
 */
import type { Database } from "sql.js";
import type { Episode } from "../train/trajectory.ts";
import { rows } from "./sqlite.ts";

export interface LoggedStep {
  id: string;
  step: number;
  model: string;
  sha256: string;
  propensity: number;
  chosenIndex: number;
  candidates: Array<{ thought: string; action?: string; score: number; probability: number }>;
  knobs: { goals?: { positive?: number; negative?: number } };
  shadow?: { model: string; sha256: string; scores: number[]; choice: number };
}

export interface ExportCounts {
  episodes: number;
  steps: number;
  withoutOutcome: number;
  /** Decisions dropped because a later decision had the same episode and step. */
  replacedSteps: number;
}

interface DecisionRow {
  id: string; episode_id: string; step: number; state: string; candidates: string; chosen_index: number; thought: string; action: string | null;
  propensity: number; model: string; model_sha256: string; shadow: string | null; knobs: string;
}
interface FeedbackRow { episode_id: string; outcome_text: string; success: number | null; value: number | null; events: string }

export function* exportEpisodes(db: Database, task: string, counts: ExportCounts): Generator<Episode> {
  const feedback = new Map(rows<FeedbackRow>(db, "SELECT episode_id, outcome_text, success, value, events FROM feedback").map((f) => [f.episode_id, f]));
  counts.withoutOutcome = rows<{ n: number }>(db, "SELECT COUNT(DISTINCT episode_id) AS n FROM decisions WHERE episode_id NOT IN (SELECT episode_id FROM feedback)")[0]!.n;
  const ids = rows<{ episode_id: string }>(db, "SELECT DISTINCT episode_id FROM decisions WHERE episode_id IN (SELECT episode_id FROM feedback) ORDER BY episode_id");
  for (const { episode_id } of ids) {
    const fb = feedback.get(episode_id)!;
    const all = rows<DecisionRow>(db, "SELECT * FROM decisions WHERE episode_id = ? ORDER BY step, created_at, id", [episode_id]);
    const byStep = new Map<number, DecisionRow>();
    for (const d of all) byStep.set(d.step, d);
    counts.replacedSteps += all.length - byStep.size;
    const decisions = [...byStep.values()];
    const events: Array<{ step: number; label: string }> = JSON.parse(fb.events);
    const labelsAt = new Map<number, string[]>();
    for (const e of events) {
      const at = labelsAt.get(e.step) ?? labelsAt.set(e.step, []).get(e.step)!;
      if (!at.includes(e.label) && at.length < 64) at.push(e.label); // the trajectory format's bound per step
    }
    const log: LoggedStep[] = decisions.map((d) => {
      const knobs = JSON.parse(d.knobs);
      return {
        id: d.id, step: d.step, model: d.model, sha256: d.model_sha256, propensity: d.propensity, chosenIndex: d.chosen_index,
        candidates: (JSON.parse(d.candidates) as LoggedStep["candidates"]).map(({ thought, action, score, probability }) => ({ thought, ...(action !== undefined ? { action } : {}), score, probability })),
        knobs: { goals: knobs.goals },
        ...(d.shadow ? { shadow: JSON.parse(d.shadow) } : {}),
      };
    });
    counts.episodes++;
    counts.steps += decisions.length;
    yield {
      id: episode_id,
      task,
      steps: decisions.map((d) => ({ state: d.state, thought: d.thought, action: d.action ?? "", observation: "", ...(labelsAt.has(d.step) ? { events: labelsAt.get(d.step)! } : {}) })),
      outcome: { text: fb.outcome_text, ...(fb.success !== null ? { success: fb.success === 1 } : {}), ...(fb.value !== null ? { value: fb.value } : {}) },
      meta: { source: "pnlc decision log", events, log },
    };
  }
}
