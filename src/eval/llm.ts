/**
 * The `--llm` option of the evaluation commands:
 *   none          no LLM (scripted agents only)
 *   mock[:MS]     the OpenAI-compatible mock server on 127.0.0.1 with MS ms per call (default 300),
 *                 reached over HTTP like a real provider, so wall time is measured the same way
 *   env           a real provider from PNLC_LLM_PROVIDER / PNLC_LLM_BASE_URL / PNLC_LLM_MODEL / PNLC_LLM_API_KEY
 */
import type { LanguageModelV1 } from "../planner/types.ts";
import { parseConfig } from "../providers/config.ts";
import { languageModelFromConfig } from "../providers/from-config.ts";
import { openAICompatibleModel } from "../providers/llm-providers.ts";
import { startMockLlm, type MockLlmServer } from "../mock-llm/server.ts";
import { evalMockScript } from "./mock-script.ts";

export interface EvalLlm {
  model?: LanguageModelV1;
  label: string;
  close(): Promise<void>;
}

export async function openEvalLlm(spec: string): Promise<EvalLlm> {
  if (spec === "none") return { label: "none", close: async () => {} };
  const mock = /^mock(?::(\d+))?$/.exec(spec);
  if (mock) {
    const latencyMs = mock[1] ? Number(mock[1]) : 300;
    const server: MockLlmServer = await startMockLlm({ latencyMs, script: evalMockScript() });
    const model = openAICompatibleModel({ baseURL: server.baseURL, model: "mock-llm", policy: { timeoutMs: 60_000, retry: { retries: 0 } } });
    return { model, label: `mock:${latencyMs}ms`, close: () => server.close() };
  }
  if (spec === "env") {
    const config = parseConfig(process.env as Record<string, unknown>, false);
    const model = languageModelFromConfig(config, {});
    if (!model) throw new Error("--llm env: PNLC_LLM_PROVIDER/PNLC_LLM_BASE_URL do not configure an LLM");
    return { model, label: `${model.provider}:${model.modelId}`, close: async () => {} };
  }
  throw new Error(`--llm must be none, mock[:MS] or env, got ${spec}`);
}
