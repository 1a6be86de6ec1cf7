/** @jsxImportSource hono/jsx */
/**
 * The playground page shell. The form works with the keyboard alone (labels, native controls,
 * submit on Ctrl+Enter); the results area is filled by /ui/playground.js as /v1/plan events arrive.
 */
import type { ModelEntry } from "../../worker/models/store.ts";
import type { Example } from "../examples.ts";
import { Layout, renderPage } from "./layout.tsx";

export interface PlaygroundProps {
  models: ModelEntry[];
  mode: "llm" | "offline";
  examples: Example[];
}

/** JSON inside <script>: `<` escaped so no text can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

const STAGES = [
  ["thought", "Thoughts"],
  ["goals", "Goals"],
  ["critique", "Critique"],
  ["refine", "Refine"],
  ["action", "Act"],
  ["done", "Done"],
] as const;

function Knobs(props: { offline: boolean }) {
  const { offline } = props;
  return (
    <details id="settings" class="settings">
      <summary>Planner settings</summary>
      <div class="knobs">
        <label>Thoughts (K)<input type="number" id="k-thoughts" min="1" max="16" value="3" inputmode="numeric" /></label>
        <label>Positive goals<input type="number" id="k-positive" min="0" max="8" value="2" inputmode="numeric" /></label>
        <label>Negative goals<input type="number" id="k-negative" min="0" max="8" value="2" inputmode="numeric" /></label>
        <label>Refine rounds<input type="number" id="k-rounds" min="0" max="3" value={offline ? "0" : "1"} inputmode="numeric" /></label>
        <label>Accept threshold<input type="number" id="k-threshold" min="-1" max="1" step="0.05" value="0.25" inputmode="decimal" /></label>
        <label>Goal source
          <select id="k-source">
            <option value="bank" selected={offline}>goal bank</option>
            <option value="llm" selected={!offline} disabled={offline}>LLM</option>
            <option value="both" disabled={offline}>both</option>
          </select>
        </label>
        <label>Critic
          <select id="k-critic">
            <option value="learned" selected>learned</option>
            <option value="llm" disabled={offline}>LLM (ablation)</option>
            <option value="none">none</option>
          </select>
        </label>
        <label>API token
          <input type="password" id="k-token" autocomplete="off" spellcheck={false} aria-describedby="token-hint" />
        </label>
      </div>
      <p id="token-hint" class="hint">Goal source LLM: goals imagined by the LLM. Critic LLM: the LLM estimates the probabilities itself (the ablation). API token: needed only when the server sets PNLC_API_TOKEN.</p>
      {offline ? <p class="hint">Offline mode: no LLM is configured, so the candidates are the model's thought bank (all of it), goals come from its goal bank, and nothing is refined.</p> : null}
    </details>
  );
}

function InputPanel(props: PlaygroundProps) {
  const def = props.models.find((m) => m.isDefault) ?? props.models[0];
  return (
    <section class="panel" aria-labelledby="in-h">
      <h2 id="in-h">Conversation</h2>
      <form id="plan-form" novalidate>
        <div class="field inline">
          <label for="model">Critic model</label>
          <select id="model" name="model">
            {props.models.map((m) => <option value={m.name} selected={m === def}>{m.name}{m.isDefault ? " (default)" : ""}</option>)}
          </select>
          <a id="model-link" href={def ? `/models/${encodeURIComponent(def.name)}` : "/"}>About this model</a>
        </div>
        <div class="field inline">
          <label for="example">Example</label>
          <select id="example">
            {props.examples.map((e) => <option value={e.id}>{e.title}</option>)}
          </select>
          <button type="button" id="load-example">Load example</button>
        </div>
        <div class="field">
          <label for="task">Task instructions</label>
          <textarea id="task" rows={2}></textarea>
        </div>
        <fieldset class="field">
          <legend>Conversation so far</legend>
          <ol id="transcript" class="transcript"></ol>
          <p id="transcript-empty" class="hint">No messages yet: type one below or load an example.</p>
          <button type="button" id="clear-transcript" class="link">Clear conversation</button>
        </fieldset>
        <div class="field">
          <label for="message">Next message</label>
          <div class="inline">
            <label for="message-role" class="sr-only">Who says it</label>
            <select id="message-role">
              <option value="user">User (the other party)</option>
              <option value="assistant">Agent</option>
            </select>
          </div>
          <textarea id="message" rows={3} placeholder="Type what the other party says, then plan the agent's next step" aria-describedby="message-hint"></textarea>
          <p id="message-hint" class="hint">Ctrl+Enter plans. The message is added to the conversation first.</p>
        </div>
        <div class="buttons">
          <button type="button" id="add-message">Add to conversation</button>
          <button type="submit" id="plan" class="primary">Plan next step</button>
        </div>
        <Knobs offline={props.mode === "offline"} />
      </form>
    </section>
  );
}

function OutputPanel() {
  return (
    <section class="panel" aria-labelledby="out-h">
      <h2 id="out-h">Decision</h2>
      <p id="status" role="status" aria-live="polite">No decision yet.</p>
      <ol id="stages" class="stages" aria-label="Stages">
        {STAGES.map(([id, label]) => <li data-stage={id}><span class="mark" aria-hidden="true"></span>{label}<span class="sr-only state"> (waiting)</span></li>)}
      </ol>
      <div id="error" class="error" role="alert" hidden></div>
      <section id="final-section" class="out" hidden aria-labelledby="final-h">
        <h3 id="final-h">Recommendation</h3>
        <div id="final"></div>
      </section>
      <section id="candidates-section" class="out" hidden aria-labelledby="cand-h">
        <h3 id="cand-h">Candidate thoughts</h3>
        <p class="legend"><span class="tag positive">▲ hoped for</span> solid bar, <span class="tag negative">▼ to avoid</span> striped bar; each value is the critic's probability that the outcome follows the thought.</p>
        <ol id="candidates" class="candidates"></ol>
      </section>
      <section id="refine-section" class="out" hidden aria-labelledby="refine-h">
        <h3 id="refine-h">Refinement</h3>
        <div id="refine"></div>
      </section>
      <section id="critique-section" class="out" hidden aria-labelledby="crit-h">
        <h3 id="crit-h">Critique text (what the LLM reads)</h3>
        <div id="critique"></div>
      </section>
      <section id="goals-section" class="out" hidden aria-labelledby="goals-h">
        <h3 id="goals-h">Goals scored</h3>
        <ul id="goals" class="goals"></ul>
      </section>
      <section id="timings-section" class="out" hidden aria-labelledby="time-h">
        <h3 id="time-h">Time and LLM calls per stage</h3>
        <div id="timings"></div>
      </section>
    </section>
  );
}

export function playgroundPage(props: PlaygroundProps): string {
  return renderPage(
    <Layout title="pnlc-edge playground" nav="playground" script="/ui/playground.js">
      <div class="intro">
        <h1>See the critic think</h1>
        <p>
          One PNLC decision, streamed from <code>POST /v1/plan</code>: candidate thoughts, the outcome probabilities the critic gives each, the
          critique, refinement, and the reply. <span class={`badge ${props.mode}`}>{props.mode === "offline" ? "offline mode: no LLM, thought bank ranked by the critic" : "LLM mode"}</span>
        </p>
      </div>
      <div class="playground">
        <InputPanel {...props} />
        <OutputPanel />
      </div>
      <script type="application/json" id="playground-data" dangerouslySetInnerHTML={{ __html: scriptJson({ mode: props.mode, examples: props.examples }) }}></script>
    </Layout>,
  );
}
