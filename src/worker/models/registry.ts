/**
 * The models bundled into the Worker. One line per model; DEFAULT_MODEL picks the one served when a
 * request names none (PNLC_DEFAULT_MODEL overrides it). Each bundled model adds its gzip size to the
 * upload (budget: the whole upload under 1.5 MB gzip; `npm run bench:service` prints it).
 */
import type { BundledModel } from "./store.ts";

export const BUNDLED_MODELS: BundledModel[] = [
  { name: "persuasion", bytes: async () => (await import("../../../models/persuasion.pnlc")).default },
  { name: "test-small", bytes: async () => (await import("../../../models/test-small.pnlc")).default },
];

export const DEFAULT_MODEL = "persuasion";
