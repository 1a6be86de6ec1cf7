/**
 * Resolves a model name to a loaded critic: bundled models first, then models listed in
 * PNLC_REMOTE_MODELS (name -> sha256) fetched from the MODELS R2 bucket or MODELS_KV namespace,
 * verified against the checksum and cached in the isolate. A failed remote read (missing object,
 * checksum mismatch, corrupt file) is remembered for FAILURE_TTL_MS, so a request flood naming a
 * broken model does not re-read R2 each time; a missing binding is not remembered (no read happens).
 */
import type { Critic } from "../../critic/types.ts";
import type { ServiceConfig } from "../../providers/config.ts";
import type { Bindings } from "../env.ts";
import { HttpError } from "../errors.ts";

export type LoadCritic = (bytes: Uint8Array, wasm: WebAssembly.Module) => Critic;

export interface BundledModel {
  name: string;
  /** The model bytes (a Data module in the Worker, a file from its static assets, a file read in Node tests). */
  bytes: (env: Bindings) => Promise<ArrayBuffer | Uint8Array>;
}

export interface ModelEntry {
  name: string;
  source: "bundled" | "remote";
  isDefault: boolean;
}

/** How long a failed remote load is answered from memory before the store is read again. */
export const FAILURE_TTL_MS = 30_000;

export class ModelStore {
  private readonly cache = new Map<string, Promise<Critic>>();
  private readonly failures = new Map<string, { error: unknown; until: number }>();
  /** sha256 of each loaded model file (the decision log records which exact file decided). */
  private readonly digests = new WeakMap<Critic, string>();

  constructor(
    private readonly bundled: readonly BundledModel[],
    private readonly defaultName: string,
    private readonly wasm: () => Promise<WebAssembly.Module> | WebAssembly.Module,
    private readonly load: LoadCritic,
    private readonly now: () => number = Date.now,
  ) {}

  resolveName(requested: string | undefined, config: ServiceConfig): string {
    return requested ?? config.env.PNLC_DEFAULT_MODEL ?? this.defaultName;
  }

  /** Whether `name` is a critic model this store can serve (bundled, or listed in PNLC_REMOTE_MODELS). */
  has(name: string, config: ServiceConfig): boolean {
    return this.bundled.some((m) => m.name === name) || this.checksumOf(name, config) !== undefined;
  }

  /** The configured sha256 of a remote model; own keys only, so "constructor" or "__proto__" are unknown names. */
  private checksumOf(name: string, config: ServiceConfig): string | undefined {
    const remote = config.env.PNLC_REMOTE_MODELS;
    return Object.hasOwn(remote, name) && typeof remote[name] === "string" ? remote[name] : undefined;
  }

  list(config: ServiceConfig): ModelEntry[] {
    const def = this.resolveName(undefined, config);
    const bundled = this.bundled.map((m): ModelEntry => ({ name: m.name, source: "bundled", isDefault: m.name === def }));
    const remote = Object.keys(config.env.PNLC_REMOTE_MODELS)
      .filter((n) => !this.bundled.some((b) => b.name === n))
      .map((n): ModelEntry => ({ name: n, source: "remote", isDefault: n === def }));
    return [...bundled, ...remote];
  }

  async get(requested: string | undefined, env: Bindings, config: ServiceConfig): Promise<{ name: string; critic: Critic }> {
    const name = this.resolveName(requested, config);
    const bundled = this.bundled.find((m) => m.name === name);
    const checksum = bundled ? undefined : this.checksumOf(name, config);
    if (!bundled && !checksum) throw new HttpError(404, "model_not_found", `unknown model "${name}" (GET /v1/models lists the available ones)`, "model");
    const key = bundled ? `bundled:${name}` : `remote:${name}:${checksum}`;
    const failed = this.failures.get(key);
    if (failed && failed.until > this.now()) throw failed.error;
    let pending = this.cache.get(key);
    if (!pending) {
      pending = (bundled ? this.loadBundled(bundled, env) : this.loadRemote(name, checksum!, env)).catch((err) => {
        this.cache.delete(key);
        if (!bundled && !(err instanceof HttpError && err.status === 503)) this.failures.set(key, { error: err, until: this.now() + FAILURE_TTL_MS });
        throw err;
      });
      this.cache.set(key, pending);
    }
    return { name, critic: await pending };
  }

  private async loadBundled(model: BundledModel, env: Bindings): Promise<Critic> {
    const bytes = await model.bytes(env);
    return this.instantiate(model.name, bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  }

  private async loadRemote(name: string, checksum: string, env: Bindings): Promise<Critic> {
    const key = `${name}.pnlc`;
    let bytes: ArrayBuffer | null = null;
    if (env.MODELS) bytes = (await (await env.MODELS.get(key))?.arrayBuffer()) ?? null;
    else if (env.MODELS_KV) bytes = await env.MODELS_KV.get(key, "arrayBuffer");
    else throw new HttpError(503, "model_store_unavailable", `model "${name}" is remote but neither the MODELS (R2) nor the MODELS_KV binding is configured`, "model");
    if (!bytes) throw new HttpError(404, "model_not_found", `model "${name}" is listed in PNLC_REMOTE_MODELS but ${key} is not in the store`, "model");
    const digest = await sha256Hex(bytes);
    if (digest !== checksum) throw new HttpError(502, "model_checksum_mismatch", `model "${name}": sha256 ${digest} does not match the configured ${checksum}`, "model");
    return this.instantiate(name, new Uint8Array(bytes));
  }

  /** sha256 hex of the file a loaded critic came from. */
  digestOf(critic: Critic): string {
    return this.digests.get(critic) ?? "";
  }

  private async instantiate(name: string, bytes: Uint8Array): Promise<Critic> {
    try {
      const critic = this.load(bytes, await this.wasm());
      this.digests.set(critic, await sha256Hex(bytes));
      return critic;
    } catch (err) {
      throw new HttpError(502, "model_load_failed", `model "${name}" failed to load: ${err instanceof Error ? err.message : String(err)}`, "model");
    }
  }
}

export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
