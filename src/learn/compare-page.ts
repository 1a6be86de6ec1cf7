/** The compare page: the recommendation first, one table of estimates, how they were made folded away; readable at 390 px. */
import { type Comparison, fmt, type Interval, type PolicyEstimate } from "./ope.ts";

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
const iv = (x: Interval) => `${fmt(x.mean)} <small>[${fmt(x.lo)}, ${fmt(x.hi)}]</small>`;

export function comparePage(c: Comparison, names: { live: string; candidate: string; data: string }): string {
  const row = (label: string, p: PolicyEstimate) =>
    `<tr><th scope="row">${esc(label)}</th><td>${iv(p.dr)}</td><td>${iv(p.is)}</td></tr>`;
  const verdict = c.recommendation.promote ? "Promote the candidate" : "Do not promote the candidate";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(verdict)}: ${esc(names.candidate)} vs ${esc(names.live)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:42rem;padding:1rem;color:#1a1a1a}
h1{font-size:1.4rem;margin:.2rem 0}.verdict{padding:.8rem;border-radius:.4rem;background:${c.recommendation.promote ? "#e6f4ea" : "#fdecea"}}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{padding:.35rem .3rem;border-bottom:1px solid #ddd;text-align:right;vertical-align:top}
th[scope=row],thead th:first-child{text-align:left}small{color:#555;white-space:nowrap}.wrap{overflow-x:auto}details{margin:.8rem 0}
</style></head><body>
<h1>${esc(verdict)}</h1>
<p class="verdict">${esc(c.recommendation.reason.charAt(0).toUpperCase() + c.recommendation.reason.slice(1))}.</p>
<p>Estimated outcome (mean outcome value per episode, 95% intervals) if each model had decided every logged episode alone.
The doubly robust estimate is the one the recommendation uses.</p>
<div class="wrap"><table>
<thead><tr><th>model</th><th>doubly robust</th><th>importance weighted</th></tr></thead>
<tbody>${row(`live: ${names.live}`, c.live)}${row(`candidate: ${names.candidate}`, c.candidate)}
<tr><th scope="row">candidate minus live</th><td>${iv(c.drDifference)}</td><td></td></tr>
<tr><th scope="row">what was logged</th><td>${iv(c.logged)}</td><td></td></tr></tbody>
</table></div>
<details><summary>How reliable this is</summary>
<ul>
<li>${c.episodes} logged episodes served with exploration, ${c.steps} decisions (${esc(names.data)}); ${c.withoutExploration} greedy episodes left out (they say nothing about other picks).</li>
<li>Live model: picks what was logged at ${(100 * c.live.agreement).toFixed(0)}% of the decisions with a choice; ${c.live.supported} episodes keep a non-zero weight (effective sample size ${c.live.ess.toFixed(1)}).</li>
<li>Candidate: picks what was logged at ${(100 * c.candidate.agreement).toFixed(0)}%; ${c.candidate.supported} episodes keep a non-zero weight (effective sample size ${c.candidate.ess.toFixed(1)}).</li>
<li>Self-normalised importance weighting: live ${fmt(c.live.wis)}, candidate ${fmt(c.candidate.wis)}.</li>
<li>Few supported episodes make the importance-weighted figures noisy; the doubly robust estimate then leans on the critic's own prediction of the outcome.</li>
</ul></details>
<details><summary>How it is computed</summary>
<p>Each logged decision's candidates are rescored by each model as the service would score them. Importance weighting keeps an episode
only where the model would have picked every logged choice, weighted by one over the logged probabilities of those choices
(the exploration knob makes them smaller than 1). The doubly robust estimate adds a model of the outcome, the same for both models (learned from the
logged outcomes, the states and the thoughts; each episode's value comes from the half of the episodes it is not in), and corrects it
with the weighted residuals (Jiang and Li, 2016). Intervals: bootstrap over episodes.</p>
</details>
</body></html>
`;
}
