/**
 * Validation of a model file's metadata and of its tensor table against the network it declares.
 * Everything a scorer relies on (dims, shapes, offsets, encoder) is checked here, before any scoring.
 */
import { z } from "zod";
import { assertHashEncoderSpec } from "./encoder/hash.ts";
import { CriticError } from "./errors.ts";
import type { DType, ModelMeta, NetworkSpec } from "./types.ts";

export const MAX_HIDDEN = 2048;
export const MAX_DENSE_DIM = 16384;
export const DTYPE_BYTES: Record<DType, number> = { i8: 1, f32: 4, i32: 4 };

const hashEncoder = z.object({
  type: z.literal("hash-ngram"),
  version: z.literal(1),
  dim: z.number().int(),
  wordWeight: z.number(),
  bigramWeight: z.number(),
  charN: z.number().int(),
  charWeight: z.number(),
  seed: z.number().int(),
});
const denseEncoder = z.object({
  type: z.literal("dense"),
  provider: z.string().min(1),
  model: z.string().min(1),
  dim: z.number().int().min(1).max(MAX_DENSE_DIM),
});

/** Outcomes per exclusive group: at least 2 (a distribution), at most 32 (a derived goal is a 32-bit mask in Wasm). */
export const MAX_GROUP_OUTCOMES = 32;
export const MAX_OUTCOME_GROUPS = 16;

const metaSchema = z.object({
  format: z.literal("pnlc"),
  version: z.union([z.literal(1), z.literal(2)]),
  name: z.string(),
  task: z.string(),
  description: z.string().optional(),
  createdAt: z.string(),
  encoder: z.discriminatedUnion("type", [hashEncoder, denseEncoder]),
  network: z.object({
    inputDim: z.number().int().min(1),
    hidden: z.tuple([z.number().int(), z.number().int()]),
    heads: z.array(z.enum(["q", "v"])).min(1),
  }),
  tensors: z.array(
    z.object({
      name: z.string(),
      dtype: z.enum(["i8", "f32", "i32"]),
      shape: z.array(z.number().int().min(0)),
      offset: z.number().int().min(0),
      byteLength: z.number().int().min(0),
    }),
  ),
  goals: z.array(
    z.object({
      text: z.string(),
      polarity: z.enum(["positive", "negative"]),
      kind: z.enum(["outcome", "state"]),
      utility: z.number().min(0).max(1).optional(),
      derivedFrom: z.object({ group: z.string(), outcomes: z.array(z.number().int().min(0)).min(1) }).strict().optional(),
    }),
  ),
  outcomeGroups: z
    .array(
      z.object({
        name: z.string().min(1),
        outcomes: z.array(z.string().min(1)).min(2).max(MAX_GROUP_OUTCOMES),
        utilities: z.array(z.number().min(0).max(1)).optional(),
      }).strict(),
    )
    .max(MAX_OUTCOME_GROUPS)
    .optional(),
  thoughts: z.array(z.object({ text: z.string(), label: z.string().optional() })),
  training: z.record(z.string(), z.unknown()).optional(),
  evaluation: z.record(z.string(), z.unknown()).optional(),
});

export interface ExpectedTensor {
  name: string;
  dtype: DType;
  shape: number[];
  /** May be absent (files written before it existed); see docs/model-format.md. */
  optional?: boolean;
}

/** The tensors a network spec requires, in file order (see docs/model-format.md). */
export function expectedTensors(net: NetworkSpec): ExpectedTensor[] {
  const [h1, h2] = net.hidden;
  const out: ExpectedTensor[] = [];
  for (const head of net.heads) {
    const blocks = head === "q" ? ["state", "thought", "goal"] : ["state", "goal"];
    for (const b of blocks) {
      out.push({ name: `${head}.w1.${b}`, dtype: "i8", shape: [net.inputDim, h1] });
      out.push({ name: `${head}.w1.${b}.rowscale`, dtype: "f32", shape: [net.inputDim], optional: true });
    }
    out.push({ name: `${head}.w1.scale`, dtype: "f32", shape: [h1] });
    out.push({ name: `${head}.b1`, dtype: "f32", shape: [h1] });
    out.push({ name: `${head}.w2`, dtype: "i8", shape: [h2, h1] });
    out.push({ name: `${head}.w2.scale`, dtype: "f32", shape: [h2] });
    out.push({ name: `${head}.b2`, dtype: "f32", shape: [h2] });
    out.push({ name: `${head}.w3`, dtype: "i8", shape: [h2] });
    out.push({ name: `${head}.w3.scale`, dtype: "f32", shape: [1] });
    out.push({ name: `${head}.b3`, dtype: "f32", shape: [1] });
  }
  return out;
}

/** Checks the network spec on its own (hidden sizes, heads) and against the encoder. */
export function validateNetwork(meta: Pick<ModelMeta, "encoder" | "network">): void {
  const net = meta.network;
  for (const h of net.hidden)
    if (h < 16 || h > MAX_HIDDEN || h % 16 !== 0)
      throw new CriticError("inconsistent_dims", `network.hidden sizes must be multiples of 16 in [16, ${MAX_HIDDEN}], got [${net.hidden.join(", ")}]`);
  if (!net.heads.includes("q")) throw new CriticError("bad_meta", "network.heads must include \"q\"");
  if (new Set(net.heads).size !== net.heads.length) throw new CriticError("bad_meta", `network.heads has duplicates: ${net.heads.join(", ")}`);
  if (meta.encoder.type === "hash-ngram") {
    try {
      assertHashEncoderSpec(meta.encoder);
    } catch (e) {
      throw new CriticError("bad_meta", (e as Error).message);
    }
  }
  if (net.inputDim !== meta.encoder.dim)
    throw new CriticError("inconsistent_dims", `network.inputDim ${net.inputDim} differs from encoder.dim ${meta.encoder.dim}`);
}

/**
 * Checks the outcome groups and the derived goals against each other (format version 2): unique group
 * names and outcome texts (an outcome text names one logit), utilities one per outcome, and every
 * derivation pointing at an existing group with distinct, in-range outcomes.
 */
export function validateOutcomeGroups(meta: Pick<ModelMeta, "version" | "goals" | "outcomeGroups">): void {
  const groups = meta.outcomeGroups ?? [];
  const derived = meta.goals.some((g) => g.derivedFrom);
  if (meta.version === 1 && (meta.outcomeGroups !== undefined || derived))
    throw new CriticError("bad_meta", "outcomeGroups and goals[].derivedFrom need format version 2, the metadata says version 1");
  const byName = new Map<string, number>();
  const texts = new Set<string>();
  groups.forEach((g, i) => {
    if (byName.has(g.name)) throw new CriticError("bad_meta", `outcomeGroups.${i}.name: duplicate group "${g.name}"`);
    byName.set(g.name, g.outcomes.length);
    g.outcomes.forEach((t, k) => {
      if (texts.has(t)) throw new CriticError("bad_meta", `outcomeGroups.${i}.outcomes.${k}: outcome text "${t}" appears twice (each text names one logit)`);
      texts.add(t);
    });
    if (g.utilities && g.utilities.length !== g.outcomes.length)
      throw new CriticError("bad_meta", `outcomeGroups.${i}.utilities: ${g.utilities.length} values for ${g.outcomes.length} outcomes`);
  });
  meta.goals.forEach((goal, i) => {
    const d = goal.derivedFrom;
    if (!d) return;
    const n = byName.get(d.group);
    if (n === undefined) throw new CriticError("bad_meta", `goals.${i}.derivedFrom.group: no outcome group named "${d.group}"`);
    if (goal.kind !== "outcome") throw new CriticError("bad_meta", `goals.${i}: a derived goal must have kind "outcome"`);
    if (new Set(d.outcomes).size !== d.outcomes.length) throw new CriticError("bad_meta", `goals.${i}.derivedFrom.outcomes: duplicate outcome index`);
    for (const k of d.outcomes) if (k >= n) throw new CriticError("bad_meta", `goals.${i}.derivedFrom.outcomes: index ${k} is outside group "${d.group}" (${n} outcomes)`);
  });
}

/** Parses the metadata JSON and checks it against the network spec and the arena length. */
export function parseMeta(json: unknown, arenaLength: number): ModelMeta {
  const parsed = metaSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CriticError("bad_meta", `metadata field ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const meta = parsed.data as ModelMeta;
  validateNetwork(meta);
  validateOutcomeGroups(meta);
  const byName = new Map(meta.tensors.map((t) => [t.name, t]));
  if (byName.size !== meta.tensors.length) throw new CriticError("bad_meta", "tensor table has duplicate names");
  const expected = expectedTensors(meta.network);
  const expectedNames = new Set(expected.map((e) => e.name));
  for (const t of meta.tensors) if (!expectedNames.has(t.name)) throw new CriticError("bad_meta", `unexpected tensor ${t.name} for heads [${meta.network.heads.join(", ")}]`);
  for (const e of expected) {
    const t = byName.get(e.name);
    if (!t && e.optional) continue;
    if (!t) throw new CriticError("inconsistent_dims", `missing tensor ${e.name}`);
    if (t.dtype !== e.dtype) throw new CriticError("inconsistent_dims", `tensor ${e.name} has dtype ${t.dtype}, expected ${e.dtype}`);
    if (t.shape.length !== e.shape.length || t.shape.some((d, i) => d !== e.shape[i]))
      throw new CriticError("inconsistent_dims", `tensor ${e.name} has shape [${t.shape.join(", ")}], expected [${e.shape.join(", ")}]`);
    const want = e.shape.reduce((a, b) => a * b, 1) * DTYPE_BYTES[e.dtype];
    if (t.byteLength !== want) throw new CriticError("inconsistent_dims", `tensor ${e.name} has byteLength ${t.byteLength}, expected ${want}`);
    if (t.offset % 16 !== 0) throw new CriticError("bad_meta", `tensor ${e.name} offset ${t.offset} is not a multiple of 16`);
    if (t.offset + t.byteLength > arenaLength)
      throw new CriticError("bad_meta", `tensor ${e.name} [${t.offset}, ${t.offset + t.byteLength}) lies outside the ${arenaLength}-byte arena`);
  }
  const spans = [...meta.tensors].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < spans.length; i++)
    if (spans[i - 1]!.offset + spans[i - 1]!.byteLength > spans[i]!.offset)
      throw new CriticError("bad_meta", `tensors ${spans[i - 1]!.name} and ${spans[i]!.name} overlap`);
  return meta;
}
