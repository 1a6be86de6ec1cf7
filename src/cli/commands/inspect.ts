/** `pnlc inspect FILE [--json]`: what a .pnlc model file holds, and whether it is sound. */
import type { Command } from "commander";
import type { ModelFile } from "../../critic/model-file.ts";
import { readModelInput } from "../task-check.ts";

export interface InspectReport {
  file: string;
  fileBytes: number;
  metaBytes: number;
  arenaBytes: number;
  checksum: { algorithm: "crc32"; value: string; status: "ok" };
  name: string;
  task: string;
  description?: string;
  createdAt: string;
  encoder: ModelFile["meta"]["encoder"];
  network: ModelFile["meta"]["network"];
  parameters: number;
  tensors: Array<{ name: string; dtype: string; shape: number[]; bytes: number; offset: number }>;
  goals: { total: number; positive: number; negative: number; texts: Array<{ text: string; polarity: string; kind: string }> };
  thoughts: { total: number; texts: Array<{ text: string; label?: string }> };
  training?: Record<string, unknown>;
  evaluation?: Record<string, unknown>;
}

export function inspectModel(path: string): InspectReport {
  const { bytes, model } = readModelInput(path, "inspect");
  const { meta } = model;
  const metaBytes = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
  return {
    file: path,
    fileBytes: model.fileBytes,
    metaBytes,
    arenaBytes: model.arena.length,
    checksum: { algorithm: "crc32", value: model.crc.toString(16).padStart(8, "0"), status: "ok" },
    name: meta.name,
    task: meta.task,
    description: meta.description,
    createdAt: meta.createdAt,
    encoder: meta.encoder,
    network: meta.network,
    parameters: meta.tensors.reduce((n, t) => n + t.shape.reduce((a, b) => a * b, 1), 0),
    tensors: meta.tensors.map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape, bytes: t.byteLength, offset: t.offset })),
    goals: {
      total: meta.goals.length,
      positive: meta.goals.filter((g) => g.polarity === "positive").length,
      negative: meta.goals.filter((g) => g.polarity === "negative").length,
      texts: meta.goals,
    },
    thoughts: { total: meta.thoughts.length, texts: meta.thoughts },
    training: meta.training,
    evaluation: meta.evaluation,
  };
}

/**
 * Text from the file as the terminal should show it: control characters (C0, DEL, C1, which a crafted
 * file could use to move the cursor, recolour or retitle the terminal) become visible \xNN escapes.
 */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

const kb = (n: number) => (n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`);

export function formatReport(r: InspectReport): string {
  return formatLines(r).map(printable).join("\n"); // per line: a newline inside a file's text is escaped too
}

function formatLines(r: InspectReport): string[] {
  const lines = [
    `${r.file}: ${r.name} (task ${r.task}), created ${r.createdAt}`,
    ...(r.description ? [`  ${r.description}`] : []),
    `size       ${kb(r.fileBytes)} (metadata ${kb(r.metaBytes)}, weights arena ${kb(r.arenaBytes)}); checksum crc32 ${r.checksum.value} ${r.checksum.status}`,
    `encoder    ${r.encoder.type === "hash-ngram" ? `hash-ngram v${r.encoder.version}, dim ${r.encoder.dim}, charN ${r.encoder.charN}, seed ${r.encoder.seed}` : `dense ${r.encoder.provider}/${r.encoder.model}, dim ${r.encoder.dim}`}`,
    `network    inputDim ${r.network.inputDim}, hidden [${r.network.hidden.join(", ")}], heads ${r.network.heads.join("+")}, ${r.parameters.toLocaleString("en")} parameters`,
    "tensors",
    ...r.tensors.map((t) => `  ${t.name.padEnd(14)} ${t.dtype.padEnd(4)} [${t.shape.join(", ")}]`.padEnd(44) + `${kb(t.bytes).padStart(10)} @ ${t.offset}`),
    `goals      ${r.goals.total} (${r.goals.positive} positive, ${r.goals.negative} negative)`,
    ...r.goals.texts.map((g) => `  ${g.polarity === "positive" ? "+" : "-"} [${g.kind}] ${g.text}`),
    `thoughts   ${r.thoughts.total}`,
    ...r.thoughts.texts.map((t) => `  ${t.label ? `${t.label}: ` : ""}${t.text}`),
  ];
  if (r.training) lines.push(`training   ${JSON.stringify(r.training).slice(0, 400)}`);
  if (r.evaluation) lines.push(`evaluation ${JSON.stringify(r.evaluation).slice(0, 400)}`);
  return lines;
}

export function register(program: Command): void {
  program
    .command("inspect")
    .description("print a .pnlc model file's metadata, tensor sizes and checksum status (non-zero exit when the file is bad)")
    .argument("<file>", "model file (.pnlc)")
    .option("--json", "print the report as JSON")
    .action((file: string, opts: { json?: boolean }) => {
      const report = inspectModel(file);
      process.stdout.write((opts.json ? JSON.stringify(report, null, 2) : formatReport(report)) + "\n");
    });
}
