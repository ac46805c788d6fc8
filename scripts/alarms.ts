// `npm run alarms -- list`: the alarm catalog of @sluice/observability as a table (what infra/alarms.ts creates in
// CloudWatch, npm start evaluates locally where its data is Sluice's own, and docs/runbooks explains).
// `npm run alarms -- grafana [--check]`: writes the Grafana dashboard generated from the catalog to
// infra/grafana/sluice.json, or with --check exits 1 when the committed file is not what the catalog generates.
import { readFile, writeFile } from "node:fs/promises";
import { ALARMS, formatAlarmTable, grafanaDashboard } from "@sluice/observability";
import { runCli } from "./cli.ts";
import { UsageError } from "./usage-error.ts";

export const GRAFANA_FILE = new URL("../infra/grafana/sluice.json", import.meta.url);

const USAGE = "usage: npm run alarms -- list | grafana [--check]";

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === "list" && rest.length === 0) {
    console.log(formatAlarmTable(ALARMS));
    return;
  }
  if (command === "grafana" && (rest.length === 0 || (rest.length === 1 && rest[0] === "--check"))) {
    const generated = `${JSON.stringify(grafanaDashboard(ALARMS), null, 2)}\n`;
    if (rest[0] === "--check") {
      const committed = await readFile(GRAFANA_FILE, "utf8").catch(() => "");
      if (committed !== generated) {
        console.error(
          "infra/grafana/sluice.json is not what the catalog generates: run npm run alarms -- grafana",
        );
        process.exit(1);
      }
      console.log("infra/grafana/sluice.json matches the catalog");
      return;
    }
    await writeFile(GRAFANA_FILE, generated);
    console.log(`wrote infra/grafana/sluice.json (${ALARMS.length} alarms)`);
    return;
  }
  throw new UsageError(USAGE);
}

await runCli("alarms", () => main(process.argv.slice(2)));
