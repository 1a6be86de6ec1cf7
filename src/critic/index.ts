/** The critic runtime: model file, quantizer, float reference, encoders and the Wasm-backed Critic. Works in Node and workerd. */
export * from "./types.ts";
export { CriticError, type CriticErrorCode } from "./errors.ts";
export { readModelFile, writeModelFile, MAGIC, FORMAT_VERSION, type ModelFile, type NamedTensor, type TensorArray } from "./model-file.ts";
export { expectedTensors } from "./meta-schema.ts";
export { quantizeCritic } from "./quantize.ts";
export { floatScoreQ, floatScoreV, firstLayerPartial } from "./float-forward.ts";
export { encodeInput, checkEncoded } from "./encode.ts";
export { crc32 } from "./crc32.ts";
export { DEFAULT_HASH_ENCODER, encodeHashed, type HashEncoderSpec, type SparseFeatures } from "./encoder/hash.ts";
export { loadCritic, WasmCritic, MAX_GOALS, MAX_PAIRS, MAX_THOUGHTS, type KernelChoice, type LoadOptions } from "./wasm-critic.ts";
export { dequantizeModel } from "./dequantize.ts";
