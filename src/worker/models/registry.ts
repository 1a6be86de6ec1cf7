/**
 * The models our Worker serves by name. One line per model; DEFAULT_MODEL picks the one served when a
 * request names none (PNLC_DEFAULT_MODEL overrides it). The default is bundled into the script; the
 * other task critics come from the Worker's static assets with their sha256 (./assets.ts says why),
 * so the upload stays under its 1.5 MB gzip budget (`npm run bench:service` prints it).
 * When a model file is retrained, update its checksum here (test/service.models.test.ts checks them).
 */
import { fromAssets } from "./assets.ts";
import type { BundledModel } from "./store.ts";

export const BUNDLED_MODELS: BundledModel[] = [
  { name: "persuasion", bytes: async () => (await import("../../../models/persuasion.pnlc")).default },
  { name: "webshop", bytes: fromAssets("webshop", "33f5985dee7b7849efdcf69c21e6a323e4c9969570d53892c0c699eea81e1358") },
  { name: "avalon", bytes: fromAssets("avalon", "228639e5fabe6af222d0b0c5cf56fcab0b15e145dc3d6ab4bbe0c66019bf8d81") },
  { name: "test-small", bytes: async () => (await import("../../../models/test-small.pnlc")).default },
];


export const DEFAULT_MODEL = "persuasion";
