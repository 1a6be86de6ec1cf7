// Wraps an AI SDK model with the PNLC middleware: the model plans (proposes thoughts, imagines goals,
// refines after the critic's critique) before it answers. The model here is the AI SDK's own mock, so
// the script runs offline; swap in openai("gpt-4o-mini") or any other AI SDK model.
import { streamText, wrapLanguageModel } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import { pnlcMiddleware } from "pnlc-edge/ai-sdk";
import { loadModel } from "pnlc-edge/node";

const usage = { inputTokens: { total: 20 }, outputTokens: { total: 10 } };
const finish = { unified: "stop", raw: "stop" };
const answer = "A $1 gift buys a child a meal, and you can check their annual report first. Would you consider it?";

// The planner's prompts start with "Task: <name>"; the mock answers each with the JSON it asks for.
function reply(prompt) {
  const system = prompt.find((m) => m.role === "system")?.content ?? "";
  const task = /^Task: ([a-z-]+)/.exec(system)?.[1];
  if (task === "propose-thoughts") return JSON.stringify({ thoughts: ["Share one child's story", "Point to the charity's audited reports", "Ask for a small amount"] });
  if (task === "imagine-goals") return JSON.stringify({ positive: ["The persuadee agrees to donate"], negative: ["The persuadee refuses to donate"] });
  if (task === "refine-thought") return JSON.stringify({ thought: "Point to the audited reports, then ask for $1" });
  return answer;
}

const mock = new MockLanguageModelV3({
  doGenerate: async ({ prompt }) => ({ content: [{ type: "text", text: reply(prompt) }], finishReason: finish, usage, warnings: [] }),
  doStream: async () => ({
    stream: new ReadableStream({
      start(c) {
        c.enqueue({ type: "text-start", id: "a" });
        for (const word of answer.split(/(?<= )/)) c.enqueue({ type: "text-delta", id: "a", delta: word });
        c.enqueue({ type: "text-end", id: "a" });
        c.enqueue({ type: "finish", finishReason: finish, usage });
        c.close();
      },
    }),
  }),
});

const model = wrapLanguageModel({ model: mock, middleware: pnlcMiddleware({ critic: loadModel("persuasion") }) });
const result = streamText({
  model,
  system: "You persuade people to donate to Save the Children.",
  prompt: "I have never heard of them. How do I know the money reaches the kids?",
});
for await (const part of result.fullStream) {
  if (part.type === "reasoning-delta") process.stdout.write(part.text);
  if (part.type === "text-start") process.stdout.write("\nAnswer: ");
  if (part.type === "text-delta") process.stdout.write(part.text);
}
const plan = (await result.providerMetadata)?.pnlc;
console.log(`\n\nchosen thought: ${plan?.thought} (${plan?.usage.llmCalls} LLM calls, degraded: ${plan?.degraded})`);
if (!plan?.thought || (await result.text) !== answer) process.exit(1);
