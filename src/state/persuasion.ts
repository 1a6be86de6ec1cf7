/**
 * Deterministic compact state for a persuasion dialogue so far. A hashed bag of n-grams reads it, so
 * it keeps the words that predict a donation: the persuadee's latest replies in full, the persuadee's
 * earlier sentences about giving, every amount the persuadee named, and the turn index. Bounded in
 * length so that long chats do not drown the recent signal.
 */

import { appendProfile, MAX_PROFILE_CHARS, type PersuadeeProfile } from "./profile.ts";

export interface DialogueTurn {
  persuader: string[];
  persuadee: string[];
}

const SUMMARY_CHARS = 900;
/** The bounded summary plus the stance tokens (at most ~120 chars); a profile adds up to MAX_PROFILE_CHARS. */
export const MAX_STATE_CHARS = SUMMARY_CHARS + 200;
export const MAX_STATE_CHARS_WITH_PROFILE = MAX_STATE_CHARS + MAX_PROFILE_CHARS;
const RECENT_TURNS = 2;
const EARLIER_CHARS = 260;
const PERSUADER_LAST_CHARS = 140;

const AMOUNT = /\$\s?\d+(?:\.\d+)?|\b\d+(?:\.\d+)?\s?(?:cents?|dollars?|bucks?)\b|\b(?:one|two|a|half a|fifty|ten|twenty|twenty five|five)\s(?:dollars?|cents?|bucks?)\b/gi;
const AGREES = /\b(i('ll| will| would| can| could| am going to|'m going to| want to| plan to| shall)( (like|love|be happy|be glad|be willing) to| gladly| definitely| also)? (donate|give|contribute|do)\b|count me in|i('m| am) in\b|sounds good|sure\b|of course|absolutely|why not|let's do it|i('ll| will) donate)/i;
const DECLINES = /\b((not|n't|never|no) (going to |gonna |be able to |able to |really )?(donate|give|contribute|afford|interested|sure|comfortable)|can't afford|cannot afford|no thanks|maybe (later|another time|next time)|not today|i('m| am) (broke|poor|tight)|need (the|my) money|keep (the|my) (money|payment)|don't (trust|believe|think so))/i;
const DOUBTS = /\b(scam|trust|legit|skeptic|overhead|administrat|ceo|salar|where (does|will) the money)/i;

/** Coarse intent cues of the persuadee so far: explicit tokens generalise better than scattered words. */
export function persuadeeCues(past: DialogueTurn[]): string {
  let agrees = 0, declines = 0, doubts = 0, lastIntent = "none";
  for (const t of past)
    for (const s of t.persuadee) {
      if (DECLINES.test(s)) (declines++, (lastIntent = "declines"));
      else if (AGREES.test(s) && /donat|give|contribut|\$|cent|dollar|help|sure|in\b|yes/i.test(s)) (agrees++, (lastIntent = "agrees"));
      if (DOUBTS.test(s)) doubts++;
    }
  return `cues: intent ${lastIntent}; agrees x${Math.min(agrees, 3)}; declines x${Math.min(declines, 3)}; doubts x${Math.min(doubts, 3)}.`;
}

const bucket = (n: number) => (n === 0 ? "none" : n === 1 ? "one" : n <= 3 ? "few" : "many");
const ASKS_ABOUT_CHARITY = /charit|save the children|organi|money|donat|where|how (much|does|do)/i;
const POSITIVE_WORDS = /\b(yes|yeah|sure|great|good|wonderful|love|happy|glad|agree|definitely|absolutely|awesome|nice)\b/i;
const NEGATIVE_WORDS = /\b(no|not|don't|can't|won't|never|unfortunately|sorry|rather|but)\b/i;

/**
 * The persuadee's stance so far as bucketed count tokens (questions, questions about the charity,
 * positive and negative words, length of the last reply, overall engagement): a hashed bag of words
 * cannot count, and these counts separate engaged, curious persuadees from curt ones.
 */
export function persuadeeStance(past: DialogueTurn[]): string {
  let questions = 0, charityQuestions = 0, positive = 0, negative = 0, words = 0;
  for (const t of past)
    for (const s of t.persuadee) {
      words += s.split(/\s+/).length;
      if (s.includes("?")) (questions++, ASKS_ABOUT_CHARITY.test(s) && charityQuestions++);
      if (POSITIVE_WORDS.test(s)) positive++;
      if (NEGATIVE_WORDS.test(s)) negative++;
    }
  const last = past.length ? past[past.length - 1]!.persuadee.join(" ") : "";
  const lastWords = last.split(/\s+/).filter(Boolean).length;
  return `stance: questions ${bucket(questions)}; charity questions ${bucket(charityQuestions)}; positive ${bucket(positive)}; negative ${bucket(negative)}; last reply ${lastWords < 6 ? "short" : lastWords < 20 ? "medium" : "long"}; engagement ${words < 40 ? "low" : words < 120 ? "medium" : "high"}.`;
}

const ABOUT_GIVING = /donat|\bgive\b|\bgiving\b|money|\$|cents?\b|dollar|contribut|afford|payment|charit|\bhelp\b/i;

export function amountsIn(text: string): string[] {
  return (text.match(AMOUNT) ?? []).map((a) => a.toLowerCase().replace(/\s+/g, " ").trim());
}

function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(" ", max);
  return t.slice(0, cut > max / 2 ? cut : max) + " ...";
}

/** Summary of the state before the persuader's turn `turnIndex` (turns[0..turnIndex-1] happened). */
export interface SummaryOptions {
  recentTurns: number;
  earlierChars: number;
  persuaderLast: boolean;
  cues: boolean;
  /** Append the stance tokens (persuadeeStance) after the bounded summary, so they are never clipped away. */
  stance: boolean;
}
export const DEFAULT_SUMMARY_OPTIONS: SummaryOptions = { recentTurns: RECENT_TURNS, earlierChars: EARLIER_CHARS, persuaderLast: true, cues: true, stance: true };

/**
 * With a persuadee profile (src/state/profile.ts), its tokens follow everything else; without one
 * (or with one holding no usable field) the state is exactly the dialogue summary.
 */
export function summarizePersuasionState(turns: DialogueTurn[], turnIndex: number, opt: SummaryOptions = DEFAULT_SUMMARY_OPTIONS, profile?: PersuadeeProfile): string {
  return appendProfile(summarizeDialogue(turns, turnIndex, opt), profile);
}

function summarizeDialogue(turns: DialogueTurn[], turnIndex: number, opt: SummaryOptions): string {
  const past = turns.slice(0, turnIndex);
  const parts: string[] = [`turn ${turnIndex}.`];
  if (past.length === 0) return "turn 0. the chat has not started.";

  const recent: string[] = [];
  for (let k = past.length - 1; k >= 0 && recent.length < opt.recentTurns; k--) {
    const said = past[k]!.persuadee.join(" ").trim();
    if (said) recent.push(said);
  }
  if (recent.length) parts.push(`persuadee just said: ${clip(recent[0]!, 300)}`);
  if (recent.length > 1) parts.push(`before that: ${clip(recent[1]!, 200)}`);

  const earlier: string[] = [];
  let used = 0;
  for (let k = past.length - 1 - opt.recentTurns; k >= 0 && used < opt.earlierChars; k--) {
    for (const s of past[k]!.persuadee) {
      if (!ABOUT_GIVING.test(s)) continue;
      earlier.push(s.trim());
      used += s.length;
    }
  }
  if (earlier.length) parts.push(`earlier on giving: ${clip(earlier.join(" "), opt.earlierChars)}`);

  if (opt.cues) parts.push(persuadeeCues(past));
  const amounts = [...new Set(past.flatMap((t) => t.persuadee.flatMap(amountsIn)))];
  parts.push(amounts.length ? `persuadee named amounts: ${amounts.slice(-4).join(", ")}.` : "persuadee named no amount.");

  const lastPersuader = past[past.length - 1]!.persuader.join(" ");
  if (opt.persuaderLast && lastPersuader.trim()) parts.push(`persuader last: ${clip(lastPersuader, PERSUADER_LAST_CHARS)}`);
  const summary = clip(parts.join(" "), SUMMARY_CHARS);
  return opt.stance ? `${summary} ${persuadeeStance(past)}` : summary;
}
