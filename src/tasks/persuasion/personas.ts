/**
 * Donor personas from PersuasionForGood's persuadee profiles (FullData/full_info.csv, B4 = 1): age,
 * sex, education, employment, income, religion, politics and Big Five scores become a short
 * persona text for the LLM that plays a skeptical donor. Split by user id, like the other corpora.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../data/csv.ts";
import { profileOf } from "../../data/persuasion.ts";
import type { PersuadeeProfile } from "../../state/profile.ts";
import { hashString } from "../rng.ts";

export interface Persona {
  id: string;
  text: string;
  /** The survey profile the persona is drawn from: the critic's state carries it, as in training. */
  profile: PersuadeeProfile;
  split: "train" | "test";
}

const level = (x: number) => (x >= 4 ? "high" : x >= 3 ? "moderate" : "low");

export function loadPersonas(corpusDir: string): Persona[] {
  const rows = parseCsv(readFileSync(join(corpusDir, "data", "FullData", "full_info.csv"), "utf8"));
  const header = rows[0]!;
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`full_info.csv: missing column ${name}`);
    return i;
  };
  const c = { user: col("B3"), role: col("B4"), age: col("age.x"), sex: col("sex.x"), edu: col("edu.x"), emp: col("employment.x"), income: col("income.x"), rel: col("religion.x"), ideo: col("ideology.x"), agree: col("agreeable.x"), open: col("open.x"), benev: col("benevolence.x") };
  const out: Persona[] = [];
  const seen = new Set<string>();
  for (const r of rows.slice(1)) {
    if (r[c.role] !== "1" || seen.has(r[c.user]!)) continue;
    seen.add(r[c.user]!);
    const text =
      `a ${Math.round(Number(r[c.age]) || 35)}-year-old ${String(r[c.sex] || "person").toLowerCase()}, ${r[c.edu] || "unknown education"}, ${String(r[c.emp] || "").toLowerCase()}, ` +
      `${r[c.ideo] || "no stated"} politics, ${r[c.rel] || "no stated religion"}; ${level(Number(r[c.agree]))} agreeableness, ${level(Number(r[c.open]))} openness, ${level(Number(r[c.benev]))} benevolence`;
    const profile = profileOf(Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
    out.push({ id: r[c.user]!, text, profile, split: hashString("split:" + r[c.user]) % 5 === 0 ? "test" : "train" });
  }
  return out;
}
