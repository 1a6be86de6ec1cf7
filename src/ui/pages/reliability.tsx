/** @jsxImportSource hono/jsx */
/**
 * A reliability (calibration) diagram as inline SVG: mean predicted probability per bin against the
 * observed rate, the diagonal as perfect calibration, point area by bin count. A table of the same
 * bins follows it as the text alternative.
 */
import type { BinSeries } from "../meta-view.ts";

const SIZE = 320, PAD = 44, PLOT = SIZE - PAD - 12;
const x = (p: number) => PAD + p * PLOT;
const y = (p: number) => 12 + (1 - p) * PLOT;
const TICKS = [0, 0.25, 0.5, 0.75, 1];
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
  const desc = series.map((s) => `${s.source}: ` + s.bins.filter((b) => b.count > 0).map((b) => `predicted ${b.meanP.toFixed(2)}, observed ${b.rate.toFixed(2)} (n=${b.count})`).join("; ")).join(". ");
  return (
    <figure class="reliability">
      <svg viewBox={`0 0 ${SIZE} ${SIZE + 8}`} role="img" aria-labelledby="rel-title rel-desc" class="chart">
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
          const pts = s.bins.filter((b) => b.count > 0);
          return (
            <g class={`series ${st.cls}`}>
              <polyline points={pts.map((b) => `${x(b.meanP).toFixed(1)},${y(b.rate).toFixed(1)}`).join(" ")} stroke-dasharray={st.dash || undefined} />
              {pts.map((b) => <Marker kind={st.marker} cx={x(b.meanP)} cy={y(b.rate)} r={2.5 + 4 * Math.sqrt(b.count / maxCount)} cls="pt" />)}
            </g>
          );
        })}
      </svg>
      <figcaption>
        Dashed diagonal: perfect calibration. Marker area grows with the number of predictions in the bin.
        {series.length > 1 ? (
          <ul class="series-legend">{series.map((s, i) => <li class={STYLES[i]!.cls}><span aria-hidden="true">{["●", "■", "◆"][i]}</span> {s.source}</li>)}</ul>
        ) : <span> Bins from <code>{series[0]?.source}</code>.</span>}
      </figcaption>
    </figure>
  );
}

export function BinsTable(props: { series: BinSeries[] }) {
  return (
    <details class="bins">
      <summary>The bins as a table</summary>
      {props.series.map((s) => (
        <table>
          <caption>{s.source}</caption>
          <thead><tr><th scope="col">bin</th><th scope="col">n</th><th scope="col">mean predicted</th><th scope="col">observed</th></tr></thead>
          <tbody>
            {s.bins.map((b) => (
              <tr><td>{Number.isFinite(b.lo) ? `${b.lo.toFixed(1)}–${b.hi.toFixed(1)}` : "?"}</td><td>{b.count}</td><td>{b.count ? b.meanP.toFixed(3) : "–"}</td><td>{b.count ? b.rate.toFixed(3) : "–"}</td></tr>
            ))}
          </tbody>
        </table>
      ))}
    </details>
  );
}
