/**
 * The persuadee's profile as state tokens. PersuasionForGood records, per participant, 23 survey
 * scales (Big Five, moral foundations, Schwartz values, decision style), age, income and seven
 * categories (FullData/full_info.csv, the `*.x` columns). A persuasion agent can know such a profile
 * (a simulated donor is drawn from one), and it predicts giving about as well as the dialogue does, so
 * the state may carry it: each field as one fused token (`agreeablehigh`, `age30s`, `ideologyliberal`),
 * which a hashed bag of words reads as one feature. Optional: without a profile the state is the
 * dialogue summary alone, and the critic is trained with some states lacking it (profile dropout).
 * Pure, no imports: the service builds its states with this very function.
 */

/** Profile fields by their corpus names without `.x`: numbers on the survey's scales, or category labels. */
export type PersuadeeProfile = Readonly<Record<string, number | string | null | undefined>>;

/**
 * Tertile cut points of each numeric scale over the corpus's 802 persuadees (labels not used):
 * low when v <= lo, mid when v <= hi, else high. A value <= 0 is the corpus's "missing".
 */
export const PROFILE_SCALE_CUTS: Readonly<Record<string, readonly [number, number]>> = {
  extrovert: [3, 3.6], agreeable: [3.6, 4.4], conscientious: [3.6, 4.2], neurotic: [2, 3], open: [3.4, 4],
  care: [4.2, 5], fairness: [4.5, 5.25], loyalty: [3, 4], authority: [3.4, 4.4], purity: [3, 4.34], freedom: [4, 5],
  conform: [3, 5], tradition: [3, 4], benevolence: [4, 5], universalism: [4, 5], self_direction: [4, 5],
  stimulation: [3, 5], hedonism: [3, 4], achievement: [3, 4], power: [3, 4], security: [4, 5],
  rational: [4, 4.5], intuitive: [2.5, 3.5], income: [4, 7],
};
export const PROFILE_CATEGORIES = ["sex", "race", "edu", "marital", "employment", "religion", "ideology"] as const;

/** A category value as one token; capped, so a caller's long string cannot swell the state (the corpus's longest is 25). */
const slug = (s: string) => s.slice(0, 200).toLowerCase().replace(/[^a-z0-9]+/g, "").slice(0, 40);

/** `persuadee profile: agreeablehigh carelow ... age30s sexfemale ideologyliberal.`, or "" when no field is usable. */
export function profileTokens(profile: PersuadeeProfile | undefined): string {
  if (!profile) return "";
  const tokens: string[] = [];
  for (const [field, [lo, hi]] of Object.entries(PROFILE_SCALE_CUTS)) {
    const v = Number(profile[field]);
    if (profile[field] === null || profile[field] === "" || !Number.isFinite(v) || v <= 0) continue;
    tokens.push(`${slug(field)}${v <= lo ? "low" : v <= hi ? "mid" : "high"}`);
  }
  const age = Number(profile.age);
  if (profile.age !== null && profile.age !== "" && Number.isFinite(age) && age >= 16)
    tokens.push(age < 30 ? "age20s" : age < 40 ? "age30s" : age < 50 ? "age40s" : "age50plus");
  for (const field of PROFILE_CATEGORIES) {
    const v = profile[field];
    if (typeof v === "string" && slug(v) && slug(v) !== "na") tokens.push(`${field}${slug(v)}`);
  }
  return tokens.length ? `persuadee profile: ${tokens.join(" ")}.` : "";
}

/** A bound on the profile string: every field, category values at the 40-char cap (test/data-adapters.test.ts checks it). */
export const MAX_PROFILE_CHARS = 800;

/** A state text followed by the profile's tokens (unchanged when there is no usable profile field). */
export function appendProfile(state: string, profile: PersuadeeProfile | undefined): string {
  const tokens = profileTokens(profile);
  return tokens ? `${state} ${tokens}` : state;
}
