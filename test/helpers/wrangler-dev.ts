/**
 * Starts `wrangler dev` on 127.0.0.1:<port> for end-to-end tests and benchmarks, waits for
 * /healthz, and stops it by the PID of the wrangler process itself (never a parent npx, which
 * would leave workerd holding the port).
 *
 * Every instance gets its own devtools inspector port: without `--inspector-port` wrangler probes
 * 9229 and two instances starting at once (vitest runs test files in parallel workers) can both
 * pick it, and one dies with "Address already in use". Without `port`, the HTTP port is a free one
 * too: on a shared machine a fixed port may already serve someone else's `wrangler dev`, whose
 * /healthz would answer for ours. A given port must be free before the start.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface WranglerDev {
  url: string;
  /** The devtools inspector port this instance listens on (127.0.0.1). */
  inspectorPort: number;
  stop(): Promise<void>;
  log(): string;
}

type StartOptions = { port?: number; inspectorPort?: number; vars?: Record<string, string>; script?: string; prebuilt?: string; timeoutMs?: number };

class PortTaken extends Error {}

/**
 * `prebuilt`: the entry file of a bundle made by `wrangler deploy --dry-run --outdir DIR` (e.g. DIR/index.js), run as is, unaffected by source edits during the run.
 * A free port can be taken by another process between the check and wrangler's bind; with ports
 * chosen here (none given), such a start is retried on fresh ports, at most 3 times.
 */
export async function startWranglerDev(opts: StartOptions): Promise<WranglerDev> {
  const chosenHere = opts.port === undefined && opts.inspectorPort === undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(opts);
    } catch (e) {
      if (!(e instanceof PortTaken) || !chosenHere || attempt >= 3) throw e;
    }
  }
}

async function startOnce(opts: StartOptions): Promise<WranglerDev> {
  const entry = opts.prebuilt ? [opts.prebuilt, "-c", "wrangler.toml", "--no-bundle"] : opts.script ? [opts.script] : [];
  const port = opts.port ?? (await freePort());
  if (!(await portIsFree(port))) throw new Error(`127.0.0.1:${port} is already in use (another wrangler dev?): stop it, or start without a fixed port`);
  const inspectorPort = opts.inspectorPort ?? (await freePort());
  const args = ["dev", ...entry, "--ip", "127.0.0.1", "--port", String(port), "--inspector-ip", "127.0.0.1", "--inspector-port", String(inspectorPort), "--log-level", "warn", "--show-interactive-dev-session=false"];
  for (const [k, v] of Object.entries(opts.vars ?? {})) args.push("--var", `${k}:${v}`);
  // CLOUDFLARE_CF_FETCH_ENABLED=false: the app never reads request.cf, so miniflare need not fetch
  // workers.cloudflare.com/cf.json (offline that prints a stack trace on every start; npm start does the same).
  const child: ChildProcess = spawn(`${ROOT}node_modules/.bin/wrangler`, args, { cwd: ROOT, env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", NO_COLOR: "1", CI: "true" }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
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
    if (child.exitCode !== null || /EADDRINUSE|address already in use/i.test(output)) {
      await stop();
      const msg = `wrangler dev failed to start (exit ${child.exitCode}):\n${output.slice(-2000)}`;
      throw /EADDRINUSE|address already in use/i.test(output) ? new PortTaken(msg) : new Error(msg);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return { url, inspectorPort, stop, log: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`wrangler dev did not answer /healthz within ${opts.timeoutMs ?? 90_000} ms:\n${output.slice(-2000)}`);
}

/** Whether nothing listens on 127.0.0.1:port (checked by binding it for a moment). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A port the OS reports free on 127.0.0.1 (ephemeral range, so parallel callers do not collide). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
