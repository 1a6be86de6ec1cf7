/**
 * The interned texts in one SharedArrayBuffer (UTF-16 code units and offsets), so trainer threads
 * read them without each holding a copy of every string (a structured clone would copy them per thread).
 */
export interface SharedTexts {
  units: Uint16Array;
  offsets: Int32Array;
}

export function shareTexts(texts: string[]): SharedTexts {
  const offsets = new Int32Array(new SharedArrayBuffer((texts.length + 1) * 4));
  let n = 0;
  texts.forEach((t, i) => ((n += t.length), (offsets[i + 1] = n)));
  const units = new Uint16Array(new SharedArrayBuffer(Math.max(2, n * 2)));
  texts.forEach((t, i) => {
    const o = offsets[i]!;
    for (let k = 0; k < t.length; k++) units[o + k] = t.charCodeAt(k);
  });
  return { units, offsets };
}

const CHUNK = 8192;

/** Text `id` of the shared table. */
export function sharedText(s: SharedTexts, id: number): string {
  const from = s.offsets[id]!, to = s.offsets[id + 1]!;
  let out = "";
  for (let o = from; o < to; o += CHUNK) out += String.fromCharCode.apply(null, s.units.subarray(o, Math.min(to, o + CHUNK)) as unknown as number[]);
  return out;
}
