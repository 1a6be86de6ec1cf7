import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readAllEpisodes, TrajectoryError, writeEpisodes, type Episode } from "../src/train/trajectory.ts";

const ep = (id: string, extra: Partial<Episode> = {}): Episode => ({
  id,
  task: "t",
  steps: [{ state: "s0", thought: "th", action: "a", observation: "o" }],
  outcome: { text: "won", success: true },
  ...extra,
});

async function tmp(): Promise<string> {
  return mkdtemp(join(tmpdir(), "pnlc-traj-"));
}

describe("trajectory JSONL", () => {
  it("round-trips episodes and fills action/observation defaults", async () => {
    const dir = await tmp();
    const f = join(dir, "a.jsonl");
    await writeFile(f, JSON.stringify({ id: "x", task: "t", steps: [{ state: "s", thought: "t" }], outcome: { text: "o", value: 1 } }) + "\n\n");
    const eps = await readAllEpisodes(f);
    expect(eps).toHaveLength(1);
    expect(eps[0]!.steps[0]).toEqual({ state: "s", thought: "t", action: "", observation: "" });
    expect(await writeEpisodes(join(dir, "b.jsonl"), eps)).toBe(1);
    expect(await readAllEpisodes(join(dir, "b.jsonl"))).toEqual(eps);
  });

  it("reports file:line and the field of a bad line", async () => {
    const dir = await tmp();
    const f = join(dir, "bad.jsonl");
    const bad = { ...ep("2"), steps: [{ state: "s", thought: "ok" }, { state: "s", thought: 42 }] };
    await writeFile(f, [JSON.stringify(ep("1")), JSON.stringify(bad)].join("\n"));
    const err = await readAllEpisodes(f).catch((e) => e);
    expect(err).toBeInstanceOf(TrajectoryError);
    expect(err.message).toMatch(new RegExp(`bad.jsonl:2: steps\\[1\\]\\.thought: `));
    expect(err.line).toBe(2);
    expect(err.field).toBe("steps[1].thought");
  });

  it("rejects invalid JSON, an outcome without success or value, and duplicate ids", async () => {
    const dir = await tmp();
    const f1 = join(dir, "j.jsonl");
    await writeFile(f1, JSON.stringify(ep("1")) + "\n{not json\n");
    await expect(readAllEpisodes(f1)).rejects.toThrow(/j\.jsonl:2: \(line\): not valid JSON/);
    const f2 = join(dir, "o.jsonl");
    await writeFile(f2, JSON.stringify({ ...ep("1"), outcome: { text: "x" } }));
    await expect(readAllEpisodes(f2)).rejects.toThrow(/o\.jsonl:1: outcome: needs success and\/or value/);
    const f3 = join(dir, "d.jsonl");
    await writeFile(f3, [JSON.stringify(ep("1")), JSON.stringify(ep("1"))].join("\n"));
    await expect(readAllEpisodes(f3)).rejects.toThrow(/d\.jsonl:2: id: duplicate/);
    const f4 = join(dir, "e.jsonl");
    await writeFile(f4, JSON.stringify({ ...ep("1"), steps: [] }));
    await expect(readAllEpisodes(f4)).rejects.toThrow(/e\.jsonl:1: steps: /);
  });

  it("writes atomically: a failure leaves neither a partial target nor a temp file", async () => {
    const dir = await tmp();
    const target = join(dir, "out.jsonl");
    await writeFile(target, "previous\n");
    async function* gen() {
      yield ep("1");
      yield { ...ep("2"), task: "" } as Episode; // invalid: empty task
    }
    await expect(writeEpisodes(target, gen())).rejects.toThrow(/task/);
    expect(await readFile(target, "utf8")).toBe("previous\n");
    expect(await readdir(dir)).toEqual(["out.jsonl"]);
  });
});
