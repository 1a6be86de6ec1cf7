/**
 * The comparison page: eval summaries (JSON lines written by `pnlc eval --save`) -> one HTML file
 * with inline SVG charts (vega-lite compiled and rendered headless; no CDN, no script) and a table.
 */
import * as vega from "vega";
import * as vl from "vega-lite";
import { z } from "zod";

export const SavedSummary = z.object({
  task: z.string(),
  agent: z.string(),
  episodes: z.number(),
  score: z.number(),
  success_rate: z.number(),
  llm_calls_per_decision: z.number(),
  seconds_per_decision: z.number(),
  score_ci95: z.tuple([z.number(), z.number()]),
  success_ci95: z.tuple([z.number(), z.number()]),
  value: z.number().optional(),
  tokens_per_decision: z.number().optional(),
  llm: z.string().optional(),
});
export type SavedSummary = z.infer<typeof SavedSummary>;

export function parseSummaries(text: string, file: string): SavedSummary[] {
  return text.split("\n").flatMap((line, i) => {
    if (!line.trim()) return [];
    const r = SavedSummary.safeParse(JSON.parse(line));
    if (!r.success) throw new Error(`${file}:${i + 1}: ${r.error.issues[0]!.path.join(".")}: ${r.error.issues[0]!.message}`);
    return [r.data];
  });
}

async function svg(spec: vl.TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: "none" });
  return view.toSVG();
}

const label = (s: SavedSummary) => `${s.agent}${s.llm && s.llm !== "none" ? ` (${s.llm})` : ""}`;

function scoreChart(task: string, rows: SavedSummary[]): vl.TopLevelSpec {
  const data = rows.map((r) => ({ agent: label(r), score: r.score, lo: r.score_ci95[0], hi: r.score_ci95[1] }));
  const order = [...data].sort((a, b) => b.score - a.score).map((d) => d.agent);
  return {
    title: `${task}: score with 95% interval`,
    width: 420,
    height: { step: 22 },
    data: { values: data },
    layer: [
      { mark: "bar", encoding: { y: { field: "agent", type: "nominal", sort: order, title: null }, x: { field: "score", type: "quantitative", scale: { domain: [0, 100] } } } },
      { mark: { type: "rule", color: "black" }, encoding: { y: { field: "agent", type: "nominal", sort: order }, x: { field: "lo", type: "quantitative" }, x2: { field: "hi" } } },
    ],
  } as vl.TopLevelSpec;
}

function costChart(rows: SavedSummary[]): vl.TopLevelSpec {
  const data = rows.map((r) => ({ agent: label(r), task: r.task, seconds: Math.max(r.seconds_per_decision, 1e-5), calls: r.llm_calls_per_decision }));
  return {
    title: "seconds per decision (log scale)",
    width: 420,
    height: { step: 22 },
    data: { values: data },
    mark: "bar",
    encoding: {
      y: { field: "agent", type: "nominal", sort: "-x", title: null },
      x: { field: "seconds", type: "quantitative", scale: { type: "log" } },
      color: { field: "task", type: "nominal" },
      tooltip: [{ field: "calls", title: "LLM calls per decision" }],
    },
  } as vl.TopLevelSpec;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export async function renderReport(rows: SavedSummary[], title = "pnlc-edge: agents compared"): Promise<string> {
  const tasks = [...new Set(rows.map((r) => r.task))];
  const charts: string[] = [];
  for (const t of tasks) charts.push(await svg(scoreChart(t, rows.filter((r) => r.task === t))));
  charts.push(await svg(costChart(rows)));
  const table = rows
    .map((r) => `<tr><td>${esc(r.task)}</td><td>${esc(label(r))}</td><td>${r.episodes}</td><td>${r.score.toFixed(1)} [${r.score_ci95[0].toFixed(1)}, ${r.score_ci95[1].toFixed(1)}]</td><td>${(100 * r.success_rate).toFixed(1)}% [${(100 * r.success_ci95[0]).toFixed(1)}, ${(100 * r.success_ci95[1]).toFixed(1)}]</td><td>${r.llm_calls_per_decision.toFixed(2)}</td><td>${(r.tokens_per_decision ?? 0).toFixed(0)}</td><td>${r.seconds_per_decision.toFixed(4)}</td></tr>`)
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1000px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td:nth-child(-n+2){text-align:left}figure{margin:1em 0}</style>
</head><body><h1>${esc(title)}</h1>
<p>Every row is one <code>pnlc eval --save</code> run. Intervals are 95%: normal for mean scores, Wilson for success and win rates.</p>
${charts.map((c) => `<figure>${c}</figure>`).join("\n")}
<table><thead><tr><th>task</th><th>agent</th><th>episodes</th><th>score</th><th>success / win</th><th>LLM calls / decision</th><th>tokens / decision</th><th>s / decision</th></tr></thead>
<tbody>${table}</tbody></table>
</body></html>
`;
}
