/**
 * A loopback OpenAI-compatible mock LLM server (Node only: tests, benchmarks, evaluation).
 *
 *   const llm = await startMockLlm({ latencyMs: 300 });      // 127.0.0.1, a free port
 *   // point any OpenAI-compatible client at llm.baseURL ("http://127.0.0.1:PORT/v1")
 *   llm.enqueue({ status: 429, retryAfterSec: 0 }, "plain text reply");   // next calls, in order
 *   llm.calls                                                 // every request, recorded
 *   await llm.close();
 *
 * Replies: queued replies are used first (one per chat call), then `script(request, index)`, whose
 * default answers the planner's prompts with valid JSON (plannerReplies). Endpoints:
 * POST /v1/chat/completions (plain and `stream: true`), POST /v1/messages (Anthropic format, not
 * streamed), POST /v1/embeddings, GET /v1/models.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChatMessage } from "../planner/types.ts";
import { plannerReplies, taskOf, type MockScript } from "../providers/mock/recording-model.ts";

/** What one chat call returns: text, or a fault. */
export type ServerReply =
  | string
  | { text: string; delayMs?: number }
  | { status: number; message?: string; retryAfterSec?: number; delayMs?: number }
  /** HTTP 200 whose body is not JSON. */
  | { malformedBody: true }
  /** A completion with empty content. */
  | { empty: true }
  /** Never answers (until the client gives up or the server closes). */
  | { hang: true }
  /** Closes the connection without any response (a reset; the client sees a network error, no status). */
  | { dropConnection: true };

export interface MockLlmOptions {
  /** Fixed latency added to every chat and embeddings call (the time to the first token). */
  latencyMs?: number;
  /**
   * Time per further token (a token = a word here): a streamed reply sends one word per delay after
   * the first, a plain reply arrives when the last word would have. 0 (default): no delay, and
   * streams send 16-character pieces.
   */
  tokenDelayMs?: number;
  /** Replies for calls without a queued one; default: valid JSON for each planner prompt. */
  script?: (req: { messages: ChatMessage[]; model: string }, index: number) => ServerReply | Promise<ServerReply>;
  port?: number;
  /** Embedding size of /v1/embeddings (default 384). */
  embeddingDim?: number;
}

export interface MockLlmCall {
  index: number;
  path: string;
  model: string;
  task: string;
  stream: boolean;
  messages: ChatMessage[];
  receivedAt: number;
  /** HTTP status sent; 0 when the connection was dropped without a response. */
  status: number;
  /** When the response was complete (Date.now()); absent while in flight, or for dropped and hung calls. */
  respondedAt?: number;
  /** Authorization header as received (tests check that keys are sent, never that they leak). */
  authorization?: string;
}

export interface MockLlmServer {
  readonly baseURL: string;
  readonly port: number;
  readonly calls: MockLlmCall[];
  /** Queues replies for the next chat calls, in order. */
  enqueue(...replies: ServerReply[]): void;
  setLatency(ms: number): void;
  setScript(script: NonNullable<MockLlmOptions["script"]>): void;
  /** Clears calls and queued replies. */
  reset(): void;
  close(): Promise<void>;
}

export function scriptFromPlannerReplies(script: MockScript = plannerReplies()): NonNullable<MockLlmOptions["script"]> {
  return async (req, index) => {
    const r = await script({ messages: req.messages }, index);
    if (typeof r === "string") return r;
    if ("hang" in r) return { hang: true };
    return { status: r.error.status, ...(r.error.message ? { message: r.error.message } : {}) };
  };
}

export async function startMockLlm(options: MockLlmOptions = {}): Promise<MockLlmServer> {
  let latencyMs = options.latencyMs ?? 0;
  const tokenDelayMs = options.tokenDelayMs ?? 0;
  let script = options.script ?? scriptFromPlannerReplies();
  const queue: ServerReply[] = [];
  const calls: MockLlmCall[] = [];
  const dim = options.embeddingDim ?? 384;
  const open = new Set<ServerResponse>();
  let chatIndex = 0;

  const server: Server = createServer((req, res) => {
    open.add(res);
    res.on("close", () => open.delete(res));
    handle(req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, { error: { message: String(err), type: "mock_error" } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0]!;
    const body = req.method === "POST" ? await readJson(req) : {};
    if (req.method === "GET" && path.endsWith("/models")) return send(res, 200, { object: "list", data: [{ id: "mock-llm", object: "model", created: 0, owned_by: "mock" }] });
    if (req.method === "POST" && path.endsWith("/embeddings")) {
      await sleep(latencyMs);
      const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input ?? "")];
      return send(res, 200, { object: "list", model: body.model, data: input.map((t, i) => ({ object: "embedding", index: i, embedding: pseudoEmbedding(t, dim) })), usage: { prompt_tokens: 0, total_tokens: 0 } });
    }
    const anthropic = req.method === "POST" && path.endsWith("/messages");
    if (!anthropic && !(req.method === "POST" && path.endsWith("/chat/completions"))) return send(res, 404, { error: { message: `mock: no route ${req.method} ${path}`, type: "not_found" } });

    const messages = anthropicToChat(body, anthropic);
    const model = String(body.model ?? "");
    const stream = body.stream === true;
    const index = chatIndex++;
    const auth = req.headers.authorization ?? (typeof req.headers["x-api-key"] === "string" ? `x-api-key ${req.headers["x-api-key"]}` : undefined);
    const call: MockLlmCall = { index, path, model, task: taskOf(messages), stream, messages, receivedAt: Date.now(), status: 200, ...(auth ? { authorization: auth } : {}) };
    calls.push(call);
    res.on("finish", () => void (call.respondedAt = Date.now()));
    const reply = queue.length > 0 ? queue.shift()! : await script({ messages, model }, index);
    await sleep(latencyMs + (typeof reply === "object" && "delayMs" in reply ? (reply.delayMs ?? 0) : 0));
    if (typeof reply === "object" && "hang" in reply) return; // left open; close() ends it
    if (typeof reply === "object" && "dropConnection" in reply) {
      call.status = 0;
      return void req.socket.destroy();
    }
    if (typeof reply === "object" && "status" in reply) {
      call.status = reply.status;
      if (reply.retryAfterSec !== undefined) res.setHeader("retry-after", String(reply.retryAfterSec));
      return send(res, reply.status, { error: { message: reply.message ?? `mock error ${reply.status}`, type: "mock_error", code: reply.status } });
    }
    if (typeof reply === "object" && "malformedBody" in reply) {
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end('{"id": "x", "choices": [ {"message": ');
    }
    const text = typeof reply === "string" ? reply : "empty" in reply ? "" : reply.text;
    const words = text.split(/(?<=\s)/).filter((w) => w !== "");
    const usage = { prompt_tokens: messages.reduce((n, m) => n + Math.ceil(String(m.content).length / 4), 0), completion_tokens: Math.ceil(text.length / 4) };
    if (!stream) await sleep(tokenDelayMs * Math.max(0, words.length - 1)); // a whole reply arrives with its last token
    if (anthropic)
      return send(res, 200, { id: `msg_mock_${index}`, type: "message", role: "assistant", model: model || "mock-llm", content: [{ type: "text", text }], stop_reason: "end_turn", stop_sequence: null, usage: { input_tokens: usage.prompt_tokens, output_tokens: usage.completion_tokens } });
    const base = { id: `mock-${index}`, created: Math.floor(Date.now() / 1000), model: model || "mock-llm" };
    if (!stream)
      return send(res, 200, { ...base, object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } });
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    const chunk = (delta: object, finish: string | null, extra: object = {}) => res.write(`data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`);
    chunk({ role: "assistant", content: "" }, null);
    if (tokenDelayMs > 0)
      for (const [i, word] of words.entries()) {
        if (i > 0) await sleep(tokenDelayMs);
        if (res.destroyed) return;
        chunk({ content: word }, null);
      }
    else for (let i = 0; i < text.length; i += 16) chunk({ content: text.slice(i, i + 16) }, null);
    chunk({}, "stop", { usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } });
    res.end("data: [DONE]\n\n");
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    port,
    calls,
    enqueue: (...r) => void queue.push(...r),
    setLatency: (ms) => void (latencyMs = ms),
    setScript: (s) => void (script = s),
    reset: () => {
      calls.length = 0;
      queue.length = 0;
      chatIndex = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** Chat messages of either API; Anthropic's top-level `system` becomes a system message. */
function anthropicToChat(body: Record<string, unknown>, anthropic: boolean): ChatMessage[] {
  const text = (c: unknown): string => (typeof c === "string" ? c : Array.isArray(c) ? c.map((p) => (p as { text?: string }).text ?? "").join("") : "");
  const list = (Array.isArray(body.messages) ? body.messages : []) as Array<{ role: ChatMessage["role"]; content: unknown }>;
  const messages = list.map((m) => ({ role: m.role, content: text(m.content) }));
  if (anthropic && body.system !== undefined) messages.unshift({ role: "system", content: text(body.system) });
  return messages;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    return {};
  }
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}

/** Deterministic unit vector from the text (so equal texts embed equally). */
function pseudoEmbedding(text: string, dim: number): number[] {
  let h = 2166136261;
  const v = new Array<number>(dim);
  let norm = 0;
  for (let i = 0; i < dim; i++) {
    for (let j = 0; j < text.length; j += 7) h = Math.imul(h ^ text.charCodeAt(j) ^ i, 16777619) >>> 0;
    v[i] = ((h % 2001) - 1000) / 1000;
    norm += v[i]! * v[i]!;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return v.map((x) => x * inv);
}
