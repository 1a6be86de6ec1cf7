import { defineConfig } from "vitest/config";
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";

// Two projects: plain Node for tools and pure logic, workerd for what must hold inside the real runtime.
// Files named *.workerd.test.ts run inside workerd; every other *.test.ts runs in Node.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["**/*.workerd.test.ts", "node_modules/**"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml" } })],
        test: {
          name: "workerd",
          include: ["src/**/*.workerd.test.ts", "test/**/*.workerd.test.ts"],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
