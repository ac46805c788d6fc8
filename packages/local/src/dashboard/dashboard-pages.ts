// npm start's dashboard, as pages for createLocalServer: /dashboard (plain HTML, CSS and a script, no build step),
// /dashboard/state (the JSON the page polls), and each catalog alarm's runbook as text under /dashboard/docs/runbooks.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { HttpResponse } from "@sluice/http";
import { runbookPath } from "@sluice/observability";
import { buildDashboardState, type DashboardSources } from "./dashboard-state.ts";

const PAGE_DIR = new URL("./page/", import.meta.url);

/** The page may load only what this server serves: no CDN, no inline script. */
const HEADERS = {
  "content-security-policy": "default-src 'self'; img-src 'self' data:",
  "x-content-type-options": "nosniff",
  "cache-control": "no-store",
};

function reply(status: number, contentType: string, body: string | Buffer): HttpResponse {
  return {
    status,
    headers: { ...HEADERS, "content-type": contentType },
    cookies: [],
    body: Buffer.from(body),
  };
}

/** A file of the page, read on each request (an edit shows on reload). */
const pageFile = (name: string, contentType: string) => async () =>
  reply(200, contentType, await readFile(new URL(name, PAGE_DIR)));

export interface DashboardPageOptions extends DashboardSources {
  /** The repository root, where the runbooks are. */
  root: string;
}

/** Path → page, for createLocalServer's `pages`. */
export function dashboardPages(options: DashboardPageOptions): Record<string, () => Promise<HttpResponse>> {
  const { root, ...sources } = options;
  const runbooks = options.alarms.catalog.map((spec) => runbookPath(spec));
  return {
    "/dashboard": pageFile("dashboard.html", "text/html; charset=utf-8"),
    "/dashboard/dashboard.css": pageFile("dashboard.css", "text/css; charset=utf-8"),
    "/dashboard/dashboard.js": pageFile("dashboard.js", "text/javascript; charset=utf-8"),
    "/dashboard/state": async () =>
      reply(200, "application/json", JSON.stringify(await buildDashboardState(sources))),
    ...Object.fromEntries(
      runbooks.map((path) => [
        `/dashboard/${path}`,
        () =>
          readFile(join(root, path)).then(
            (text) => reply(200, "text/plain; charset=utf-8", text),
            () => reply(404, "text/plain; charset=utf-8", `No runbook at ${path} yet.\n`),
          ),
      ]),
    ),
  };
}
