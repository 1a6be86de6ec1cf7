/**
 * Streaming chat latency (part of `npm run bench:service`; alone: `npm run bench:service -- --only streaming`):
 * time to the first reasoning delta, the first answer token (TTFT) and the last (TTLT) of
 * /v1/chat/completions with stream: true against `wrangler dev`, beside a plain agent streaming one
 * call straight from the same mock LLM. The mock answers after 300 ms, then one word per TOKEN_MS
 * (plain replies arrive when their last word would have), so the planner's own JSON calls cost a
 * round trip of 300 ms plus their length. Targets (issue 14): the first reasoning delta before the
 * plan's first LLM call returns; PNLC's TTFT <= the plain TTFT + one LLM round trip (the propose call,
 * measured here from the mock's own timestamps).
 */
import OpenAI from "openai";
import { startMockLlm } from "../src/mock-llm/server.ts";
import { plannerReplies, taskOf } from "../src/providers/mock/recording-model.ts";
import { startWranglerDev } from "../test/helpers/wrangler-dev.ts";

const LATENCY_MS = 300;
const TOKEN_MS = 20;
const RUNS = 5;
const ANSWER = Array.from({ length: 40 }, (_, i) => ["Even", "a", "small", "gift", "feeds", "a", "child", "for", "a", "week,"][i % 10]).join(" ") + ".";
const MESSAGES = [{ role: "user" as const, content: "I have never heard of Save the Children. Why should I trust them with my money?" }];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Timing { firstReasoningMs?: number; ttftMs: number; ttltMs: number; firstCallReturnMs?: number; proposeRoundTripMs?: number; planToActGapMs?: number }

/** Reads an OpenAI-style SSE stream, noting when the first reasoning and the first and last content deltas arrived. */
async function timeStream(res: Response, t0: number): Promise<Timing> {
  if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buf = "";
  let firstReasoning: number | undefined, first: number | undefined, last = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buf += value;
    let at: number;
    while ((at = buf.indexOf("\n\n")) >= 0) {
      const data = buf.slice(0, at).split("\n").find((l) => l.startsWith("data: "))?.slice(6);
      buf = buf.slice(at + 2);
      if (!data || data === "[DONE]") continue;
      const delta = (JSON.parse(data) as { choices?: Array<{ delta?: { content?: string; reasoning_content?: string } }> }).choices?.[0]?.delta;
      const now = Date.now() - t0;
      if (delta?.reasoning_content) firstReasoning ??= now;
      if (delta?.content) (first ??= now), (last = now);
    }
  }
  if (first === undefined) throw new Error("no content delta in the stream");
  return { ...(firstReasoning !== undefined ? { firstReasoningMs: firstReasoning } : {}), ttftMs: first, ttltMs: last };
}

export async function streamingLatency(prebuilt: string, port: number) {
  const llm = await startMockLlm({
    latencyMs: LATENCY_MS,
    tokenDelayMs: TOKEN_MS,
    script: (req) => (["act", "chat"].includes(taskOf(req.messages)) ? ANSWER : String(plannerReplies()({ messages: req.messages }, 0))),
  });
  const dev = await startWranglerDev({ port, prebuilt, vars: { PNLC_LLM_BASE_URL: llm.baseURL, PNLC_LLM_MODEL: "mock-model", PNLC_LLM_TIMEOUT_MS: "10000" } });
  try {
    const plain = new OpenAI({ baseURL: llm.baseURL, apiKey: "mock", maxRetries: 0 });
    const scenarios: Record<string, () => Promise<Timing>> = {
      "plain agent (1 streamed call)": async () => {
        const t0 = Date.now();
        const res = await plain.chat.completions.create({ model: "mock-model", messages: MESSAGES, stream: true }).asResponse();
        return timeStream(res, t0);
      },
      "PNLC, accept (no refine)": () => pnlc({ acceptThreshold: -1 }),
      "PNLC, one refine round": () => pnlc({ acceptThreshold: 1, rounds: 1 }),
    };
    async function pnlc(knobs: object): Promise<Timing> {
      llm.reset();
      const t0 = Date.now();
      const res = await fetch(`${dev.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "persuasion", stream: true, messages: MESSAGES, pnlc: knobs }) });
      const timing = await timeStream(res, t0);
      const returned = llm.calls.map((c) => c.respondedAt).filter((t): t is number => t !== undefined);
      const propose = llm.calls.find((c) => c.task === "propose-thoughts");
      // The Worker's own share of the TTFT: from the last planning reply leaving the mock to the act call reaching it.
      const act = llm.calls.find((c) => c.task === "act");
      const planDone = Math.max(...llm.calls.filter((c) => c !== act && c.respondedAt !== undefined && (!act || c.respondedAt <= act.receivedAt)).map((c) => c.respondedAt!));
      return { ...timing, firstCallReturnMs: Math.min(...returned) - t0, ...(propose?.respondedAt ? { proposeRoundTripMs: propose.respondedAt - propose.receivedAt } : {}), ...(act ? { planToActGapMs: act.receivedAt - planDone } : {}) };
    }
    await pnlc({ acceptThreshold: -1 }); // warm the isolate
    const out: Record<string, Record<string, number>> = {};
    for (const [name, run] of Object.entries(scenarios)) {
      const runs: Timing[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await run());
      const col = (k: keyof Timing) => (runs.every((r) => r[k] !== undefined) ? { [`${k}P50`]: median(runs.map((r) => r[k]!)) } : {});
      out[name] = { ...col("firstReasoningMs"), ...col("firstCallReturnMs"), ...col("proposeRoundTripMs"), ...col("planToActGapMs"), ...col("ttftMs"), ...col("ttltMs") };
    }
    const plainTtft = out["plain agent (1 streamed call)"]!.ttftMsP50!;
    const accept = out["PNLC, accept (no refine)"]!;
    const targets = {
      firstReasoningBeforeFirstLlmReturn: accept.firstReasoningMsP50! < accept.firstCallReturnMsP50!,
      ttftWithinPlainPlusOneRoundTrip: accept.ttftMsP50! <= plainTtft + accept.proposeRoundTripMsP50!,
      ttftBudgetMs: plainTtft + accept.proposeRoundTripMsP50!,
    };
    return { llmLatencyMs: LATENCY_MS, tokenDelayMs: TOKEN_MS, answerWords: ANSWER.split(" ").length, runs: RUNS, scenarios: out, targets };
  } finally {
    await dev.stop();
    await llm.close();
  }
}
