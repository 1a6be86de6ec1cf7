import { describe, expect, it } from "vitest";
import { needCorpus } from "./helpers/corpus.ts";
import { loadWebShop, webshopEpisodes } from "../src/tasks/webshop/index.ts";
import { splitOf } from "../src/tasks/webshop/catalog.ts";
import { simpleAction, WebShopProposer } from "../src/tasks/webshop/proposer.ts";
import { makeRng } from "../src/tasks/rng.ts";

const dir = needCorpus("webshop");

describe.skipIf(!dir)("webshop environment over the 1,000-product catalogue", () => {
  it("searches, opens, chooses options and buys the target with reward 1", async () => {
    const engine = loadWebShop();
    const [ep] = webshopEpisodes(engine, "test", 1, 3);
    const g = ep!.goal;
    await ep!.step(`search[${g.instruction}]`);
    expect(ep!.page.kind).toBe("results");
    const results = (ep!.page as { asins: string[] }).asins;
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(50);
    // Open the goal's own product directly (it may sit on any page of the results).
    ep!.page = { kind: "item", asin: g.asin, options: {}, from: ep!.page };
    for (const v of Object.values(g.goalOptions)) await ep!.step(`click[${v}]`);
    await ep!.step("click[Buy Now]");
    expect(ep!.done).toBe(true);
    expect(ep!.result().value).toBe(1);
    expect(ep!.result().success).toBe(true);
  });

  it("ends with reward 0 when steps run out, and invalid actions cost a step", async () => {
    const [ep] = webshopEpisodes(loadWebShop(), "test", 1, 4);
    for (let i = 0; i < 15; i++) await ep!.step("click[nothing here]");
    expect(ep!.done).toBe(true);
    expect(ep!.result()).toMatchObject({ score: 0, success: false });
  });

  it("splits by product, deterministically, and samples test goals only from test products", () => {
    const engine = loadWebShop();
    const eps = webshopEpisodes(engine, "test", 40, 1);
    expect(eps.every((e) => splitOf(e.goal.asin) === "test")).toBe(true);
    expect(webshopEpisodes(engine, "train", 40, 1).every((e) => splitOf(e.goal.asin) === "train")).toBe(true);
    expect(webshopEpisodes(engine, "test", 5, 1).map((e) => e.goal.instruction)).toEqual(eps.slice(0, 5).map((e) => e.goal.instruction));
  });

  it("the simple rule and the behaviour proposer finish every episode with valid actions", async () => {
    const engine = loadWebShop();
    const rng = makeRng(1);
    for (const ep of webshopEpisodes(engine, "test", 10, 2)) {
      const proposer = new WebShopProposer(ep, rng);
      while (!ep.done) {
        const [c] = await proposer.propose({ state: ep.stateText() }, 1);
        await ep.step(c!.action!);
      }
      expect(ep.result().score).toBeGreaterThanOrEqual(0);
    }
    for (const ep of webshopEpisodes(engine, "test", 10, 2)) {
      while (!ep.done) await ep.step(simpleAction(ep));
      expect(ep.history[0]).toMatch(/^search\[/);
    }
  });
});
