/**
 * Service configuration from wrangler vars and secrets, validated once per isolate (so a typo fails
 * loudly with the variable's name instead of at the first LLM call). Secrets: PNLC_LLM_API_KEY,
 * PNLC_EMBEDDING_API_KEY, PNLC_API_TOKEN. Documented in docs/design/service.md.
 */
import { z } from "zod";

const intVar = (name: string, min: number, max: number, dflt: number) =>
  z.preprocess((v) => (v === undefined || v === "" ? dflt : Number(v)), z.number({ error: `${name} must be a number` }).int(`${name} must be an integer`).min(min, `${name} must be >= ${min}`).max(max, `${name} must be <= ${max}`));

const optStr = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());
const url = (name: string) => z.preprocess((v) => (v === "" ? undefined : v), z.url({ error: `${name} must be a URL` }).optional());

export const EnvSchema = z.object({
  PNLC_DEFAULT_MODEL: optStr,
  PNLC_LLM_PROVIDER: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["none", "openai-compatible", "anthropic", "workers-ai"], { error: "PNLC_LLM_PROVIDER must be none, openai-compatible, anthropic or workers-ai" }).optional()),
  PNLC_LLM_BASE_URL: url("PNLC_LLM_BASE_URL"),
  PNLC_LLM_MODEL: optStr,
  PNLC_LLM_API_KEY: optStr,
  PNLC_LLM_TIMEOUT_MS: intVar("PNLC_LLM_TIMEOUT_MS", 100, 300_000, 15_000),
  PNLC_LLM_RETRIES: intVar("PNLC_LLM_RETRIES", 0, 5, 2),
  PNLC_DEADLINE_MS: intVar("PNLC_DEADLINE_MS", 100, 600_000, 25_000),
  PNLC_EMBEDDING_PROVIDER: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["hash", "workers-ai", "openai-compatible"], { error: "PNLC_EMBEDDING_PROVIDER must be hash, workers-ai or openai-compatible" }).default("hash")),
  PNLC_EMBEDDING_MODEL: optStr,
  PNLC_EMBEDDING_BASE_URL: url("PNLC_EMBEDDING_BASE_URL"),
  PNLC_EMBEDDING_API_KEY: optStr,
  PNLC_API_TOKEN: optStr,
  PNLC_MAX_BODY_BYTES: intVar("PNLC_MAX_BODY_BYTES", 1024, 10_000_000, 256 * 1024),
  /** JSON object {"model-name": "sha256 hex"} of models loadable from the MODELS (R2) or MODELS_KV binding. */
  PNLC_REMOTE_MODELS: z.preprocess(
    (v) => {
      if (v === undefined || v === "") return {};
      if (typeof v !== "string") return v;
      try {
        return JSON.parse(v);
      } catch {
        return "not json";
      }
    },
    z.record(z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, "model names are lowercase [a-z0-9._-]"), z.string().regex(/^[0-9a-f]{64}$/, "checksums are sha256 hex"), { error: "PNLC_REMOTE_MODELS must be a JSON object of name -> sha256 hex" }),
  ),
});

export type EnvConfig = z.infer<typeof EnvSchema>;

export type LlmConfig =
  | { provider: "none" }
  | { provider: "openai-compatible"; baseURL: string; model: string; apiKey?: string }
  | { provider: "anthropic"; model: string; apiKey: string; baseURL?: string }
  | { provider: "workers-ai"; model: string };

export interface ServiceConfig {
  env: EnvConfig;
  llm: LlmConfig;
  /** Every secret value, for the redactor. */
  secrets: string[];
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export function parseConfig(raw: Record<string, unknown>, hasAiBinding: boolean): ServiceConfig {
  const strings: Record<string, unknown> = {};
  for (const key of Object.keys(EnvSchema.shape)) if (typeof raw[key] === "string") strings[key] = raw[key];
  const parsed = EnvSchema.safeParse(strings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`config: ${issue.path.join(".")}: ${issue.message}`);
  }
  const env = parsed.data;
  const provider = env.PNLC_LLM_PROVIDER ?? (env.PNLC_LLM_BASE_URL ? "openai-compatible" : "none");
  const need = (v: string | undefined, name: string) => {
    if (!v) throw new ConfigError(`config: ${name} is required when PNLC_LLM_PROVIDER is ${provider}`);
    return v;
  };
  let llm: LlmConfig;
  if (provider === "openai-compatible") llm = { provider, baseURL: need(env.PNLC_LLM_BASE_URL, "PNLC_LLM_BASE_URL"), model: need(env.PNLC_LLM_MODEL, "PNLC_LLM_MODEL"), ...(env.PNLC_LLM_API_KEY ? { apiKey: env.PNLC_LLM_API_KEY } : {}) };
  else if (provider === "anthropic") llm = { provider, model: need(env.PNLC_LLM_MODEL, "PNLC_LLM_MODEL"), apiKey: need(env.PNLC_LLM_API_KEY, "PNLC_LLM_API_KEY"), ...(env.PNLC_LLM_BASE_URL ? { baseURL: env.PNLC_LLM_BASE_URL } : {}) };
  else if (provider === "workers-ai") {
    if (!hasAiBinding) throw new ConfigError("config: PNLC_LLM_PROVIDER is workers-ai but the AI binding is missing (add [ai] binding = \"AI\" to wrangler.toml)");
    llm = { provider, model: need(env.PNLC_LLM_MODEL, "PNLC_LLM_MODEL") };
  } else llm = { provider: "none" };
  if (env.PNLC_EMBEDDING_PROVIDER === "workers-ai" && !hasAiBinding) throw new ConfigError("config: PNLC_EMBEDDING_PROVIDER is workers-ai but the AI binding is missing");
  if (env.PNLC_EMBEDDING_PROVIDER === "openai-compatible" && !env.PNLC_EMBEDDING_BASE_URL) throw new ConfigError("config: PNLC_EMBEDDING_BASE_URL is required when PNLC_EMBEDDING_PROVIDER is openai-compatible");
  const secrets = [env.PNLC_LLM_API_KEY, env.PNLC_EMBEDDING_API_KEY, env.PNLC_API_TOKEN].filter((s): s is string => !!s);
  return { env, llm, secrets };
}
