/**
 * What the logged dialogues say about a persuader's next step after a given persuadee reaction: for
 * each persuader strategy taken right after a reply tagged with that reaction, how often the next
 * reply reacts positively / negatively / asks about the charity, and the donation rate. A check of
 * sense for the critic's recommendations on the playground's examples (docs/design/persuasion-examples.md).
 * Training split only (the local held-out 20% stays unseen).
 *   npx tsx scripts/persuasion-support.ts [corpus folder]
 */
import { loadPersuasionDialogues, persuaderTurnIndices } from "../src/data/persuasion.ts";
import { pickTurnLabels, STRATEGY_TEXT } from "../src/data/persuasion-strategies.ts";
import { REACTION_GOALS } from "../src/data/reactions.ts";
import { isHeldout } from "../src/data/split.ts";
import { dataDir } from "../src/data/paths.ts";

const dir = process.argv[2] ?? `${dataDir()}/persuasionforgood`;
const dialogues = (await loadPersuasionDialogues(dir)).filter((d) => !isHeldout(d.id));
const [POS, , ASKS, , NEG] = REACTION_GOALS.map((g) => g.text);
for (const after of [ASKS, NEG, POS]) {
  const rows = new Map<string, { n: number; pos: number; neg: number; asks: number; donated: number }>();
  for (const d of dialogues) {
    const ks = persuaderTurnIndices(d);
    ks.forEach((k, i) => {
      if (i === 0 || !d.reactions[ks[i - 1]!]?.includes(after!)) return;
      const strategy = STRATEGY_TEXT[pickTurnLabels(d.labels[k] ?? [])[0]!]!;
      const r = rows.get(strategy) ?? rows.set(strategy, { n: 0, pos: 0, neg: 0, asks: 0, donated: 0 }).get(strategy)!;
      const next = d.reactions[k] ?? [];
      r.n++;
      if (next.includes(POS!)) r.pos++;
      if (next.includes(NEG!)) r.neg++;
      if (next.includes(ASKS!)) r.asks++;
      if (d.donationRaw > 0) r.donated++;
    });
  }
  console.log(`\nafter "${after}" (${dialogues.length} training dialogues): next strategy | n | next reply positive | negative | asks about the charity | donated`);
  for (const [s, r] of [...rows.entries()].filter(([, r]) => r.n >= 15).sort((a, b) => b[1].n - a[1].n))
    console.log(`  ${s.padEnd(80)} ${String(r.n).padStart(4)}  ${(r.pos / r.n).toFixed(2)}  ${(r.neg / r.n).toFixed(2)}  ${(r.asks / r.n).toFixed(2)}  ${(r.donated / r.n).toFixed(2)}`);
}
