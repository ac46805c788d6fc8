// `npm run load -- --mode sequential|concurrent --url <base> --count N [--concurrency C] [--route R] [--body JSON]
// [--token TOKEN] [--timeout-ms T]`: sends N request-reply calls (POST <base>/v1/requests/<route>) one at a time or
// C at a time with the bearer token (default npm start's development token, .sluice/dev-token), then prints
// throughput, the latency distribution and the responses by status. Last line: JSON.

import { runCli } from "./cli.ts";
import { parseLoadOptions } from "./load/load-options.ts";
import { runLoad } from "./load/run-load.ts";

await runCli("load", async () => {
  const summary = await runLoad(parseLoadOptions(process.argv.slice(2)), (line) => console.log(line));
  process.exitCode = summary.failed > 0 ? 1 : 0;
});
