import { DEFAULT_HASH_ENCODER, encodeHashed, type HashEncoderSpec } from "../../critic/encoder/hash.ts";
import type { EmbeddingModelV1 } from "../../planner/types.ts";

/** The local hashed n-gram encoder as a dense embedding model (no network; the default). */
export class HashEmbeddingModel implements EmbeddingModelV1 {
  readonly specificationVersion = "v1" as const;
  readonly provider = "local";
  readonly modelId = "hash-ngram-v1";
  readonly dim: number;

  constructor(private readonly spec: HashEncoderSpec = DEFAULT_HASH_ENCODER) {
    this.dim = spec.dim;
  }

  async doEmbed(texts: string[]): Promise<Float32Array[]> {
    return texts.map((t) => {
      const f = encodeHashed(t, this.spec);
      const v = new Float32Array(this.dim);
      f.indices.forEach((idx, i) => (v[idx] = f.values[i]!));
      return v;
    });
  }
}
