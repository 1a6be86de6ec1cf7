/** A trainer thread (members.ts): trains the members it is given, one at a time, and posts the results. */
import { parentPort, workerData } from "node:worker_threads";
import { runJob, type MemberJob, type SharedInput } from "./members.ts";

const shared = workerData as SharedInput;
parentPort!.on("message", (msg: { type: "job"; job: MemberJob }) => {
  const m = msg.job.m;
  try {
    const out = runJob(shared, msg.job, undefined, (stats) => parentPort!.postMessage({ type: "epoch", m, stats }));
    parentPort!.postMessage({ type: "done", m, out });
  } catch (e) {
    parentPort!.postMessage({ type: "error", m, message: (e as Error).message });
  }
});
