import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvError, parseCsv, parseCsvRecords } from "../src/data/csv.ts";

describe("RFC 4180 CSV parser", () => {
  it("handles quoted commas, escaped quotes, line breaks and CRLF", () => {
    const text = 'a,b,c\r\n1,"x, y","he said ""hi"""\r\n2,"two\nlines",\n';
    expect(parseCsv(text)).toEqual([["a", "b", "c"], ["1", "x, y", 'he said "hi"'], ["2", "two\nlines", ""]]);
  });

  it("names the missing column and rejects an unterminated quote", () => {
    expect(() => parseCsvRecords("a,b\n1,2\n", ["a", "Unit"], "f.csv")).toThrow(/f\.csv: missing column "Unit"/);
    expect(() => parseCsv('a,"open\n')).toThrow(CsvError);
  });

  it("parses what a quoting writer produces (property)", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", " ", "é") });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
        const text = table.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(",")).join("\r\n") + "\r\n";
        expect(parseCsv(text)).toEqual(table);
      }),
    );
  });
});
