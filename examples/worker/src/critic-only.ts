// The critic alone (no routes, no bundled model): the model comes from an R2 bucket at run time.
// Used to measure the smallest upload a Worker pays for the critic (see README "Size").
import { loadCritic, rankThoughts, type Critic } from "pnlc-edge";
import criticWasm from "pnlc-edge/critic.wasm";

interface Env {
  MODELS: R2Bucket;
}

let critic: Promise<Critic> | undefined;

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    critic ??= (async () => {
      const object = await env.MODELS.get("persuasion.pnlc");
      if (!object) throw new Error("persuasion.pnlc is not in the MODELS bucket");
      return loadCritic(new Uint8Array(await object.arrayBuffer()), criticWasm);
    })();
    const state = new URL(req.url).searchParams.get("state") ?? "Persuadee: I am not sure.";
    const ranked = await rankThoughts(await critic, { state });
    return Response.json({ best: ranked.candidates[0]?.thought, critique: ranked.critique });
  },
};
