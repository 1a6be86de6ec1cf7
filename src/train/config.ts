/** Trainer options, validated when the config is built (bad values fail before any work starts). */
import { z } from "zod";

export const TrainConfigSchema = z
  .object({
    hidden: z.tuple([z.number().int().min(16).max(512), z.number().int().min(16).max(512)]).default([64, 64])
      .refine((h) => h.every((x) => x % 16 === 0), "hidden sizes must be multiples of 16"),
    /** Discount toward STATE goals. Outcome goals are not discounted unless outcomeGamma says so (docs/design/iql-trainer.md, "Honest probabilities"). */
    gamma: z.number().gt(0).max(1).default(0.9),
    /**
     * Discount toward OUTCOME goals; 1 (the default) keeps Q an honest "probability the episode ends in
     * g". Below 1 it prefers reaching g in fewer steps: with an optimistic V (tau near 1) and no
     * discount, a step that only postpones the decision (WebShop: choosing an option on an item one is
     * about to leave) scores as high as the decision itself.
     */
    outcomeGamma: z.number().gt(0).max(1).default(1),
    /** Expectile of V over Q (IQL). */
    tau: z.number().gt(0).lt(1).default(0.8),
    /** Mix of the episode's realised outcome into the bootstrapped target of outcome goals (TD(lambda)-like). */
    outcomeMcMix: z.number().min(0).max(1).default(0.5),
    /**
     * Share of the next step's Q (the target network, at the thought actually taken next) in the
     * bootstrapped target, the rest being V(s'): r + gamma * ((1 - m) V(s',g) + m Q(s',t',g)). V sees
     * only the next state's text; the next thought may say what the state text does not (WebShop: the
     * opened item's evidence). 0 is plain IQL.
     */
    nextThoughtMix: z.number().min(0).max(1).default(0),
    /** Adam epsilon of the sparse first layer (src/train/network.ts adamwStep explains why it is large). */
    w1Eps: z.number().gt(0).max(1).default(1e-8),
    lr: z.number().gt(0).max(1).default(1e-3),
    weightDecay: z.number().min(0).max(1).default(0.5),
    batchSize: z.number().int().min(1).max(4096).default(32),
    maxEpochs: z.number().int().min(1).max(1000).default(12),
    patience: z.number().int().min(1).max(100).default(4),
    /** Polyak rate of the target Q network, per optimiser step. */
    polyak: z.number().gt(0).max(1).default(0.02),
    validationFraction: z.number().gt(0).lt(0.9).default(0.15),
    /** Hindsight future-state goals and other-episode (negative) state goals per transition. */
    hindsightGoals: z.number().int().min(0).max(8).default(1),
    negativeGoals: z.number().int().min(0).max(8).default(1),
    stateGoalWeight: z.number().min(0).max(10).default(0.5),
    /** Loss weight of the event goals (near-term reactions) against the outcome goals' 1: below 1 the shared layers lean to the outcome. */
    eventGoalWeight: z.number().min(0).max(10).default(1),
    /** Keep out the dialogues of the local held-out split (src/data/split.ts); 0 trains on everything. */
    heldoutPercent: z.number().int().min(0).max(90).default(20),
    /** Older spelling of `calibration`: true = "platt-member" (the default), false = "none". */
    calibrate: z.boolean().optional(),
    /**
     * sigmoid(a*z+b) folded into Q's last layer (ranking unchanged). "platt-member": each member fits its
     * own (a, b) on its validation fold before packing; "pooled": one (a, b) for the packed ensemble,
     * fitted on every member's out-of-fold predictions together (calibration.ts); "none".
     */
    calibration: z.enum(["platt-member", "pooled", "none"]).optional(),
    maxOutcomeGoals: z.number().int().min(1).max(64).default(8),
    /**
     * The outcome goal bank, when given (else: the most frequent outcome texts). A goal with a `value`
     * test is reached by every episode whose outcome.value passes it, so goals may overlap
     * ("donates > 0" and "donates >= 1"); one without is reached when outcome.text equals its text.
     */
    outcomeGoals: z
      .array(
        z.object({
          text: z.string().min(1).max(1000),
          polarity: z.enum(["positive", "negative"]),
          value: z.object({ op: z.enum([">", ">=", "<", "<=", "="]), than: z.number() }).strict().optional(),
          /** Worth of the outcome on 0..1 (mutually exclusive outcomes): the planner ranks by expected utility. */
          utility: z.number().min(0).max(1).optional(),
          /**
           * A goal defined on an exclusive outcome group: the union of these outcomes (indices into the
           * group's `outcomes`). Its probability is derived from the group's distribution, never trained
           * on its own (docs/model-format.md). Takes the place of `value`.
           */
          derivedFrom: z.object({ group: z.string().min(1), outcomes: z.array(z.number().int().min(0).max(31)).min(1).max(32) }).strict().optional(),
        }).strict().refine((g) => !(g.value && g.derivedFrom), "a goal has either a value test or derivedFrom, not both"),
      )
      .min(1)
      .max(64)
      .optional(),
    /**
     * Event goals (near-term future states the logs label per step in `steps[].events`): each is
     * reached from step t when its text is among the events of the next `horizon` steps (src/train/events.ts).
     * When not given, the most frequent event texts of the data (up to maxEventGoals), if any.
     */
    eventGoals: z
      .array(z.object({ text: z.string().min(1).max(1000), polarity: z.enum(["positive", "negative"]), horizon: z.number().int().min(1).max(50).optional() }).strict())
      .max(64)
      .optional(),
    maxEventGoals: z.number().int().min(0).max(64).default(8),
    /**
     * "propensity": weight each step by the stabilised inverse propensity of its logged thought class
     * given the state (src/train/propensity.ts, docs/design/deconfounded-training.md); "none": plain.
     */
    deconfound: z.enum(["none", "propensity"]).default("none"),
    /**
     * Exclusive, exhaustive outcomes predicted as one distribution (softmax cross-entropy over the group;
     * docs/design/outcome-distribution.md). Every episode must match exactly one outcome of each group
     * (its `value` test on outcome.value, or outcome.text equal to its text); `utility` orders the
     * outcomes for V's expectile and is what the planner's expected-utility score reads.
     */
    outcomeGroups: z
      .array(
        z.object({
          name: z.string().min(1).max(100),
          outcomes: z
            .array(
              z.object({
                text: z.string().min(1).max(1000),
                value: z.object({ op: z.enum([">", ">=", "<", "<=", "="]), than: z.number() }).strict().optional(),
                utility: z.number().min(0).max(1),
              }).strict(),
            )
            .min(2)
            .max(32),
        }).strict(),
      )
      .max(16)
      .optional(),
    /**
     * Hash buckets of the text encoder (a power of two; the model file records it and the runtime reads
     * it). The first layer holds dim x hidden int8 per text block, so halving it pays for doubling hidden.
     */
    encoderDim: z.number().int().min(256).max(8192).refine((d) => (d & (d - 1)) === 0, "encoderDim must be a power of two").default(2048),
    initScale: z.number().gt(0).max(10).default(0.5),
    /** Train this many networks of hidden/K each and pack them into one (mean logit); see src/train/ensemble.ts. */
    ensemble: z.number().int().min(1).max(16).default(8),
    /** With ensemble > 1: member m validates (early stopping, calibration) on fold m of K and trains on the rest. */
    crossFit: z.boolean().default(true),
  })
  .strict();

export type CalibrationMode = "platt-member" | "pooled" | "none";
/** Parsed config: `calibration` is always resolved (from `calibrate` in older configs). */
export type TrainConfig = Omit<z.infer<typeof TrainConfigSchema>, "calibration" | "calibrate"> & { calibrate: boolean; calibration: CalibrationMode };
export type OutcomeGroupConfig = NonNullable<TrainConfig["outcomeGroups"]>[number];

export function buildTrainConfig(input: unknown): TrainConfig {
  const r = TrainConfigSchema.safeParse(input ?? {});
  if (r.success) {
    checkOutcomeGroups(r.data);
    const { calibrate, calibration } = r.data;
    if (calibrate !== undefined && calibration !== undefined && calibrate !== (calibration !== "none"))
      throw new Error(`config.calibration: "${calibration}" contradicts calibrate: ${calibrate} (give one of them)`);
    const mode: CalibrationMode = calibration ?? (calibrate === false ? "none" : "platt-member");
    return { ...r.data, calibrate: mode !== "none", calibration: mode };
  }
  const i = r.error.issues[0]!;
  throw new Error(`config.${i.path.join(".") || "(root)"}: ${i.message}`);
}

/** Groups and derived goals must agree: unique names and outcome texts, derivations inside their group. */
export function checkOutcomeGroups(cfg: Pick<TrainConfig, "outcomeGroups" | "outcomeGoals">): void {
  const sizes = new Map<string, number>();
  const texts = new Set<string>();
  (cfg.outcomeGroups ?? []).forEach((g, i) => {
    if (sizes.has(g.name)) throw new Error(`config.outcomeGroups.${i}.name: duplicate group "${g.name}"`);
    sizes.set(g.name, g.outcomes.length);
    g.outcomes.forEach((o, k) => {
      if (texts.has(o.text)) throw new Error(`config.outcomeGroups.${i}.outcomes.${k}.text: "${o.text}" appears twice (each outcome text is one logit)`);
      texts.add(o.text);
    });
  });
  (cfg.outcomeGoals ?? []).forEach((goal, i) => {
    const d = goal.derivedFrom;
    if (!d) return;
    const n = sizes.get(d.group);
    if (n === undefined) throw new Error(`config.outcomeGoals.${i}.derivedFrom.group: no outcome group named "${d.group}"`);
    if (new Set(d.outcomes).size !== d.outcomes.length) throw new Error(`config.outcomeGoals.${i}.derivedFrom.outcomes: an outcome is listed twice`);
    const bad = d.outcomes.find((k) => k >= n);
    if (bad !== undefined) throw new Error(`config.outcomeGoals.${i}.derivedFrom.outcomes: ${bad} is outside group "${d.group}" (${n} outcomes)`);
  });
}
