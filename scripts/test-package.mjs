// Checks the package as a user gets it: packs the tarball, lints it (publint, are-the-types-wrong),
// installs it in a fresh folder (imports each subpath in Node, runs `npx pnlc --help`), then runs the
// examples against it: examples/node and examples/ai-sdk in Node, examples/worker inside workerd, and
// measures the examples' Worker uploads (wrangler deploy --dry-run) against their budgets.
// The examples import the tarball's files (extracted to examples/*/node_modules/pnlc-edge); the
// dependencies they share with the project resolve from its node_modules, which saves an install
// per example. The fresh-folder install is the check that the package's own dependency list is complete.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const bin = (name) => join(root, "node_modules/.bin", name);
const env = { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" };
const run = (cmd, args, cwd = root) => {
  console.log(`\n$ ${[cmd, ...args].join(" ")}${cwd === root ? "" : `   (in ${cwd.replace(root + "/", "")})`}`);
  return execFileSync(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 64 << 20 });
};
const show = (out) => process.stdout.write(out);
const BUDGET_KIB = { consumer: 1000, criticOnly: 150 }; // gzip, the issue's targets (1 MB, 150 KB)

if (!existsSync(join(root, "dist/src/index.js")) || !existsSync(join(root, "dist/build/critic.wasm"))) run("npm", ["run", "build"]);
const work = mkdtempSync(join(tmpdir(), "pnlc-package-"));
try {
  // 1. pack (dist/ was just built by `npm run build`; `npm pack` alone builds it through prepack)
  const [{ filename }] = JSON.parse(run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work]));
  const tarball = join(work, filename);
  show(run(bin("publint"), [tarball]));
  show(run(bin("attw"), [tarball, "--profile", "esm-only", "--exclude-entrypoints", "./critic.wasm", "--format", "table-flipped"]));

  // 2. a fresh folder: npm install <tarball>, import every subpath, run the CLI
  const fresh = join(work, "fresh");
  mkdirSync(fresh);
  writeFileSync(join(fresh, "package.json"), JSON.stringify({ name: "fresh", private: true, type: "module" }));
  run("npm", ["install", tarball, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], fresh);
  show(run("node", ["--input-type=module", "-e", [
    'for (const p of ["pnlc-edge", "pnlc-edge/hono", "pnlc-edge/ai-sdk", "pnlc-edge/node"]) console.log(p, Object.keys(await import(p)).length, "exports");',
    'const { loadModel, PACKAGED_MODELS } = await import("pnlc-edge/node");',
    'for (const m of PACKAGED_MODELS) console.log(m, loadModel(m).meta.task);',
  ].join("\n")], fresh));
  show(run("npx", ["--no-install", "pnlc", "--help"], fresh).split("\n").slice(0, 3).join("\n") + "\n");
  show(run("npx", ["--no-install", "pnlc", "inspect", "node_modules/pnlc-edge/dist/models/persuasion.pnlc"], fresh).split("\n").slice(0, 3).join("\n") + "\n");

  // 3. the examples against the tarball's files
  // (inside each example's own folder: the workerd test pool loads modules only from under its root)
  for (const example of ["node", "ai-sdk", "worker"]) {
    const installed = join(root, "examples", example, "node_modules/pnlc-edge");
    rmSync(installed, { recursive: true, force: true });
    mkdirSync(installed, { recursive: true });
    run("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
  }
  show(run("node", ["index.mjs"], join(root, "examples/node")));
  show(run("node", ["index.mjs"], join(root, "examples/ai-sdk")));
  const workerDir = join(root, "examples/worker");
  show(run(bin("vitest"), ["run", "--root", workerDir, "--config", join(workerDir, "vitest.config.ts")], workerDir));

  // 4. upload sizes (gzip) of the example Workers
  const size = (args) => {
    const out = run(bin("wrangler"), ["deploy", "--dry-run", "--outdir", join(work, `out-${args.length}`), ...args], workerDir);
    const m = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(out);
    if (!m) throw new Error(`no upload size in wrangler's output:\n${out}`);
    return Number(m[2]);
  };
  const consumer = size([]);
  const criticOnly = size(["src/critic-only.ts"]);
  console.log(`\nupload (gzip): consumer Worker with routes + persuasion ${consumer} KiB (budget ${BUDGET_KIB.consumer}); critic alone ${criticOnly} KiB (budget ${BUDGET_KIB.criticOnly})`);
  if (consumer > BUDGET_KIB.consumer || criticOnly > BUDGET_KIB.criticOnly) throw new Error("an example Worker is over its upload budget");
  console.log("package checks passed");
} finally {
  rmSync(work, { recursive: true, force: true });
}
