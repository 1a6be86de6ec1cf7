/**
 * Memory layout for the Wasm hash encoder (assembly/encoder/hash_ngram.ts): its descriptor and scratch,
 * and a decision's texts as UTF-16 with sparse records sized for their features. JS normalises each
 * text (NFKC, lower case: normalizeText, as the JS encoder does) and copies its code units; everything
 * after that runs in Wasm. See docs/design/wasm-encoder.md.
 */
import { normalizeText, type HashEncoderSpec, type SparseFeatures } from "./encoder/hash.ts";
import type { CriticExports } from "./wasm-exports.ts";

const ENC_BYTES = 48; // assembly/encoder/hash_ngram.ts ENC_BYTES
const align16 = (n: number) => (n + 15) & ~15;

/** Bytes for the descriptor and scratch of an encoder of `dim` buckets. */
export function encoderBytes(dim: number): number {
  return ENC_BYTES + align16(dim * 8) + align16(dim) + align16(dim * 4);
}

/**
 * Writes the encoder descriptor and zeroed scratch at `at` (16-aligned, memory already large enough);
 * returns the descriptor's address. The Wasm side leaves the scratch zeroed after every call.
 */
export function writeEncoder(memory: WebAssembly.Memory, at: number, spec: HashEncoderSpec): number {
  const sums = at + ENC_BYTES;
  const seen = align16(sums + spec.dim * 8);
  const touched = align16(seen + spec.dim);
  new Uint8Array(memory.buffer, at, encoderBytes(spec.dim)).fill(0);
  new Float64Array(memory.buffer, at, 3).set([spec.wordWeight, spec.bigramWeight, spec.charWeight]);
  new Int32Array(memory.buffer, at + 24, 6).set([spec.dim, spec.charN, spec.seed, sums, seen, touched]);
  return at;
}

/** Most features a normalised text of `len` code units can have: words, bigrams and char n-grams are each at most ~len. */
export function featureCapacity(len: number, dim: number): number {
  return Math.min(dim, 5 * len);
}

export interface TextLayout {
  /** Normalised texts. */
  texts: string[];
  /** Bytes from `at` to the end of the layout. */
  bytes: number;
  /** Per-text input scratch critic_score needs (see assembly/driver.ts). */
  featBytes: number;
}

/** Normalises texts and sizes their layout (table, UTF-16, records, feature room) from `at`. */
export function planTexts(at: number, raw: string[], dim: number): TextLayout {
  const texts = raw.map(normalizeText);
  let end = align16(at + raw.length * 16) + align16(raw.length * 8);
  let featBytes = 16;
  for (const t of texts) {
    const cap = featureCapacity(t.length, dim);
    end = align16(end + t.length * 2) + align16(cap * 4) * 2;
    featBytes = Math.max(featBytes, align16((cap + 2) * 2) + align16(cap * 4));
  }
  return { texts, bytes: end - at, featBytes };
}

/**
 * Writes a planned layout at `at` (memory already large enough): records (16 bytes each, pointers to
 * the room for indices and values), then the text table (pointer, length) and the code units.
 * Returns the records' and the table's addresses.
 */
export function writeTexts(memory: WebAssembly.Memory, at: number, layout: TextLayout, dim: number): { records: number; table: number } {
  const { texts } = layout;
  const records = align16(at);
  const table = align16(records + texts.length * 16);
  const i32 = new Int32Array(memory.buffer);
  const u16 = new Uint16Array(memory.buffer);
  let cursor = align16(table + texts.length * 8);
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    const cap = featureCapacity(t.length, dim);
    const textPtr = cursor;
    const chars = cursor >> 1;
    for (let k = 0; k < t.length; k++) u16[chars + k] = t.charCodeAt(k);
    const idx = align16(cursor + t.length * 2);
    const val = idx + align16(cap * 4);
    cursor = val + align16(cap * 4);
    const r = (records >> 2) + i * 4;
    i32[r] = 0;
    i32[r + 1] = idx;
    i32[r + 2] = val;
    i32[r + 3] = 0;
    i32[(table >> 2) + i * 2] = textPtr;
    i32[(table >> 2) + i * 2 + 1] = t.length;
  }
  return { records, table };
}

/**
 * The Wasm encoder on its own, in a module instance of its own: the same features as encodeHashed
 * (tests pin it; the critic uses the layout functions above inside its own memory).
 */
export class WasmHashEncoder {
  private readonly wasm: CriticExports;
  private readonly enc: number;
  private readonly base: number;

  constructor(module: WebAssembly.Module, readonly spec: HashEncoderSpec) {
    this.wasm = new WebAssembly.Instance(module, { env: { abort: () => { throw new Error("the encoder Wasm module aborted"); } } }).exports as unknown as CriticExports;
    this.enc = align16(this.wasm.heap_base());
    this.base = align16(this.enc + encoderBytes(spec.dim));
    this.grow(this.base);
    writeEncoder(this.wasm.memory, this.enc, spec);
  }

  private grow(bytes: number): void {
    const have = this.wasm.memory.buffer.byteLength;
    if (bytes > have) this.wasm.memory.grow(Math.ceil((bytes - have) / 65536));
  }

  encode(text: string): SparseFeatures {
    const layout = planTexts(this.base, [text], this.spec.dim);
    this.grow(this.base + layout.bytes);
    const { records, table } = writeTexts(this.wasm.memory, this.base, layout, this.spec.dim);
    this.wasm.encode_texts(this.enc, table, 1, records);
    const rec = new Int32Array(this.wasm.memory.buffer, records, 4);
    const n = rec[3]!;
    return { indices: new Int32Array(this.wasm.memory.buffer, rec[1]!, n).slice(), values: new Float32Array(this.wasm.memory.buffer, rec[2]!, n).slice() };
  }
}
