/**
 * Persuader strategies as thoughts, described in our own words. Annotated turns map their label to
 * these descriptions; unannotated turns get a label from keyword rules over the turn's sentences,
 * so both kinds of turn produce thoughts in the same style (the style the service's LLM is asked for).
 */

export const STRATEGY_TEXT: Record<string, string> = {
  "logical-appeal": "reason with facts: explain concretely how the money helps children",
  "emotion-appeal": "appeal to feelings: make them picture children who suffer",
  "credibility-appeal": "build trust in the charity: its track record, reach and transparency",
  "foot-in-the-door": "ask for a small first step: even a few cents makes a difference",
  "self-modeling": "lead by example: say that I donate myself",
  "personal-story": "tell a personal story that ties me to the cause",
  "donation-information": "explain how giving works: it comes out of the task payment and goes straight to the charity",
  "source-related-inquiry": "ask whether they know the charity",
  "task-related-inquiry": "ask what they think about giving and charities",
  "personal-related-inquiry": "ask about their own life, such as family and children",
  "proposition-of-donation": "ask them directly to donate",
  "ask-donation-amount": "ask how much they would like to give",
  "ask-donate-more": "ask them to consider giving a bit more",
  "confirm-donation": "confirm the amount they agreed to give",
  "ask-not-donate-reason": "ask what holds them back from giving",
  "praise-user": "praise their kindness and generosity",
  greeting: "open with a friendly greeting",
  thank: "thank them",
  acknowledgement: "acknowledge what they said",
  "positive-to-inquiry": "answer their question",
  "neutral-to-inquiry": "answer their question",
  "negative-to-inquiry": "answer their question",
  "comment-partner": "comment on them as a partner",
  "you-are-welcome": "reply politely to their thanks",
  closing: "close the conversation politely",
  "off-task": "make small talk",
  other: "make small talk",
};

/** The ten persuasion strategies of the corpus, preferred over dialogue acts when a turn has both. */
export const PERSUASION_STRATEGIES = [
  "logical-appeal", "emotion-appeal", "credibility-appeal", "foot-in-the-door", "self-modeling",
  "personal-story", "donation-information", "source-related-inquiry", "task-related-inquiry", "personal-related-inquiry",
];

const REQUESTS = ["proposition-of-donation", "ask-donation-amount", "ask-donate-more", "confirm-donation", "ask-not-donate-reason"];

/** Ordered keyword rules for sentences without an annotation: first match wins. */
const RULES: Array<[string, RegExp]> = [
  ["ask-donation-amount", /how much\b.*\b(donat|give|contribut)|what amount/i],
  ["confirm-donation", /\b(so|just to confirm|confirm)\b.*\b(donat|give)\b.*(\$|\d|cent|dollar)/i],
  ["ask-donate-more", /\b(more|increase|double|all of)\b.*\b(donat|give|payment)|donate (the )?(whole|full|entire)/i],
  ["ask-not-donate-reason", /why (not|wouldn|don)|what.*(stop|hold)s? you/i],
  ["proposition-of-donation", /(would|will|could|can) you (like to |be willing to |consider )?(donat|give|contribut|make a donation)|willing to (donat|give)|want to (donat|give)\b.*\?/i],
  ["foot-in-the-door", /\b(even|just|only) (a |one )?(small|little|few|\$?0?\.\d+|\$1\b|one dollar|cents?|penny)|every (cent|penny|little bit)|small (amount|donation)/i],
  ["donation-information", /(task payment|your payment|bonus|deducted|taken out of|from your earnings|researchers will|directly to the charity|from \$0 to \$2|0 to 2 dollars)/i],
  ["self-modeling", /\bi('m| am| will|'ll| have| plan to| already)( going to)? (donat|giv|contribut)|i donate/i],
  ["personal-story", /\bmy (son|daughter|kids|children|child|family|friend|mother|mom|father|dad|sister|brother)\b|when i was (a |young)/i],
  ["source-related-inquiry", /(heard of|familiar with|know (about|of)).*(save the children|charit|organi)/i],
  ["personal-related-inquiry", /(do you have (any )?(kids|children)|your (family|kids|children)|are you a parent)/i],
  ["task-related-inquiry", /\?.*$|(do|have|would) you\b.*(donat|charit)/i],
  ["credibility-appeal", /(founded|since 19|over \d+ (years|countries)|countries|rated|reputable|transparen|percent|%|of every dollar|charity navigator|well known|established)/i],
  ["emotion-appeal", /(imagine|heart|suffer|starv|dying|\bdie\b|sad|horrible|terrible|refugee|\bwar\b|violence|abuse|hungry|poverty)/i],
  ["logical-appeal", /(help|provide|food|educat|health|vaccin|shelter|school|medic|water|nutrition|protect)/i],
  ["greeting", /^(hi|hello|hey|good (morning|afternoon|evening)|how are you)/i],
  ["thank", /thank/i],
  ["praise-user", /(that's|that is|you are|you're) (so )?(great|kind|generous|wonderful|awesome|amazing)/i],
];

export function labelSentence(sentence: string): string {
  for (const [label, re] of RULES) if (re.test(sentence)) return label;
  return "other";
}

/** Picks up to two distinct labels for a turn: requests and persuasion strategies first, in turn order. */
export function pickTurnLabels(labels: string[]): string[] {
  const known = labels.filter((l) => l in STRATEGY_TEXT);
  const rank = (l: string) => (REQUESTS.includes(l) ? 0 : PERSUASION_STRATEGIES.includes(l) ? 1 : 2);
  const ordered = [...new Set(known)].map((l, i) => ({ l, i })).sort((a, b) => rank(a.l) - rank(b.l) || a.i - b.i);
  const picked = ordered.slice(0, 2).map((x) => x.l);
  return picked.length ? picked : ["other"];
}

const GIST_CHARS = 90;

/** The thought of a persuader turn: strategy description(s) plus a short gist of what was said. */
export function describePersuaderTurn(labels: string[], sentences: string[]): string {
  const strategy = pickTurnLabels(labels).map((l) => STRATEGY_TEXT[l]).join("; then ");
  const said = sentences.join(" ").replace(/\s+/g, " ").trim();
  const gist = said.length > GIST_CHARS ? said.slice(0, said.lastIndexOf(" ", GIST_CHARS) > 40 ? said.lastIndexOf(" ", GIST_CHARS) : GIST_CHARS) + " ..." : said;
  return gist ? `${strategy}. e.g. "${gist}"` : strategy;
}

/** The thought bank for the model meta: the ten strategies and the direct requests. */
export function persuasionThoughtBank(): Array<{ text: string; label: string }> {
  return [...PERSUASION_STRATEGIES, ...REQUESTS].map((label) => ({ text: STRATEGY_TEXT[label]!, label }));
}
