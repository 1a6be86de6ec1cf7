import type { PlanStage, PlanUsage, StageTimings, TraceEntry } from "./types.ts";

/** Records every stage of a decision with its timing; errors are stored through `redact`. */
export class TraceRecorder {
  readonly entries: TraceEntry[] = [];
  readonly start: number;

  constructor(
    private readonly now: () => number,
    private readonly redact: (s: string) => string,
  ) {
    this.start = now();
  }

  elapsed(): number {
    return this.now() - this.start;
  }

  /**
   * Runs `work` as one stage; records success with `describe(result)` or failure with the error, then
   * rethrows. `usage` is the stage's tally, read when the stage ends.
   */
  async run<T>(stage: PlanStage, round: number, work: () => Promise<T>, describe: (r: T) => string, usage?: PlanUsage): Promise<T> {
    const t0 = this.now();
    try {
      const result = await work();
      this.add(stage, round, t0, this.now() - t0, true, describe(result), usage);
      return result;
    } catch (err) {
      this.add(stage, round, t0, this.now() - t0, false, errorText(err), usage);
      throw err;
    }
  }

  add(stage: PlanStage, round: number, t0: number, durationMs: number, ok: boolean, detail: string, usage?: PlanUsage): void {
    this.entries.push({ stage, round, startMs: round2(t0 - this.start), durationMs: round2(durationMs), ok, detail: this.redact(detail), ...(usage ? { ...usage } : {}) });
  }

  timings(): StageTimings {
    const t: StageTimings = { propose: 0, goals: 0, encode: 0, critic: 0, refine: 0, act: 0, total: round2(this.elapsed()) };
    for (const e of this.entries) t[e.stage] = round2(t[e.stage] + e.durationMs);
    return t;
  }
}

export function errorText(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
