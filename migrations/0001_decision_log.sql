-- Decision log and outcome feedback (src/log/d1.ts writes, `pnlc data export --d1` reads).
-- One row per decision served; JSON columns hold the candidates, knobs and shadow scores.
CREATE TABLE IF NOT EXISTS decisions (
  id TEXT PRIMARY KEY,
  episode_id TEXT NOT NULL,
  step INTEGER NOT NULL,
  created_at INTEGER NOT NULL,          -- ms since the epoch
  source TEXT NOT NULL,                 -- plan | chat | library
  state TEXT NOT NULL,
  candidates TEXT NOT NULL,             -- JSON [{thought, action?, score, outcomes, probability}], best first
  chosen_index INTEGER NOT NULL,
  thought TEXT NOT NULL,
  action TEXT,
  propensity REAL NOT NULL,             -- probability the deciding policy picked the chosen candidate
  model TEXT NOT NULL,                  -- the model that decided
  model_sha256 TEXT NOT NULL,
  shadow TEXT,                          -- JSON {model, sha256, scores, choice} of the other model, or NULL
  knobs TEXT NOT NULL,                  -- JSON
  latency_ms REAL NOT NULL,
  degraded INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_episode ON decisions (episode_id, step);
CREATE INDEX IF NOT EXISTS decisions_created ON decisions (created_at);

CREATE TABLE IF NOT EXISTS feedback (
  episode_id TEXT PRIMARY KEY,
  outcome_text TEXT NOT NULL,
  success INTEGER,                      -- 1 / 0 / NULL
  value REAL,
  events TEXT NOT NULL,                 -- JSON [{step, label}]
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_created ON feedback (created_at);
