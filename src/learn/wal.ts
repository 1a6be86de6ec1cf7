/**
 * A SQLite file as its readers see it: the main file with the committed frames of its write-ahead
 * log (`<file>-wal`) applied. `wrangler dev` keeps D1's local database in WAL mode and does not
 * always checkpoint on exit, so the newest rows may live only in the -wal file; sql.js reads a byte
 * image and knows nothing of it. Format: sqlite.org/fileformat2.html#walformat (frames count only
 * while their salts match the header and the running checksum holds; the image ends at the last commit).
 */
export function applyWal(db: Uint8Array, wal: Uint8Array): Uint8Array {
  if (wal.length < 32) return db;
  const dv = new DataView(wal.buffer, wal.byteOffset, wal.byteLength);
  const magic = dv.getUint32(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return db;
  const bigEndian = (magic & 1) === 1;
  const pageSize = dv.getUint32(8) === 1 ? 65536 : dv.getUint32(8);
  const salt1 = dv.getUint32(16), salt2 = dv.getUint32(20);
  let [s0, s1] = checksum(dv, 0, 24, 0, 0, bigEndian);
  if (s0 !== dv.getUint32(24) || s1 !== dv.getUint32(28)) return db;
  const committed = new Map<number, Uint8Array>();
  const pending = new Map<number, Uint8Array>();
  let pages = 0;
  for (let off = 32; off + 24 + pageSize <= wal.length; off += 24 + pageSize) {
    if (dv.getUint32(off + 8) !== salt1 || dv.getUint32(off + 12) !== salt2) break;
    [s0, s1] = checksum(dv, off, 8, s0, s1, bigEndian);
    [s0, s1] = checksum(dv, off + 24, pageSize, s0, s1, bigEndian);
    if (s0 !== dv.getUint32(off + 16) || s1 !== dv.getUint32(off + 20)) break;
    pending.set(dv.getUint32(off), wal.subarray(off + 24, off + 24 + pageSize));
    const commitSize = dv.getUint32(off + 4);
    if (commitSize > 0) {
      for (const [k, v] of pending) committed.set(k, v);
      pending.clear();
      pages = commitSize;
    }
  }
  if (pages === 0) return db;
  const out = new Uint8Array(pages * pageSize);
  out.set(db.subarray(0, Math.min(db.length, out.length)));
  for (const [pgno, page] of committed) if (pgno <= pages) out.set(page, (pgno - 1) * pageSize);
  out[18] = 1; // file format read/write versions: legacy (rollback journal), as the image has no WAL beside it
  out[19] = 1;
  return out;
}

function checksum(dv: DataView, off: number, len: number, s0: number, s1: number, bigEndian: boolean): [number, number] {
  for (let i = off; i < off + len; i += 8) {
    s0 = (s0 + dv.getUint32(i, !bigEndian) + s1) >>> 0;
    s1 = (s1 + dv.getUint32(i + 4, !bigEndian) + s0) >>> 0;
  }
  return [s0, s1];
}
