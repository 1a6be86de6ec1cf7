import type { TaskSpec } from "../index.ts";
import { hashString } from "../rng.ts";
import { AvalonEpisode } from "./env.ts";
import { MerlinProposer, honestMerlinAction, merlinCandidates } from "./proposer.ts";

function asAvalon(ep: unknown): AvalonEpisode {
  if (!(ep instanceof AvalonEpisode)) throw new Error("avalon: not an Avalon episode");
  return ep;
}

export const avalonTask: TaskSpec = {
  name: "avalon",
  async episodes(o) {
    // Train and test games come from disjoint seed streams.
    return Array.from({ length: o.n }, (_, i) => new AvalonEpisode(`avalon-${o.split}-${o.seed}-${i}`, hashString(`avalon:${o.split}:${o.seed}:${i}`)));
  },
  scriptedProposer: (ep, rng, temperature) => new MerlinProposer(asAvalon(ep), rng, temperature),
  simpleAction: (ep) => honestMerlinAction(asAvalon(ep)),
  branchCandidates: (ep, rng) => merlinCandidates(asAvalon(ep), rng),
};
