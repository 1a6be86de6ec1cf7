/**
 * Outer 4-fold cross-validation of a persuasion training recipe on the training 80% only (the held-out
 * split is never read): for each fold made by `scripts/persuasion-dev-split.ts DIR/fK --fold K 1`, train
 * the recipe on the fold's inner dialogues with each seed and score the packed model on its dev
 * dialogues with eval-critic three ways (profile; dialogue alone; strategy-only thoughts). Prints the
 * means over folds x seeds of what the recipe choice reads (docs/design/persuasion-calibration.md).
 *   npx tsx scripts/persuasion-outer-cv.ts FOLDS_DIR NAME CONFIG_JSON [seed ...]   (default seeds: 1 2)
 * Runs whose outputs exist are not redone; results in FOLDS_DIR/NAME/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [dir, name, config, ...seedArgs] = process.argv.slice(2);
if (!dir || !name || !config) {
  console.error("usage: npx tsx scripts/persuasion-outer-cv.ts FOLDS_DIR NAME CONFIG_JSON [seed ...]");
  process.exit(2);
}
const seeds = seedArgs.length ? seedArgs : ["1", "2"];
const out = join(dir, name);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "config.json"), config);
const pnlc = (...args: string[]) => execFileSync("node", ["bin/pnlc.mjs", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 << 20 });

interface Goal { goal: string; kind: string; auc: number; ece: number; thought_gain: number; thought_gain_ci95: [number | null, number | null] }
interface Fig { auc: number; per_goal: Goal[]; ranking_variation: number | null; coherence_violations: number }
const rows: Array<{ fold: number; seed: string; bytes: number; p: Fig; alone: Fig; g0: Fig }> = [];
for (let k = 0; k < 4; k++) {
  const fd = join(dir, `f${k}`);
  if (!existsSync(join(fd, "inner-gist1.jsonl"))) throw new Error(`${fd}: run scripts/persuasion-dev-split.ts with --fold ${k} first`);
  for (const seed of seeds) {
    const stem = join(out, `f${k}-s${seed}`);
    const model = `${stem}.pnlc`;
    if (!existsSync(model)) pnlc("train", "--data", join(fd, "inner-gist1.jsonl"), "--out", model, "--seed", seed, "--config", config);
    const ev = (tag: string, data: string, extra: string[]): Fig => {
      const file = `${stem}.${tag}.json`;
      if (!existsSync(file)) writeFileSync(file, pnlc("eval-critic", "--model", model, "--data", join(fd, data), "--json", ...extra));
      return JSON.parse(readFileSync(file, "utf8")) as Fig;
    };
    rows.push({
      fold: k, seed, bytes: statSync(model).size,
      p: ev("p", "dev-gist1.jsonl", ["--bootstrap", "0", "--plan-states", "0"]),
      alone: ev("alone", "dev-alone-gist1.jsonl", ["--bootstrap", "0", "--plan-states", "0"]),
      g0: ev("g0", "dev-gist0.jsonl", []),
    });
  }
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const goals = rows[0]!.p.per_goal.map((g) => g.goal);
const reactions = rows[0]!.p.per_goal.filter((g) => g.kind !== "outcome").map((g) => g.goal);
const byGoal = (f: Fig, goal: string) => f.per_goal.find((g) => g.goal === goal)!;
const summary = {
  name, config: JSON.parse(config), runs: rows.length, bytes: Math.max(...rows.map((r) => r.bytes)),
  donates_auc_profile: mean(rows.map((r) => r.p.auc)),
  donates_auc_alone: mean(rows.map((r) => r.alone.auc)),
  S: mean(rows.map((r) => r.p.auc + r.alone.auc)),
  sd_S: Math.sqrt(mean(rows.map((r) => (r.p.auc + r.alone.auc) ** 2)) - mean(rows.map((r) => r.p.auc + r.alone.auc)) ** 2),
  ece_profile: Object.fromEntries(goals.map((g) => [g, mean(rows.map((r) => byGoal(r.p, g).ece))])),
  ece_alone_donates: mean(rows.map((r) => r.alone.per_goal[0]!.ece)),
  reaction_auc_gist0: mean(rows.flatMap((r) => reactions.map((g) => byGoal(r.g0, g).auc))),
  reaction_gains_ok_gist0: mean(rows.map((r) => reactions.filter((g) => { const x = byGoal(r.g0, g); return x.thought_gain >= 0.05 && (x.thought_gain_ci95[0] ?? -1) > 0; }).length)),
  ranking_variation_gist0: mean(rows.map((r) => r.g0.ranking_variation ?? NaN)),
  coherence_violations: Math.max(...rows.map((r) => r.p.coherence_violations + r.alone.coherence_violations + r.g0.coherence_violations)),
  per_run: rows.map((r) => ({ fold: r.fold, seed: r.seed, donates_profile: r.p.auc, donates_alone: r.alone.auc, donates_ece: r.p.per_goal[0]!.ece })),
};
writeFileSync(join(out, "summary.json"), JSON.stringify(summary, null, 1));
console.log(JSON.stringify(summary, null, 1));
