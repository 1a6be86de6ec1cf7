/**
 * Example conversations the playground can load. Written for this page in the style of the
 * PersuasionForGood task the bundled models are trained on (the agent asks for a donation to
 * Save the Children); "user" is the persuadee, "assistant" the agent.
 */
import type { ChatMessage } from "../planner/types.ts";

export interface Example {
  id: string;
  title: string;
  /** The task the example belongs to (a model's meta.task). */
  task: string;
  instructions: string;
  messages: ChatMessage[];
}

const PERSUASION_TASK = "You are a volunteer for Save the Children. Persuade the other person to donate part of their $2 task payment.";

export const EXAMPLES: Example[] = [
  {
    id: "doubtful-donor",
    title: "Doubtful donor: never heard of the charity",
    task: "persuasion",
    instructions: PERSUASION_TASK,
    messages: [
      { role: "assistant", content: "Hi! Have you heard of Save the Children?" },
      { role: "user", content: "No, I haven't. What do they do?" },
      { role: "assistant", content: "They help children in poor and war-torn countries with food, schooling and health care." },
      { role: "user", content: "Sounds nice, but how do I know the money actually reaches the kids?" },
    ],
  },
  {
    id: "tight-budget",
    title: "Tight budget: would like to help, little money",
    task: "persuasion",
    instructions: PERSUASION_TASK,
    messages: [
      { role: "assistant", content: "Would you consider giving part of your payment to Save the Children?" },
      { role: "user", content: "I'd like to help, but money is really tight for me this month." },
    ],
  },
  {
    id: "already-gives",
    title: "Already gives to another charity",
    task: "persuasion",
    instructions: PERSUASION_TASK,
    messages: [
      { role: "assistant", content: "Do you usually donate to charities?" },
      { role: "user", content: "Yes, I give to my local animal shelter every month." },
      { role: "assistant", content: "That's great. Children in crisis zones need help too." },
      { role: "user", content: "Maybe, but I prefer to keep my giving local." },
    ],
  },
];
