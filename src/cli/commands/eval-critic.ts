import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { SingleBar, Presets } from "cli-progress";
import type { Command } from "commander";
import { CliError } from "../index.ts";
import { shareOption } from "../options.ts";
import { checkModelTask } from "../task-check.ts";
import { loadCriticFile } from "../../critic/node.ts";
import type { Critic } from "../../critic/types.ts";
import { PERSUASION_GIST_RATE, persuasionEpisodes } from "../../data/persuasion.ts";
import { DEFAULT_HELDOUT_PERCENT, inSplit, isHeldout, type SplitName } from "../../data/split.ts";
import { deterministicSummarizer } from "../../data/summarizer.ts";
import { evaluateCritic, type CriticEval } from "../../train/evaluate-critic.ts";
import { usesProfile } from "../../train/evaluate-persuasion.ts";
import { decodeFingerprints, episodeFingerprint } from "../../train/fingerprint.ts";
import { readAllEpisodes, TrajectoryError, type Episode } from "../../train/trajectory.ts";

interface Opts { model: string; data: string; split: string; heldoutPercent: string; seed: string; profile: string; bootstrap: string; planStates: string; thoughtGist?: number; inSample?: boolean; json?: boolean }

export function register(program: Command): void {
  program
    .command("eval-critic")
    .description("evaluate a critic on logged episodes: per goal AUC, Brier, ECE and thought gain; ranking variation; coherence")
    .requiredOption("--model <file>", "model file (.pnlc)")
    .requiredOption("--data <path>", "trajectories (JSONL, docs/trajectories.md) or a PersuasionForGood folder")
    .option("--split <name>", "all | heldout | train (by the episode-id hash rule of src/data/split.ts)", "all")
    .option("--heldout-percent <n>", "size of the held-out split in percent", String(DEFAULT_HELDOUT_PERCENT))
    .option("--seed <n>", "seed of the thought shuffle and the bootstrap", "1")
    .option("--profile <mode>", "PersuasionForGood folder: states with the persuadee's profile: auto (when the model was trained with it), on, off", "auto")
    .option("--thought-gist <share>", `PersuasionForGood folder: share of thoughts that quote what the persuader then said (strategy. e.g. "..."), 0..1; 0 = the strategy alone, as the service's thoughts are (bank and LLM); default ${PERSUASION_GIST_RATE}, as \`pnlc data persuasion\` writes them`, shareOption("--thought-gist"))
    .option("--bootstrap <n>", "bootstrap replicates of the thought-gain interval", "200")
    .option("--plan-states <n>", "states the offline planner ranks for the ranking variation", "400")
    .option("--in-sample", "evaluate even when the model was trained on some of these episodes (the output says so)")
    .option("--json", "print only the JSON figures")
    .action(async (o: Opts) => {
      if (!["all", "heldout", "train"].includes(o.split)) throw new CliError(`--split must be all, heldout or train, got "${o.split}"`);
      if (!["auto", "on", "off"].includes(o.profile)) throw new CliError(`--profile must be auto, on or off, got "${o.profile}"`);
      const pct = intOption("--heldout-percent", o.heldoutPercent, 1, 90);
      const bootstrap = intOption("--bootstrap", o.bootstrap, 0, 10_000);
      const planStates = intOption("--plan-states", o.planStates, 0, 100_000);
      const gistRate = o.thoughtGist;
      if (!existsSync(o.model)) throw new CliError(`--model: ${o.model} does not exist`);
      if (!existsSync(o.data)) throw new CliError(`--data: ${o.data} does not exist`);
      if (statSync(o.data).isDirectory()) checkModelTask(o.model, "persuasion"); // a PersuasionForGood folder
      let critic: Critic;
      try {
        critic = loadCriticFile(o.model);
      } catch (e) {
        throw new CliError(`--model: ${(e as Error).message}`);
      }
      const folder = statSync(o.data).isDirectory();
      if (gistRate !== undefined && !folder) throw new CliError(`--thought-gist applies to a PersuasionForGood folder; ${o.data} is a trajectory file, whose thoughts are scored as written`);
      const profile = folder && (o.profile === "auto" ? usesProfile(critic) : o.profile === "on");
      const load = async (withProfile: boolean) => {
        try {
          const all = folder ? await collect(persuasionEpisodes(o.data, deterministicSummarizer, { profileRate: withProfile ? 1 : 0, gistRate })) : await readAllEpisodes(o.data);
          return all.filter((e) => inSplit(e.id, o.split as SplitName, pct));
        } catch (e) {
          throw new CliError(e instanceof TrajectoryError ? e.message : `--data: ${(e as Error).message}`);
        }
      };
      const episodes = await load(profile);
      if (!episodes.length) throw new CliError(`--data: no episodes in ${o.data} (split ${o.split})`);
      const otherTask = episodes.find((e) => e.task !== critic.meta.task);
      if (otherTask) throw new CliError(`--model: ${o.model} is a critic for the ${critic.meta.task} task; ${o.data} holds ${otherTask.task} episodes (e.g. ${otherTask.id})`);
      const inSample = trainedOn(critic, episodes, o.data, folder);
      if (inSample.n > 0 && !o.inSample)
        throw new CliError(`--model: ${o.model} was trained on ${inSample.n} of these ${episodes.length} episodes (${inSample.how}); evaluate another split, or pass --in-sample to measure them labelled in-sample`);
      const bar = o.json ? null : new SingleBar({ format: "eval [{bar}] {value}/{total} decisions | ETA {eta_formatted}", stream: process.stderr }, Presets.shades_classic);
      let started = false;
      const run = (eps: Episode[], progress: boolean) =>
        evaluateCritic(critic, eps, {
          seed: Number(o.seed) || 1, bootstrap, planStates,
          onProgress: progress ? (done, total) => (bar && (started || (bar.start(total, 0), (started = true)), bar.update(done))) : undefined,
        }).catch((e) => {
          throw new CliError(`--data: ${(e as Error).message}`);
        });
      let r: CriticEval, alone: CriticEval | undefined;
      try {
        r = await run(episodes, true);
        if (profile) alone = await run(await load(false), false);
      } finally {
        bar?.stop();
      }
      const sampleLabel = inSample.n > 0 ? { in_sample: { episodes: inSample.n, of: episodes.length, how: inSample.how } } : inSample.known ? {} : { in_sample_unknown: inSample.how };
      const figures = {
        auc: r.auc, brier: r.brier, ece: r.ece, auc_shuffled_thoughts: r.auc_shuffled_thoughts, n_dialogues: r.n_episodes, n_decisions: r.n_decisions,
        thought_gain: r.thought_gain, thought_gain_ci95: r.thought_gain_ci95, ranking_variation: r.ranking_variation, coherence_violations: r.coherence_violations,
        ...sampleLabel,
        ...(folder ? { thought_gist: gistRate ?? PERSUASION_GIST_RATE } : {}),
        goal: r.goal,
        per_goal: r.per_goal.map(({ bins: _b, ...g }) => g),
        ranking: r.ranking,
        coherence_checks: r.coherence_checks,
        ...(alone ? { profile: true, auc_without_profile: alone.auc, brier_without_profile: alone.brier, ece_without_profile: alone.ece, auc_shuffled_thoughts_without_profile: alone.auc_shuffled_thoughts, without_profile: { thought_gain: alone.thought_gain, thought_gain_ci95: alone.thought_gain_ci95, ranking_variation: alone.ranking_variation, coherence_violations: alone.coherence_violations, per_goal: alone.per_goal.map(({ bins: _b, ...g }) => g) } } : {}),
      };
      if (o.json) {
        process.stdout.write(JSON.stringify(figures) + "\n");
        return;
      }
      const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "n/a");
      const table = (e: CriticEval) => [
        `  ${"goal".padEnd(62)} kind     rate   mean p AUC    Brier  ECE [95% CI]            shuffled  thought gain [95% CI]`,
        ...e.per_goal.map((g) => `  ${(g.polarity === "positive" ? "▲ " : "▼ ") + g.goal.slice(0, 58).padEnd(60)} ${g.kind.padEnd(8)} ${f(g.base_rate)}  ${f(g.mean_p)}  ${f(g.auc)}  ${f(g.brier)}  ${f(g.ece)} [${f(g.ece_ci95[0])}, ${f(g.ece_ci95[1])}]  ${f(g.auc_shuffled_thoughts)}     ${f(g.thought_gain)} [${f(g.thought_gain_ci95[0])}, ${f(g.thought_gain_ci95[1])}]`),
        `  ranking variation ${f(e.ranking_variation)} (offline planner on ${e.ranking.n_states} states; most common top thought: "${e.ranking.most_common_top}")`,
        `  coherence violations ${e.coherence_violations} of ${e.coherence_checks} checks`,
      ];
      const lines = [
        ...(inSample.n > 0 ? [`IN-SAMPLE: the model was trained on ${inSample.n} of these ${episodes.length} episodes (${inSample.how}); these figures are not held-out`] : []),
        ...(inSample.n === 0 && inSample.how ? [inSample.known ? `none of these episodes trained the model (${inSample.how})` : `note: ${inSample.how}`] : []),
        `model ${o.model} on ${o.data} (split ${o.split}): ${r.n_episodes} episodes, ${r.n_decisions} decisions`,
        ...(folder ? [`states ${profile ? "with the persuadee's profile" : "from the dialogue alone"}; ${gistText(gistRate ?? PERSUASION_GIST_RATE)}`] : []),
        ...table(r),
        ...(alone ? ["without the profile (dialogue alone):", ...table(alone)] : []),
        `"${r.goal}" by turn:`,
        ...r.by_turn.map((b) => `  ${b.bucket.padEnd(10)} n=${String(b.n).padStart(5)}  AUC ${f(b.auc)}  shuffled ${f(b.auc_shuffled_thoughts)}`),
        "reliability (bin: mean p -> observed rate, n):",
        ...r.bins.filter((b) => b.count).map((b) => `  [${b.lo.toFixed(1)}, ${b.hi.toFixed(1)}): ${b.meanP.toFixed(3)} -> ${b.rate.toFixed(3)} (${b.count})`),
      ];
      process.stdout.write(lines.join("\n") + "\n");
    });
}

function gistText(rate: number): string {
  if (rate >= 1) return 'thoughts quote what the persuader then said (strategy. e.g. "..."), as in the training data';
  if (rate <= 0) return "thoughts are the strategy alone, as the service sends them (no quote of the reply)";
  return `${Math.round(rate * 100)}% of the thoughts quote what the persuader then said`;
}

function intOption(name: string, raw: string, lo: number, hi: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < lo || n > hi) throw new CliError(`${name} must be an integer in [${lo}, ${hi}], got ${raw}`);
  return n;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/**
 * How many of the episodes trained the model: by the fingerprints it records (exact), else, for files
 * that predate them, by its split rule when the data is its own training data (same file, or the
 * persuasion corpus for a persuasion model); otherwise unknown, said as a note.
 */
export function trainedOn(critic: Critic, episodes: Episode[], data: string, folder: boolean): { n: number; how: string; known: boolean } {
  const t = (critic.meta.training ?? {}) as { episodes?: { fingerprints?: string }; config?: { heldoutPercent?: number }; data?: string };
  if (typeof t.episodes?.fingerprints === "string") {
    const fps = decodeFingerprints(t.episodes.fingerprints);
    return { n: episodes.filter((e) => fps.has(episodeFingerprint(e))).length, how: "by the episode fingerprints the model records", known: true };
  }
  const pct = t.config?.heldoutPercent;
  const same = (folder && critic.meta.task === "persuasion") || (typeof t.data === "string" && resolve(t.data) === resolve(data));
  if (typeof pct === "number" && same) return { n: episodes.filter((e) => pct === 0 || !isHeldout(e.id, pct)).length, how: `by its split rule (heldoutPercent ${pct}); the file records no episode fingerprints`, known: true };
  return { n: 0, how: "the model records no episode fingerprints and was trained on other data: cannot tell whether these episodes trained it", known: false };
}
