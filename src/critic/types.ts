/**
 * The critic runtime's public contract. Everything outside src/critic/ (service, planner, trainer,
 * evaluation) talks to the critic through these types; src/critic/ depends on nothing else in src/.
 * The model file layout is documented in docs/model-format.md.
 */
import type { HashEncoderSpec, SparseFeatures } from "./encoder/hash.ts";

/** Dense external embeddings (Workers AI bge, OpenAI-compatible); the caller embeds and passes vectors. */
export interface DenseEncoderSpec {
  type: "dense";
  provider: string; // e.g. "workers-ai", "openai-compatible"
  model: string; // e.g. "@cf/baai/bge-small-en-v1.5"
  dim: number;
}

export type EncoderSpec = HashEncoderSpec | DenseEncoderSpec;

export type Polarity = "positive" | "negative";

export interface BankGoal {
  text: string;
  polarity: Polarity;
  /** "outcome": an episode outcome (Q is the probability of eventually reaching it); "state": a future state. */
  kind: "outcome" | "state";
  /**
   * What reaching this outcome is worth on the task's 0..1 scale (e.g. WebShop's reward for a close
   * match). Optional; when every goal a decision is scored on carries one, the banks' outcomes are
   * read as mutually exclusive and the planner ranks thoughts by expected utility (src/planner/score.ts).
   */
  utility?: number;
  /**
   * Format version 2: this goal is the union of some outcomes of one exclusive group (`ModelMeta.outcomeGroups`);
   * its probability is the sum of theirs in the group's distribution, never scored on its own text.
   */
  derivedFrom?: GoalDerivation;
}

/** Which outcomes of which group a derived goal is the union of (indices into the group's `outcomes`). */
export interface GoalDerivation {
  group: string;
  outcomes: number[];
}

/**
 * Format version 2: exclusive, exhaustive outcomes predicted as ONE distribution. The network gives one
 * logit per outcome text (the goal input is the outcome's text) and a softmax across the group turns
 * them into probabilities that sum to 1 (docs/model-format.md, docs/design/outcome-distribution.md).
 */
export interface OutcomeGroup {
  name: string;
  /** Goal texts of the outcomes, 2 to 32, exactly one of which every episode ends in. */
  outcomes: string[];
  /** Optional worth of each outcome on 0..1 (same length as outcomes): the planner ranks by expected utility. */
  utilities?: number[];
}

export interface BankThought {
  text: string;
  /** Short label of the strategy, e.g. "emotion-appeal". */
  label?: string;
}

export type DType = "i8" | "f32" | "i32";

export interface TensorEntry {
  name: string;
  dtype: DType;
  shape: number[];
  /** Byte offset inside the weights arena; a multiple of 16. */
  offset: number;
  byteLength: number;
}

export interface NetworkSpec {
  /** Input dimension of each text block: encoder.dim for both hashed and dense encoders. */
  inputDim: number;
  /** Exactly two hidden layers [H1, H2], each a multiple of 16. */
  hidden: [number, number];
  /** "q" always; "v" when the file carries the state value head. */
  heads: Array<"q" | "v">;
}

export interface ModelMeta {
  format: "pnlc";
  /** 1: independent goals only. 2: adds `outcomeGroups` and `goals[].derivedFrom` (both optional). */
  version: 1 | 2;
  name: string;
  task: string;
  description?: string;
  createdAt: string;
  encoder: EncoderSpec;
  network: NetworkSpec;
  tensors: TensorEntry[];
  goals: BankGoal[];
  /** Version 2: exclusive outcome groups the derived bank goals are defined on. */
  outcomeGroups?: OutcomeGroup[];
  thoughts: BankThought[];
  /** Provenance and figures from training: data, config, seed, metrics, int8-vs-float agreement. */
  training?: Record<string, unknown>;
  evaluation?: Record<string, unknown>;
}

/** One bin of a reliability diagram, as trainers store them in `training` / `evaluation` metadata. */
export interface ReliabilityBin {
  lo: number;
  hi: number;
  /** Predictions in the bin, their mean probability, and the observed rate of the outcome. */
  count: number;
  meanP: number;
  rate: number;
}

/** A text input, or a dense vector of encoder.dim floats for models with a dense encoder. */
export type CriticInput = string | Float32Array;

export interface ScoreRequest {
  state: CriticInput;
  thoughts: CriticInput[];
  goals: CriticInput[];
}

/** One loaded model, ready to score. Scores are probabilities in [0, 1]. */
export interface Critic {
  readonly meta: ModelMeta;
  /**
   * Q(s, thought, goal) for every pair: T x G values, row-major by thought (index t * G + g). A text goal
   * equal to a derived bank goal's text or to an outcome of a group is read from the group's distribution
   * (coherent: nested goals ordered, complements sum to 1); any other goal is scored on its own.
   */
  scoreQ(req: ScoreRequest): Float32Array;
  /** V(s, goal) for each goal (throws a CriticError if the model has no "v" head). */
  scoreV(state: CriticInput, goals: CriticInput[]): Float32Array;
  /** Q against the model's own goal bank, whose partial products are cached when the model loads. */
  scoreQBank(state: CriticInput, thoughts: CriticInput[]): Float32Array;
}

/**
 * The float network the trainer owns, in the same layout as the int8 file.
 * Matrices are row-major: w1 blocks are [inputDim, H1] (row i = the weights of input feature i, so an
 * embedding bag gathers rows), w2 is [H2, H1] (row = output channel), w3 is [H2].
 */
export interface FloatHead {
  w1: { state: Float32Array; thought?: Float32Array; goal: Float32Array };
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
  w3: Float32Array;
  b3: Float32Array; // length 1
}

export interface FloatCriticParams {
  inputDim: number;
  hidden: [number, number];
  q: FloatHead;
  v?: FloatHead;
}

/** One text block after encoding: sparse hashed features, or a dense vector of encoder.dim floats. */
export type EncodedInput = SparseFeatures | Float32Array;
