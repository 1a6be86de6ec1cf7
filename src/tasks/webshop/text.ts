/** Text helpers shared by the search engine and the reward: tokens, stop words, a light stemmer, fuzzy ratio. */

const STOP = new Set(
  ("a an and are as at be by for from has have i i'm im in is it its me my of on or our that the this to was were will with " +
    "you your find looking need want buy get some lower than price dollars please would like am also which").split(" "),
);

export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

/** Porter-lite: enough to match plurals and simple verb forms ("bottles" ~ "bottle", "cases" ~ "case"). */
export function stem(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("sses")) return w.slice(0, -2);
  if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.slice(0, -1);
  return w;
}

export function contentTokens(text: string): string[] {
  return words(text).filter((w) => !STOP.has(w)).map(stem);
}

/** Indel similarity ratio in [0, 100] (what fuzzywuzzy/rapidfuzz `ratio` computes): 2 * LCS / (|a| + |b|). */
export function ratio(a: string, b: string): number {
  if (!a.length && !b.length) return 100;
  const prev = new Uint16Array(b.length + 1);
  const cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    prev.set(cur);
  }
  return Math.round((200 * prev[b.length]!) / (a.length + b.length));
}

/** fuzzywuzzy `token_set_ratio`: compares the shared token set against each side's full token set. */
export function tokenSetRatio(a: string, b: string): number {
  const ta = new Set(words(a));
  const tb = new Set(words(b));
  if (!ta.size || !tb.size) return 0;
  const sect = [...ta].filter((t) => tb.has(t)).sort();
  const onlyA = [...ta].filter((t) => !tb.has(t)).sort();
  const onlyB = [...tb].filter((t) => !ta.has(t)).sort();
  const s = sect.join(" ");
  const sa = [s, onlyA.join(" ")].filter(Boolean).join(" ");
  const sb = [s, onlyB.join(" ")].filter(Boolean).join(" ");
  if (s && (!onlyA.length || !onlyB.length)) return 100;
  return Math.max(s ? ratio(s, sa) : 0, s ? ratio(s, sb) : 0, ratio(sa, sb));
}
