// Scores your own thoughts for a conversation with the packaged persuasion critic (no LLM, no server).
import { rankThoughts, stateForTask } from "pnlc-edge";
import { loadModel } from "pnlc-edge/node";

const critic = loadModel("persuasion");
const state = stateForTask(critic.meta.task, [
  { role: "assistant", content: "Would you like to donate some of your payment to Save the Children?" },
  { role: "user", content: "I have never heard of them. How do I know the money reaches the kids?" },
]);
const { candidates, critique } = await rankThoughts(critic, {
  state,
  thoughts: ["Tell the story of one child the charity helped", "Point to the charity's audited annual reports", "Ask for $2 right away"],
  goals: ["The persuadee donates", { text: "The persuadee refuses to donate", polarity: "negative" }],
});
for (const c of candidates) console.log(`${c.score.toFixed(3)}  ${c.thought}  ${c.outcomes.map((o) => `${o.polarity === "positive" ? "+" : "-"}${o.p.toFixed(2)}`).join(" ")}`);
console.log(`\n${critique}`);
if (candidates.length !== 3 || candidates.some((c) => c.outcomes.some((o) => !(o.p > 0 && o.p < 1)))) process.exit(1);
