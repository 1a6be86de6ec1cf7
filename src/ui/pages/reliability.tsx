/** @jsxImportSource hono/jsx */
/**
 * A reliability (calibration) diagram as inline SVG: mean predicted probability per bin against the
 * observed rate, the diagonal as perfect calibration, point area by bin count, and under it the number
 * of predictions in each bin. A bin with few predictions (an observed rate of 0 or 1 from a handful of
 * cases) is drawn hollow and left off the line, so it reads as "too few to tell", not as a spike.
 * A table of the same bins follows it as the text alternative.
 */
import type { BinSeries } from "../meta-view.ts";

const SIZE = 320, PAD = 44, PLOT = SIZE - PAD - 12;
const x = (p: number) => PAD + p * PLOT;
const y = (p: number) => 12 + (1 - p) * PLOT;
const TICKS = [0, 0.25, 0.5, 0.75, 1];
/** Height of the strip of bin counts under the plot. */
const HIST = 44, HIST_TOP = SIZE + 34;

/** Fewer predictions than this in a bin: the observed rate is too noisy to draw as a point on the line. */
export function fewThreshold(bins: BinSeries["bins"]): number {
  const total = bins.reduce((n, b) => n + b.count, 0);
  return Math.max(20, Math.round(0.01 * total));
}
/** Series are told apart by marker shape and dash as well as colour. */
const STYLES = [
  { cls: "s0", dash: "", marker: "circle" },
  { cls: "s1", dash: "6 4", marker: "square" },
  { cls: "s2", dash: "2 3", marker: "diamond" },
] as const;

function Marker(props: { kind: string; cx: number; cy: number; r: number; cls: string }) {
  const { cx, cy, r } = props;
  if (props.kind === "square") return <rect class={props.cls} x={cx - r} y={cy - r} width={2 * r} height={2 * r} />;
  if (props.kind === "diamond") return <polygon class={props.cls} points={`${cx},${cy - r * 1.3} ${cx + r * 1.3},${cy} ${cx},${cy + r * 1.3} ${cx - r * 1.3},${cy}`} />;
  return <circle class={props.cls} cx={cx} cy={cy} r={r} />;
}

export function ReliabilityDiagram(props: { series: BinSeries[] }) {
  const series = props.series.slice(0, STYLES.length);
  const maxCount = Math.max(1, ...series.flatMap((s) => s.bins.map((b) => b.count)));
  const desc = series.map((s) => `${s.label}: ` + s.bins.filter((b) => b.count > 0).map((b) => `predicted ${b.meanP.toFixed(2)}, observed ${b.rate.toFixed(2)} (n=${b.count})`).join("; ")).join(". ");
  const few = Math.min(...series.map((s) => fewThreshold(s.bins)));
  const binCount = (s: BinSeries) => s.bins.length;
  return (
    <figure class="reliability">
      <svg viewBox={`0 0 ${SIZE} ${HIST_TOP + HIST + 16}`} role="img" aria-labelledby="rel-title rel-desc" class="chart">
        <title id="rel-title">Reliability diagram: observed outcome rate against predicted probability</title>
        <desc id="rel-desc">{desc}</desc>
        {TICKS.map((t) => (
          <g class="grid">
            <line x1={x(t)} y1={y(0)} x2={x(t)} y2={y(1)} />
            <line x1={x(0)} y1={y(t)} x2={x(1)} y2={y(t)} />
            <text x={x(t)} y={y(0) + 16} text-anchor="middle">{t}</text>
            <text x={x(0) - 6} y={y(t) + 4} text-anchor="end">{t}</text>
          </g>
        ))}
        <line class="diagonal" x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} />
        <text class="axis" x={x(0.5)} y={SIZE + 6} text-anchor="middle">predicted probability</text>
        <text class="axis" transform={`translate(12 ${y(0.5)}) rotate(-90)`} text-anchor="middle">observed rate</text>
        {series.map((s, i) => {
          const st = STYLES[i]!;
          const threshold = fewThreshold(s.bins);
          const solid = s.bins.filter((b) => b.count >= threshold);
          const sparse = s.bins.filter((b) => b.count > 0 && b.count < threshold);
          return (
            <g class={`series ${st.cls}`}>
              <polyline points={solid.map((b) => `${x(b.meanP).toFixed(1)},${y(b.rate).toFixed(1)}`).join(" ")} stroke-dasharray={st.dash || undefined} />
              {solid.map((b) => <Marker kind={st.marker} cx={x(b.meanP)} cy={y(b.rate)} r={2.5 + 4 * Math.sqrt(b.count / maxCount)} cls="pt" />)}
              {sparse.map((b) => <Marker kind={st.marker} cx={x(b.meanP)} cy={y(b.rate)} r={3} cls="pt few" />)}
            </g>
          );
        })}
        <text class="axis" x={x(0)} y={HIST_TOP - 4}>predictions per bin</text>
        {series.map((s, i) => {
          const w = PLOT / binCount(s) / series.length;
          return (
            <g class={`hist ${STYLES[i]!.cls}`}>
              {s.bins.map((b, j) => {
                const h = b.count > 0 ? Math.max(1, (HIST * b.count) / maxCount) : 0;
                const left = x(Number.isFinite(b.lo) ? b.lo : j / binCount(s)) + i * w;
                return <rect class={b.count < fewThreshold(s.bins) ? "few" : undefined} x={left + 0.5} y={HIST_TOP + HIST - h} width={Math.max(1, w - 1)} height={h}><title>{`${b.count} predictions`}</title></rect>;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        Points on the dashed diagonal would be perfectly calibrated. Marker area grows with the number of predictions in the bin;
        hollow markers are bins with fewer than {few} predictions, too few to read a rate from, and are not joined to the line.
        {series.length > 1 ? (
          <ul class="series-legend">{series.map((s, i) => <li class={STYLES[i]!.cls}><span aria-hidden="true">{["●", "■", "◆"][i]}</span> {s.label}</li>)}</ul>
        ) : <span> Measured on {series[0]?.label}.</span>}
      </figcaption>
    </figure>
  );
}

export function BinsTable(props: { series: BinSeries[] }) {
  return (
    <details class="bins">
      <summary>The bins as a table</summary>
      {props.series.map((s) => (
        <div class="table-wrap">
        <table>
          <caption>{s.label}</caption>
          <thead><tr><th scope="col">predicted</th><th scope="col">predictions</th><th scope="col">mean predicted</th><th scope="col">observed rate</th></tr></thead>
          <tbody>
            {s.bins.map((b) => (
              <tr><td>{Number.isFinite(b.lo) ? `${b.lo.toFixed(1)}–${b.hi.toFixed(1)}` : "?"}</td><td>{b.count}</td><td>{b.count ? b.meanP.toFixed(3) : "–"}</td><td>{b.count ? b.rate.toFixed(3) : "–"}</td></tr>
            ))}
          </tbody>
        </table>
        </div>
      ))}
    </details>
  );
}
