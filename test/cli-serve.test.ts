/**
 * `pnlc serve` starts wrangler in the same environment as `npm start` (issue 18, item 3): a stand-in
 * wrangler records the environment and arguments it was started with.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.ts";

const startScript = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { scripts: { start: string } }).scripts.start;
const cwd = process.cwd();
afterEach(() => process.chdir(cwd));

describe("pnlc serve", () => {
  it("gives wrangler every variable npm start sets, and the same loopback address", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pnlc-serve-"));
    mkdirSync(join(dir, "node_modules", ".bin"), { recursive: true });
    mkdirSync(join(dir, "build", "assets", "models"), { recursive: true });
    writeFileSync(join(dir, "build", "critic.wasm"), "");
    const fake = join(dir, "node_modules", ".bin", "wrangler");
    writeFileSync(fake, `#!/bin/sh\nenv > "${dir}/env.txt"\necho "$@" > "${dir}/args.txt"\n`);
    chmodSync(fake, 0o755);
    process.chdir(dir);
    const r = await runCli(["serve", "--port", "8799"]);
    expect(r.code, r.err).toBe(0);
    const env = readFileSync(join(dir, "env.txt"), "utf8");
    const vars = [...startScript.matchAll(/\b([A-Z][A-Z0-9_]+)=(\S+)/g)].filter(([, k]) => k !== "PORT");
    expect(vars.length).toBeGreaterThanOrEqual(2);
    for (const [, k, v] of vars) expect(env, `${k}=${v}`).toMatch(new RegExp(`^${k}=${v}$`, "m"));
    expect(readFileSync(join(dir, "args.txt"), "utf8")).toContain("dev --ip 127.0.0.1 --port 8799");
  });
});
