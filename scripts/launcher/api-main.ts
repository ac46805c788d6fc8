// The launcher's api process: the HTTP API's Lambda handlers (the route table's, through loadRoutes) on the local
// server of @sluice/http at SLUICE_HTTP_PORT, as npm start serves them, with the one reply stream a long-running
// process shares among its requests (the launcher sets SLUICE_REPLY_MODE=stream, as npm start does). In the cloud
// each request is a Lambda invocation instead. On SIGTERM/SIGINT: stops accepting, lets requests in flight finish
// for up to 5 s, closes the handlers' clients, exits 0. It checks bearer tokens against SLUICE_TOKENS /
// SLUICE_TOKENS_FILE and refuses to start without a table unless SLUICE_API_AUTH=none.
import { createLocalServer } from "@sluice/http";
import { loadHttpConfig, localServerTokens } from "../../functions/config/http.ts";
import { disconnect } from "../../functions/shared/lazy-clients.ts";
import { loadRoutes } from "../../functions/shared/load-routes.ts";
import { isMain, mainLog, stopOnSignals } from "../../functions/shared/main-lifecycle.ts";

const GRACE_MS = 5000;

if (isMain(import.meta)) {
  const http = loadHttpConfig();
  const routes = await loadRoutes();
  const tokens = localServerTokens(http);
  const server = await createLocalServer({ routes, port: http.port, tokens });
  const log = mainLog();
  log("api started", { url: server.url, routes: routes.length, tokens: tokens === "none" ? 0 : tokens.size });
  stopOnSignals("api", log, async () => {
    await server.close(GRACE_MS);
    await disconnect();
  });
}
