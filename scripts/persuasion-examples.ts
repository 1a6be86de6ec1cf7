/**
 * What the persuasion critic recommends for the playground's examples (src/ui/examples.ts), offline:
 * the service's own planning loop with the thought bank and the bank goals, as `/v1/plan` runs it
 * without an LLM. Prints each example's ranking, with every bank goal's probability for the top three.
 *   npx tsx scripts/persuasion-examples.ts [models/persuasion.pnlc]
 */
import { loadCriticFile } from "../src/critic/node.ts";
import { BankGoalSource } from "../src/planner/bank/goals.ts";
import { BankProposer } from "../src/planner/bank/proposer.ts";
import { OFFLINE_KNOBS } from "../src/planner/defaults.ts";
import { LearnedEstimator } from "../src/planner/learned-estimator.ts";
import { runPlan } from "../src/planner/loop.ts";
import { stateForTask } from "../src/state/index.ts";
import { EXAMPLES } from "../src/ui/examples.ts";

const critic = loadCriticFile(process.argv[2] ?? "models/persuasion.pnlc");
const deps = { proposer: new BankProposer(critic.meta.thoughts, "all"), goalSources: { bank: new BankGoalSource(critic.meta.goals) }, estimators: { learned: new LearnedEstimator(critic) }, mode: "offline" as const };
const goals = critic.meta.goals.map((g) => g.text);
for (const ex of EXAMPLES.filter((e) => e.task === critic.meta.task)) {
  const state = stateForTask(ex.task, ex.messages);
  const r = await runPlan(deps, { state }, OFFLINE_KNOBS);
  console.log(`\n## ${ex.title}\ngoals the planner matched to the state: ${r.goals.map((g) => `${g.polarity === "positive" ? "+" : "-"} ${g.text}`).join("; ")}`);
  r.candidates.forEach((c, i) => console.log(`${String(i + 1).padStart(2)}. ${c.score.toFixed(3)}  ${c.thought}`));
  for (const c of r.candidates.slice(0, 3)) {
    const p = critic.scoreQ({ state, thoughts: [c.thought], goals });
    console.log(`   "${c.thought}": ${goals.map((g, j) => `${g.replace(/^the persuadee /, "")} ${p[j]!.toFixed(2)}`).join(" | ")}`);
  }
}
