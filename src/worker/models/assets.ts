/**
 * Task critics served from the Worker's own static assets (build/assets/models/, the ASSETS binding)
 * instead of the script bundle: a model is ~650 KiB gzip, and three bundled would put the upload past
 * its 1.5 MB budget, while static assets do not count towards it and deploy with the Worker (no R2
 * bucket to create or fill). Each file is checked against the sha256 compiled into the Worker, so a
 * stale or tampered asset fails loudly instead of scoring with the wrong weights.
 */
import type { Bindings } from "../env.ts";
import { HttpError } from "../errors.ts";
import { sha256Hex } from "./store.ts";

export function fromAssets(name: string, sha256: string): (env: Bindings) => Promise<ArrayBuffer> {
  return async (env) => {
    if (!env.ASSETS) throw new HttpError(503, "model_store_unavailable", `model "${name}" is served from the Worker's static assets, but the ASSETS binding is missing`, "model");
    const res = await env.ASSETS.fetch(new Request(`https://assets.local/models/${name}.pnlc`));
    if (!res.ok) throw new HttpError(503, "model_store_unavailable", `model "${name}": models/${name}.pnlc is not in the Worker's static assets (HTTP ${res.status}; run \`npm run build\`)`, "model");
    const bytes = await res.arrayBuffer();
    const digest = await sha256Hex(bytes);
    if (digest !== sha256) throw new HttpError(502, "model_checksum_mismatch", `model "${name}": sha256 ${digest} of the asset does not match the Worker's ${sha256}`, "model");
    return bytes;
  };
}
