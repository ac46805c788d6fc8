// What every table's row mapping checks of an entry besides its payload, and how it says an entry can never be
// written: an InvalidInputError (code `lake.invalid_event`, details.field naming the field) that the lake writer
// dead-letters, since retrying would fail the same way.
import { InvalidInputError, type StreamEntry } from "@sluice/streams";

/** Event times must fall in [2000-01-01, 2100-01-01): catches seconds or microseconds sent as milliseconds. */
export const MIN_EVENT_MS = Date.UTC(2000, 0, 1);
export const MAX_EVENT_MS = Date.UTC(2100, 0, 1);

const STREAM_ID = /^(\d{1,15})-\d{1,20}$/;

/** `<type> entry <id>: <field> <message>`, e.g. `bsky.post entry 1748786400012-0: time_us is out of range …`. */
export function invalidEntry(field: string, message: string, entry: StreamEntry): InvalidInputError {
  return new InvalidInputError("lake.invalid_event", `${entry.type} entry ${entry.id}: ${field} ${message}`, {
    details: { field, id: entry.id, type: entry.type },
  });
}

/** When Redis added the entry (the time in its id), epoch ms; throws for an id that is not `<ms>-<seq>`. */
export function arrivalTime(entry: StreamEntry): number {
  const id = STREAM_ID.exec(entry.id);
  if (id === null) throw invalidEntry("stream_id", "is not a stream entry id <ms>-<seq>", entry);
  return Number(id[1]);
}
