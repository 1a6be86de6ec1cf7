import { describe, expect, it } from "vitest";
import { trainerLabel } from "../src/train/report.ts";

describe("training report: which trainer the timings are from", () => {
  it("names the backend and its threads", () => {
    expect(trainerLabel({ backend: "js", threads: 1 })).toBe("JS reference trainer, one core");
    expect(trainerLabel({ backend: "wasm", threads: 2 })).toBe("wasm trainer, 2 threads");
    expect(trainerLabel({ backend: "wasm", threads: 1 })).toBe("wasm trainer, 1 thread");
  });
});
