/** Turns a CriticInput into what the network reads, using the model's own encoder (so training and serving match). */
import { encodeHashed } from "./encoder/hash.ts";
import { CriticError } from "./errors.ts";
import type { CriticInput, EncodedInput, EncoderSpec } from "./types.ts";

export function encodeInput(encoder: EncoderSpec, input: CriticInput, field = "input"): EncodedInput {
  if (encoder.type === "hash-ngram") {
    if (typeof input !== "string")
      throw new CriticError("encoder_mismatch", `${field}: this model uses the hash-ngram encoder and takes text, got a vector of ${input.length} floats`);
    return encodeHashed(input, encoder);
  }
  if (typeof input === "string")
    throw new CriticError("encoder_mismatch", `${field}: this model uses dense ${encoder.provider}/${encoder.model} embeddings of dim ${encoder.dim}; embed the text first`);
  if (!(input instanceof Float32Array)) throw new CriticError("bad_input", `${field}: expected a string or a Float32Array`);
  if (input.length !== encoder.dim)
    throw new CriticError("encoder_mismatch", `${field}: vector has ${input.length} values, the model's encoder ${encoder.model} has dim ${encoder.dim}`);
  for (let i = 0; i < input.length; i++) if (!Number.isFinite(input[i]!)) throw new CriticError("bad_input", `${field}: vector value ${i} is ${input[i]}`);
  return input;
}

/** Checks an already-encoded input against a model's input dimension (indices in range, values finite). */
export function checkEncoded(x: EncodedInput, inputDim: number, field: string): void {
  if (x instanceof Float32Array) {
    if (x.length !== inputDim) throw new CriticError("encoder_mismatch", `${field}: vector has ${x.length} values, the model expects ${inputDim}`);
    for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i]!)) throw new CriticError("bad_input", `${field}: vector value ${i} is ${x[i]}`);
    return;
  }
  if (!(x.indices instanceof Int32Array) || !(x.values instanceof Float32Array) || x.indices.length !== x.values.length)
    throw new CriticError("bad_input", `${field}: sparse features need Int32Array indices and Float32Array values of the same length`);
  for (let i = 0; i < x.indices.length; i++) {
    const k = x.indices[i]!;
    if (k < 0 || k >= inputDim) throw new CriticError("encoder_mismatch", `${field}: feature index ${k} outside [0, ${inputDim})`);
    if (!Number.isFinite(x.values[i]!)) throw new CriticError("bad_input", `${field}: feature value ${i} is ${x.values[i]}`);
  }
}
