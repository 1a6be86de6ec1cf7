/**
 * Request and response schemas: the same objects validate requests (400 naming the field) and
 * generate /openapi.json.
 */
import { z } from "@hono/zod-openapi";

const text = (max: number) => z.string().max(max, `at most ${max} characters`);

export const ChatMessageSchema = z.object({
  role: z.enum(["system", "user", "assistant"]),
  content: text(20_000),
}).openapi("ChatMessage");

export const KnobsSchema = z.strictObject({
  thoughts: z.number().int().min(1).max(16).optional().openapi({ description: "Thoughts proposed per decision (K); default 3", example: 3 }),
  goals: z.strictObject({
    positive: z.number().int().min(0).max(8).optional(),
    negative: z.number().int().min(0).max(8).optional(),
    source: z.enum(["bank", "llm", "both"]).optional().openapi({ description: "bank: the model's goal bank matched to the state; llm: imagined by the LLM; both: the union" }),
  }).optional().openapi({ description: "Goals to score against; default 2 positive + 2 negative, source llm (bank when offline)" }),
  rounds: z.number().int().min(0).max(3).optional().openapi({ description: "Maximum refine rounds; default 1 (0 when offline)" }),
  acceptThreshold: z.number().min(-1).max(1).optional().openapi({ description: "Accept without refining when the best score reaches this (mean p of positive goals - mean p of negative, or the expected utility when the goals carry utilities); default 0.25" }),
  critic: z.enum(["learned", "llm", "none"]).optional().openapi({ description: "learned: the model's critic; llm: the LLM estimates the probabilities (ablation); none: no critique" }),
  deadlineMs: z.number().int().min(100).max(120_000).optional().openapi({ description: "Overall deadline; after it the best thought so far is returned with degraded: true" }),
  explore: z.discriminatedUnion("method", [
    z.strictObject({ method: z.literal("softmax"), temperature: z.number().min(0.001).max(100) }),
    z.strictObject({ method: z.literal("epsilon"), epsilon: z.number().min(0).max(1) }),
  ]).optional().openapi({ description: "Opt-in exploration: pick the candidate by softmax(score / temperature) or epsilon-greedy instead of the best; the chosen candidate's probability is returned in choice and logged. Default off (greedy)" }),
}).openapi("Knobs");

const EpisodeFields = {
  episodeId: z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/, "1-128 characters of A-Z a-z 0-9 . _ : -").optional()
    .openapi({ description: "With a decision log (PNLC_LOG): the episode this decision belongs to (generated when absent); report its outcome to POST /v1/feedback" }),
  step: z.number().int().min(0).max(9_999).optional().openapi({ description: "With a decision log: the decision's index in its episode; default the number of assistant messages" }),
};

/** The persuadee's survey profile (src/state/profile.ts): PersuasionForGood field names without `.x`. */
const PROFILE_MAX_FIELDS = 64;
const ProfileRecord = z.record(z.string().min(1).max(40), z.union([z.number().finite(), z.string().max(100), z.null()]));
// The field count is checked before any field, so a body of 25,000 bad keys costs one issue, not 25,000.
export const ProfileSchema = z.custom<Record<string, number | string | null>>(
  (v) => typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length <= PROFILE_MAX_FIELDS,
  { message: `expected an object of at most ${PROFILE_MAX_FIELDS} fields` },
).pipe(ProfileRecord)
  .openapi("PersuadeeProfile", {
    type: "object",
    maxProperties: PROFILE_MAX_FIELDS,
    additionalProperties: { anyOf: [{ type: "number" }, { type: "string", maxLength: 100 }, { type: "null" }] },
    description: "Optional, persuasion models only: the persuadee's survey profile (PersuasionForGood field names without .x: " +
      "extrovert, agreeable, conscientious, neurotic, open, care, fairness, loyalty, authority, purity, freedom, conform, tradition, " +
      "benevolence, universalism, self_direction, stimulation, hedonism, achievement, power, security, rational, intuitive (survey scales), " +
      "age, income, sex, race, edu, marital, employment, religion, ideology). Added to the state built from messages as profile tokens; unknown fields are ignored. " +
      `At most ${PROFILE_MAX_FIELDS} fields`,
    example: { agreeable: 4.6, care: 5.2, age: 34, ideology: "Liberal" },
  });

export const PlanRequestSchema = z.object({
  state: text(20_000).optional().openapi({ description: "Compact text of the conversation so far (or give messages)", example: "Persuader: Would you donate to Save the Children? Persuadee: I am not sure, I have never heard of them." }),
  messages: z.array(ChatMessageSchema).max(200).optional().openapi({ description: "Chat history; turned into the state text when state is absent" }),
  task: text(4000).optional().openapi({ description: "Task instructions: what the agent is for", example: "Persuade the user to donate to Save the Children." }),
  model: z.string().max(64).optional().openapi({ description: "Critic model name (GET /v1/models); default: the bundled default model", example: "persuasion" }),
  profile: ProfileSchema.optional(),
  knobs: KnobsSchema.optional(),
  thoughts: z.array(z.union([text(2000), z.strictObject({ thought: text(2000), action: text(4000).optional() })])).min(1).max(16).optional()
    .openapi({ description: "Your own candidate thoughts (text, or {thought, action}) to score instead of proposing: the plan picks among them (no LLM call to propose or refine)" }),
  ...EpisodeFields,
  stream: z.boolean().optional().openapi({ description: "Server-sent events, one per stage: thought, goals, critique, refine, action, usage, done" }),
}).refine((b) => b.state !== undefined || (b.messages !== undefined && b.messages.length > 0), { message: "give state (text) or messages (a non-empty chat history)", path: ["state"] })
  .openapi("PlanRequest", {
    example: {
      model: "persuasion",
      task: "Persuade the user to donate to Save the Children.",
      messages: [
        { role: "assistant", content: "Would you like to donate some of your payment to Save the Children?" },
        { role: "user", content: "I have never heard of them. How do I know the money reaches the kids?" },
      ],
    },
  });

const OutcomeSchema = z.object({ goal: z.string(), polarity: z.enum(["positive", "negative"]), p: z.number() }).openapi("Outcome");
const ScoredSchema = z.object({ thought: z.string(), action: z.string().optional(), outcomes: z.array(OutcomeSchema), score: z.number() }).openapi("ScoredCandidate");
const GoalSchema = z.object({ text: z.string(), polarity: z.enum(["positive", "negative"]), source: z.enum(["bank", "llm", "request"]), bankIndex: z.number().optional(), utility: z.number().optional() }).openapi("Goal");
const StageNames = ["propose", "goals", "encode", "critic", "refine", "act"] as const;
const UsageSchema = z.object({ llmCalls: z.number(), inputTokens: z.number(), outputTokens: z.number(), embeddingCalls: z.number() }).openapi("Usage");

export const PlanResultSchema = z.object({
  id: z.string(),
  model: z.string(),
  mode: z.enum(["llm", "offline"]),
  thought: z.string(),
  action: z.string().nullable(),
  recommendation: z.string(),
  chosen: ScoredSchema.nullable(),
  goals: z.array(GoalSchema),
  candidates: z.array(ScoredSchema),
  critique: z.string(),
  rounds: z.array(z.object({ round: z.number(), candidates: z.array(ScoredSchema), critique: z.string(), decision: z.enum(["accept", "refine", "final"]), reason: z.string() })),
  usage: UsageSchema,
  timings: z.object(Object.fromEntries([...StageNames, "total"].map((s) => [s, z.number()])) as Record<(typeof StageNames)[number] | "total", z.ZodNumber>).openapi({ description: "Milliseconds per stage, summed over rounds" }),
  trace: z.array(z.object({
    stage: z.enum(StageNames), round: z.number(), startMs: z.number(), durationMs: z.number(), ok: z.boolean(), detail: z.string(),
    llmCalls: z.number().optional().openapi({ description: "LLM calls made in this stage (0 when none); retries inside one call are not extra calls" }),
    inputTokens: z.number().optional(), outputTokens: z.number().optional(), embeddingCalls: z.number().optional(),
  })).openapi({ description: "One entry per stage run, in order, with its LLM calls and tokens" }),
  degraded: z.boolean(),
  reason: z.string().optional(),
  choice: z.object({ index: z.number(), propensity: z.number(), probabilities: z.array(z.number()) }).optional()
    .openapi({ description: "Which candidate was chosen (index into candidates) and with what probability (1 when greedy)" }),
  decisionId: z.string().optional().openapi({ description: "With a decision log: this decision's id (also the x-pnlc-decision-id header)" }),
  episodeId: z.string().optional().openapi({ description: "With a decision log: the episode id to report the outcome with (also x-pnlc-episode-id)" }),
}).openapi("PlanResult");

/**
 * /v1/critique's work budget. Encoding reads every character once and the network runs once per
 * thought x goal pair, so CPU and memory grow with totalChars + thoughts x goals; the answer lists
 * texts once and the critique text is cut at critiqueChars, so its size grows with the request.
 */
export const CRITIQUE_LIMITS = { thoughts: 64, goals: 64, textChars: 2000, totalChars: 100_000, critiqueChars: 16_000 } as const;

const CRITIQUE_EXAMPLE = {
  model: "persuasion",
  state: "Persuader: Would you donate some of your payment to Save the Children? Persuadee: I am not sure, I have never heard of them.",
  thoughts: ["Tell the story of one child the charity helped", "Ask for $2 right away", "Explain how the charity reports where the money goes"],
};

const textLength = (g: string | { text: string }) => (typeof g === "string" ? g.length : g.text.length);

export const CritiqueRequestSchema = z.object({
  model: z.string().max(64).optional().openapi({ description: "Critic model name (GET /v1/models); default: the bundled default model", example: "persuasion" }),
  state: text(20_000).openapi({ example: CRITIQUE_EXAMPLE.state }),
  thoughts: z.array(text(CRITIQUE_LIMITS.textChars)).min(1).max(CRITIQUE_LIMITS.thoughts).openapi({ example: CRITIQUE_EXAMPLE.thoughts }),
  goals: z.array(z.union([text(CRITIQUE_LIMITS.textChars), z.object({ text: text(CRITIQUE_LIMITS.textChars), polarity: z.enum(["positive", "negative"]), utility: z.number().min(0).max(1).optional() })])).min(1).max(CRITIQUE_LIMITS.goals).optional()
    .openapi({ description: "Goals as text (polarity positive) or {text, polarity, utility?}; default: the model's goal bank. When every goal has a utility (mutually exclusive outcomes, worth 0..1), candidates are ranked by expected utility; otherwise by mean(p hoped for) - mean(p to avoid)" }),
}).superRefine((b, ctx) => {
  const chars = b.thoughts.reduce((n, t) => n + t.length, 0) + (b.goals ?? []).reduce((n, g) => n + textLength(g), 0);
  if (chars > CRITIQUE_LIMITS.totalChars)
    ctx.addIssue({ code: "custom", path: ["thoughts"], message: `thoughts and goals together have ${chars} characters, above the limit of ${CRITIQUE_LIMITS.totalChars}` });
}).openapi("CritiqueRequest", { example: CRITIQUE_EXAMPLE });

export const CritiqueResultSchema = z.object({
  model: z.string(),
  goals: z.array(GoalSchema).openapi({ description: "Each goal once, in the order of p's columns" }),
  thoughts: z.array(z.string()).openapi({ description: "Each thought once, in the request's order (p's rows)" }),
  p: z.array(z.array(z.number())).openapi({ description: "p[t][g]: probability of goal g after thought t (3 decimals)" }),
  v: z.array(z.number()).optional().openapi({ description: "V(state, goal) per goal, when the model has a value head" }),
  ranking: z.array(z.object({ thought: z.number().int().openapi({ description: "Index into thoughts" }), score: z.number() }))
    .openapi({ description: "Every thought index, best first, with its score: the expected utility when every goal has a utility, else mean p of goals hoped for - mean p of goals to avoid" }),
  critique: z.string().openapi({ description: `The critique text an LLM would read, best thought first, at most ${CRITIQUE_LIMITS.critiqueChars} characters` }),
  critiqueTruncated: z.boolean().openapi({ description: "True when the critique text was cut at its cap" }),
  timingMs: z.number(),
}).openapi("CritiqueResult");

/** The content-parts form of a chat message: the same 20,000-character cap as a string, over all parts. */
const MESSAGE_CHARS = 20_000;
const ContentPart = z.looseObject({ type: z.string().max(64), text: text(MESSAGE_CHARS).optional() });
export const ChatRequestSchema = z.looseObject({
  model: z.string().min(1).max(256).openapi({
    description: "A critic model name from GET /v1/models, or an LLM model id (e.g. gpt-4o-mini): then the default critic plans and the id is " +
      "passed to an OpenAI-compatible or Anthropic provider in place of PNLC_LLM_MODEL",
    example: "persuasion",
  }),
  messages: z.array(z.looseObject({
    role: z.enum(["system", "developer", "user", "assistant", "tool"]),
    content: z.union([
      text(MESSAGE_CHARS),
      z.array(ContentPart).max(64).refine((parts) => parts.reduce((n, p) => n + (p.text?.length ?? 0), 0) <= MESSAGE_CHARS, { message: `at most ${MESSAGE_CHARS} characters over all parts` }),
      z.null(),
    ]).optional(),
  })).min(1).max(200),
  stream: z.boolean().optional(),
  pnlc: KnobsSchema.extend({ task: text(4000).optional(), profile: ProfileSchema.optional(), ...EpisodeFields }).optional()
    .openapi({ description: "PNLC knobs (extension); task defaults to the system messages; profile: the persuadee's survey profile (persuasion models)" }),
}).openapi("ChatCompletionRequest", {
  example: {
    model: "persuasion",
    messages: [
      { role: "system", content: "Persuade the user to donate to Save the Children." },
      { role: "assistant", content: "Would you like to donate some of your payment to Save the Children?" },
      { role: "user", content: "I have never heard of them. How do I know the money reaches the kids?" },
    ],
  },
});

export const ErrorSchema = z.object({
  error: z.object({ type: z.string(), message: z.string(), param: z.string().nullable(), code: z.string(), issues: z.array(z.unknown()).optional() }),
}).openapi("Error");

export const ModelListSchema = z.object({
  object: z.literal("list"),
  data: z.array(z.object({
    id: z.string(), object: z.literal("model"), created: z.number(), owned_by: z.string(),
    pnlc: z.object({ source: z.enum(["bundled", "remote"]), default: z.boolean(), task: z.string().optional(), description: z.string().optional(), goals: z.number().optional(), thoughts: z.number().optional(), encoder: z.string().optional() }),
  })),
}).openapi("ModelList");

export const errorResponses = {
  400: { description: "Invalid request: error.param names the field", content: { "application/json": { schema: ErrorSchema } } },
  401: { description: "Missing or wrong bearer token (when PNLC_API_TOKEN is set)", content: { "application/json": { schema: ErrorSchema } } },
  404: { description: "Unknown model", content: { "application/json": { schema: ErrorSchema } } },
  413: { description: "Body too large", content: { "application/json": { schema: ErrorSchema } } },
  500: { description: "Internal or configuration error (always JSON)", content: { "application/json": { schema: ErrorSchema } } },
} as const;

export const ChatCompletionSchema = z.object({
  id: z.string(),
  object: z.literal("chat.completion"),
  created: z.number(),
  model: z.string(),
  choices: z.array(z.object({ index: z.number(), message: z.object({ role: z.literal("assistant"), content: z.string(), refusal: z.null() }), finish_reason: z.literal("stop"), logprobs: z.null() })),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number(), total_tokens: z.number() }),
  pnlc: PlanResultSchema.omit({ id: true }).openapi({ description: "The plan behind the answer (extension field); model is the critic that planned" }),
}).openapi("ChatCompletion");
