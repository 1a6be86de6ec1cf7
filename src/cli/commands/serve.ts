/**
 * `pnlc serve`: the Worker under `wrangler dev` on 127.0.0.1, configured from flags (LLM provider,
 * model, token) instead of editing wrangler.toml. Keys belong in .dev.vars (PNLC_LLM_API_KEY=...),
 * which wrangler dev reads; they are never taken on the command line.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { CliError } from "../index.ts";

const PROVIDERS = ["none", "openai-compatible", "anthropic"] as const;

/**
 * The environment `npm start` gives wrangler (package.json "start"): no usage metrics and no
 * request.cf lookup, both of which call Cloudflare and print getaddrinfo stack traces offline.
 */
export const DEV_ENV = { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" } as const;

export function register(program: Command): void {
  program
    .command("serve")
    .description("run the planning service locally (wrangler dev on 127.0.0.1); keys go in .dev.vars")
    .option("--port <n>", "port", "8787")
    .option("--provider <name>", `LLM provider: ${PROVIDERS.join(", ")} (default: openai-compatible when --llm-base-url is given, else none = offline)`)
    .option("--llm-base-url <url>", "OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1 (Ollama)")
    .option("--llm-model <id>", "LLM model id")
    .option("--model <name>", "default critic model (see GET /v1/models)")
    .action(async (opts: { port: string; provider?: string; llmBaseUrl?: string; llmModel?: string; model?: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 1 || port > 65535) throw new CliError(`--port must be an integer in [1, 65535], got ${opts.port}`);
      if (opts.provider && !(PROVIDERS as readonly string[]).includes(opts.provider)) throw new CliError(`--provider must be one of ${PROVIDERS.join(", ")}, got ${opts.provider}`);
      if (opts.llmBaseUrl && !URL.canParse(opts.llmBaseUrl)) throw new CliError(`--llm-base-url must be a URL, got ${opts.llmBaseUrl}`);
      if ((opts.llmBaseUrl || opts.provider === "anthropic") && !opts.llmModel) throw new CliError("--llm-model is required with an LLM provider");
      if (!existsSync("build/critic.wasm") || !existsSync("build/assets/models")) throw new CliError("build/critic.wasm or build/assets (docs files and asset-served models) is missing: run `npm run build` first");
      const vars: Record<string, string | undefined> = { PNLC_LLM_PROVIDER: opts.provider, PNLC_LLM_BASE_URL: opts.llmBaseUrl, PNLC_LLM_MODEL: opts.llmModel, PNLC_DEFAULT_MODEL: opts.model };
      const args = ["dev", "--ip", "127.0.0.1", "--port", String(port)];
      for (const [k, v] of Object.entries(vars)) if (v) args.push("--var", `${k}:${v}`);
      const child = spawn("node_modules/.bin/wrangler", args, { stdio: "inherit", env: { ...process.env, ...DEV_ENV } });
      const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 0)));
      process.exitCode = code;
    });
}
