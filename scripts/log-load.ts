/**
 * Load with the decision log on vs off: autocannon on offline /v1/plan against `wrangler dev`
 * (127.0.0.1, bounded: --seconds per run, alternating off/on --rounds times), then the D1 rows are
 * counted against the 2xx answers of the logging-on runs. Prints JSON; the machine may be shared,
 * so compare the two sides of the same run only.
 * --rate R fixes the offered load at R requests/s (below both sides' capacity: latency without queueing);
 * without it the load saturates the machine (throughput and queueing).
 * Usage: npx tsx scripts/log-load.ts [--seconds 15] [--rounds 2] [--connections 10] [--rate 0] [--work DIR]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { openLogDatabase } from "../src/learn/sqlite.ts";
import { applyMigrations, startDev, writeConfig } from "./closed-loop/wrangler.ts";

const { values: a } = parseArgs({ options: { seconds: { type: "string", default: "15" }, rounds: { type: "string", default: "2" }, connections: { type: "string", default: "10" }, rate: { type: "string", default: "0" }, work: { type: "string", default: "/tmp/pnlc-log-load" } } });
const seconds = Number(a.seconds), rounds = Number(a.rounds), connections = Number(a.connections), rate = Number(a.rate);
if (!(seconds >= 5 && seconds <= 120) || !(rounds >= 1 && rounds <= 5) || !(connections >= 1 && connections <= 100) || !(rate >= 0 && rate <= 5000)) {
  console.error("log-load: --seconds in [5, 120], --rounds in [1, 5], --connections in [1, 100], --rate in [0, 5000] (0 = as fast as answered)");
  process.exit(2);
}
const work = a.work!;
execFileSync("rm", ["-rf", work]);
mkdirSync(work, { recursive: true });
writeConfig(work, { log: true, name: "wrangler.toml" });
writeConfig(work, { log: false, name: "wrangler.nolog.toml" });
applyMigrations(work);
const body = JSON.stringify({ messages: [{ role: "assistant", content: "Would you like to donate some of your payment to Save the Children?" }, { role: "user", content: "I have never heard of them. How do I know the money reaches the kids?" }] });

type Run = { side: "off" | "on"; requests: number; ok: number; reqPerSec: number; p50: number; p99: number; errors: number; health?: unknown };
const runs: Run[] = [];
for (let r = 0; r < rounds; r++) {
  for (const side of ["off", "on"] as const) {
    const dev = await startDev(work, {}, side === "on" ? "wrangler.toml" : "wrangler.nolog.toml");
    try {
      const res = await autocannon({ url: `${dev.url}/v1/plan`, method: "POST", headers: { "content-type": "application/json" }, body, duration: seconds, connections, timeout: 10, ...(rate > 0 ? { overallRate: rate } : {}) });
      await new Promise((ok) => setTimeout(ok, 1000)); // the last waitUntil flushes
      const health = side === "on" ? ((await (await fetch(`${dev.url}/healthz`)).json()) as { log?: unknown }).log : undefined;
      runs.push({ side, requests: res.requests.total, ok: (res as unknown as Record<string, number>)["2xx"]!, reqPerSec: Math.round(res.requests.average), p50: res.latency.p50, p99: res.latency.p99, errors: res.errors + res.timeouts + res.non2xx, ...(health ? { health } : {}) });
      console.error(`[log-load] round ${r + 1} logging ${side}: ${(res as unknown as Record<string, number>)["2xx"]!} answered, p99 ${res.latency.p99} ms`);
    } finally {
      await dev.stop();
    }
  }
}
const dir = join(work, "state/v3/d1/miniflare-D1DatabaseObject");
const file = join(dir, readdirSync(dir).find((n) => n.endsWith(".sqlite") && n !== "metadata.sqlite")!);
const rows = Number((await openLogDatabase(file)).exec("SELECT COUNT(*) FROM decisions")[0]!.values[0]![0]);
const side = (s: "off" | "on") => runs.filter((r) => r.side === s);
const sum = (xs: Run[], k: "ok" | "errors") => xs.reduce((t, r) => t + r[k], 0);
const avg = (xs: number[]) => xs.reduce((t, x) => t + x, 0) / xs.length;
const report = {
  seconds, rounds, connections, rate, runs,
  answeredWithLog: sum(side("on"), "ok"), decisionRows: rows, lost: sum(side("on"), "ok") - rows,
  errors: sum(runs, "errors"),
  // mean over the rounds of each side's p99 (rows can exceed the counted answers: autocannon stops counting with one request per connection in flight)
  p99Off: avg(side("off").map((r) => r.p99)), p99On: avg(side("on").map((r) => r.p99)),
};
console.log(JSON.stringify({ ...report, p99Ratio: report.p99On / report.p99Off }, null, 2));
