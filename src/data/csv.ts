/**
 * A small RFC 4180 CSV parser: quoted fields may hold commas, quotes ("" escapes) and line breaks.
 * The corpora's sentences contain all three, so splitting on commas is not an option.
 */

export class CsvError extends Error {}

/** Parses CSV text into rows of fields. Accepts \n and \r\n line ends; a trailing newline adds no row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let line = 1;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // BOM
  while (i < n) {
    const c = text[i]!;
    if (c === '"' && field === "") {
      // quoted field
      const startLine = line;
      i++;
      for (;;) {
        if (i >= n) throw new CsvError(`unterminated quoted field starting on line ${startLine}`);
        const d = text[i]!;
        if (d === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (d === "\n") line++;
        field += d;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r")
        throw new CsvError(`line ${line}: unexpected character after a closing quote`);
      continue;
    }
    if (c === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (c === "\n" || c === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Parses CSV with a header row into records keyed by column name; names the missing column on error. */
export function parseCsvRecords(text: string, required: string[], file = "csv"): Array<Record<string, string>> {
  const rows = parseCsv(text);
  if (rows.length === 0) throw new CsvError(`${file}: empty file`);
  const header = rows[0]!.map((h) => h.trim());
  for (const col of required) if (!header.includes(col)) throw new CsvError(`${file}: missing column "${col}" (has ${header.join(", ")})`);
  const out: Array<Record<string, string>> = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    if (cells.length === 1 && cells[0] === "") continue;
    const rec: Record<string, string> = {};
    header.forEach((h, j) => (rec[h] = cells[j] ?? ""));
    out.push(rec);
  }
  return out;
}
