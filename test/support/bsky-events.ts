// Realistic Bluesky events for the cross-package lake tests (the job, npm start, the docs' queries): the
// generator's own model (scripts/generate), which the lake package's tests do without.
import type { EntryInput } from "@sluice/streams";
import { BskyModel } from "../../scripts/generate/bsky-model.ts";

/** Events of a seed as `npm run generate -- bsky` makes them. */
export function bskyEvents(count: number, seed = "lake-test", startMs = Date.UTC(2025, 5, 1)): EntryInput[] {
  const model = new BskyModel({ seed, startUs: startMs * 1000, eventsPerSecond: 1500, accounts: 5000 });
  return Array.from({ length: count }, () => {
    const { type, event } = model.next();
    return { type, data: JSON.stringify(event) };
  });
}
