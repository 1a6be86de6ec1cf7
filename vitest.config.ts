import { defineConfig } from "vitest/config";
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";

// Tests import the package by its public names (pnlc-edge, pnlc-edge/hono, ...), resolved to the
// sources of each runtime's entry; `npm run test:package` checks the compiled tarball itself.
const src = (path: string) => new URL(`./src/${path}`, import.meta.url).pathname;
const packageAlias = (hono: string) => [
  { find: /^pnlc-edge\/hono$/, replacement: src(hono) },
  { find: /^pnlc-edge\/ai-sdk$/, replacement: src("ai-sdk/index.ts") },
  { find: /^pnlc-edge\/node$/, replacement: src("node/index.ts") },
  { find: /^pnlc-edge$/, replacement: src("index.ts") },
];

// Two projects: plain Node for tools and pure logic, workerd for what must hold inside the real runtime.
// Files named *.workerd.test.ts run inside workerd; every other *.test.ts runs in Node.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: packageAlias("hono/node.ts") },
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
        resolve: { alias: packageAlias("hono/workerd.ts") },
        test: {
          name: "workerd",
          include: ["src/**/*.workerd.test.ts", "test/**/*.workerd.test.ts"],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
