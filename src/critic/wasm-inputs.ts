/**
 * Already-encoded inputs (sparse features or dense vectors) written into the critic's memory as text
 * records for assembly/driver.ts, and the error for a record the Wasm input check refused.
 */
import { checkEncoded } from "./encode.ts";
import { CriticError } from "./errors.ts";
import type { EncodedInput } from "./types.ts";
import { align16, type WasmMemory } from "./wasm-memory.ts";

/**
 * Writes text records (16 bytes each: kind, ptrA, ptrB, n) followed by their data, checking each
 * input's shape against the model as it copies (dense length and finite values, sparse array types).
 * Sparse indices and values are checked by the Wasm pass that reads them anyway (critic_score returns
 * the bad record): see reportBadText.
 * `name(i)` names the i-th text in an error. Returns the records' address, the end of the data and
 * the bytes of per-text input scratch the kernels need (16-aligned; see assembly/driver.ts).
 */
export function writeEncodedInputs(mem: WasmMemory, at: number, texts: EncodedInput[], dim: number, name: (i: number) => string): { records: number; end: number; featBytes: number } {
  const records = align16(at);
  let need = align16(records + texts.length * 16);
  let featBytes = 16;
  for (let i = 0; i < texts.length; i++) {
    const x = texts[i]!;
    if (x instanceof Float32Array) {
      if (x.length !== dim) throw new CriticError("encoder_mismatch", `${name(i)}: vector has ${x.length} values, the model expects ${dim}`);
      need += align16(x.length * 4);
      featBytes = Math.max(featBytes, align16(dim * 4));
    } else {
      if (!x || !(x.indices instanceof Int32Array) || !(x.values instanceof Float32Array) || x.indices.length !== x.values.length)
        throw new CriticError("bad_input", `${name(i)}: sparse features need Int32Array indices and Float32Array values of the same length`);
      need += align16(x.indices.length * 4) * 2;
      featBytes = Math.max(featBytes, align16((x.indices.length + 2) * 2) + align16(x.indices.length * 4));
    }
  }
  mem.ensure(need + 16);
  const i32 = mem.i32, f32 = mem.f32;
  let cursor = align16(records + texts.length * 16);
  for (let i = 0; i < texts.length; i++) {
    const x = texts[i]!;
    const r = (records >> 2) + i * 4;
    if (x instanceof Float32Array) {
      const base = cursor >> 2;
      for (let k = 0; k < x.length; k++) {
        const v = x[k]!;
        if (v - v !== 0) throw new CriticError("bad_input", `${name(i)}: vector value ${k} is ${v}`);
        f32[base + k] = v;
      }
      i32[r] = 1;
      i32[r + 1] = cursor;
      i32[r + 2] = 0;
      i32[r + 3] = x.length;
      cursor = align16(cursor + x.length * 4);
    } else {
      const xi = x.indices, xv = x.values;
      const n = xi.length;
      const idx = cursor;
      const val = align16(idx + n * 4);
      i32.set(xi, idx >> 2);
      f32.set(xv, val >> 2);
      i32[r] = 0;
      i32[r + 1] = idx;
      i32[r + 2] = val;
      i32[r + 3] = n;
      cursor = align16(val + n * 4);
    }
  }
  return { records, end: cursor, featBytes };
}

/** Throws the error for the text record at `bad` that the Wasm input check refused. */
export function reportBadText(texts: EncodedInput[], inputDim: number, records: number, bad: number, name: (i: number) => string): never {
  const i = (bad - records) / 16;
  checkEncoded(texts[i]!, inputDim, name(i)); // throws with the index or value at fault
  throw new CriticError("bad_input", `${name(i)}: feature values times the model's row scales overflow float32`);
}
