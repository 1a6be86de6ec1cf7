// Runs the in-workerd critic benchmark (bench/critic.workerd.bench.ts) through @cloudflare/vitest-pool-workers.
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml" } })],
  test: { name: "workerd-bench", include: ["bench/critic.workerd.bench.ts"], testTimeout: 600_000 },
});
