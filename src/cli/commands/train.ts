import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { SingleBar, Presets } from "cli-progress";
import type { Command } from "commander";
import { CliError } from "../index.ts";
import { persuasionThoughtBank } from "../../data/persuasion-strategies.ts";
import { PERSUASION_DERIVED_GOALS, PERSUASION_OUTCOME_GROUPS, PERSUASION_TASK, resolvePersuasionRoot } from "../../data/persuasion.ts";
import { REACTION_GOALS, REACTION_HORIZON } from "../../data/reactions.ts";
import { loadCritic } from "../../critic/wasm-critic.ts";
import { buildTrainConfig } from "../../train/config.ts";
import { evaluatePersuasion, usesProfile } from "../../train/evaluate-persuasion.ts";
import { evaluateCritic, type CriticEval } from "../../train/evaluate-critic.ts";
import { persuasionEpisodes } from "../../data/persuasion.ts";
import { inSplit, type SplitName } from "../../data/split.ts";
import { deterministicSummarizer } from "../../data/summarizer.ts";
import { initMembers } from "../../learn/init.ts";
import { buildMeta, quantizeAndCheck, writeFileAtomic } from "../../train/export.ts";
import { StateInputs, trainIql, type TrainRun } from "../../train/iql.ts";
import type { ReliabilityBin } from "../../train/metrics.ts";
import { writeReport } from "../../train/report.ts";
import { readEpisodes, TrajectoryError } from "../../train/trajectory.ts";
import { loadCriticFile, loadWasmModuleFromDisk } from "../../critic/node.ts";
import type { Critic } from "../../critic/types.ts";
import type { TrainConfig } from "../../train/config.ts";

export const MAX_MODEL_BYTES = 1 << 20;

function parseConfig(arg: string | undefined): unknown {
  if (!arg) return {};
  const text = existsSync(arg) ? readFileSync(arg, "utf8") : arg;
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(`--config: neither a JSON file nor inline JSON: ${arg.slice(0, 80)}`);
  }
}

export function register(program: Command): void {
  program
    .command("train")
    .description("train a goal-conditioned IQL critic on trajectories (JSONL) and write the int8 model file + report")
    .requiredOption("--data <file>", "trajectories JSONL (docs/trajectories.md)")
    .requiredOption("--out <model>", "model file to write (.pnlc); the report goes beside it")
    .option("--config <json>", "trainer options as inline JSON or a JSON file (src/train/config.ts)")
    .option("--seed <n>", "random seed", "1")
    .option("--name <name>", "model name in the metadata")
    .option("--eval-data <dir>", "PersuasionForGood folder: evaluate the written model on the held-out split in the report")
    .option("--heldout-model <model>", "with heldoutPercent 0: report the held-out figures of this model, the same config and seed trained without the held-out split")
    .option("--note <text...>", "lines to add to the report's notes (e.g. how the data file was made)")
    .option("--init <model>", "continue from this model file's weights (same hidden sizes and ensemble) instead of random ones")
    .option("--backend <name>", "trainer: wasm (SIMD kernels, members in parallel threads; the default) or js (the reference trainer that made the shipped models)", "wasm")
    .option("--threads <n>", "trainer threads of the wasm backend (default: one per core)")
    .option("--feature-cache-mb <n>", "text features kept in memory per thread, in MB (wasm backend)")
    .action(async (o: { data: string; out: string; config?: string; seed: string; name?: string; evalData?: string; heldoutModel?: string; note?: string[]; init?: string; backend: string; threads?: string; featureCacheMb?: string }) => {
      const t0 = performance.now();
      const seed = Number(o.seed);
      if (!Number.isInteger(seed) || seed < 0) throw new CliError(`--seed must be a non-negative integer, got ${o.seed}`);
      if (!existsSync(o.data)) throw new CliError(`--data: ${o.data} does not exist`);
      if (!o.out.endsWith(".pnlc")) throw new CliError(`--out must end with .pnlc, got ${o.out}`);
      const run = trainRunOptions(o);
      if (o.evalData) checkEvalData(o.evalData); // before training, not after it
      let config;
      try {
        config = buildTrainConfig(parseConfig(o.config));
      } catch (e) {
        throw new CliError(`--config: ${(e as Error).message}`);
      }
      if (o.init && !existsSync(o.init)) throw new CliError(`--init: ${o.init} does not exist`);
      const initBytes = o.init ? readFileSync(o.init) : undefined;
      const sibling = o.heldoutModel ? checkHeldoutModel(o.heldoutModel, config, seed, o.evalData) : null;
      if (sibling) await checkSiblingStates(sibling.critic, o.data);
      const bar = new SingleBar({ format: "train [{bar}] {percentage}% | epoch {epoch} | ETA {eta_formatted} | {info}", stream: process.stderr, etaBuffer: 200 }, Presets.shades_classic);
      let perEpoch = 0;
      let result;
      try {
        result = await trainIql(readEpisodes(o.data), config, seed, {
          // persuasion: the donation as one distribution over buckets, the bank goals as its sums
          outcomeGoalsFor: (task) => (task === PERSUASION_TASK ? PERSUASION_DERIVED_GOALS : undefined),
          outcomeGroupsFor: (task) => (task === PERSUASION_TASK ? PERSUASION_OUTCOME_GROUPS : undefined),
          eventGoalsFor: (task) => (task === PERSUASION_TASK ? REACTION_GOALS.map(({ text, polarity }) => ({ text, polarity, horizon: REACTION_HORIZON })) : undefined),
          ...(initBytes ? { initMembers: (dim: number) => initMembers(new Uint8Array(initBytes), config, dim) } : {}),
          onStart: (epochs, batches) => ((perEpoch = batches), bar.start(epochs * batches, 0, { epoch: 1, info: "" })),
          onBatch: (epoch, b) => b % 10 === 0 && bar.update((epoch - 1) * perEpoch + b, { epoch }),
          onEpoch: (s) => bar.update(s.epoch * perEpoch, { epoch: s.epoch, info: `val AUC ${s.valAuc.toFixed(3)} log loss ${s.valLogLoss.toFixed(3)}` }),
        }, run);
      } catch (e) {
        if (e instanceof TrajectoryError) throw new CliError(e.message);
        throw e instanceof Error && !(e instanceof TypeError) ? new CliError(e.message) : e;
      } finally {
        bar.stop();
      }
      // early stopping ends before maxEpochs; the bar is simply left where training stopped
      const thoughts = result.task === PERSUASION_TASK ? persuasionThoughtBank() : result.frequentThoughts.map((text) => ({ text }));
      const trainingMeta = {
        data: basename(o.data), // a file name, never a path from the training machine (the model page shows it)
        seed,
        ...(o.init ? { init: o.init } : {}),
        config,
        counts: result.counts,
        // how each bank goal was relabelled (value tests), so evaluation can label every goal the same way
        outcomeGoals: result.goals.map(({ text, polarity, value, derivedFrom }) => ({ text, polarity, ...(value ? { value } : {}), ...(derivedFrom ? { derivedFrom } : {}) })),
        // each group's outcomes with the tests that put an episode in them (eval-critic labels derived goals by them)
        ...(result.groups.length ? { outcomeGroups: result.groups.map((g) => ({ name: g.name, outcomes: g.outcomes.map(({ text, value, utility }) => ({ text, utility, ...(value ? { value } : {}) })) })) } : {}),
        bestEpoch: result.bestEpoch,
        epochs: result.history.length,
        calibration: result.calibration,
        validation: { auc: result.validation.after.auc, brier: result.validation.after.brier, ece: result.validation.after.ece, reliability: compactBins(result.validation.after.bins) },
        seconds: Number(result.seconds.toFixed(2)),
        samplesPerSecond: Math.round(result.samplesPerSecond),
        split: { rule: "src/data/split.ts isHeldout(id)", heldoutPercent: config.heldoutPercent },
        // which episodes trained this file (eval-critic refuses or labels them as in-sample)
        episodes: result.trainedEpisodes,
        ...(result.eventGoals.length ? { eventGoals: result.eventGoals.map(({ text, polarity, horizon }) => ({ text, polarity, horizon })), eventValidation: result.eventValidation } : {}),
        ...(result.propensity ? { propensity: result.propensity } : {}),
        // optional inputs the states carry (e.g. "persuadee-profile"): eval-critic and callers build states the same way
        ...(result.stateInputs.length ? { stateInputs: result.stateInputs } : {}),
        ...(result.stateInputRates.length ? { stateInputRates: result.stateInputRates } : {}),
      };
      const samples = result.table.texts.length ? sampleSteps(result) : [];
      const name = o.name ?? o.out.replace(/^.*\//, "").replace(/\.pnlc$/, "");
      let { bytes, agreement } = quantizeAndCheck(result.params, buildMeta(result, name, thoughts, trainingMeta), samples);
      const meta = buildMeta(result, name, thoughts, { ...trainingMeta, int8VsFloat: agreement });
      let heldout;
      let criticEval: Awaited<ReturnType<typeof criticEvalOf>> | undefined;
      if (o.evalData) {
        // a model trained on everything has no held-out figure of its own: measure its 80% sibling instead, and say so
        const critic = sibling ? sibling.critic : loadCritic(bytes, loadWasmModuleFromDisk());
        const pct = sibling ? sibling.heldoutPercent : config.heldoutPercent;
        heldout = await evaluatePersuasion(critic, o.evalData, { split: pct > 0 ? "heldout" : "all", heldoutPercent: pct || undefined });
        // the model page (src/ui/meta-view.ts) draws its calibration diagram from these {lo,hi,count,meanP,rate} bins
        const perGoal = Object.fromEntries(heldout.per_goal.map((g) => [g.goal, { test: g.test, base_rate: g.base_rate, auc: g.auc, brier: g.brier, ece: g.ece }]));
        criticEval = await criticEvalOf(critic, o.evalData, pct > 0 ? "heldout" : "all", pct || 20, usesProfile(critic));
        meta.evaluation = { criticEval: { split: criticEval.split, ...compactEval(criticEval.with), ...(criticEval.alone ? { withoutProfile: compactEval(criticEval.alone) } : {}) }, heldout: { ...(sibling ? { measuredOn: `${basename(o.heldoutModel!)}: same config and seed, trained without the held-out split; this file saw it` } : {}), ...heldout, bins: undefined, per_goal: perGoal, reliability: compactBins(heldout.bins) } };
      }
      ({ bytes } = quantizeAndCheck(result.params, meta, []));
      if (bytes.length > MAX_MODEL_BYTES) process.stderr.write(`warning: model file is ${bytes.length} bytes (> 1 MiB)\n`);
      await writeFileAtomic(o.out, bytes);
      const notes = [
        ...(o.note ?? []),
        config.heldoutPercent > 0
          ? `This model file never saw the local held-out split (${config.heldoutPercent}% of episodes by the id-hash rule of src/data/split.ts); it is the very file that was evaluated above, not a retrained one.`
          : sibling
            ? `This model file was trained on every local episode (heldoutPercent 0), the held-out split included; the held-out figures above are those of ${o.heldoutModel}, trained with the same config and seed on the other ${100 - sibling.heldoutPercent}% (heldoutPercent ${sibling.heldoutPercent}).`
            : "Trained on every episode (heldoutPercent 0): there is no local held-out figure for this file.",
      ];
      const md = await writeReport({ modelPath: o.out, modelBytes: bytes.length, dataPath: o.data, seed, config, result, agreement, heldout, wallSeconds: (performance.now() - t0) / 1000, notes, heldoutOf: sibling ? o.heldoutModel : undefined, criticEval });
      const summary = { model: o.out, bytes: bytes.length, report: md, epochs: result.history.length, bestEpoch: result.bestEpoch, validation_auc: result.validation.after.auc, validation_ece: result.validation.after.ece, heldout: heldout ? { auc: heldout.auc, brier: heldout.brier, ece: heldout.ece, auc_shuffled_thoughts: heldout.auc_shuffled_thoughts, n_dialogues: heldout.n_dialogues } : undefined, train_seconds: result.seconds, samples_per_second: result.samplesPerSecond, int8_max_abs_dp: agreement.maxAbsDiff };
      process.stdout.write(JSON.stringify(summary, null, 2) + "\n");
    });
}

/** The 80% sibling of a model trained on everything: same config (but heldoutPercent) and seed, or a CliError naming what differs. */
function checkHeldoutModel(file: string, config: TrainConfig, seed: number, evalData: string | undefined): { critic: Critic; heldoutPercent: number } {
  if (!evalData) throw new CliError("--heldout-model needs --eval-data (the dialogues to evaluate it on)");
  if (config.heldoutPercent !== 0) throw new CliError(`--heldout-model is for a model trained on everything (config.heldoutPercent 0), got ${config.heldoutPercent}`);
  if (!existsSync(file)) throw new CliError(`--heldout-model: ${file} does not exist`);
  let critic: Critic;
  try {
    critic = loadCriticFile(file);
  } catch (e) {
    throw new CliError(`--heldout-model: ${(e as Error).message}`);
  }
  const t = critic.meta.training as { config?: Record<string, unknown>; seed?: number } | undefined;
  const pct = Number(t?.config?.heldoutPercent);
  if (!(pct > 0)) throw new CliError(`--heldout-model: ${file} was not trained with a held-out split (training.config.heldoutPercent ${t?.config?.heldoutPercent})`);
  if (t?.seed !== seed) throw new CliError(`--heldout-model: ${file} was trained with seed ${t?.seed}, this run uses ${seed}`);
  for (const [k, v] of Object.entries(config))
    if (k !== "heldoutPercent" && JSON.stringify(t?.config?.[k]) !== JSON.stringify(v)) throw new CliError(`--heldout-model: config.${k} differs (${JSON.stringify(t?.config?.[k])} there, ${JSON.stringify(v)} here)`);
  return { critic, heldoutPercent: pct };
}

/** The sibling's states must be built like this run's (same optional inputs, same share of states carrying them): checked before training. */
async function checkSiblingStates(sibling: Critic, data: string): Promise<void> {
  const scan = new StateInputs();
  try {
    for await (const ep of readEpisodes(data)) scan.add(ep);
  } catch (e) {
    if (e instanceof TrajectoryError) throw new CliError(e.message);
    throw e;
  }
  const ours = scan.result();
  const t = sibling.meta.training as { stateInputs?: string[]; stateInputRates?: number[] } | undefined;
  for (const key of ["stateInputs", "stateInputRates"] as const) {
    const a = JSON.stringify(t?.[key] ?? []), b = JSON.stringify(ours[key]);
    if (a !== b) throw new CliError(`--heldout-model: its states were built differently (${key} ${a} there, ${b} here): build both data files with the same \`pnlc data\` options`);
  }
}

/** Reliability bins rounded for the metadata (4 decimals are far below the bins' sampling noise). */
export function compactBins(bins: ReliabilityBin[]): ReliabilityBin[] {
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  return bins.map((b) => ({ lo: r(b.lo), hi: r(b.hi), count: b.count, meanP: r(b.meanP), rate: r(b.rate) }));
}

/** Up to 200 (state, thought) pairs of the validation split, for the int8 vs float comparison. */
function sampleSteps(result: Awaited<ReturnType<typeof trainIql>>): Array<{ state: string; thought: string }> {
  const out: Array<{ state: string; thought: string }> = [];
  for (const e of result.validationEpisodes) {
    for (let t = 0; t < e.states.length && out.length < 200; t++) out.push({ state: result.table.texts[e.states[t]!]!, thought: result.table.texts[e.thoughts[t]!]! });
  }
  return out;
}

/** --eval-data must be a PersuasionForGood folder; checked first so a bad path does not cost a whole training run. */
function checkEvalData(dir: string): void {
  try {
    resolvePersuasionRoot(dir);
  } catch (e) {
    throw new CliError(`--eval-data: ${(e as Error).message}`);
  }
}

/** eval-critic's figures for the report and the model page: held-out persuasion episodes, with the profile and without. */
async function criticEvalOf(critic: Critic, dir: string, split: SplitName, pct: number, profile: boolean): Promise<{ split: string; with: CriticEval; alone?: CriticEval }> {
  const load = async (rate: number) => {
    const out = [];
    for await (const e of persuasionEpisodes(dir, deterministicSummarizer, { profileRate: rate })) if (inSplit(e.id, split, pct)) out.push(e);
    return out;
  };
  const withEval = await evaluateCritic(critic, await load(profile ? 1 : 0));
  return { split, with: withEval, ...(profile ? { alone: await evaluateCritic(critic, await load(0)) } : {}) };
}

function compactEval(e: CriticEval): Record<string, unknown> {
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    thought_gain: r(e.thought_gain), thought_gain_ci95: e.thought_gain_ci95.map(r), ranking_variation: r(e.ranking_variation), coherence_violations: e.coherence_violations, coherence_checks: e.coherence_checks,
    per_goal: e.per_goal.map((g) => ({ goal: g.goal, kind: g.kind, rate: r(g.base_rate), auc: r(g.auc), brier: r(g.brier), ece: r(g.ece), thought_gain: r(g.thought_gain), thought_gain_ci95: g.thought_gain_ci95.map(r) })),
  };
}

/** --backend, --threads, --feature-cache-mb: how the trainer runs (iql.ts TrainRun; not recorded in the model). */
function trainRunOptions(o: { backend: string; threads?: string; featureCacheMb?: string }): TrainRun {
  if (o.backend !== "wasm" && o.backend !== "js") throw new CliError(`--backend must be wasm or js, got ${o.backend.slice(0, 40)}`);
  const threads = o.threads === undefined ? undefined : Number(o.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1 || threads > 256)) throw new CliError(`--threads must be an integer from 1 to 256, got ${o.threads!.slice(0, 40)}`);
  const mb = o.featureCacheMb === undefined ? undefined : Number(o.featureCacheMb);
  if (mb !== undefined && !(mb >= 1 && mb <= 65536)) throw new CliError(`--feature-cache-mb must be a number from 1 to 65536, got ${o.featureCacheMb!.slice(0, 40)}`);
  return { backend: o.backend, ...(threads !== undefined ? { threads } : {}), ...(mb !== undefined ? { featureCacheMB: mb } : {}) };
}
