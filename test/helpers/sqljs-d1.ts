/**
 * A D1Database over sql.js (real SQLite in Wasm) for Node tests: the migrations in migrations/ are
 * applied, and the handful of D1 methods the decision log uses behave as D1's do (batch is one
 * transaction). `failing()` makes every call reject, as an unreachable database would.
 */
import { readdirSync, readFileSync } from "node:fs";
import initSqlJs, { type Database } from "sql.js";

const ROOT = new URL("../..", import.meta.url).pathname;

export async function sqljsD1(): Promise<{ d1: D1Database; db: Database; failing(on: boolean): void; calls: () => number }> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  for (const f of readdirSync(`${ROOT}migrations`).filter((f) => f.endsWith(".sql")).sort()) db.exec(readFileSync(`${ROOT}migrations/${f}`, "utf8"));
  let fail = false;
  let calls = 0;
  const check = () => {
    calls++;
    if (fail) throw new Error("D1_ERROR: database unavailable (test)");
  };
  class Stmt {
    constructor(readonly sql: string, readonly params: unknown[] = []) {}
    bind(...params: unknown[]) {
      return new Stmt(this.sql, params);
    }
    exec() {
      const s = db.prepare(this.sql);
      s.bind(this.params as never);
      const rows: Record<string, unknown>[] = [];
      while (s.step()) rows.push(s.getAsObject());
      s.free();
      return { results: rows, success: true, meta: { changes: db.getRowsModified() } };
    }
    async first<T>() {
      check();
      return (this.exec().results[0] ?? null) as T | null;
    }
    async run() {
      check();
      return this.exec();
    }
    async all() {
      check();
      return this.exec();
    }
  }
  const d1 = {
    prepare: (sql: string) => new Stmt(sql),
    async batch(stmts: Stmt[]) {
      check();
      db.exec("BEGIN");
      try {
        const out = stmts.map((s) => s.exec());
        db.exec("COMMIT");
        return out;
      } catch (e) {
        db.exec("ROLLBACK");
        throw e;
      }
    },
  };
  return { d1: d1 as unknown as D1Database, db, failing: (on) => (fail = on), calls: () => calls };
}

export function count(db: Database, sql: string): number {
  return Number(db.exec(sql)[0]?.values[0]?.[0] ?? 0);
}
