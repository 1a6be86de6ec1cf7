import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { avalonEpisodes, AVALON_LOSS, AVALON_WIN, loadAvalonGames } from "../src/data/avalon.ts";
import { genericEpisodes } from "../src/data/generic.ts";
import { DECLINES_GOAL, DONATES_GOAL, loadPersuasionDialogues, PERSUASION_PROFILE_RATE, persuasionEpisode, PROFILE_STATE_INPUT } from "../src/data/persuasion.ts";
import { describePersuaderTurn, labelSentence, STRATEGY_TEXT } from "../src/data/persuasion-strategies.ts";
import { amountsIn, DEFAULT_SUMMARY_OPTIONS, MAX_STATE_CHARS, MAX_STATE_CHARS_WITH_PROFILE, persuadeeStance, summarizePersuasionState } from "../src/state/persuasion.ts";
import { MAX_PROFILE_CHARS, profileTokens } from "../src/state/profile.ts";
import { isHeldout, splitBucket } from "../src/data/split.ts";
import { EpisodeSchema } from "../src/train/trajectory.ts";
import { needCorpus } from "./helpers/corpus.ts";

const p4g = needCorpus("persuasionforgood");
const avalon = needCorpus("avalon_multiround_llm");

describe.skipIf(!p4g)("persuasion adapter on the real corpus", () => {
  it("builds valid episodes: one step per persuader turn, clipped donation, success = donated > 0", async () => {
    const dialogues = await loadPersuasionDialogues(p4g!);
    expect(dialogues.length).toBeGreaterThan(500);
    const outlier = dialogues.find((d) => d.donationRaw > 2)!;
    const zero = dialogues.find((d) => d.donationRaw === 0)!;
    const annotated = dialogues.find((d) => d.annotated)!;
    for (const d of [outlier, zero, annotated]) {
      const ep = await persuasionEpisode(d);
      expect(EpisodeSchema.safeParse(ep).success).toBe(true);
      expect(ep.steps.length).toBe(d.turns.filter((t) => t.persuader.length).length);
      expect(ep.outcome.value).toBe(Math.min(2, Math.max(0, d.donationRaw)));
      expect(ep.outcome.success).toBe(d.donationRaw > 0);
      expect(ep.outcome.text).toBe(d.donationRaw > 0 ? DONATES_GOAL : DECLINES_GOAL);
      for (const s of ep.steps) expect(s.state.length).toBeLessThanOrEqual(MAX_STATE_CHARS_WITH_PROFILE + 4);
      expect(ep.steps[0]!.state.startsWith("turn 0. the chat has not started.")).toBe(true);
      const alone = await persuasionEpisode(d, undefined, { profileRate: 0 });
      for (const s of alone.steps) expect(s.state.length).toBeLessThanOrEqual(MAX_STATE_CHARS + 4);
      expect(alone.steps[0]!.state).toBe("turn 0. the chat has not started.");
    }
    expect((await persuasionEpisode(outlier)).outcome.value).toBe(2);
    // annotated dialogues use the label descriptions (our words), not the raw label names
    const ep = await persuasionEpisode(annotated);
    const texts = Object.values(STRATEGY_TEXT);
    expect(ep.steps.every((s) => texts.some((t) => s.thought.startsWith(t)))).toBe(true);
  });

  it("states carry the persuadee's profile in the configured share of turns, and say so in the episode meta", async () => {
    const dialogues = (await loadPersuasionDialogues(p4g!)).slice(0, 60);
    const d = dialogues.find((x) => x.profile)!;
    expect(typeof d.profile!.agreeable).toBe("number");
    expect(typeof d.profile!.ideology).toBe("string");
    const tokens = profileTokens(d.profile);
    expect(tokens).toMatch(/^persuadee profile: .*agreeable(low|mid|high)/);
    const all = await persuasionEpisode(d, undefined, { profileRate: 1 });
    expect(all.steps.every((s) => s.state.endsWith(` ${tokens}`))).toBe(true);
    expect(all.meta).toMatchObject({ stateInputs: [PROFILE_STATE_INPUT], profileRate: 1 });
    const none = await persuasionEpisode(d, undefined, { profileRate: 0 });
    expect(none.steps.some((s) => s.state.includes("persuadee profile:"))).toBe(false);
    expect(none.meta!.stateInputs).toBeUndefined();
    // the default: profile dropout by a stable hash, about PERSUASION_PROFILE_RATE of the states
    let withP = 0, n = 0;
    for (const x of dialogues) for (const s of (await persuasionEpisode(x)).steps) (n++, s.state.includes("persuadee profile:") && withP++);
    expect(Math.abs(withP / n - PERSUASION_PROFILE_RATE)).toBeLessThan(0.08);
    expect((await persuasionEpisode(d)).steps).toEqual((await persuasionEpisode(d)).steps);
  });

  it("thoughts quote what was said in the gistRate share of turns (the service's thoughts never do)", async () => {
    const [d] = await loadPersuasionDialogues(p4g!);
    const gist = await persuasionEpisode(d!, undefined, { gistRate: 1 });
    const bare = await persuasionEpisode(d!, undefined, { gistRate: 0 });
    expect(gist.steps.filter((s) => s.thought.includes('. e.g. "')).length).toBeGreaterThan(gist.steps.length / 2);
    expect(bare.steps.some((s) => s.thought.includes("e.g."))).toBe(false);
    bare.steps.forEach((s, i) => expect(gist.steps[i]!.thought.startsWith(s.thought)).toBe(true));
    expect((await persuasionEpisode(d!)).steps.map((s) => s.thought)).toEqual(gist.steps.map((s) => s.thought)); // default: every turn
  });

  it("states are deterministic and keep the persuadee's words and amounts", async () => {
    const [d] = await loadPersuasionDialogues(p4g!);
    const k = d!.turns.length - 1;
    const a = summarizePersuasionState(d!.turns, k);
    expect(summarizePersuasionState(d!.turns, k)).toBe(a);
    const lastReply = d!.turns[k - 1]!.persuadee.join(" ").split(" ").slice(0, 3).join(" ");
    expect(a).toContain(lastReply);
    expect(a.startsWith(`turn ${k}.`)).toBe(true);
  });
});

describe("persuasion text rules", () => {
  it("stance tokens count questions, charity questions, positive and negative words, reply length and engagement", () => {
    const turns = [
      { persuader: ["Hi! Have you heard of Save the Children?"], persuadee: ["No, I have not.", "Where does the money go?"] },
      { persuader: ["It goes to children in need."], persuadee: ["That sounds great, I love that."] },
    ];
    expect(persuadeeStance(turns)).toBe("stance: questions one; charity questions one; positive one; negative one; last reply medium; engagement low.");
    expect(persuadeeStance([])).toBe("stance: questions none; charity questions none; positive none; negative none; last reply short; engagement low.");
    // the stance follows the bounded summary, so it is never clipped away
    const state = summarizePersuasionState([...turns, { persuader: ["x"], persuadee: [] }], 2);
    expect(state.endsWith(persuadeeStance(turns))).toBe(true);
    expect(summarizePersuasionState(turns, 0)).toBe("turn 0. the chat has not started.");
  });

  it("profile tokens: one fused token per usable field, bucketed by fixed cut points; missing fields left out", () => {
    expect(profileTokens({ extrovert: 3.2, agreeable: 4.8, self_direction: 6, neurotic: 0, age: 34, sex: "Male", edu: "Less than four-year college", ideology: "", race: "NA", income: 5 })).toBe(
      "persuadee profile: extrovertmid agreeablehigh selfdirectionhigh incomemid age30s sexmale edulessthanfouryearcollege.",
    );
    expect(profileTokens({})).toBe("");
    expect(profileTokens(undefined)).toBe("");
    const turns = [{ persuader: ["Hi there"], persuadee: ["Hello, what is this about?"] }];
    const alone = summarizePersuasionState(turns, 1);
    expect(summarizePersuasionState(turns, 1, DEFAULT_SUMMARY_OPTIONS, {})).toBe(alone);
    expect(summarizePersuasionState(turns, 1, DEFAULT_SUMMARY_OPTIONS, { agreeable: 2 })).toBe(`${alone} persuadee profile: agreeablelow.`);
    // the longest profile stays within the bound
    const longest: Record<string, number | string> = { age: 60, sex: "Female", race: "White", edu: "Less than four-year college", marital: "Unmarried", employment: "Employed for wages", religion: "Other religion", ideology: "Conservative" };
    for (const k of ["extrovert", "agreeable", "conscientious", "neurotic", "open", "care", "fairness", "loyalty", "authority", "purity", "freedom", "conform", "tradition", "benevolence", "universalism", "self_direction", "stimulation", "hedonism", "achievement", "power", "security", "rational", "intuitive", "income"]) longest[k] = 4.5;
    expect(profileTokens(longest).length).toBeLessThanOrEqual(MAX_PROFILE_CHARS);
    for (const k of ["sex", "race", "edu", "marital", "employment", "religion", "ideology"]) longest[k] = "a very long category value ".repeat(1000);
    for (const k of Object.keys(longest)) if (typeof longest[k] === "number") longest[k] = 5.9;
    expect(profileTokens(longest).length).toBeLessThanOrEqual(MAX_PROFILE_CHARS);
  });

  it("extracts amounts and labels sentences", () => {
    expect(amountsIn("I'll give $1.50, maybe 50 cents or two dollars")).toEqual(["$1.50", "50 cents", "two dollars"]);
    expect(labelSentence("How much would you like to donate?")).toBe("ask-donation-amount");
    expect(labelSentence("Would you be willing to donate some of your payment?")).toBe("proposition-of-donation");
    expect(labelSentence("Hello, how are you today")).toBe("greeting");
    expect(describePersuaderTurn(["credibility-appeal", "greeting"], ["They work in 120 countries."])).toBe(`${STRATEGY_TEXT["credibility-appeal"]}; then ${STRATEGY_TEXT.greeting}. e.g. "They work in 120 countries."`);
  });

  it("the held-out split is a stable hash rule of about the requested size", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `dialogue-${i}`);
    const share = ids.filter((id) => isHeldout(id)).length / ids.length;
    expect(share).toBeGreaterThan(0.17);
    expect(share).toBeLessThan(0.23);
    expect(splitBucket("20180904-045349_715_live")).toBe(splitBucket("20180904-045349_715_live"));
  });
});

describe.skipIf(!avalon)("avalon adapter on real games", () => {
  it("one episode per player, thoughts from written reasoning, outcome from the winner", async () => {
    const games = await loadAvalonGames(join(avalon!, "dataset", "4_reasoning_comparison", "high"));
    expect(games.length).toBeGreaterThan(0);
    const g = games[0]!;
    const eps = avalonEpisodes(g);
    expect(eps).toHaveLength(g.players.length);
    for (const [i, ep] of eps.entries()) {
      const p = g.players[i]!;
      expect(EpisodeSchema.safeParse(ep).success).toBe(true);
      const won = g.winner === (p.is_good ? "good" : "evil");
      expect(ep.outcome).toMatchObject({ success: won, text: won ? AVALON_WIN : AVALON_LOSS });
      expect(ep.steps.every((s) => s.state.includes(`I am ${p.name}, ${p.role}`))).toBe(true);
    }
    const leader = g.missions[0]!.proposals[0]!;
    const ep = eps[g.players.findIndex((p) => p.name === leader.leader)]!;
    expect(ep.steps.some((s) => s.action === `propose team ${leader.team_members.join(", ")}` && leader.reasoning && s.thought.startsWith(leader.reasoning.slice(0, 40).replace(/\s+/g, " ")))).toBe(true);
  });
});

describe("generic adapter", () => {
  it("validates and normalises users' logs", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pnlc-generic-"));
    await writeFile(join(dir, "a.jsonl"), JSON.stringify({ id: " e1 ", task: "support ", steps: [{ state: "  user:\n  hello ", thought: "greet\tthem" }], outcome: { text: " solved ", success: true } }) + "\n");
    const eps = [];
    for await (const e of genericEpisodes(dir)) eps.push(e);
    expect(eps).toEqual([{ id: "e1", task: "support", steps: [{ state: "user: hello", thought: "greet them", action: "", observation: "" }], outcome: { text: "solved", success: true } }]);
    await writeFile(join(dir, "b.jsonl"), JSON.stringify({ id: "e2", task: "x", steps: [{ state: "s" }], outcome: { text: "o", success: true } }) + "\n");
    const it = genericEpisodes(join(dir, "b.jsonl"));
    await expect(it.next()).rejects.toThrow(/b\.jsonl:1: steps\[0\]\.thought/);
  });
});
