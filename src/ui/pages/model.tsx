/** @jsxImportSource hono/jsx */
/**
 * The model page, rendered on the server from the model file's metadata: what the critic was trained
 * on, its evaluation figures, a reliability diagram when the file carries bins, and its banks.
 */
import type { ModelMeta } from "../../critic/types.ts";
import type { ModelEntry } from "../../worker/models/store.ts";
import { findReliabilityBins, flattenRows, headlineMetrics, parameterCount, type Row } from "../meta-view.ts";
import { Layout, renderPage } from "./layout.tsx";
import { BinsTable, ReliabilityDiagram } from "./reliability.tsx";

function RowsTable(props: { rows: Row[]; caption: string }) {
  return (
    <div class="table-wrap">
      <table class="kv">
        <caption class="sr-only">{props.caption}</caption>
        <tbody>{props.rows.map((r) => <tr><th scope="row">{r.key}</th><td>{r.value}</td></tr>)}</tbody>
      </table>
    </div>
  );
}

function encoderText(meta: ModelMeta): string {
  const e = meta.encoder;
  return e.type === "dense" ? `dense embeddings: ${e.provider} ${e.model} (${e.dim} dims)` : `hashed n-grams (${e.dim} features)`;
}

function OtherModels(props: { entries: ModelEntry[]; current: string }) {
  const others = props.entries.filter((e) => e.name !== props.current);
  if (others.length === 0) return null;
  return (
    <section aria-labelledby="others-h" class="card">
      <h2 id="others-h">Other models</h2>
      <ul>{others.map((e) => <li><a href={`/models/${encodeURIComponent(e.name)}`}>{e.name}</a> ({e.source}{e.isDefault ? ", default" : ""})</li>)}</ul>
    </section>
  );
}

export function modelPage(meta: ModelMeta, entries: ModelEntry[]): string {
  const entry = entries.find((e) => e.name === meta.name);
  const training = flattenRows(meta.training);
  const evaluation = flattenRows(meta.evaluation);
  const headline = [...headlineMetrics(training).map((r) => ({ ...r, key: `training.${r.key}` })), ...headlineMetrics(evaluation).map((r) => ({ ...r, key: `evaluation.${r.key}` }))];
  const series = [...findReliabilityBins(meta.evaluation, "evaluation"), ...findReliabilityBins(meta.training, "training")];
  const glance: Row[] = [
    { key: "task", value: meta.task },
    { key: "created", value: meta.createdAt },
    { key: "encoder", value: encoderText(meta) },
    { key: "network", value: `Q${meta.network.heads.includes("v") ? " and V heads" : " head"}, input ${meta.network.inputDim} per text, hidden ${meta.network.hidden.join(" × ")}, int8` },
    { key: "parameters", value: parameterCount(meta.tensors).toLocaleString("en-US") },
    { key: "goal bank", value: `${meta.goals.length} goals (${meta.goals.filter((g) => g.polarity === "positive").length} hoped for, ${meta.goals.filter((g) => g.polarity === "negative").length} to avoid)` },
    { key: "thought bank", value: `${meta.thoughts.length} strategies` },
    ...(entry ? [{ key: "served from", value: entry.source + (entry.isDefault ? " (the default model)" : "") }] : []),
  ];
  return renderPage(
    <Layout title={`${meta.name}: pnlc-edge model`} nav="model">
      <div class="intro">
        <h1>Model <code>{meta.name}</code></h1>
        {meta.description ? <p>{meta.description}</p> : null}
        <p><a class="button primary" href={`/?model=${encodeURIComponent(meta.name)}`}>Try it in the playground</a></p>
      </div>
      <div class="model-grid">
        <section aria-labelledby="glance-h" class="card">
          <h2 id="glance-h">At a glance</h2>
          <RowsTable rows={glance} caption="Model summary" />
        </section>
        <section aria-labelledby="train-h" class="card">
          <h2 id="train-h">What it was trained on</h2>
          {training.length ? <RowsTable rows={training} caption="Training metadata" /> : <p class="na">Not available: this model file records no training metadata.</p>}
        </section>
        <section aria-labelledby="eval-h" class="card">
          <h2 id="eval-h">Evaluation metrics</h2>
          {headline.length ? (
            <ul class="metrics">{headline.map((r) => <li><span class="metric-value">{r.value}</span> <span class="metric-key">{r.key}</span></li>)}</ul>
          ) : <p class="na">Not available: this model file records no evaluation metrics (AUC, Brier, ECE).</p>}
          {evaluation.length ? <RowsTable rows={evaluation} caption="Evaluation metadata" /> : null}
        </section>
        <section aria-labelledby="cal-h" class="card">
          <h2 id="cal-h">Calibration</h2>
          {series.length ? (
            <>
              <ReliabilityDiagram series={series} />
              <BinsTable series={series} />
            </>
          ) : (
            <p class="na" id="calibration-na">Not available: this model file carries no reliability bins, so no calibration diagram can be drawn. Models trained with <code>pnlc train</code> record their figures in the metadata's <code>training</code> and <code>evaluation</code> fields.</p>
          )}
        </section>
        <section aria-labelledby="goals-h" class="card">
          <h2 id="goals-h">Goal bank</h2>
          <ul class="goals">
            {meta.goals.map((g) => <li class={g.polarity}><span class={`tag ${g.polarity}`}>{g.polarity === "positive" ? "▲ hoped for" : "▼ to avoid"}</span> {g.text} <span class="hint">({g.kind})</span></li>)}
          </ul>
        </section>
        <section aria-labelledby="thoughts-h" class="card">
          <h2 id="thoughts-h">Thought bank</h2>
          <ul>{meta.thoughts.map((t) => <li>{t.label ? <strong>{t.label}: </strong> : null}{t.text}</li>)}</ul>
        </section>
        <OtherModels entries={entries} current={meta.name} />
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
