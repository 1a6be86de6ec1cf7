/**
 * Memory layout for the Wasm hash encoder (assembly/encoder/hash_ngram.ts): its descriptor and scratch,
 * a decision's texts as UTF-16 and their sparse records, and the cache of recent texts' features in
 * linear memory. JS normalises each text it has not cached (NFKC, lower case: normalizeText, as the JS
 * encoder does) and copies its code units; everything after that runs in Wasm. See
 * docs/design/wasm-encoder.md.
 */
import { normalizeText, type HashEncoderSpec, type SparseFeatures } from "./encoder/hash.ts";
import type { CriticExports } from "./wasm-exports.ts";
import { WasmMemory } from "./wasm-memory.ts";

const ENC_BYTES = 48; // assembly/encoder/hash_ngram.ts ENC_BYTES
/** assembly/encoder/hash_ngram.ts RUN_MAX: the most code units the encoder hashes as one run of texts (its work memory is sized by this). */
const ENCODER_RUN_MAX = 4096;
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

/** Bytes the packed features of a normalised text of `len` code units may take (indices, then values). */
export function featureBytes(len: number, dim: number): number {
  return 2 * align16(featureCapacity(len, dim) * 4);
}

/** Features of a text already in linear memory: n indices at idx, n values at val. */
export interface CachedFeatures {
  idx: number;
  val: number;
  n: number;
}

export interface TextLayout {
  /** Per text: its cached features, or null (encoded by this call). */
  hits: Array<CachedFeatures | null>;
  /** Per text: the normalised text of a non-ASCII miss; "" for hits and ASCII misses. Null when every miss is ASCII. */
  norm: string[] | null;
  /** Per text: an ASCII miss (sent as bytes, lower-cased by Wasm). Null when every miss is ASCII. */
  ascii: boolean[] | null;
  /** The ASCII misses, in order, and the length of them joined by a space each (the Wasm encoder hashes such a run's text-only passes at once). */
  asciiTexts: string[];
  asciiChars: number;
  /** Bytes from `at` to the end of the layout (records, table, ASCII bytes, code units). */
  bytes: number;
  /** Most bytes the misses' packed features can take. */
  missBytes: number;
  /** Per-text input scratch critic_score needs (see assembly/driver.ts). */
  featBytes: number;
  /** The longest miss or run of ASCII misses in code units (the encoder's work memory is sized by it: encoder_work_bytes). */
  maxLen: number;
  /** When every miss is ASCII: their bytes, in order, joined by spaces, already encoded (asciiChars of them). */
  asciiBytes: Uint8Array | null;
}

/** Where a planned layout puts things (see writeTexts). */
export interface TextPlacement {
  records: number;
  table: number;
  /** The ASCII misses as bytes, and the lower-cased UTF-16 Wasm makes of them. */
  asciiSrc: number;
  asciiDst: number;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** Readable bytes the Wasm encoder needs after a text (its vector loads: assembly/encoder/tokenize.ts, token_hashes.ts). */
const TEXT_SLACK = 32;

/**
 * Looks texts up in the cache and sizes the layout (records, table, code units) from `at`. ASCII
 * misses need no normalisation here (NFKC is the identity on ASCII and Wasm lower-cases them); the
 * others are normalised (normalizeText) and copied as code units.
 */
export function planTexts(at: number, raw: string[], dim: number, cache: TextFeatureCache | null): TextLayout {
  let units = 0;
  let featBytes = 16;
  let missBytes = 0;
  let asciiChars = 0;
  let maxLen = 0;
  // arrays made at their final length (map), not grown by pushes: growing them was ~0.25 us of a 25-text call
  const hits: Array<CachedFeatures | null> = cache ? raw.map((text) => cache.get(text) ?? null) : raw.map(() => null);
  // All misses are ASCII in the common case: one encodeInto of them all tells (ASCII iff UTF-8 bytes =
  // UTF-16 units), instead of a regular-expression scan per text, and its bytes are what Wasm reads.
  const misses = cache && hits.some((h) => h !== null) ? raw.filter((_, i) => hits[i] === null) : raw;
  const asciiTexts: string[] = [];
  let allAscii = false;
  if (misses.length > 0) {
    const joined = misses.length === 1 ? misses[0]! : misses.join(" ");
    if (asciiScratch.length < joined.length) asciiScratch = new Uint8Array(Math.max(joined.length, 2 * asciiScratch.length));
    const r = utf8.encodeInto(joined, asciiScratch);
    allAscii = r.read === joined.length && r.written === joined.length;
  }
  // per-text kinds only when some miss is not ASCII (the common all-ASCII case needs neither array)
  const norm: string[] | null = allAscii ? null : raw.map(() => "");
  const ascii: boolean[] | null = allAscii ? null : raw.map(() => false);
  for (let i = 0; i < raw.length; i++) {
    const text = raw[i]!;
    const hit = hits[i];
    let len: number;
    if (hit) {
      featBytes = Math.max(featBytes, align16((hit.n + 2) * 2) + align16(hit.n * 4));
      continue;
    }
    if (allAscii || !NON_ASCII.test(text)) {
      len = text.length;
      if (!allAscii) {
        ascii![i] = true;
        asciiTexts.push(text);
      }
      asciiChars += len;
    } else {
      const t = normalizeText(text);
      len = t.length;
      norm![i] = t;
      units += align16(len * 2);
    }
    if (len > maxLen) maxLen = len;
    const cap = featureCapacity(len, dim);
    missBytes += featureBytes(len, dim);
    featBytes = Math.max(featBytes, align16((cap + 2) * 2) + align16(cap * 4));
  }
  const asciiList = allAscii ? misses : asciiTexts; // all misses ASCII: they are the list already
  if (asciiList.length > 1) asciiChars += asciiList.length - 1; // the spaces between them
  if (Math.min(asciiChars, ENCODER_RUN_MAX) > maxLen) maxLen = Math.min(asciiChars, ENCODER_RUN_MAX);
  // + TEXT_SLACK: the encoder reads a few code units past a text's end (vector loads; the values are unused)
  const bytes = align16(at + raw.length * 16) - at + align16(raw.length * 8) + align16(asciiChars + 16) + align16(asciiChars * 2) + units + TEXT_SLACK;
  return { hits, norm, ascii, asciiTexts: asciiList, asciiChars, bytes, missBytes, featBytes, maxLen, asciiBytes: allAscii ? asciiScratch : null };
}

const utf8 = new TextEncoder();
/** The misses' UTF-8 bytes from planTexts (reused across calls; read by writeTexts right after). */
let asciiScratch = new Uint8Array(4096);

/**
 * Writes a planned layout at `at` (memory already large enough): records (16 bytes each; hits filled
 * from the cache, misses by the Wasm encoder), the text table (pointer, length; length -1 for a hit),
 * the ASCII misses as bytes (one encodeInto for all of them) with room for their UTF-16, and the other
 * misses' code units.
 */
export function writeTexts(mem: WasmMemory, at: number, layout: TextLayout): TextPlacement {
  const { hits, norm, ascii } = layout;
  const records = align16(at);
  const table = align16(records + hits.length * 16);
  const asciiSrc = align16(table + hits.length * 8);
  const asciiDst = asciiSrc + align16(layout.asciiChars + 16);
  const i32 = mem.i32;
  const u16 = mem.u16;
  if (layout.asciiBytes) mem.u8.set(layout.asciiBytes.subarray(0, layout.asciiChars), asciiSrc);
  else if (layout.asciiChars > 0) utf8.encodeInto(layout.asciiTexts.length === 1 ? layout.asciiTexts[0]! : layout.asciiTexts.join(" "), mem.u8.subarray(asciiSrc, asciiSrc + layout.asciiChars));
  let asciiAt = asciiDst;
  let asciiIndex = 0;
  let cursor = asciiDst + align16(layout.asciiChars * 2);
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    const tab = (table >> 2) + i * 2;
    if (hit) {
      const r = (records >> 2) + i * 4;
      i32[r] = 0;
      i32[r + 1] = hit.idx;
      i32[r + 2] = hit.val;
      i32[r + 3] = hit.n;
      i32[tab] = 0;
      i32[tab + 1] = -1;
    } else if (!ascii || ascii[i]) {
      const len = layout.asciiTexts[asciiIndex++]!.length;
      i32[tab] = asciiAt;
      i32[tab + 1] = len;
      asciiAt += len * 2 + 2; // and the space before the next one
    } else {
      const t = norm![i]!;
      const chars = cursor >> 1;
      for (let k = 0; k < t.length; k++) u16[chars + k] = t.charCodeAt(k);
      i32[tab] = cursor;
      i32[tab + 1] = t.length;
      cursor = align16(cursor + t.length * 2);
    }
  }
  return { records, table, asciiSrc, asciiDst };
}

/** Texts longer than this are not cached (a planning state is far shorter; a huge one would evict everything). */
const CACHE_MAX_TEXT = 8192;
/** Entries before the cache starts over (bounds the Map as the byte budget bounds linear memory). */
const CACHE_MAX_ENTRIES = 4096;

/**
 * Encoded features of recent texts, kept in a region of the critic's linear memory: a hit costs a Map
 * lookup and no normalisation, encoding or copy (its record points at the cached features). A planning
 * decision re-scores the same state and thoughts across refine rounds; the JS encoder had an LRU cache
 * for the same reason. Misses are packed in order from a cursor; when a request's misses no longer fit,
 * the cache starts over (the region and the Map are bounded; no per-entry eviction bookkeeping).
 */
export class TextFeatureCache {
  private readonly map = new Map<string, CachedFeatures>();
  private cursor: number;
  /** Lookups that hit, texts encoded into the cache, and how often it started over. */
  readonly stats = { hits: 0, stored: 0, resets: 0 };

  constructor(readonly start: number, readonly end: number) {
    this.cursor = start;
  }

  get(text: string): CachedFeatures | undefined {
    const hit = text.length <= CACHE_MAX_TEXT ? this.map.get(text) : undefined;
    if (hit) this.stats.hits++;
    return hit;
  }

  get entries(): number {
    return this.map.size;
  }

  /** Where misses needing up to `bytes` can be packed, starting over if they do not fit; -1 when they never can. */
  reserve(bytes: number): number {
    if (bytes > this.end - this.start) return -1;
    if (this.cursor + bytes > this.end || this.map.size >= CACHE_MAX_ENTRIES) this.clear();
    return this.cursor;
  }

  /** Whether starting over would drop entries (the caller must then plan again: its hits would be stale). */
  wouldClear(bytes: number): boolean {
    return bytes <= this.end - this.start && (this.cursor + bytes > this.end || this.map.size >= CACHE_MAX_ENTRIES) && this.map.size > 0;
  }

  /** Records the misses' features, packed by Wasm from the reserved address up to `end`. */
  commit(texts: string[], hits: Array<CachedFeatures | null>, records: Int32Array, recordsAt: number, end: number): void {
    for (let i = 0; i < texts.length; i++)
      if (!hits[i] && texts[i]!.length <= CACHE_MAX_TEXT) {
        const r = (recordsAt >> 2) + i * 4;
        this.map.set(texts[i]!, { idx: records[r + 1]!, val: records[r + 2]!, n: records[r + 3]! });
        this.stats.stored++;
      }
    this.cursor = align16(end);
  }

  clear(): void {
    if (this.map.size > 0) this.stats.resets++;
    this.map.clear();
    this.cursor = this.start;
  }
}

/**
 * The Wasm encoder on its own, in a module instance of its own: the same features as encodeHashed
 * (tests pin it; the critic uses the layout functions above inside its own memory).
 */
export class WasmHashEncoder {
  private readonly wasm: CriticExports;
  private readonly enc: number;
  private readonly base: number;
  private readonly mem: WasmMemory;

  constructor(module: WebAssembly.Module, readonly spec: HashEncoderSpec) {
    this.wasm = new WebAssembly.Instance(module, { env: { abort: () => { throw new Error("the encoder Wasm module aborted"); } } }).exports as unknown as CriticExports;
    this.enc = align16(this.wasm.heap_base());
    this.base = align16(this.enc + encoderBytes(spec.dim));
    this.mem = new WasmMemory(this.wasm.memory);
    this.mem.ensure(this.base);
    writeEncoder(this.wasm.memory, this.enc, spec);
  }

  encode(text: string): SparseFeatures {
    return this.encodeAll([text])[0]!;
  }

  /** Several texts in one encode_texts call (ASCII ones as runs, as a decision's texts are). */
  encodeAll(texts: string[]): SparseFeatures[] {
    const layout = planTexts(this.base, texts, this.spec.dim, null);
    const features = align16(this.base + layout.bytes);
    const work = align16(features + layout.missBytes);
    this.mem.ensure(work + this.wasm.encoder_work_bytes(layout.maxLen));
    const { records, table, asciiSrc, asciiDst } = writeTexts(this.mem, this.base, layout);
    this.wasm.ascii_lower_widen(asciiSrc, layout.asciiChars, asciiDst);
    this.wasm.encode_texts(this.enc, table, texts.length, records, features, work);
    const rec = new Int32Array(this.wasm.memory.buffer, records, 4 * texts.length);
    return texts.map((_, i) => {
      const n = rec[4 * i + 3]!;
      return { indices: new Int32Array(this.wasm.memory.buffer, rec[4 * i + 1]!, n).slice(), values: new Float32Array(this.wasm.memory.buffer, rec[4 * i + 2]!, n).slice() };
    });
  }
}
