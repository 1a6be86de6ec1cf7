/**
 * The playground's browser script, bundled as a string and served at /ui/playground.js. Plain ES2020,
 * no framework: it keeps the conversation, POSTs /v1/plan with stream: true, parses the server-sent
 * events from the fetch body (EventSource cannot POST) and renders each stage as it arrives.
 * Written without template literals so it can live inside String.raw.
 */
export const PLAYGROUND_JS = String.raw`(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var boot = JSON.parse($("playground-data").textContent);
  var transcript = [];
  var busy = false;
  var run = null;
  var STAGE_OF = { thought: "thought", goals: "goals", critique: "critique", refine: "refine", action: "action", usage: "action", done: "done" };
  var STAGES = ["propose", "goals", "encode", "critic", "refine", "act"];
  var SHOWN_FIRST = 3;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === undefined || v === null || v === false) return;
      if (k === "text") node.textContent = v;
      else if (k === "class") node.className = v;
      else if (k.indexOf("on") === 0) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function show(id, on) { $(id).hidden = !on; }
  function fmtP(p) { return Number(p).toFixed(2); }
  function fmtMs(ms) { return ms < 1000 ? (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)) + " ms" : (ms / 1000).toFixed(2) + " s"; }
  function polarityLabel(pol) { return pol === "positive" ? "\u25B2 hoped for" : "\u25BC to avoid"; }

  // ---- conversation -------------------------------------------------------------------------
  function renderTranscript() {
    var list = clear($("transcript"));
    transcript.forEach(function (m, i) {
      list.appendChild(el("li", { class: m.role }, [
        el("span", { class: "who", text: m.role === "user" ? "User" : "Agent" }),
        el("span", { class: "text", text: m.content }),
        el("button", { type: "button", "aria-label": "Remove message " + (i + 1), text: "Remove", onclick: function () {
          transcript.splice(i, 1); renderTranscript(); $("message").focus();
        } }),
      ]));
    });
    show("transcript-empty", transcript.length === 0);
  }
  function loadExample(id) {
    var ex = boot.examples.filter(function (e) { return e.id === id; })[0];
    if (!ex) return;
    transcript = ex.messages.map(function (m) { return { role: m.role, content: m.content }; });
    $("task").value = ex.instructions;
    renderTranscript();
  }
  function addTypedMessage() {
    var text = $("message").value.trim();
    if (!text) return false;
    transcript.push({ role: $("message-role").value, content: text });
    $("message").value = "";
    renderTranscript();
    return true;
  }

  // ---- request --------------------------------------------------------------------------------
  function intOf(id) { var v = Number($(id).value); return Number.isFinite(v) ? v : undefined; }
  function readKnobs() {
    return {
      thoughts: intOf("k-thoughts"), rounds: intOf("k-rounds"), acceptThreshold: intOf("k-threshold"), critic: $("k-critic").value,
      goals: { positive: intOf("k-positive"), negative: intOf("k-negative"), source: $("k-source").value },
    };
  }
  function requestBody() {
    var body = { model: $("model").value, messages: transcript.slice(), knobs: readKnobs(), stream: true };
    var task = $("task").value.trim();
    if (task) body.task = task;
    return body;
  }

  async function readEvents(stream, onEvent) {
    var reader = stream.getReader();
    var decoder = new TextDecoder();
    var buffer = "";
    function dispatch(block) {
      var type = "message", data = [];
      block.split("\n").forEach(function (line) {
        if (line.indexOf("event:") === 0) type = line.slice(6).trim();
        else if (line.indexOf("data:") === 0) data.push(line.slice(5).replace(/^ /, ""));
      });
      if (data.length) onEvent(type, JSON.parse(data.join("\n")));
    }
    for (;;) {
      var chunk = await reader.read();
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, "\n");
      var cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) { dispatch(buffer.slice(0, cut)); buffer = buffer.slice(cut + 2); }
    }
    if (buffer.trim()) dispatch(buffer);
  }

  async function plan() {
    if (busy) return;
    addTypedMessage();
    if (transcript.length === 0) { showError("Add at least one message to the conversation first."); $("message").focus(); return; }
    var body = requestBody();
    resetOutput();
    setBusy(true);
    run = { t0: performance.now(), arrivals: {}, byRound: {}, afterLists: {}, done: false };
    setStatus("Planning: proposing thoughts and goals\u2026");
    markStage("thought", "active");
    var headers = { "content-type": "application/json", accept: "text/event-stream" };
    var token = $("k-token").value.trim();
    if (token) headers.authorization = "Bearer " + token;
    try {
      var res = await fetch("/v1/plan", { method: "POST", headers: headers, body: JSON.stringify(body) });
      var type = res.headers.get("content-type") || "";
      if (!res.ok || type.indexOf("text/event-stream") < 0) {
        var message = "HTTP " + res.status;
        try { var j = await res.json(); if (j && j.error) message += ": " + j.error.message; } catch (e) { /* not JSON */ }
        throw new Error(message);
      }
      await readEvents(res.body, onEvent);
      if (!run.done) throw new Error("the event stream ended before the done event");
    } catch (err) {
      showError("Planning failed: " + (err && err.message ? err.message : String(err)));
      setStatus("Planning failed.");
    } finally {
      setBusy(false);
    }
  }

  // ---- rendering of events --------------------------------------------------------------------
  function setBusy(on) {
    busy = on;
    $("plan").disabled = on;
    $("plan").textContent = on ? "Planning\u2026" : "Plan next step";
    $("out-h").parentNode.setAttribute("aria-busy", on ? "true" : "false");
  }
  function setStatus(text) { $("status").textContent = text; }
  function showError(text) { var box = $("error"); box.textContent = text; box.hidden = false; }
  function markStage(stage, how) {
    var li = document.querySelector('#stages li[data-stage="' + stage + '"]');
    if (!li) return;
    li.className = how;
    li.querySelector(".state").textContent = how === "done" ? " (done)" : how === "active" ? " (in progress)" : " (waiting)";
  }
  function resetOutput() {
    $("error").hidden = true;
    ["thought", "goals", "critique", "refine", "action", "done"].forEach(function (s) { markStage(s, ""); });
    ["final", "candidates", "refine", "critique", "goals", "timings"].forEach(function (id) { clear($(id)); });
    ["final-section", "candidates-section", "refine-section", "critique-section", "goals-section", "timings-section"].forEach(function (id) { show(id, false); });
  }

  function onEvent(type, ev) {
    run.arrivals[type] = performance.now() - run.t0;
    if (STAGE_OF[type]) markStage(STAGE_OF[type], "done");
    if (type === "thought") { renderCandidates(ev.candidates.map(function (c) { return { thought: c.thought, outcomes: [], score: null }; }), ev.round); markStage("goals", "active"); setStatus("Thoughts proposed; waiting for the goals and the critic\u2026"); }
    else if (type === "goals") { renderGoals(ev.goals); markStage("critique", "active"); setStatus("Scoring every thought against every goal\u2026"); }
    else if (type === "critique") { run.byRound[ev.round] = ev.candidates; scoreAfterList(ev.round, ev.candidates); renderCandidates(ev.candidates, ev.round); renderCritique(ev.round, ev.text); markStage("refine", "active"); setStatus("Critique ready (round " + ev.round + "); refine or accept\u2026"); }
    else if (type === "refine") { renderRefine(ev); markStage("action", "active"); setStatus(ev.decision === "refine" ? "Refining the thoughts with the critique\u2026" : "Accepted; acting\u2026"); }
    else if (type === "action") { renderAction(ev); markStage("done", "active"); }
    else if (type === "usage") { run.usage = ev.usage; }
    else if (type === "done") { run.done = true; renderDone(ev.result); }
  }

  function outcomeRow(o) {
    var p = Math.max(0, Math.min(1, Number(o.p)));
    var label = o.polarity === "positive" ? "hoped for" : "to avoid";
    return el("li", { class: "outcome " + o.polarity }, [
      el("span", { class: "tag " + o.polarity, text: polarityLabel(o.polarity) }),
      el("span", { class: "goal", text: o.goal }),
      el("div", {
        class: "bar", role: "meter", "aria-valuemin": 0, "aria-valuemax": 1, "aria-valuenow": o.p,
        "aria-valuetext": fmtP(o.p) + " (" + label + ")", "aria-label": "Probability of \u201C" + o.goal + "\u201D (" + label + ")",
        "data-p": o.p, "data-goal": o.goal, "data-polarity": o.polarity,
      }, [el("div", { class: "fill", style: "width:" + (p * 100).toFixed(2) + "%" })]),
      el("span", { class: "value", "aria-hidden": "true", text: fmtP(o.p) }),
    ]);
  }

  function renderCandidates(cands, round) {
    var list = clear($("candidates"));
    $("cand-h").textContent = "Candidate thoughts" + (round > 0 ? " (after refinement round " + round + ")" : "") + (cands.length ? ", best first" : "");
    var more = null;
    cands.forEach(function (c, i) {
      var head = el("div", { class: "cand-head" }, [
        el("span", { class: "cand-thought" }, [el("span", { class: "cand-rank", text: "#" + (i + 1) }), c.thought]),
        el("span", { class: "score", text: c.score === null ? "awaiting critique" : "score " + fmtP(c.score) }),
      ]);
      var outcomes = el("ul", { class: "outcomes", "aria-label": "Outcome probabilities" }, c.outcomes.map(outcomeRow));
      var card = el("li", { class: "cand", "data-thought": c.thought }, [head, c.outcomes.length ? outcomes : null, c.action ? el("p", { class: "hint", text: "Action: " + c.action }) : null]);
      if (i < SHOWN_FIRST || cands.length <= SHOWN_FIRST + 1) { list.appendChild(card); return; }
      // The offline thought bank can be long: the best few stay in view, the rest one click away.
      if (!more) {
        more = el("ol", { class: "candidates", start: SHOWN_FIRST + 1 });
        list.appendChild(el("li", { class: "more" }, [el("details", {}, [el("summary", { text: "Show " + (cands.length - SHOWN_FIRST) + " more candidates" }), more])]));
      }
      more.appendChild(card);
    });
    show("candidates-section", true);
  }

  function renderGoals(goals) {
    var list = clear($("goals"));
    goals.forEach(function (g) {
      list.appendChild(el("li", { class: g.polarity }, [el("span", { class: "tag " + g.polarity, text: polarityLabel(g.polarity) }), " " + g.text + " ", el("span", { class: "hint", text: "(" + g.source + ")" })]));
    });
    if (!goals.length) list.appendChild(el("li", { class: "hint", text: "No goals (critic off)." }));
    show("goals-section", true);
  }

  function renderCritique(round, text) {
    $("critique").appendChild(el("div", {}, [
      el("h4", { text: "Round " + round }),
      el("pre", { class: "critique-text", tabindex: 0, "aria-label": "Critique text, round " + round, text: text || "(no critique: critic off)" }),
    ]));
    show("critique-section", true);
  }

  function thoughtList(items) { return el("ol", {}, items.map(function (t) { return el("li", { text: t }); })); }

  function renderRefine(ev) {
    var box = $("refine");
    if (ev.decision === "accept") {
      box.appendChild(el("p", {}, [el("strong", { text: "Round " + ev.round + ": accepted. " }), ev.reason]));
    } else {
      var before = (run.byRound[ev.round] || []).map(function (c) { return c.thought + " (score " + fmtP(c.score) + ")"; });
      var after = (ev.candidates || []).map(function (c) { return c.thought; });
      var afterList = thoughtList(after);
      run.afterLists[ev.round + 1] = afterList;
      box.appendChild(el("p", {}, [el("strong", { text: "Round " + ev.round + ": refined. " }), ev.reason]));
      box.appendChild(el("div", { class: "beforeafter" }, [
        el("div", {}, [el("h4", { text: "Before" }), thoughtList(before)]),
        el("div", {}, [el("h4", { text: "After" }), after.length ? afterList : el("p", { class: "hint", text: "No refined thought came back; the best scored one is kept." })]),
      ]));
    }
    show("refine-section", true);
  }

  /** Once the refined thoughts are scored, the "after" list shows their scores like the "before" one. */
  function scoreAfterList(round, scored) {
    var list = run.afterLists[round];
    if (!list) return;
    Array.prototype.forEach.call(list.children, function (li) {
      var match = scored.filter(function (c) { return c.thought === li.textContent; })[0];
      if (match) li.textContent = match.thought + " (score " + fmtP(match.score) + ")";
    });
  }

  function renderAction(ev) {
    var box = clear($("final"));
    box.appendChild(el("div", { class: "final-box" }, [
      el("p", { class: "label", text: "Chosen thought" }), el("p", { text: ev.thought || "(none)" }),
      el("p", { class: "label", text: "Reply / action" }), el("p", { id: "final-action", text: ev.action === null ? "(no action could be produced)" : ev.action }),
    ]));
    Array.prototype.forEach.call(document.querySelectorAll("#candidates .cand"), function (card) {
      if (card.getAttribute("data-thought") !== ev.thought || card.classList.contains("chosen")) return;
      card.classList.add("chosen");
      card.querySelector(".cand-head").appendChild(el("span", { class: "chosen-flag", text: "\u2605 chosen" }));
    });
    show("final-section", true);
  }

  function renderDone(result) {
    var box = $("final");
    if (result.mode === "offline") box.appendChild(el("p", { class: "hint", text: "Offline mode: without an LLM the reply is the recommended strategy itself." }));
    box.appendChild(el("details", {}, [el("summary", { text: "Recommendation as text" }), el("pre", { class: "critique-text", text: result.recommendation })]));
    if (result.degraded) box.appendChild(el("p", { class: "error", role: "note", text: "Degraded: " + (result.reason || "see the trace") }));
    show("final-section", true);
    renderTimings(result);
    var u = result.usage;
    setStatus("Done: " + fmtMs(result.timings.total) + " on the server, " + u.llmCalls + " LLM call" + (u.llmCalls === 1 ? "" : "s") + " (" + result.mode + " mode, model " + result.model + ").");
  }

  function renderTimings(result) {
    var rows = STAGES.map(function (stage) {
      var entries = result.trace.filter(function (t) { return t.stage === stage; });
      // Per-stage counts when the trace carries them; offline mode calls no LLM at all.
      var calls = entries.some(function (t) { return typeof t.llmCalls === "number"; })
        ? String(entries.reduce(function (n, t) { return n + (t.llmCalls || 0); }, 0)) : result.mode === "offline" ? "0" : "\u2013";
      var detail = entries.map(function (t) { return (t.ok ? "" : "failed: ") + t.detail + (t.round ? " (round " + t.round + ")" : ""); }).join("; ");
      return el("tr", {}, [el("th", { scope: "row", text: stage }), el("td", { class: "num", text: entries.length ? fmtMs(result.timings[stage]) : "\u2013" }), el("td", { class: "num", text: entries.length ? calls : "\u2013" }), el("td", { text: detail || "not run" })]);
    });
    var u = result.usage;
    rows.push(el("tr", {}, [el("th", { scope: "row", text: "total" }), el("td", { class: "num", text: fmtMs(result.timings.total) }), el("td", { class: "num", text: String(u.llmCalls) }),
      el("td", { text: u.inputTokens + " tokens in, " + u.outputTokens + " out, " + u.embeddingCalls + " embedding calls" })]));
    var arrivals = Object.keys(run.arrivals).map(function (k) { return k + " " + fmtMs(run.arrivals[k]); }).join(", ");
    clear($("timings")).appendChild(el("div", { class: "table-wrap" }, [el("table", {}, [
      el("caption", { class: "sr-only", text: "Server time and LLM calls per stage" }),
      el("thead", {}, [el("tr", {}, [el("th", { scope: "col", text: "stage" }), el("th", { scope: "col", class: "num", text: "time" }), el("th", { scope: "col", class: "num", text: "LLM calls" }), el("th", { scope: "col", text: "what happened" })])]),
      el("tbody", {}, rows),
    ])]));
    $("timings").appendChild(el("p", { class: "hint", text: "Server-side times from the trace: propose and goals run together, and inside Workers the clock only advances on I/O, so quick stages read 0 or 1 ms. Events reached this page at: " + arrivals + " after the request." }));
    show("timings-section", true);
  }

  // ---- wiring ---------------------------------------------------------------------------------
  function syncModelLink() { $("model-link").href = "/models/" + encodeURIComponent($("model").value); }
  var wanted = new URLSearchParams(location.search).get("model");
  if (wanted && Array.prototype.some.call($("model").options, function (o) { return o.value === wanted; })) $("model").value = wanted;
  syncModelLink();
  $("model").addEventListener("change", syncModelLink);
  $("load-example").addEventListener("click", function () { loadExample($("example").value); $("message").focus(); });
  $("add-message").addEventListener("click", function () { if (!addTypedMessage()) $("message").focus(); });
  $("clear-transcript").addEventListener("click", function () { transcript = []; renderTranscript(); $("message").focus(); });
  $("plan-form").addEventListener("submit", function (e) { e.preventDefault(); plan(); });
  $("message").addEventListener("keydown", function (e) { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); plan(); } });
  if (boot.examples.length) loadExample(boot.examples[0].id); else renderTranscript();
})();
`;
