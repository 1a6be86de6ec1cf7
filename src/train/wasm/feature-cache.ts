/**
 * Features of interned texts within a memory bound: encoded on first use (the serving encoder,
 * encodeHashed) and kept in a first-in-first-out cache of at most `maxBytes` of indices and values.
 * The trainer asks for a batch's texts only, so memory follows this bound, not the log's size; a text
 * evicted and needed again is encoded again (same features: the encoder is deterministic).
 */
import { encodeHashed, type HashEncoderSpec, type SparseFeatures } from "../../critic/encoder/hash.ts";

/** Per cached text besides its 8 bytes per feature: the typed arrays and the map entry, roughly. */
const ENTRY_OVERHEAD = 200;

export class FeatureCache {
  private readonly cache = new Map<number, SparseFeatures>();
  private bytes = 0;
  encoded = 0;
  constructor(private readonly textOf: (id: number) => string | undefined, private readonly spec: HashEncoderSpec, readonly maxBytes: number) {}

  get(id: number): SparseFeatures {
    const hit = this.cache.get(id);
    if (hit) return hit; // first in, first out: a hit does not reorder (cheaper than LRU; a batch copies what it reads)
    const text = this.textOf(id);
    if (text === undefined) throw new Error(`no text with id ${id}`);
    const f = encodeHashed(text, this.spec);
    this.encoded++;
    this.cache.set(id, f);
    this.bytes += f.indices.length * 8 + ENTRY_OVERHEAD;
    for (const [old, of] of this.cache) {
      if (this.bytes <= this.maxBytes || old === id) break;
      this.cache.delete(old);
      this.bytes -= of.indices.length * 8 + ENTRY_OVERHEAD;
    }
    return f;
  }

  get size(): number {
    return this.cache.size;
  }
}

/** The cache as a read-only array of features by text id (what TextTable.feats and the JS code index). */
export function lazyFeatureArray(maxBytes: number) {
  return (texts: string[], spec: HashEncoderSpec): SparseFeatures[] => {
    const cache = new FeatureCache((id) => texts[id], spec, maxBytes);
    return new Proxy([] as SparseFeatures[], {
      get(target, prop, receiver) {
        if (typeof prop === "string" && prop.length > 0 && prop.charCodeAt(0) >= 48 && prop.charCodeAt(0) <= 57) return cache.get(Number(prop));
        if (prop === "length") return texts.length;
        return Reflect.get(target, prop, receiver);
      },
    });
  };
}
