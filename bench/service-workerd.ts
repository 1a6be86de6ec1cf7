/**
 * Benchmark entry run by `wrangler dev` (bench/service.ts starts it): times the learned critic's
 * encode + score per decision INSIDE workerd. Timers there tick in whole milliseconds, so each
 * sample is the mean over a batch of decisions; GET /?batches=40&batch=50 returns the samples.
 */
import { DEFAULT_KNOBS } from "../src/planner/defaults.ts";
import { LearnedEstimator } from "../src/planner/learned-estimator.ts";
import type { Goal } from "../src/planner/types.ts";
import { parseConfig } from "../src/providers/config.ts";
import { models } from "../src/worker/index.ts";

const STATE = "Persuader: Have you heard of Save the Children? Persuadee: No, what do they do? Persuader: They help children in developing countries. Persuadee: I am not sure I can afford to give.";
const LLM_THOUGHTS = ["Tell the story of one child the charity helped", "Ask what causes they already care about", "Point out that even $0.50 makes a difference"];
const LLM_GOALS: Goal[] = [
  { text: "The persuadee agrees to donate a small amount", polarity: "positive", source: "llm" },
  { text: "The persuadee asks how the money is used", polarity: "positive", source: "llm" },
  { text: "The persuadee refuses to give anything", polarity: "negative", source: "llm" },
  { text: "The persuadee says the charity may be a scam", polarity: "negative", source: "llm" },
];

export default {
  async fetch(req: Request): Promise<Response> {
    const url = new URL(req.url);
    const batches = Math.min(200, Number(url.searchParams.get("batches") ?? 40));
    const batch = Math.min(1000, Number(url.searchParams.get("batch") ?? 50));
    const { critic } = await models.get(undefined, {}, parseConfig({}, false));
    const estimator = new LearnedEstimator(critic);
    const bankThoughts = critic.meta.thoughts.map((t) => ({ thought: t.text }));
    const bankGoals: Goal[] = critic.meta.goals.slice(0, DEFAULT_KNOBS.goals.positive + DEFAULT_KNOBS.goals.negative).map((g, i) => ({ text: g.text, polarity: g.polarity, source: "bank", bankIndex: i }));
    const ctx = { state: STATE };
    const run = async (kind: "llm" | "offline") => {
      const samples: number[] = [];
      for (let b = 0; b < batches; b++) {
        const t0 = performance.now();
        for (let i = 0; i < batch; i++) {
          // vary the state so nothing is cached between decisions
          const c = { state: `${ctx.state} (${b}.${i})` };
          if (kind === "llm") await estimator.estimate(c, LLM_THOUGHTS.map((thought) => ({ thought: `${thought} ${i}` })), LLM_GOALS);
          else await estimator.estimate(c, bankThoughts, bankGoals);
        }
        samples.push((performance.now() - t0) / batch);
      }
      return samples;
    };
    const llm = await run("llm");
    const offline = await run("offline");
    return Response.json({ batch, model: critic.meta.name, llm, offline, shapes: { llm: `${LLM_THOUGHTS.length} thoughts x ${LLM_GOALS.length} goals (text)`, offline: `${bankThoughts.length} thoughts x ${bankGoals.length} bank goals` } });
  },
};
