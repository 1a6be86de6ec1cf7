// Runs the in-workerd critic benchmark (bench/critic.workerd.bench.ts) through @cloudflare/vitest-pool-workers.
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml" } })],
  // CRITIC_BENCH_SMOKE=1: one short round, only to check that it runs (its figures mean nothing)
  test: { name: "workerd-bench", include: ["bench/critic.workerd.bench.ts"], testTimeout: 600_000, provide: { criticBenchSmoke: process.env.CRITIC_BENCH_SMOKE === "1" } },
});
