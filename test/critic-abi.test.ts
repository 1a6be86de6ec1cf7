import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CriticError } from "../src/critic/errors.ts";
import { readModelFile } from "../src/critic/model-file.ts";
import { instantiateCritic } from "../src/critic/wasm-critic.ts";
import { CRITIC_ABI } from "../src/critic/wasm-exports.ts";

// A stale build/critic.wasm (a checkout updated without npm run build:wasm) used to load and score with
// the wrong contract: the Avalon pnlc agent then won 10% of games instead of 40%, with no error.
const model = readModelFile(new Uint8Array(readFileSync("models/test-small.pnlc")));
const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
/** A module exporting abi_version() returning `v` (type, function, export and code sections). */
function moduleWithAbi(v: number): WebAssembly.Module {
  const name = [...new TextEncoder().encode("abi_version")];
  return new WebAssembly.Module(
    new Uint8Array([
      ...header,
      0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f,
      0x03, 0x02, 0x01, 0x00,
      0x07, 2 + name.length + 2, 0x01, name.length, ...name, 0x00, 0x00,
      0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, v, 0x0b,
    ]),
  );
}

function errorOf(module: WebAssembly.Module): unknown {
  try {
    instantiateCritic(model, module);
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("critic Wasm contract version", () => {
  it("refuses a module without a contract version, naming the fix", () => {
    const e = errorOf(new WebAssembly.Module(new Uint8Array(header)));
    expect(e).toBeInstanceOf(CriticError);
    expect((e as CriticError).code).toBe("stale_build");
    expect((e as CriticError).message).toContain("npm run build:wasm");
  });

  it("refuses a module of another contract version", () => {
    const e = errorOf(moduleWithAbi(CRITIC_ABI - 1));
    expect((e as CriticError).code).toBe("stale_build");
    expect((e as CriticError).message).toContain(`contract ${CRITIC_ABI - 1}`);
  });

  it("loads the module this checkout builds", () => {
    const wasm = new WebAssembly.Module(readFileSync("build/critic.wasm"));
    const critic = instantiateCritic(model, wasm);
    expect(critic.meta.goals.length).toBeGreaterThan(0);
  });
});
