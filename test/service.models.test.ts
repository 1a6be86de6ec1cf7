import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadWasmModuleFromDisk } from "../src/critic/node.ts";
import { loadCritic } from "../src/critic/wasm-critic.ts";
import { parseConfig } from "../src/providers/config.ts";
import { HttpError } from "../src/worker/errors.ts";
import { FAILURE_TTL_MS, ModelStore, sha256Hex } from "../src/worker/models/store.ts";

const bytes = new Uint8Array(readFileSync(new URL("../models/test-small.pnlc", import.meta.url)));
const kv = (store: Record<string, Uint8Array>) => ({ get: async (k: string) => (store[k] ? store[k]!.slice().buffer : null), reads: 0 });

function makeStore() {
  let loads = 0;
  const store = new ModelStore([{ name: "test-small", bytes: async () => bytes }], "test-small", () => loadWasmModuleFromDisk(), (b, w) => {
    loads++;
    return loadCritic(b, w);
  });
  return { store, loads: () => loads };
}

describe("model store", () => {
  it("loads a bundled model once per isolate", async () => {
    const { store, loads } = makeStore();
    const config = parseConfig({}, false);
    const a = await store.get(undefined, {}, config);
    const b = await store.get("test-small", {}, config);
    expect(a.critic).toBe(b.critic);
    expect(loads()).toBe(1);
  });

  it("loads a remote model from KV after verifying its sha256, and caches it", async () => {
    const { store, loads } = makeStore();
    const sum = await sha256Hex(bytes);
    const config = parseConfig({ PNLC_REMOTE_MODELS: JSON.stringify({ other: sum }) }, false);
    const env = { MODELS_KV: kv({ "other.pnlc": bytes }) as unknown as KVNamespace };
    const m = await store.get("other", env, config);
    expect(m.critic.meta.goals.length).toBeGreaterThan(0);
    await store.get("other", env, config);
    expect(loads()).toBe(1);
    expect(store.list(config).map((e) => `${e.name}:${e.source}`)).toEqual(["test-small:bundled", "other:remote"]);
  });

  it("rejects a remote model whose checksum differs (502)", async () => {
    const { store } = makeStore();
    const config = parseConfig({ PNLC_REMOTE_MODELS: JSON.stringify({ other: "0".repeat(64) }) }, false);
    const env = { MODELS: { get: async () => ({ arrayBuffer: async () => bytes.slice().buffer }) } as unknown as R2Bucket };
    const err = await store.get("other", env, config).catch((e) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(502);
    expect((err as HttpError).message).toMatch(/does not match/);
  });

  it("404 for unknown or missing models, 503 without a store binding", async () => {
    const { store } = makeStore();
    const config = parseConfig({ PNLC_REMOTE_MODELS: JSON.stringify({ gone: "a".repeat(64) }) }, false);
    expect(((await store.get("nope", {}, config).catch((e) => e)) as HttpError).status).toBe(404);
    expect(((await store.get("gone", {}, config).catch((e) => e)) as HttpError).status).toBe(503);
    expect(((await store.get("gone", { MODELS_KV: kv({}) as unknown as KVNamespace }, config).catch((e) => e)) as HttpError).status).toBe(404);
  });

  it("a corrupt bundled model is a 502 naming the model, not a crash", async () => {
    const broken = new ModelStore([{ name: "bad", bytes: async () => bytes.slice(0, 100) }], "bad", () => loadWasmModuleFromDisk(), loadCritic);
    const err = (await broken.get(undefined, {}, parseConfig({}, false)).catch((e) => e)) as HttpError;
    expect(err.status).toBe(502);
    expect(err.message).toContain('model "bad" failed to load');
  });

  it("JavaScript object keys are unknown model names (404), not remote models", async () => {
    const { store } = makeStore();
    for (const config of [parseConfig({}, false), parseConfig({ PNLC_REMOTE_MODELS: JSON.stringify({ other: "a".repeat(64) }) }, false)]) {
      for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
        expect(store.has(name, config)).toBe(false);
        expect(((await store.get(name, {}, config).catch((e) => e)) as HttpError).status).toBe(404);
        expect(((await store.get(name, { MODELS_KV: kv({}) as unknown as KVNamespace }, config).catch((e) => e)) as HttpError).status).toBe(404);
      }
    }
  });

  it("remembers a failed remote load for a while instead of re-reading the store on every request", async () => {
    let now = 1_000_000;
    const store = new ModelStore([], "x", () => loadWasmModuleFromDisk(), loadCritic, () => now);
    const config = parseConfig({ PNLC_REMOTE_MODELS: JSON.stringify({ other: "0".repeat(64) }) }, false);
    let reads = 0;
    const env = { MODELS: { get: async () => (reads++, { arrayBuffer: async () => bytes.slice().buffer }) } as unknown as R2Bucket };
    for (let i = 0; i < 5; i++) expect(((await store.get("other", env, config).catch((e) => e)) as HttpError).status).toBe(502);
    expect(reads).toBe(1);
    now += FAILURE_TTL_MS + 1;
    await store.get("other", env, config).catch(() => undefined);
    expect(reads).toBe(2);
  });
});
