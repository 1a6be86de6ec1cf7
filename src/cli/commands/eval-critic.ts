import { existsSync } from "node:fs";
import { SingleBar, Presets } from "cli-progress";
import type { Command } from "commander";
import { CliError } from "../index.ts";
import { checkModelTask } from "../task-check.ts";
import { loadCriticFile } from "../../critic/node.ts";
import { DEFAULT_HELDOUT_PERCENT, type SplitName } from "../../data/split.ts";
import { evaluatePersuasion } from "../../train/evaluate-persuasion.ts";

export function register(program: Command): void {
  program
    .command("eval-critic")
    .description("evaluate a critic's P(donates) at every persuader turn of PersuasionForGood-layout dialogues")
    .requiredOption("--model <file>", "model file (.pnlc)")
    .requiredOption("--data <dir>", "folder in PersuasionForGood layout (FullData/full_dialog.csv, full_info.csv)")
    .option("--split <name>", "all | heldout | train (by the dialogue-id hash rule of src/data/split.ts)", "all")
    .option("--heldout-percent <n>", "size of the held-out split in percent", String(DEFAULT_HELDOUT_PERCENT))
    .option("--seed <n>", "seed of the thought shuffle", "1")
    .option("--profile <mode>", "states with the persuadee's profile: auto (when the model was trained with it), on, off", "auto")
    .option("--json", "print only the JSON figures")
    .action(async (o: { model: string; data: string; split: string; heldoutPercent: string; seed: string; profile: string; json?: boolean }) => {
      if (!["all", "heldout", "train"].includes(o.split)) throw new CliError(`--split must be all, heldout or train, got "${o.split}"`);
      if (!["auto", "on", "off"].includes(o.profile)) throw new CliError(`--profile must be auto, on or off, got "${o.profile}"`);
      const pct = Number(o.heldoutPercent);
      if (!Number.isInteger(pct) || pct < 1 || pct > 90) throw new CliError(`--heldout-percent must be an integer in [1, 90], got ${o.heldoutPercent}`);
      if (!existsSync(o.model)) throw new CliError(`--model: ${o.model} does not exist`);
      checkModelTask(o.model, "persuasion"); // this command scores persuasion dialogues
      if (!existsSync(o.data)) throw new CliError(`--data: ${o.data} does not exist`);
      let critic;
      try {
        critic = loadCriticFile(o.model);
      } catch (e) {
        throw new CliError(`--model: ${(e as Error).message}`);
      }
      const bar = o.json ? null : new SingleBar({ format: "eval [{bar}] {value}/{total} decisions | ETA {eta_formatted}", stream: process.stderr }, Presets.shades_classic);
      let started = false;
      let r;
      try {
        r = await evaluatePersuasion(critic, o.data, {
          split: o.split as SplitName,
          heldoutPercent: pct,
          seed: Number(o.seed) || 1,
          ...(o.profile === "auto" ? {} : { profile: o.profile === "on" }),
          onProgress: (done, total) => {
            if (!bar) return;
            if (!started) (bar.start(total, 0), (started = true));
            bar.update(done);
          },
        });
      } catch (e) {
        throw new CliError(`--data: ${(e as Error).message}`);
      } finally {
        bar?.stop();
      }
      const alone = r.without_profile;
      const figures = {
        auc: r.auc, brier: r.brier, ece: r.ece, auc_shuffled_thoughts: r.auc_shuffled_thoughts, n_dialogues: r.n_dialogues, n_decisions: r.n_decisions,
        // with the persuadee's profile in the states, the dialogue-only figures beside them
        ...(alone ? { profile: true, auc_without_profile: alone.auc, brier_without_profile: alone.brier, ece_without_profile: alone.ece, auc_shuffled_thoughts_without_profile: alone.auc_shuffled_thoughts } : {}),
      };
      if (o.json) {
        process.stdout.write(JSON.stringify(figures) + "\n");
        return;
      }
      const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "n/a");
      const lines = [
        `model ${o.model} on ${o.data} (split ${r.split}): ${r.n_dialogues} dialogues, ${r.n_decisions} persuader turns, donation rate ${f(r.base_rate)}`,
        `goal: "${r.goal}"`,
        `states ${r.profile ? "with the persuadee's profile" : "from the dialogue alone"}`,
        `AUC ${f(r.auc)}  Brier ${f(r.brier)}  ECE ${f(r.ece)}  AUC with thoughts shuffled ${f(r.auc_shuffled_thoughts)}`,
        ...(alone ? [`without the profile: AUC ${f(alone.auc)}  Brier ${f(alone.brier)}  ECE ${f(alone.ece)}  AUC with thoughts shuffled ${f(alone.auc_shuffled_thoughts)}`] : []),
        ...r.by_turn.map((b) => `  ${b.bucket.padEnd(10)} n=${String(b.n).padStart(5)}  AUC ${f(b.auc)}  shuffled ${f(b.auc_shuffled_thoughts)}`),
        "each outcome goal of the bank against its own label:",
        ...r.per_goal.map((g) => `  "${g.goal}" (${g.polarity}, ${g.test}, rate ${f(g.base_rate)}): AUC ${f(g.auc)}  Brier ${f(g.brier)}  ECE ${f(g.ece)}`),
        "reliability (bin: mean p -> observed rate, n):",
        ...r.bins.filter((b) => b.count).map((b) => `  [${b.lo.toFixed(1)}, ${b.hi.toFixed(1)}): ${b.meanP.toFixed(3)} -> ${b.rate.toFixed(3)} (${b.count})`),
      ];
      process.stdout.write(lines.join("\n") + "\n");
    });
}
