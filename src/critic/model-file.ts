/**
 * Reads and writes the `.pnlc` model file (docs/model-format.md): header, metadata JSON, 16-aligned
 * weights arena, CRC-32. The reader validates everything before handing out tensor views.
 */
import { crc32 } from "./crc32.ts";
import { CriticError } from "./errors.ts";
import { DTYPE_BYTES, parseMeta } from "./meta-schema.ts";
import type { DType, ModelMeta, TensorEntry } from "./types.ts";

export const MAGIC = "PNLC";
/** The version this runtime writes; it reads every version in SUPPORTED_VERSIONS (docs/model-format.md). */
export const FORMAT_VERSION = 2;
export const SUPPORTED_VERSIONS: readonly number[] = [1, 2];
const HEADER_BYTES = 16;
/** Largest weight scale a file may hold: |w| up to 127 * 1e6; trained weights are many orders smaller. */
export const MAX_SCALE = 1e6;
const TRAILER_BYTES = 4;

export type TensorArray = Int8Array | Float32Array | Int32Array;

/** A tensor to write: its data must match dtype and shape. */
export interface NamedTensor {
  name: string;
  dtype: DType;
  shape: number[];
  data: TensorArray;
}

export interface ModelFile {
  meta: ModelMeta;
  /** The weights arena (16-byte aligned in its buffer); tensor offsets are relative to it. */
  arena: Uint8Array;
  /** Views into `arena`, by tensor name. */
  tensors: Map<string, TensorArray>;
  /** Total file size in bytes. */
  fileBytes: number;
  crc: number;
}

const align16 = (n: number) => (n + 15) & ~15;

function viewOf(arena: Uint8Array, t: TensorEntry): TensorArray {
  const off = arena.byteOffset + t.offset;
  const n = t.byteLength / DTYPE_BYTES[t.dtype];
  if (t.dtype === "i8") return new Int8Array(arena.buffer, off, n);
  if (t.dtype === "f32") return new Float32Array(arena.buffer, off, n);
  return new Int32Array(arena.buffer, off, n);
}

/** Parses and fully validates a model file. Throws CriticError naming the first problem found. */
export function readModelFile(bytes: Uint8Array): ModelFile {
  if (!(bytes instanceof Uint8Array)) throw new CriticError("bad_input", "model bytes must be a Uint8Array");
  if (bytes.length < HEADER_BYTES + TRAILER_BYTES)
    throw new CriticError("truncated", `file is ${bytes.length} bytes, shorter than the ${HEADER_BYTES + TRAILER_BYTES}-byte header and checksum`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== MAGIC) throw new CriticError("bad_magic", `magic is ${JSON.stringify(magic)}, expected "PNLC"`);
  const version = dv.getUint16(4, true);
  if (!SUPPORTED_VERSIONS.includes(version))
    throw new CriticError("bad_version", `format version ${version} is not supported: this runtime reads versions ${SUPPORTED_VERSIONS.join(" and ")} (a newer pnlc-edge wrote the file?)`);
  if (dv.getUint16(6, true) !== 0) throw new CriticError("bad_meta", "reserved header field is not 0");
  const metaLen = dv.getUint32(8, true);
  const arenaLen = dv.getUint32(12, true);
  const arenaStart = align16(HEADER_BYTES + metaLen);
  const expected = arenaStart + arenaLen + TRAILER_BYTES;
  if (bytes.length < expected)
    throw new CriticError("truncated", `file is ${bytes.length} bytes but its header declares ${expected} (metadata ${metaLen}, arena ${arenaLen})`);
  if (bytes.length > expected) throw new CriticError("bad_meta", `file has ${bytes.length - expected} bytes after the checksum`);
  const stored = dv.getUint32(expected - TRAILER_BYTES, true);
  const computed = crc32(bytes.subarray(0, expected - TRAILER_BYTES));
  if (stored !== computed)
    throw new CriticError("checksum", `CRC-32 mismatch: stored ${stored.toString(16).padStart(8, "0")}, computed ${computed.toString(16).padStart(8, "0")}`);
  for (let i = HEADER_BYTES + metaLen; i < arenaStart; i++) if (bytes[i] !== 0) throw new CriticError("bad_meta", "padding after metadata is not zero");

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + metaLen)));
  } catch (e) {
    throw new CriticError("bad_meta", `metadata is not valid UTF-8 JSON: ${(e as Error).message}`);
  }
  const meta = parseMeta(json, arenaLen);
  if (meta.version !== version) throw new CriticError("bad_version", `header says format version ${version}, the metadata says ${meta.version}`);

  // Typed views need aligned addresses: copy the arena when the caller's buffer is not 16-aligned.
  let arena = bytes.subarray(arenaStart, arenaStart + arenaLen);
  if (arena.byteOffset % 16 !== 0) arena = arena.slice();
  const tensors = new Map<string, TensorArray>();
  for (const t of meta.tensors) {
    const view = viewOf(arena, t);
    if (view instanceof Float32Array) {
      for (let i = 0; i < view.length; i++)
        if (!Number.isFinite(view[i]!)) throw new CriticError("bad_scale", `tensor ${t.name} holds a non-finite value (${view[i]}) at index ${i}`);
      if (t.name.endsWith(".scale"))
        for (let i = 0; i < view.length; i++) if (view[i]! < 0) throw new CriticError("bad_scale", `model "${meta.name}": tensor ${t.name} holds a negative scale at index ${i}`);
      // row scales multiply input values before the bag: zero would silently drop a feature
      if (t.name.endsWith(".rowscale"))
        for (let i = 0; i < view.length; i++) if (!(view[i]! > 0)) throw new CriticError("bad_scale", `model "${meta.name}": tensor ${t.name} holds a row scale <= 0 (${view[i]}) at index ${i}`);
      // a scale is max|w| / 127: above MAX_SCALE the weights are corrupt, and scoring would overflow and
      // seem to blame the caller's input; refuse here, where the model is at fault
      if (t.name.endsWith("scale"))
        for (let i = 0; i < view.length; i++)
          if (view[i]! > MAX_SCALE) throw new CriticError("bad_scale", `model "${meta.name}": tensor ${t.name} holds a scale of ${view[i]} at index ${i}, above ${MAX_SCALE} (corrupt weights)`);
    }
    tensors.set(t.name, view);
  }
  return { meta, arena, tensors, fileBytes: bytes.length, crc: stored };
}

/**
 * Lays out the tensors in a 16-aligned arena, fills meta.tensors, and returns the file bytes (header
 * version = meta.version, so a version-1 file can still be written, e.g. to test the old path).
 * The result is read back through readModelFile, so a file this writes always loads.
 */
export function writeModelFile(meta: Omit<ModelMeta, "tensors">, tensors: NamedTensor[]): Uint8Array {
  const entries: TensorEntry[] = [];
  let offset = 0;
  for (const t of tensors) {
    const count = t.shape.reduce((a, b) => a * b, 1);
    if (t.data.length !== count) throw new CriticError("inconsistent_dims", `tensor ${t.name}: ${t.data.length} values for shape [${t.shape.join(", ")}]`);
    const byteLength = count * DTYPE_BYTES[t.dtype];
    entries.push({ name: t.name, dtype: t.dtype, shape: [...t.shape], offset, byteLength });
    offset = align16(offset + byteLength);
  }
  const arenaLen = offset;
  const metaBytes = new TextEncoder().encode(JSON.stringify({ ...meta, tensors: entries }));
  const arenaStart = align16(HEADER_BYTES + metaBytes.length);
  const total = arenaStart + arenaLen + TRAILER_BYTES;
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  out.set([0x50, 0x4e, 0x4c, 0x43], 0);
  dv.setUint16(4, meta.version, true);
  dv.setUint16(6, 0, true);
  dv.setUint32(8, metaBytes.length, true);
  dv.setUint32(12, arenaLen, true);
  out.set(metaBytes, HEADER_BYTES);
  tensors.forEach((t, i) => out.set(new Uint8Array(t.data.buffer, t.data.byteOffset, entries[i]!.byteLength), arenaStart + entries[i]!.offset));
  dv.setUint32(total - TRAILER_BYTES, crc32(out.subarray(0, total - TRAILER_BYTES)), true);
  readModelFile(out);
  return out;
}
