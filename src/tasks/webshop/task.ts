import type { TaskSpec } from "../index.ts";
import { loadWebShop, webshopEpisodes } from "./index.ts";
import { WebShopEpisode } from "./env.ts";
import { WebShopProposer, simpleAction, webshopCandidates } from "./proposer.ts";

function asWebShop(ep: unknown): WebShopEpisode {
  if (!(ep instanceof WebShopEpisode)) throw new Error("webshop: not a WebShop episode");
  return ep;
}

export const webshopTask: TaskSpec = {
  name: "webshop",
  async episodes(o) {
    return webshopEpisodes(loadWebShop(o.instructions), o.split, o.n, o.seed);
  },
  scriptedProposer: (ep, rng, temperature) => new WebShopProposer(asWebShop(ep), rng, temperature),
  simpleAction: (ep) => simpleAction(asWebShop(ep)),
  branchCandidates: (ep) => webshopCandidates(asWebShop(ep)),
};
