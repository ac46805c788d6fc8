// The Grafana dashboard committed in infra/ (what `npm run alarms -- grafana` writes) is the one the alarm catalog
// generates, so a catalog change cannot leave it behind.
import { readFile } from "node:fs/promises";
import { ALARMS, grafanaDashboard } from "@sluice/observability";
import { expect, it } from "vitest";

it("keeps infra/grafana/sluice.json what the catalog generates", async () => {
  const committed = JSON.parse(
    await readFile(new URL("../infra/grafana/sluice.json", import.meta.url), "utf8"),
  );
  expect(committed).toEqual(grafanaDashboard(ALARMS));
});
