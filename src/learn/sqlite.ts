/**
 * Opens a decision log for reading in Node: D1's local SQLite file (under .wrangler/state/v3/d1/) or
 * the SQL text of `wrangler d1 export`, both through sql.js (SQLite compiled to Wasm: Node 20 has no
 * node:sqlite, and native bindings would need a compiler or a download at install).
 */
import { existsSync, readFileSync } from "node:fs";
import { applyWal } from "./wal.ts";
import initSqlJs, { type Database } from "sql.js";

const SQLITE_MAGIC = "SQLite format 3\u0000";

export async function openLogDatabase(path: string): Promise<Database> {
  const bytes = readFileSync(path);
  const SQL = await initSqlJs();
  if (bytes.subarray(0, 16).toString("latin1") === SQLITE_MAGIC) {
    const wal = `${path}-wal`;
    return new SQL.Database(existsSync(wal) ? applyWal(new Uint8Array(bytes), new Uint8Array(readFileSync(wal))) : bytes);
  }
  const db = new SQL.Database();
  try {
    db.exec(bytes.toString("utf8"));
  } catch (e) {
    db.close();
    throw new Error(`${path}: neither a SQLite file nor SQL that runs (${(e as Error).message})`);
  }
  return db;
}

export function rows<T>(db: Database, sql: string, params: unknown[] = []): T[] {
  const st = db.prepare(sql);
  st.bind(params as never);
  const out: T[] = [];
  while (st.step()) out.push(st.getAsObject() as T);
  st.free();
  return out;
}
