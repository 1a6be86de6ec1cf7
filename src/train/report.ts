/** The training report: markdown beside the model, with SVG and PNG charts. */
import type { CriticEval } from "./evaluate-critic.ts";
import { basename, dirname, join } from "node:path";
import { barSpec, lossCurveSpec, reliabilitySpec, renderChart } from "./charts.ts";
import type { Agreement } from "./export.ts";
import { writeFileAtomic } from "./export.ts";
import type { TrainResult } from "./iql.ts";
import type { TrainConfig } from "./config.ts";
import type { PersuasionEval } from "./evaluate-persuasion.ts";

export interface ReportInput {
  modelPath: string;
  modelBytes: number;
  dataPath: string;
  seed: number;
  config: TrainConfig;
  result: TrainResult;
  agreement: Agreement;
  heldout?: PersuasionEval;
  wallSeconds: number;
  notes?: string[];
  /** The held-out figures come from this model (same config and seed, trained without the split), not from modelPath. */
  heldoutOf?: string;
  /** eval-critic's figures on the held-out split (every bank goal, thought gain, ranking, coherence), with the profile and without. */
  criticEval?: { split: string; with: CriticEval; alone?: CriticEval };
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "n/a");

/** Writes `<model>.report.md` and its images (`<model>.report.<name>.svg|png`); returns the markdown path. */
export async function writeReport(r: ReportInput): Promise<string> {
  const stem = r.modelPath.replace(/\.pnlc$/, "") + ".report";
  const images: Array<[string, Parameters<typeof renderChart>[0]]> = [["loss", lossCurveSpec(r.result.history, r.result.bestEpochs)]];
  const v = r.result.validation;
  images.push(["reliability", reliabilitySpec("Reliability, validation episodes (float, primary outcome goal)", [
    { name: "before calibration", bins: v.before.bins },
    ...(r.result.calibration ? [{ name: "after calibration", bins: v.after.bins }] : []),
  ])]);
  if (r.heldout) {
    images.push(["heldout-reliability", reliabilitySpec(`Reliability, held-out dialogues (int8 model), ${r.heldout.n_decisions} decisions`, [{ name: "int8 critic", bins: r.heldout.bins }])]);
    images.push(["heldout-auc-by-turn", barSpec("Held-out AUC by persuader turn", r.heldout.by_turn.flatMap((b) => [
      { bucket: b.bucket, value: b.auc, series: "thought of the turn" },
      { bucket: b.bucket, value: b.auc_shuffled_thoughts, series: "thoughts shuffled" },
    ]), "ROC AUC")]);
  }
  for (const [name, spec] of images) {
    const { svg, png } = await renderChart(spec);
    await writeFileAtomic(`${stem}.${name}.svg`, svg);
    await writeFileAtomic(`${stem}.${name}.png`, png);
  }
  const img = (name: string, alt: string) => `![${alt}](${basename(stem)}.${name}.png)`;
  const res = r.result;
  const crossFit = r.config.ensemble > 1 && r.config.crossFit;
  const lines = [
    `# Training report: ${basename(r.modelPath)}`,
    "",
    `- data: \`${r.dataPath}\` (task ${res.task}); seed ${r.seed}; trained ${new Date().toISOString()}`,
    `- episodes: ${res.counts.episodes} read, ${res.counts.heldoutExcluded} kept out as the local held-out split (heldoutPercent ${r.config.heldoutPercent}), ${crossFit ? `${r.config.ensemble}-fold cross-fit: each member trains on ${res.counts.train} and early-stops and is calibrated on the other ${res.counts.episodes - res.counts.heldoutExcluded - res.counts.train}` : `${res.counts.train} train / ${res.counts.validation} validation`}; ${res.counts.transitions} training transitions per member`,
    `- model file: ${r.modelBytes} bytes (int8), hidden ${r.config.hidden.join("x")}, encoder hash-ngram dim ${res.params.inputDim}`,
    `- training: ${r.config.ensemble > 1 ? `${r.config.ensemble} ensemble members of hidden ${r.config.hidden.map((h) => h / r.config.ensemble).join("x")}, packed into one network; ` : ""}${res.history.length} epochs in total (best ${res.bestEpochs.join(", ")}, early stopping patience ${r.config.patience}), ${res.counts.samplesSeen} relabelled samples, ${res.samplesPerSecond.toFixed(0)} samples/s, ${res.seconds.toFixed(1)} s training, ${r.wallSeconds.toFixed(1)} s wall in total (${trainerLabel(res.trainer)})`,
    `- outcome goals: ${res.goals.map((g) => `"${g.text}" (${g.polarity}${g.value ? `, reached when outcome.value ${g.value.op} ${g.value.than}` : ""})`).join(", ")}; primary for metrics: "${res.goals[res.primary]!.text}"`,
    ...(res.eventGoals.length ? [`- event goals (near-term reactions, reached when the step's \`events\` within ${[...new Set(res.eventGoals.map((g) => g.horizon))].join("/")} step(s) name them): ${res.eventGoals.map((g) => `"${g.text}" (${g.polarity})`).join(", ")}`] : []),
    ...(res.propensity ? [`- de-confounding: propensity weights over ${res.propensity.classes} thought classes (held-half log loss ${f3(res.propensity.logLoss)} vs ${f3(res.propensity.marginalLogLoss)} for the class rates alone; ${(100 * res.propensity.clipped).toFixed(1)}% of weights clipped; effective sample size ${(100 * res.propensity.ess).toFixed(0)}% of the steps)`] : []),
    ...(res.stateInputs.length ? [`- state inputs beyond the dialogue: ${res.stateInputs.join(", ")} (in a share of the training states; the rest are the dialogue alone)`] : []),
    `- calibration: ${r.config.calibration === "pooled" && res.calibration ? `one (a, b) = (${f3(res.calibration.a)}, ${f3(res.calibration.b)}) for the packed ensemble ("pooled"), fitted on every member's out-of-fold predictions together and folded into the last layer (ranking unchanged for single goals; the donation buckets' softmax is tempered by a)` : res.calibrations.length ? `Platt (a, b) ${crossFit ? "per member " : ""}${res.calibrations.map((c) => `(${f3(c.a)}, ${f3(c.b)})`).join(", ")}, fitted on ${crossFit ? "each member's own validation fold and folded into its last layer before packing" : "the validation episodes and folded into Q's last layer"} (ranking unchanged)` : "none"}`,
    "",
    crossFit
      ? "## Validation, out of fold (each member scored on the fold it did not train on, pooled; float, primary outcome goal, every step)"
      : "## Validation episodes (float network, primary outcome goal, every step)",
    "",
    `The validation episodes also chose each member's epoch (early stopping), so these figures lean optimistic; "after calibration" is scored on ${v.afterMeasuredOn}. Only a held-out split (below, when the report has one) is unbiased.`,
    "",
    "| | n | AUC | Brier | ECE (10 bins) | log loss |",
    "|---|---|---|---|---|---|",
    `| before calibration | ${v.before.n} | ${f3(v.before.auc)} | ${f3(v.before.brier)} | ${f3(v.before.ece)} | ${f3(v.before.logLoss)} |`,
    `| after calibration | ${v.after.n} | ${f3(v.after.auc)} | ${f3(v.after.brier)} | ${f3(v.after.ece)} | ${f3(v.after.logLoss)} |`,
    "",
    img("loss", "training curves"),
    "",
    img("reliability", "reliability on validation"),
    "",
  ];
  if (r.heldout) {
    const h = r.heldout;
    lines.push(
      r.heldoutOf
        ? `## Held-out dialogues, measured on \`${basename(r.heldoutOf)}\` (same config and seed, trained without them; this file saw them)`
        : "## Held-out dialogues (the int8 model file, through the runtime loader)",
      "",
      `Split \`${h.split}\`: ${h.n_dialogues} dialogues ${h.split === "all" ? "that the model trained on (in-sample, not a held-out figure)" : "never seen in training of the measured model (int8 file, through the runtime loader)"}, ${h.n_decisions} persuader turns, donation rate ${f3(h.base_rate)}. Goal "${h.goal}".${h.without_profile ? " States carry the persuadee's profile; the second row is the same model on states from the dialogue alone (a caller without a profile)." : ""}`,
      "",
      "| states | AUC | Brier | ECE | AUC, thoughts shuffled |",
      "|---|---|---|---|---|",
      `| ${h.profile ? "with the profile" : "dialogue"} | ${f3(h.auc)} | ${f3(h.brier)} | ${f3(h.ece)} | ${f3(h.auc_shuffled_thoughts)} |`,
      ...(h.without_profile ? [`| dialogue alone | ${f3(h.without_profile.auc)} | ${f3(h.without_profile.brier)} | ${f3(h.without_profile.ece)} | ${f3(h.without_profile.auc_shuffled_thoughts)} |`] : []),
      "",
      `| turns | n | AUC | AUC shuffled |${h.without_profile ? " AUC, dialogue alone |" : ""}`,
      `|---|---|---|---|${h.without_profile ? "---|" : ""}`,
      ...h.by_turn.map((b, i) => `| ${b.bucket} | ${b.n} | ${f3(b.auc)} | ${f3(b.auc_shuffled_thoughts)} |${h.without_profile ? ` ${f3(h.without_profile.by_turn[i]!.auc)} |` : ""}`),
      "",
      "Every outcome goal of the bank, each against its own label from the real donation (same turns):",
      "",
      "| goal | polarity | label | rate (dialogues) | AUC | Brier | ECE |",
      "|---|---|---|---|---|---|---|",
      ...h.per_goal.map((g) => `| ${g.goal} | ${g.polarity} | ${g.test} | ${f3(g.base_rate)} | ${f3(g.auc)} | ${f3(g.brier)} | ${f3(g.ece)} |`),
      "",
      img("heldout-reliability", "held-out reliability"),
      "",
      img("heldout-auc-by-turn", "held-out AUC by turn"),
      "",
    );
  }
  if (r.criticEval) lines.push(...criticEvalSection(r.criticEval));
  const a = r.agreement;
  lines.push(
    "## int8 vs float",
    "",
    `${a.pairs} (state, thought, bank goal) scores of validation steps: max |dp| ${a.maxAbsDiff.toFixed(4)}, mean |dp| ${a.meanAbsDiff.toFixed(4)}, pairwise ordering agreement ${(100 * a.pairwiseOrderAgreement).toFixed(1)}%.`,
    "",
    "## Config",
    "",
    "```json",
    JSON.stringify(r.config, null, 2),
    "```",
    "",
    ...(r.notes?.length ? ["## Notes", "", ...r.notes.map((n) => `- ${n}`), ""] : []),
  );
  const md = join(dirname(stem), `${basename(stem)}.md`);
  await writeFileAtomic(md, lines.join("\n"));
  return md;
}

/** eval-critic's table: every bank goal with its thought gain, then ranking variation and coherence. */
function criticEvalSection(c: { split: string; with: CriticEval; alone?: CriticEval }): string[] {
  const table = (e: CriticEval) => [
    "| goal | kind | polarity | rate | mean prediction | AUC | Brier | ECE [95% CI] | AUC, thoughts shuffled within position | thought gain [95% CI] |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...e.per_goal.map((g) => `| ${g.goal} | ${g.kind} | ${g.polarity} | ${f3(g.base_rate)} | ${f3(g.mean_p)} | ${f3(g.auc)} | ${f3(g.brier)} | ${f3(g.ece)} [${f3(g.ece_ci95[0])}, ${f3(g.ece_ci95[1])}] | ${f3(g.auc_shuffled_thoughts)} | ${f3(g.thought_gain)} [${f3(g.thought_gain_ci95[0])}, ${f3(g.thought_gain_ci95[1])}] |`),
    "",
    `Offline planner on ${e.ranking.n_states} of these states: ranking variation ${f3(e.ranking_variation)} (most common top thought "${e.ranking.most_common_top}", ${e.ranking.top_counts[0]?.n ?? 0} times). Coherence violations: ${e.coherence_violations} of ${e.coherence_checks} checks.`,
    "",
  ];
  return [
    `## Every bank goal on split \`${c.split}\` (eval-critic)`,
    "",
    ...(c.alone ? ["States with the persuadee's profile:", ""] : []),
    ...table(c.with),
    ...(c.alone ? ["States from the dialogue alone:", "", ...table(c.alone)] : []),
  ];
}

/** "JS reference trainer, one core" or "wasm trainer, 2 threads": what the timings above were measured with. */
export function trainerLabel(t: TrainResult["trainer"]): string {
  if (t.backend === "js") return "JS reference trainer, one core";
  return `wasm trainer, ${t.threads} thread${t.threads === 1 ? "" : "s"}`;
}
