/**
 * The decision log on D1 (Cloudflare's SQLite). `log` only queues; `flush` (run by the Worker through
 * ctx.waitUntil, after the response) writes the queue in batches of prepared INSERTs, each batch
 * raced against a timeout. A failed or timed-out batch is counted as missed and dropped: a database
 * outage costs log rows, never a failed or slow answer. The queue is bounded (oldest dropped and
 * counted) so a dead database cannot grow the isolate's memory.
 * A batch that times out may still land later; it stays counted as missed (the count is an upper bound).
 */
import { feedbackDifference } from "./feedback.ts";
import type { DecisionLogger, DecisionRecord, Feedback, FeedbackResult, FeedbackStore, LogStats } from "./types.ts";

export interface D1LogOptions {
  /** Rows per D1 batch (one round trip). */
  batchSize?: number;
  /** How long the first queued decision waits for others to join its batch. */
  flushDelayMs?: number;
  /** A batch not written by then is counted as missed. */
  writeTimeoutMs?: number;
  /** Decisions queued beyond this are dropped (oldest first) and counted as missed. */
  maxQueue?: number;
  /** Rows older than this many days are deleted (at most once an hour per isolate); 0 keeps everything. */
  retentionDays?: number;
  now?: () => number;
}

const DEFAULTS = { batchSize: 100, flushDelayMs: 50, writeTimeoutMs: 2000, maxQueue: 2000, retentionDays: 0 };
const PRUNE_EVERY_MS = 3_600_000;
const DAY_MS = 86_400_000;

const INSERT = `INSERT OR IGNORE INTO decisions (id, episode_id, step, created_at, source, state, candidates, chosen_index, thought, action,
  propensity, model, model_sha256, shadow, knobs, latency_ms, degraded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export class D1DecisionLog implements DecisionLogger, FeedbackStore {
  private readonly opts: typeof DEFAULTS & { now: () => number };
  private queue: DecisionRecord[] = [];
  private running: Promise<void> | null = null;
  private written = 0;
  private missed = 0;
  private lastError: string | undefined;
  private lastPrune = -Infinity;

  constructor(private readonly db: D1Database, options: D1LogOptions = {}) {
    this.opts = { ...DEFAULTS, now: () => Date.now(), ...options } as typeof this.opts;
  }

  log(decision: DecisionRecord): void {
    this.queue.push(decision);
    if (this.queue.length > this.opts.maxQueue) {
      const dropped = this.queue.length - this.opts.maxQueue;
      this.queue.splice(0, dropped);
      this.miss(dropped, `queue full (${this.opts.maxQueue}): dropped the oldest decisions`);
    }
  }

  stats(): LogStats {
    return { written: this.written, missed: this.missed, pending: this.queue.length, ...(this.lastError ? { lastError: this.lastError } : {}) };
  }

  /** One flush at a time: callers that arrive while one runs share it (their decisions are in its queue). */
  flush(): Promise<void> {
    if (!this.running) this.running = this.drain().finally(() => (this.running = null));
    return this.running;
  }

  private async drain(): Promise<void> {
    if (this.opts.flushDelayMs > 0) await new Promise((r) => setTimeout(r, this.opts.flushDelayMs));
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.opts.batchSize);
      try {
        await withTimeout(this.db.batch(batch.map((d) => this.insert(d))), this.opts.writeTimeoutMs);
        this.written += batch.length;
      } catch (err) {
        this.miss(batch.length, err instanceof Error ? err.message : String(err));
      }
    }
    await this.prune();
  }

  private insert(d: DecisionRecord): D1PreparedStatement {
    return this.db.prepare(INSERT).bind(
      d.id, d.episodeId, d.step, d.createdAt, d.source, d.state, JSON.stringify(d.candidates), d.chosenIndex, d.thought, d.action,
      d.propensity, d.model, d.modelSha256, d.shadow ? JSON.stringify(d.shadow) : null, JSON.stringify(d.knobs), d.latencyMs, d.degraded ? 1 : 0,
    );
  }

  private miss(n: number, why: string): void {
    this.missed += n;
    this.lastError = why.slice(0, 200);
  }

  private async prune(): Promise<void> {
    const days = this.opts.retentionDays;
    const now = this.opts.now();
    if (!(days > 0) || now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    const cutoff = now - days * DAY_MS;
    try {
      await withTimeout(this.db.batch([
        this.db.prepare("DELETE FROM decisions WHERE created_at < ?").bind(cutoff),
        this.db.prepare("DELETE FROM feedback WHERE created_at < ?").bind(cutoff),
      ]), this.opts.writeTimeoutMs);
    } catch (err) {
      this.lastError = `retention: ${err instanceof Error ? err.message : String(err)}`.slice(0, 200);
    }
  }

  async recordFeedback(fb: Feedback): Promise<FeedbackResult> {
    // Decisions of this episode still queued in this isolate are written first, so an application
    // that reports the outcome right after its last decision does not get a 404.
    if (this.queue.length > 0 || this.running) await this.flush();
    const steps = await this.db.prepare("SELECT COUNT(*) AS n, MAX(step) AS last FROM decisions WHERE episode_id = ?").bind(fb.episodeId).first<{ n: number; last: number | null }>();
    if (!steps || steps.n === 0) return { status: "unknown_episode", episodeId: fb.episodeId };
    const badEvent = fb.events.findIndex((e) => e.step > (steps.last ?? 0));
    if (badEvent >= 0) return { status: "conflict", episodeId: fb.episodeId, field: `events[${badEvent}].step` };
    const res = await this.db.prepare("INSERT INTO feedback (episode_id, outcome_text, success, value, events, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (episode_id) DO NOTHING")
      .bind(fb.episodeId, fb.outcome.text, fb.outcome.success === undefined ? null : fb.outcome.success ? 1 : 0, fb.outcome.value ?? null, JSON.stringify(fb.events), this.opts.now())
      .run();
    if ((res.meta?.changes ?? 0) > 0) return { status: "recorded", episodeId: fb.episodeId, decisions: steps.n };
    const row = await this.db.prepare("SELECT outcome_text, success, value, events FROM feedback WHERE episode_id = ?").bind(fb.episodeId)
      .first<{ outcome_text: string; success: number | null; value: number | null; events: string }>();
    if (!row) throw new Error("feedback row vanished between insert and read");
    const stored: Feedback = {
      episodeId: fb.episodeId,
      outcome: { text: row.outcome_text, ...(row.success !== null ? { success: row.success === 1 } : {}), ...(row.value !== null ? { value: row.value } : {}) },
      events: JSON.parse(row.events),
    };
    const field = feedbackDifference(stored, fb);
    return field ? { status: "conflict", episodeId: fb.episodeId, field } : { status: "duplicate", episodeId: fb.episodeId, decisions: steps.n };
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`write timed out after ${ms} ms`)), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
