/** @jsxImportSource hono/jsx */
/**
 * The model page, rendered on the server from the model file's metadata, for a person deciding
 * whether to use the critic: what it is for and what it predicts, how well (a small table per goal),
 * how well calibrated (the reliability diagram with its bin counts), what it was trained on; the raw
 * settings and figures are folded away under "Technical details". No machine paths (see model-view).
 */
import type { ModelMeta } from "../../critic/types.ts";
import type { ModelEntry } from "../../worker/models/store.ts";
import { findReliabilityBins, flattenRows, parameterCount, type Row } from "../meta-view.ts";
import { goalFigures, purposeText, trainingFacts, withoutPaths, type GoalFigures } from "../model-view.ts";
import { Layout, renderPage } from "./layout.tsx";
import { BinsTable, ReliabilityDiagram } from "./reliability.tsx";

const fixed = (v: number | undefined, digits = 2) => (v === undefined ? "–" : v.toFixed(digits));
const percent = (v: number | undefined) => (v === undefined ? "–" : `${Math.round(100 * v)}%`);

function RowsTable(props: { rows: Row[]; caption: string }) {
  return (
    <div class="table-wrap">
      <table class="kv">
        <caption>{props.caption}</caption>
        <tbody>{props.rows.map((r) => <tr><th scope="row"><code>{r.key}</code></th><td>{withoutPaths(r.value)}</td></tr>)}</tbody>
      </table>
    </div>
  );
}

function Polarity(props: { polarity?: "positive" | "negative"; compact?: boolean }) {
  if (!props.polarity) return null;
  const [mark, words] = props.polarity === "positive" ? ["▲", "hoped for"] : ["▼", "to avoid"];
  // In the table the arrow alone keeps the outcome column wide enough on a phone; the words stay for screen readers.
  if (props.compact) return <span class={`tag ${props.polarity}`} title={words}>{mark}<span class="sr-only"> {words}</span></span>;
  return <span class={`tag ${props.polarity}`}>{mark} {words}</span>;
}

/** One row per goal: how often it happened and how well the critic told the cases apart. */
function GoalTable(props: { figures: GoalFigures }) {
  return (
    <>
      <div class="table-wrap">
        <table class="goal-figures">
          <caption class="sr-only">How well each goal is predicted</caption>
          <thead><tr><th scope="col">Outcome</th><th scope="col" class="num">Happened</th><th scope="col" class="num">AUC</th><th scope="col" class="num">Brier</th></tr></thead>
          <tbody>
            {props.figures.rows.map((r) => (
              <tr>
                <th scope="row"><Polarity polarity={r.polarity} compact /> {r.goal}{r.test ? <span class="hint"> ({r.test})</span> : null}</th>
                <td class="num">{percent(r.baseRate)}</td>
                <td class="num">{fixed(r.auc)}</td>
                <td class="num">{fixed(r.brier, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint">
        Measured on {props.figures.measuredOn}. <strong>AUC</strong>: how well the critic ranks cases where the outcome happened above cases
        where it did not (0.5 is chance, 1 is perfect). <strong>Brier</strong>: mean squared error of the probability (lower is better; always
        guessing the base rate scores rate × (1 − rate)).
      </p>
    </>
  );
}

function technicalRows(meta: ModelMeta): Row[] {
  const e = meta.encoder;
  return [
    { key: "encoder", value: e.type === "dense" ? `dense embeddings: ${e.provider} ${e.model} (${e.dim} dims)` : `hashed n-grams (${e.dim} features)` },
    { key: "network", value: `Q${meta.network.heads.includes("v") ? " and V heads" : " head"}, input ${meta.network.inputDim} per text, hidden ${meta.network.hidden.join(" × ")}, int8` },
    { key: "parameters", value: parameterCount(meta.tensors).toLocaleString("en-US") },
    { key: "created", value: meta.createdAt },
  ];
}

function OtherModels(props: { entries: ModelEntry[]; current: string }) {
  const others = props.entries.filter((e) => e.name !== props.current);
  if (others.length === 0) return null;
  return (
    <section aria-labelledby="others-h" class="card">
      <h2 id="others-h">Other models</h2>
      <ul>{others.map((e) => <li><a href={`/models/${encodeURIComponent(e.name)}`}>{e.name}</a>{e.isDefault ? " (the default)" : ""}</li>)}</ul>
    </section>
  );
}

/** `name`: the name the service serves the model under (the URL's), which a file's own meta.name need not equal. */
export function modelPage(meta: ModelMeta, entries: ModelEntry[], name = meta.name): string {
  const entry = entries.find((e) => e.name === name);
  const figures = goalFigures(meta);
  const facts = trainingFacts(meta);
  const series = [...findReliabilityBins(meta.evaluation, "evaluation"), ...findReliabilityBins(meta.training, "training")];
  const created = Number.isNaN(Date.parse(meta.createdAt)) ? undefined : new Date(meta.createdAt).toISOString().slice(0, 10);
  return renderPage(
    <Layout title={`${name}: pnlc-edge model`} nav="model">
      <div class="intro">
        <h1>Model <code>{name}</code></h1>
        <p>A critic for the <strong>{meta.task}</strong> task. {purposeText(meta)}</p>
        {meta.description ? <p class="hint">{withoutPaths(meta.description)}{created ? ` Created ${created}.` : ""}</p> : null}
        <p>
          <a class="button primary" href={`/?model=${encodeURIComponent(name)}`}>Try it in the playground</a>
          {entry?.isDefault ? <span class="hint"> This is the service's default model.</span> : null}
        </p>
      </div>
      <div class="model-grid">
        <section aria-labelledby="goals-h" class="card">
          <h2 id="goals-h">What it predicts</h2>
          <ul class="goals">
            {meta.goals.map((g) => <li class={g.polarity}><Polarity polarity={g.polarity} /> {g.text}</li>)}
          </ul>
        </section>
        <section aria-labelledby="eval-h" class="card">
          <h2 id="eval-h">How well it predicts</h2>
          {figures ? <GoalTable figures={figures} /> : <p class="na">Not available: this model file records no evaluation figures.</p>}
        </section>
        <section aria-labelledby="cal-h" class="card">
          <h2 id="cal-h">Are its probabilities honest?</h2>
          {series.length ? (
            <>
              <p class="hint">When the critic says 0.7, the outcome should follow about 70% of the time. Each point is a group (bin) of predictions.</p>
              <ReliabilityDiagram series={series} />
              <BinsTable series={series} />
            </>
          ) : (
            <p class="na" id="calibration-na">Not available: this model file carries no reliability bins, so no calibration diagram can be drawn.</p>
          )}
        </section>
        <section aria-labelledby="train-h" class="card">
          <h2 id="train-h">What it was trained on</h2>
          {facts.length ? <ul>{facts.map((f) => <li>{f}</li>)}</ul> : <p class="na">Not available: this model file records no training metadata.</p>}
          <details>
            <summary>Moves it was trained to judge ({meta.thoughts.length})</summary>
            <ul>{meta.thoughts.map((t) => <li>{t.text}</li>)}</ul>
          </details>
        </section>
        <section aria-labelledby="tech-h" class="card">
          <h2 id="tech-h">Technical details</h2>
          <details>
            <summary>Network, settings and every recorded figure</summary>
            <RowsTable rows={technicalRows(meta)} caption="Network" />
            {meta.training ? <RowsTable rows={flattenRows(meta.training)} caption="Training metadata" /> : null}
            {meta.evaluation ? <RowsTable rows={flattenRows(meta.evaluation)} caption="Evaluation metadata" /> : null}
          </details>
        </section>
        <OtherModels entries={entries} current={name} />
      </div>
    </Layout>,
  );
}

export function modelNotFoundPage(name: string, entries: ModelEntry[]): string {
  return renderPage(
    <Layout title="Model not found: pnlc-edge" nav="none">
      <div class="intro">
        <h1>No model named <code>{name}</code></h1>
        <p>Models this service knows:</p>
        <ul>{entries.map((e) => <li><a href={`/models/${encodeURIComponent(e.name)}`}>{e.name}</a></li>)}</ul>
      </div>
    </Layout>,
  );
}
