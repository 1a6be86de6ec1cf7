import { describe, expect, it } from "vitest";
// the package's public entry point, as a library user imports it
import { BankGoalSource, BankProposer, LearnedEstimator, OFFLINE_KNOBS, withKnobs, MemoryDecisionLog, recordFeedback, runLoggedPlan, FeedbackValidationError } from "pnlc-edge";
import { fakeCritic } from "./helpers/fake-critic.ts";

describe("the library's planner with a decision log", () => {
  it("logs each decision through the logger interface and takes the episode's feedback once", async () => {
    const critic = fakeCritic();
    const deps = { proposer: new BankProposer(critic.meta.thoughts), goalSources: { bank: new BankGoalSource(critic.meta.goals) }, estimators: { learned: new LearnedEstimator(critic) }, mode: "offline" as const, random: () => 0.99 };
    const logger = new MemoryDecisionLog();
    const knobs = withKnobs(OFFLINE_KNOBS, { explore: { method: "epsilon", epsilon: 0.3 } });
    const first = await runLoggedPlan(deps, { state: "Persuadee: maybe." }, knobs, { logger, model: "fake", modelSha256: "00".repeat(32), redact: (s) => s.replace("maybe", "[redacted]") });
    const second = await runLoggedPlan(deps, { state: "Persuadee: ok." }, knobs, { logger, model: "fake", modelSha256: "00".repeat(32), episodeId: first.episodeId, step: 1 });
    expect(logger.decisions.map((d) => d.id)).toEqual([first.decisionId, second.decisionId]);
    expect(logger.decisions[0]!.state).toBe("Persuadee: [redacted].");
    expect(logger.decisions[1]).toMatchObject({ episodeId: first.episodeId, step: 1, source: "library" });
    // random() = 0.99 falls in the last candidate's epsilon share: an explored pick with propensity epsilon / K
    const d = logger.decisions[0]!;
    expect(d.chosenIndex).toBe(d.candidates.length - 1);
    expect(d.propensity).toBeCloseTo(0.3 / d.candidates.length, 4);
    expect(first.result.thought).toBe(d.candidates[d.chosenIndex]!.thought);
    const fb = { episodeId: first.episodeId, outcome: { text: "the persuadee donates", success: true } };
    expect(await recordFeedback(logger, fb)).toMatchObject({ status: "recorded", decisions: 2 });
    expect(await recordFeedback(logger, fb)).toMatchObject({ status: "duplicate" });
    expect(await recordFeedback(logger, { ...fb, outcome: { text: "no", success: false } })).toMatchObject({ status: "conflict", field: "outcome.text" });
    expect(await recordFeedback(logger, { ...fb, episodeId: "ep-unknown" })).toMatchObject({ status: "unknown_episode" });
    await expect(recordFeedback(logger, { episodeId: "bad id!", outcome: { text: "x", success: true } })).rejects.toThrow(FeedbackValidationError);
    await expect(recordFeedback(logger, { episodeId: "e", outcome: { text: "x", success: true }, events: [{ step: -1, label: "y" }] })).rejects.toThrow(/events\[0\]\.step/);
  });
});
