import { describe, expect, it } from "vitest";
import { needCorpus } from "./helpers/corpus.ts";
import { loadWebShop, webshopEpisodes } from "../src/tasks/webshop/index.ts";
import { PAGE_SIZE, type WebShopEpisode } from "../src/tasks/webshop/env.ts";
import { attributeList, listedLook, queryEvidence, standing, titleAttributes } from "../src/tasks/webshop/page-evidence.ts";
import { contentTokens } from "../src/tasks/webshop/text.ts";

const dir = needCorpus("webshop");

async function searched(seed: number): Promise<WebShopEpisode> {
  const [ep] = webshopEpisodes(loadWebShop(), "train", 1, seed);
  await ep!.step(`search[${ep!.goal.instruction}]`);
  return ep!;
}
const looksOf = (ep: WebShopEpisode) => (ep.page as { asins: string[] }).asins.slice(0, PAGE_SIZE).map((a) => listedLook(ep.product(a), ep.goal));
const quotedIn = (s: string) => [...s.matchAll(/'([^']+)'/g)].map((m) => m[1]!);

// The evidence scripts/webshop-page-evidence.ts measures: what a results page's titles tell.
describe.skipIf(!dir)("webshop page evidence: what the listed titles and the query show", () => {
  it("calls shown only requested attributes the listed title shows, and names the rest as missing", async () => {
    let checked = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const ep = await searched(seed);
      for (const look of looksOf(ep)) {
        const title = new Set(contentTokens(ep.product(look.asin).title));
        const inTitle = (a: string) => contentTokens(a).every((t) => title.has(t));
        const words = attributeList(look, ep.goal.attributes.length);
        const [shown, missing = ""] = words.split(" but not ");
        for (const a of quotedIn(shown!)) expect(inTitle(a), `${a}: ${words}`).toBe(true);
        for (const a of quotedIn(missing)) expect(inTitle(a), `${a}: ${words}`).toBe(false);
        for (const a of quotedIn(words)) expect(ep.goal.attributes).toContain(a);
        if (quotedIn(words).length) checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("names the better title on the page for a result below it, and only the best is called the best", async () => {
    let below = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const looks = looksOf(await searched(seed));
      const best = looks.reduce((b, l, j) => (l.score > looks[b]!.score ? j : b), 0);
      looks.forEach((_, i) => {
        const s = standing(looks, i, (j) => j + 1);
        if (i === best) expect(s).toMatch(/^(clearly )?the best title on this page/);
        else expect(s).not.toMatch(/^(clearly )?the best title/);
        if (s.startsWith("a weaker title than")) (below++, expect(s).toContain(`result ${best + 1}`));
      });
    }
    expect(below).toBeGreaterThan(20);
  });

  it("says what a query keeps of the instruction", () => {
    const [ep] = webshopEpisodes(loadWebShop(), "train", 1, 1);
    const goal = ep!.goal;
    expect(queryEvidence(goal.instruction, goal)).toMatch(/^keeps every product word, /);
    expect(queryEvidence("zzz", goal)).toMatch(/^drops every product word, /);
    expect(titleAttributes(goal.attributes.join(" "), goal).lacks).toEqual([]);
  });
});
