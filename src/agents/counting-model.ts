/** Wraps a language model so an agent can read how many calls and tokens one decision used. */
import type { GenerateRequest, GenerateResult, LanguageModelV1 } from "../planner/types.ts";

export class CountingModel implements LanguageModelV1 {
  readonly specificationVersion = "v1" as const;
  calls = 0;
  inputTokens = 0;
  outputTokens = 0;
  constructor(private readonly inner: LanguageModelV1) {}
  get provider() {
    return this.inner.provider;
  }
  get modelId() {
    return this.inner.modelId;
  }
  async doGenerate(req: GenerateRequest): Promise<GenerateResult> {
    this.calls++;
    const r = await this.inner.doGenerate(req);
    this.inputTokens += r.usage.inputTokens;
    this.outputTokens += r.usage.outputTokens;
    return r;
  }
  /** Runs `work` and returns its result with the calls and tokens it used and its wall time. */
  async measure<T>(work: () => Promise<T>): Promise<{ value: T; llmCalls: number; inputTokens: number; outputTokens: number; seconds: number }> {
    const c0 = this.calls, i0 = this.inputTokens, o0 = this.outputTokens;
    const t0 = performance.now();
    const value = await work();
    return { value, llmCalls: this.calls - c0, inputTokens: this.inputTokens - i0, outputTokens: this.outputTokens - o0, seconds: (performance.now() - t0) / 1000 };
  }
}

/** Measures work that makes no LLM call. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const t0 = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - t0) / 1000 };
}
