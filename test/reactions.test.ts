import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsvRecords } from "../src/data/csv.ts";
import { loadPersuasionDialogues, persuasionEpisode } from "../src/data/persuasion.ts";
import { annotatedSentences, REACTION_GOALS, reactionClass, reactionEvents, ReactionTagger, trainReactionTagger } from "../src/data/reactions.ts";
import { needCorpus } from "./helpers/corpus.ts";

const p4g = needCorpus("persuasionforgood");

describe("persuadee reactions as goals", () => {
  it("maps the corpus's labels to plain-language future states", () => {
    expect(REACTION_GOALS[reactionClass("ask-donation-procedure")]!.text).toBe("the persuadee asks about the charity or how the donation reaches the children");
    expect(reactionClass("greeting")).toBe(REACTION_GOALS.length);
    expect(reactionEvents([reactionClass("agree-donation"), reactionClass("thank"), reactionClass("positive-reaction-to-donation")])).toEqual(["the persuadee reacts positively to donating"]);
  });

  it("the tagger learns sentence classes from hashed features and the persuader's context", () => {
    const ex = Array.from({ length: 200 }, (_, i) =>
      i % 2 ? { dialogue: `d${i}`, sentence: "how does the money reach the kids?", context: "they help children", label: 2 } : { dialogue: `d${i}`, sentence: "yes", context: i % 4 ? "would you like to donate?" : "do you have kids?", label: i % 4 ? 0 : 3 },
    );
    const t = ReactionTagger.train(ex);
    expect(t.tag("how does the money get to them?", "")).toBe(2);
    // the same "yes" is agreement after a request and an answer about oneself after a personal question
    expect(t.tag("yes", "would you like to donate?")).toBe(0);
    expect(t.tag("yes", "do you have kids?")).toBe(3);
  });

  it.skipIf(!p4g)("on PersuasionForGood: beats the majority class on held-out annotated dialogues and labels every dialogue", async () => {
    const rows = parseCsvRecords(readFileSync(join(p4g!, "data", "AnnotatedData", "300_dialog.csv"), "utf8"), ["B2"]);
    const r = trainReactionTagger(annotatedSentences(rows));
    expect(r.heldout.n).toBeGreaterThan(500);
    expect(r.heldout.accuracy).toBeGreaterThan(r.heldout.majority + 0.15);
    const dialogues = await loadPersuasionDialogues(p4g!);
    for (const annotated of [true, false]) {
      const ds = dialogues.filter((d) => d.annotated === annotated);
      const withEvents = ds.filter((d) => d.reactions.some((x) => x.length)).length;
      expect(withEvents / ds.length).toBeGreaterThan(0.8);
    }
    const ep = await persuasionEpisode(dialogues.find((d) => d.annotated)!);
    expect(ep.steps.some((s) => s.events?.length)).toBe(true);
  });
});
