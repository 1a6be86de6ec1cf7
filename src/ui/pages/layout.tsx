/** @jsxImportSource hono/jsx */
/** The frame every page shares: head, skip link, header with the navigation, main. */
import type { Child } from "hono/jsx";

export type Nav = "playground" | "model" | "none";

export function Layout(props: { title: string; nav: Nav; children?: Child; script?: string }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <link rel="stylesheet" href="/ui/playground.css" />
        <link rel="icon" href="/favicon.ico" />
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top">
          <p class="brand"><a href="/">pnlc-edge</a> <span>planning with a natural language critic</span></p>
          <nav aria-label="Site">
            <a href="/" aria-current={props.nav === "playground" ? "page" : undefined}>Playground</a>
            <a href="/docs">API docs</a>
            <a href="/openapi.json">OpenAPI</a>
          </nav>
        </header>
        <main id="main" tabindex={-1}>{props.children}</main>
        {props.script ? <script src={props.script} defer></script> : null}
      </body>
    </html>
  );
}

/** Renders a page to the HTML string the route returns (components here are all synchronous). */
export function renderPage(node: unknown): string {
  return "<!doctype html>" + String(node);
}
