// A user's own Worker: its routes, plus the PNLC planning API mounted under /pnlc.
import { Hono } from "hono";
import { pnlc } from "pnlc-edge/hono";
import persuasion from "pnlc-edge/models/persuasion.pnlc";

const app = new Hono();
app.get("/", (c) => c.text("my app; planning under /pnlc/v1/plan"));
app.route("/pnlc", pnlc({ models: { persuasion } }));

export default app;
