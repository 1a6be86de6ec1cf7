import type { ServiceConfig } from "../providers/config.ts";

/** Bindings and vars of the Worker (all optional: offline mode needs none). */
export interface Bindings {
  [key: string]: unknown;
  AI?: Ai;
  /** R2 bucket of extra models, key "<name>.pnlc". */
  MODELS?: R2Bucket;
  /** KV namespace of extra models, key "<name>.pnlc" (used when MODELS is absent). */
  MODELS_KV?: KVNamespace;
  /** D1 database of the decision log and outcome feedback (migrations/); absent = nothing is logged. */
  PNLC_LOG?: D1Database;
  /** Static assets (swagger-ui-dist) for the interactive docs. */
  ASSETS?: Fetcher;
}

export interface Variables {
  requestId: string;
  config: ServiceConfig;
  redact: (s: string) => string;
}

export type AppEnv = { Bindings: Bindings; Variables: Variables };
