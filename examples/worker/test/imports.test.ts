// Every runtime-agnostic subpath of the installed package imports and works inside workerd
// (pnlc-edge/node reads files and is for Node only).
import { loadCritic, rankThoughts } from "pnlc-edge";
import { pnlcMiddleware } from "pnlc-edge/ai-sdk";
import criticWasm from "pnlc-edge/critic.wasm";
import webshop from "pnlc-edge/models/webshop.pnlc";
import avalon from "pnlc-edge/models/avalon.pnlc";
import { describe, expect, it } from "vitest";

describe("pnlc-edge subpaths inside workerd", () => {
  it("loads each packaged model with the precompiled Wasm and ranks thoughts", async () => {
    expect(criticWasm).toBeInstanceOf(WebAssembly.Module);
    for (const [bytes, task] of [[webshop, "webshop"], [avalon, "avalon"]] as const) {
      const critic = loadCritic(new Uint8Array(bytes), criticWasm);
      expect(critic.meta.task).toBe(task);
      const ranked = await rankThoughts(critic, { state: "start of the episode" });
      expect(ranked.candidates.length).toBe(critic.meta.thoughts.length);
    }
  });

  it("builds the AI SDK middleware", () => {
    const critic = loadCritic(new Uint8Array(webshop), criticWasm);
    expect(pnlcMiddleware({ critic }).specificationVersion).toBe("v3");
  });
});
