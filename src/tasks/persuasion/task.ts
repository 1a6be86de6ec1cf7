import { corpusPath } from "../../data/paths.ts";
import type { TaskSpec } from "../index.ts";
import { makeRng } from "../rng.ts";
import { PersuasionEpisode } from "./env.ts";
import { loadPersonas } from "./personas.ts";
import { PersuasionProposer } from "./proposer.ts";

function asPersuasion(ep: unknown): PersuasionEpisode {
  if (!(ep instanceof PersuasionEpisode)) throw new Error("persuasion: not a persuasion episode");
  return ep;
}

export const persuasionTask: TaskSpec = {
  name: "persuasion",
  async episodes(o) {
    if (!o.donor) throw new Error("task persuasion needs an LLM to play the donor: pass --llm mock[:MS] or --llm env");
    const dir = corpusPath("persuasionforgood");
    if (!dir) throw new Error("task persuasion: corpus persuasionforgood not found under the data folder");
    const personas = loadPersonas(dir).filter((p) => p.split === o.split);
    const rng = makeRng(o.seed);
    return Array.from({ length: o.n }, (_, i) => new PersuasionEpisode(`persuasion-${o.split}-${o.seed}-${i}`, personas[Math.floor(rng() * personas.length)]!, o.donor!));
  },
  scriptedProposer: (ep, rng, temperature) => new PersuasionProposer(asPersuasion(ep), rng, temperature),
};
