import { describe, expect, it } from "vitest";
import { loadCriticFile } from "../src/critic/node.ts";
import type { ChatMessage } from "../src/planner/types.ts";
import { persuasionTurns, stateForTask } from "../src/state/index.ts";
import { summarizePersuasionState } from "../src/state/persuasion.ts";
import { json, postJson, serviceApp } from "./helpers/service-app.ts";

const chat: ChatMessage[] = [
  { role: "system", content: "Persuade the user to donate to Save the Children." },
  { role: "assistant", content: "Hi! Have you heard of Save the Children?" },
  { role: "user", content: "No, I haven't." },
  { role: "user", content: "What do they do?" },
  { role: "assistant", content: "They help children in war zones with food and schooling." },
  { role: "user", content: "How do I know the money reaches the kids? Maybe I could give $0.50." },
];

describe("the critic's state for a chat (training and serving agree)", () => {
  it("groups a chat into persuasion turns: each agent message opens a turn, replies join it", () => {
    expect(persuasionTurns(chat)).toEqual([
      { persuader: ["Hi! Have you heard of Save the Children?"], persuadee: ["No, I haven't.", "What do they do?"] },
      { persuader: ["They help children in war zones with food and schooling."], persuadee: ["How do I know the money reaches the kids? Maybe I could give $0.50."] },
    ]);
    expect(persuasionTurns([{ role: "user", content: "Hello?" }])).toEqual([{ persuader: [], persuadee: ["Hello?"] }]);
  });

  it("summarises persuasion chats with the trainer's summariser and flattens other tasks", () => {
    const state = stateForTask("persuasion", chat);
    expect(state).toBe(summarizePersuasionState(persuasionTurns(chat), 2));
    expect(state).toContain("turn 2.");
    expect(state).toContain("$0.50");
    expect(stateForTask("webshop", chat)).toContain("User: What do they do?");
    // a caller that knows the persuadee's profile gets the same state the trainer built with it
    const profile = { agreeable: 4.8, age: 34, ideology: "Liberal" };
    expect(stateForTask("persuasion", chat, profile)).toBe(`${state} persuadee profile: agreeablehigh age30s ideologyliberal.`);
  });

  it("the service scores a persuasion chat on the summarised state", async () => {
    const critic = loadCriticFile(new URL("../models/persuasion.pnlc", import.meta.url).pathname);
    const { app } = serviceApp({ critic });
    const fromMessages = await json(await postJson(app, "/v1/plan", { messages: chat }));
    const fromState = await json(await postJson(app, "/v1/plan", { state: stateForTask("persuasion", chat), task: chat[0]!.content }));
    expect(fromMessages.candidates.map((c: { outcomes: unknown }) => c.outcomes)).toEqual(fromState.candidates.map((c: { outcomes: unknown }) => c.outcomes));
    const flattened = await json(await postJson(app, "/v1/plan", { state: chat.slice(1).map((m) => `${m.role}: ${m.content}`).join("\n") }));
    expect(flattened.candidates[0].outcomes).not.toEqual(fromMessages.candidates[0].outcomes);
  });
});
