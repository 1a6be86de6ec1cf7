/**
 * The pages' stylesheet, bundled as a string (served at /ui/playground.css). One column on phones,
 * two from 900px. Positive and negative outcomes differ by icon, label and fill pattern, not only hue.
 */
export const PLAYGROUND_CSS = String.raw`
:root {
  --bg: #f6f7f9; --card: #fff; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de;
  --accent: #0b5cad; --pos: #1a7f5a; --neg: #b4441c; --track: #eceff3; --focus: #f2a900;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg);
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); }
code { font: 0.92em ui-monospace, SFMono-Regular, Menlo, monospace; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip { position: absolute; left: -999px; top: 0; background: var(--card); padding: 8px; z-index: 2; }
.skip:focus { left: 8px; }
.hint { color: var(--muted); font-size: 0.875rem; margin: 4px 0; }

.top { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: center; justify-content: space-between; padding: 10px 20px; background: #102a43; color: #fff; }
.top a { color: #fff; }
.brand { margin: 0; font-weight: 700; }
.brand span { font-weight: 400; color: #bcccdc; font-size: 0.875rem; }
.top nav { display: flex; gap: 16px; }
.top nav a[aria-current="page"] { text-decoration-thickness: 3px; }

main { max-width: 1280px; margin: 0 auto; padding: 16px 20px 40px; }
.intro h1 { margin: 8px 0 4px; font-size: 1.6rem; }
.intro p { margin: 4px 0 12px; max-width: 70ch; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 0.8rem; border: 1px solid var(--line); background: var(--card); }
.badge.offline::before { content: "● "; color: var(--muted); }
.badge.llm::before { content: "● "; color: var(--pos); }

.playground { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 900px) { .playground { grid-template-columns: minmax(0, 5fr) minmax(0, 7fr); align-items: start; } }
.panel, .card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; min-width: 0; }
.panel h2, .card h2 { margin: 0 0 10px; font-size: 1.15rem; }

.field { margin: 0 0 12px; border: 0; padding: 0; min-width: 0; }
fieldset.field { border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; }
legend { font-weight: 600; padding: 0 4px; }
label { font-weight: 600; }
.inline { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; }
.field > label { display: block; margin-bottom: 4px; }
.field.inline > label { margin: 0; }
select, input, textarea, button, .button { font: inherit; border-radius: 6px; }
select, input, textarea { border: 1px solid #8c959f; padding: 6px 8px; background: #fff; color: var(--ink); max-width: 100%; }
textarea { width: 100%; resize: vertical; }
button, .button { border: 1px solid #8c959f; background: #f3f4f6; color: var(--ink); padding: 7px 14px; cursor: pointer; min-height: 40px; text-decoration: none; display: inline-flex; align-items: center; }
button:hover { background: #e7e9ec; }
button.primary, .button.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
button.primary:hover { background: #094a8c; }
button[disabled] { opacity: 0.6; cursor: progress; }
button.link { border: 0; background: none; color: var(--accent); text-decoration: underline; padding: 2px 0; min-height: 0; font-size: 0.875rem; }
.buttons { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin: 8px 0 12px; }

.transcript { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.transcript li { display: grid; grid-template-columns: auto minmax(0, 1fr) auto; gap: 8px; align-items: start; padding: 6px 8px; border-radius: 8px; background: var(--track); }
.transcript li.assistant { background: #e6f0fa; }
.transcript .who { font-weight: 700; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); padding-top: 2px; }
.transcript .text { overflow-wrap: anywhere; }
.transcript button { min-height: 32px; padding: 2px 8px; font-size: 0.8rem; }

.settings { border-top: 1px solid var(--line); padding-top: 8px; }
.settings summary { cursor: pointer; font-weight: 600; padding: 4px 0; }
.knobs { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; margin-top: 8px; }
.knobs label { display: flex; flex-direction: column; gap: 4px; font-weight: 500; font-size: 0.9rem; }

#status { margin: 0 0 8px; font-weight: 600; }
.stages { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 0 0 12px; }
.stages li { border: 1px dashed var(--line); border-radius: 999px; padding: 2px 10px; font-size: 0.85rem; color: var(--muted); }
.stages li .mark::before { content: "○ "; }
.stages li.active { border-style: solid; border-color: var(--accent); color: var(--accent); }
.stages li.active .mark::before { content: "◐ "; }
.stages li.done { border-style: solid; color: var(--ink); background: #eef6ee; border-color: var(--pos); }
.stages li.done .mark::before { content: "✓ "; color: var(--pos); }
.error { border: 2px solid var(--neg); background: #fff3ef; padding: 8px 10px; border-radius: 8px; margin-bottom: 12px; overflow-wrap: anywhere; }

.out { margin-top: 14px; }
.out h3 { font-size: 1rem; margin: 0 0 6px; }
.legend { font-size: 0.85rem; color: var(--muted); margin: 0 0 8px; }
.tag { display: inline-block; font-size: 0.75rem; font-weight: 700; padding: 0 6px; border-radius: 4px; white-space: nowrap; }
.tag.positive { color: var(--pos); border: 1px solid var(--pos); }
.tag.negative { color: var(--neg); border: 1px dashed var(--neg); }

.candidates { list-style: none; padding: 0; margin: 0; display: grid; gap: 10px; }
.candidates .more summary { cursor: pointer; color: var(--accent); font-weight: 600; padding: 4px 0; }
.candidates .more .candidates { margin-top: 8px; }
.cand { border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; }
.cand.chosen { border: 2px solid var(--accent); box-shadow: 0 1px 4px rgba(11, 92, 173, 0.15); }
.cand-head { display: flex; flex-wrap: wrap; gap: 2px 10px; align-items: baseline; justify-content: space-between; }
.cand-thought { font-weight: 600; overflow-wrap: anywhere; }
.cand-rank { color: var(--muted); font-size: 0.8rem; margin-right: 4px; }
.score { font-variant-numeric: tabular-nums; font-size: 0.85rem; white-space: nowrap; color: var(--muted); }
.chosen-flag { color: var(--accent); font-size: 0.8rem; font-weight: 700; }
.outcomes { list-style: none; padding: 0; margin: 6px 0 0; display: grid; gap: 4px; }
.outcome { display: grid; grid-template-columns: 6.6em minmax(0, 1fr) 3em; grid-template-areas: "goal goal value" "tag bar bar"; gap: 2px 8px; align-items: center; font-size: 0.875rem; padding-bottom: 4px; }
@media (min-width: 600px) { .outcome { grid-template-columns: 6.6em minmax(0, 16em) minmax(60px, 1fr) 3em; grid-template-areas: "tag goal bar value"; } }
.outcome .tag { grid-area: tag; justify-self: start; }
.outcome .goal { grid-area: goal; overflow-wrap: anywhere; }
.outcome .value { grid-area: value; text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.bar { grid-area: bar; height: 12px; background: var(--track); border-radius: 3px; overflow: hidden; border: 1px solid #c4cbd3; }
.bar .fill { height: 100%; }
.outcome.positive .fill { background: var(--pos); }
.outcome.negative .fill { background: repeating-linear-gradient(135deg, var(--neg) 0 4px, #f0b9a6 4px 7px); }

.critique-text { white-space: pre-wrap; background: #0f1720; color: #e6edf3; padding: 10px; border-radius: 8px; font: 0.8rem/1.45 ui-monospace, Menlo, monospace; overflow-x: auto; margin: 0 0 6px; max-height: 18em; }
#critique h4 { margin: 8px 0 4px; font-size: 0.85rem; color: var(--muted); }
.goals { list-style: none; padding: 0; margin: 0; display: grid; gap: 4px; font-size: 0.9rem; }
.beforeafter { display: grid; gap: 8px; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 600px) { .beforeafter { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
.beforeafter > div { border: 1px solid var(--line); border-radius: 8px; padding: 6px 10px; }
.beforeafter h4 { margin: 0 0 4px; font-size: 0.85rem; }
.final-box { border-left: 4px solid var(--accent); background: #eef5fc; padding: 8px 12px; border-radius: 0 8px 8px 0; }
.final-box p { margin: 4px 0; overflow-wrap: anywhere; }
.final-box .label { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 0; }

.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.875rem; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.kv th { font-weight: 500; color: var(--muted); width: 40%; overflow-wrap: anywhere; }
table.kv td { overflow-wrap: anywhere; }

.model-grid { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 900px) { .model-grid { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; } }
.metrics { list-style: none; padding: 0; margin: 0 0 10px; display: flex; flex-wrap: wrap; gap: 8px; }
.metrics li { border: 1px solid var(--line); border-radius: 8px; padding: 4px 10px; }
.metric-value { font-weight: 700; font-size: 1.1rem; font-variant-numeric: tabular-nums; }
.metric-key { color: var(--muted); font-size: 0.8rem; }
.na { border: 1px dashed var(--muted); border-radius: 8px; padding: 8px 10px; color: var(--muted); background: #fafbfc; }
.reliability { margin: 0; }
.chart { width: 100%; max-width: 360px; height: auto; display: block; }
.chart .grid line { stroke: #e1e5ea; }
.chart text { font-size: 10px; fill: var(--muted); }
.chart .axis { font-size: 11px; fill: var(--ink); }
.chart .diagonal { stroke: #8c959f; stroke-dasharray: 4 4; }
.chart .series polyline { fill: none; stroke-width: 2; }
.chart .s0 polyline { stroke: var(--accent); } .chart .s0 .pt { fill: var(--accent); }
.chart .s1 polyline { stroke: var(--neg); } .chart .s1 .pt { fill: var(--neg); }
.chart .s2 polyline { stroke: var(--pos); } .chart .s2 .pt { fill: var(--pos); }
.chart .pt { fill-opacity: 0.8; stroke: #fff; }
figcaption { font-size: 0.85rem; color: var(--muted); }
.series-legend { list-style: none; padding: 0; display: flex; gap: 12px; flex-wrap: wrap; }
.bins { margin-top: 8px; }
.bins caption { text-align: left; font-weight: 600; }
/* The bins table keeps its four columns on a phone (it scrolls in its box only on narrower screens). */
@media (max-width: 480px) { .bins table { font-size: 0.8rem; } .bins th, .bins td { padding: 4px 3px; } }
.chart .pt.few { fill: #fff; fill-opacity: 1; stroke-width: 1.5; }
.chart .s0 .pt.few { stroke: var(--accent); } .chart .s1 .pt.few { stroke: var(--neg); } .chart .s2 .pt.few { stroke: var(--pos); }
.chart .hist rect { fill-opacity: 0.55; } .chart .hist rect.few { fill-opacity: 0.2; }
.chart .s0 rect { fill: var(--accent); } .chart .s1 rect { fill: var(--neg); } .chart .s2 rect { fill: var(--pos); }
/* The timing table keeps all four columns on a phone: headers may wrap, details break anywhere. */
#timings th.num { white-space: normal; }
#timings td:last-child { overflow-wrap: anywhere; }
@media (max-width: 480px) { #timings th, #timings td { padding: 4px 4px; } }
table.goal-figures th[scope="row"] { font-weight: 400; overflow-wrap: anywhere; }
table.goal-figures .tag { font-size: 0.75rem; }
table.goal-figures .num { padding-left: 4px; padding-right: 4px; }
table.goal-figures .hint { display: block; margin: 0; }
table.kv caption { text-align: left; font-weight: 600; margin-top: 8px; }
table.kv code { font-size: 0.8rem; }
.card details summary { cursor: pointer; color: var(--accent); margin-top: 6px; }
`;
