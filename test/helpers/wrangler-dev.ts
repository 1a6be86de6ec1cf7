/**
 * Starts `wrangler dev` on 127.0.0.1:<port> for end-to-end tests and benchmarks, waits for
 * /healthz, and stops it by the PID of the wrangler process itself (never a parent npx, which
 * would leave workerd holding the port).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface WranglerDev {
  url: string;
  stop(): Promise<void>;
  log(): string;
}

/** `prebuilt`: the entry file of a bundle made by `wrangler deploy --dry-run --outdir DIR` (e.g. DIR/index.js), run as is, unaffected by source edits during the run. */
export async function startWranglerDev(opts: { port: number; vars?: Record<string, string>; script?: string; prebuilt?: string; timeoutMs?: number }): Promise<WranglerDev> {
  const entry = opts.prebuilt ? [opts.prebuilt, "-c", "wrangler.toml", "--no-bundle"] : opts.script ? [opts.script] : [];
  const args = ["dev", ...entry, "--ip", "127.0.0.1", "--port", String(opts.port), "--log-level", "warn", "--show-interactive-dev-session=false"];
  for (const [k, v] of Object.entries(opts.vars ?? {})) args.push("--var", `${k}:${v}`);
  const child: ChildProcess = spawn(`${ROOT}node_modules/.bin/wrangler`, args, { cwd: ROOT, env: { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1", CI: "true" }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${opts.port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const hardKill = setTimeout(() => child.kill("SIGKILL"), 5000);
      child.once("exit", () => {
        clearTimeout(hardKill);
        resolve();
      });
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output.slice(-2000)}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return { url, stop, log: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`wrangler dev did not answer /healthz within ${opts.timeoutMs ?? 90_000} ms:\n${output.slice(-2000)}`);
}
