/** Report charts: vega-lite spec -> SVG (vega, headless) -> PNG (@resvg/resvg-js). */
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import * as vl from "vega-lite";
import type { EpochStats } from "./iql.ts";
import type { ReliabilityBin } from "./metrics.ts";

export async function renderChart(spec: vl.TopLevelSpec): Promise<{ svg: string; png: Uint8Array }> {
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  const png = new Resvg(svg, { background: "white", fitTo: { mode: "zoom", value: 2 } }).render().asPng();
  return { svg, png: new Uint8Array(png) };
}

export function lossCurveSpec(history: EpochStats[], bestEpochs: number[]): vl.TopLevelSpec {
  const rows = history.flatMap((h) => [
    { epoch: h.epoch, series: "Q loss (train, BCE)", value: h.qLoss },
    { epoch: h.epoch, series: "V loss (train, expectile) x10", value: h.vLoss * 10 },
    { epoch: h.epoch, series: "validation log loss (outcome)", value: h.valLogLoss },
    { epoch: h.epoch, series: "validation AUC (outcome)", value: h.valAuc },
  ]);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: bestEpochs.length > 1 ? `Training curves of ${bestEpochs.length} ensemble members in sequence (dashed: each one's best epoch)` : `Training curves (best epoch ${bestEpochs[0]})`,
    width: 460,
    height: 260,
    data: { values: rows },
    layer: [
      { mark: { type: "line", point: true }, encoding: { x: { field: "epoch", type: "quantitative" }, y: { field: "value", type: "quantitative", scale: { zero: false } }, color: { field: "series", type: "nominal", legend: { orient: "bottom", columns: 2 } } } },
      { data: { values: bestEpochs.map((epoch) => ({ epoch })) }, mark: { type: "rule", strokeDash: [4, 4], color: "gray" }, encoding: { x: { field: "epoch", type: "quantitative" } } },
    ],
  } as vl.TopLevelSpec;
}

export function reliabilitySpec(title: string, curves: Array<{ name: string; bins: ReliabilityBin[] }>): vl.TopLevelSpec {
  const rows = curves.flatMap((c) => c.bins.filter((b) => b.count > 0).map((b) => ({ model: c.name, predicted: b.meanP, observed: b.rate, count: b.count })));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    width: 320,
    height: 320,
    layer: [
      { data: { values: [{ x: 0, y: 0 }, { x: 1, y: 1 }] }, mark: { type: "line", color: "lightgray", strokeDash: [4, 4] }, encoding: { x: { field: "x", type: "quantitative", title: "mean predicted P(goal)", scale: { domain: [0, 1] } }, y: { field: "y", type: "quantitative", title: "observed rate", scale: { domain: [0, 1] } } } },
      { data: { values: rows }, mark: { type: "line", point: true }, encoding: { x: { field: "predicted", type: "quantitative" }, y: { field: "observed", type: "quantitative" }, color: { field: "model", type: "nominal", legend: { orient: "bottom" } }, size: { value: 2 } } },
      { data: { values: rows }, mark: { type: "circle" }, encoding: { x: { field: "predicted", type: "quantitative" }, y: { field: "observed", type: "quantitative" }, color: { field: "model", type: "nominal" }, size: { field: "count", type: "quantitative", legend: null } } },
    ],
  } as vl.TopLevelSpec;
}

export function barSpec(title: string, rows: Array<{ bucket: string; value: number; series: string }>, yTitle: string): vl.TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    width: 360,
    height: 220,
    data: { values: rows },
    mark: "bar",
    encoding: {
      x: { field: "bucket", type: "nominal", sort: null, title: null },
      xOffset: { field: "series" },
      y: { field: "value", type: "quantitative", title: yTitle, scale: { domain: [0.4, 0.8] } },
      color: { field: "series", type: "nominal", legend: { orient: "bottom" } },
    },
  } as vl.TopLevelSpec;
}
