import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/index.ts";

describe("pnlc serve (argument checks; the server itself is covered by the e2e test)", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [["--port", "99999"], "--port must be an integer"],
    [["--provider", "gpt"], "--provider must be one of"],
    [["--llm-base-url", "not a url", "--llm-model", "m"], "--llm-base-url must be a URL"],
    [["--llm-base-url", "http://127.0.0.1:11434/v1"], "--llm-model is required"],
  ])("rejects %j", async (args, message) => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    expect(await main(["node", "pnlc", "serve", ...args])).toBe(2);
    expect(stderr.mock.calls.map((c) => String(c[0])).join("")).toContain(message);
  });
});
