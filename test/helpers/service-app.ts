/** Builds the service app in Node around a fake (or given) critic and an optional mock LLM. */
import { loadCriticFile } from "../../src/critic/node.ts";
import type { Critic } from "../../src/critic/types.ts";
import type { LanguageModelV1 } from "../../src/planner/types.ts";
import { createApp } from "../../src/worker/app.ts";
import { ModelStore } from "../../src/worker/models/store.ts";
import { fakeCritic } from "./fake-critic.ts";

export type ServiceApp = ReturnType<typeof createApp>;

export function serviceApp(opts: { critic?: Critic; llm?: LanguageModelV1 } = {}) {
  const critic = opts.critic ?? fakeCritic();
  const models = new ModelStore([{ name: "fake", bytes: async () => new Uint8Array(0) }], "fake", () => ({}) as WebAssembly.Module, () => critic);
  const app = createApp({ models, ...(opts.llm ? { languageModel: () => opts.llm } : {}) });
  return { app, critic };
}

/** The app around the real Wasm critic and models/test-small.pnlc (needs `npm run build`). */
export function realCriticApp(opts: { llm?: LanguageModelV1 } = {}) {
  return serviceApp({ critic: loadCriticFile(new URL("../../models/test-small.pnlc", import.meta.url).pathname), ...opts });
}

export async function postJson(app: ServiceApp, path: string, body: unknown, env: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Response> {
  return app.request(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }, env);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function json(res: Response): Promise<any> {
  return res.json();
}

/** Parses a text/event-stream body into {event, data} records (data JSON-parsed when possible). */
export async function readSse(res: Response): Promise<Array<{ event?: string; data: unknown }>> {
  const text = await res.text();
  return text
    .split("\n\n")
    .map((block) => block.split("\n").filter((l) => l && !l.startsWith(":")))
    .filter((lines) => lines.length > 0)
    .map((lines) => {
      const event = lines.find((l) => l.startsWith("event:"))?.slice(6).trim();
      const raw = lines.filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trimStart()).join("\n");
      let data: unknown = raw;
      try {
        data = JSON.parse(raw);
      } catch {}
      return { ...(event ? { event } : {}), data };
    });
}
