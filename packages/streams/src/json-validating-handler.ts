import { JSON_CONTENT_TYPE } from "./envelope.ts";
import { InvalidInputError } from "./errors.ts";
import type { BatchHandler, EntryFailure } from "./handler.ts";
import { logWriter } from "./log-writer.ts";

export interface JsonValidatingHandlerOptions {
  /** Where the one JSON line per batch goes (default: stdout). */
  write?: (line: string) => void;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function jsonError(data: Buffer): string | undefined {
  try {
    JSON.parse(utf8.decode(data));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The platform's built-in "event log" handler: checks that every `application/json` payload is UTF-8 JSON (one
 * that is not is a permanent `invalid` failure, dead-lettered at once) and writes one structured line per batch:
 * stream, group, consumer, count, first and last id, and how many entries of each type.
 */
export function createJsonValidatingHandler(options: JsonValidatingHandlerOptions = {}): BatchHandler {
  const write = logWriter(options.write);
  return (entries, { stream, group, consumer }) => {
    const failures: EntryFailure[] = [];
    const types = new Map<string, number>();
    for (const entry of entries) {
      types.set(entry.type, (types.get(entry.type) ?? 0) + 1);
      const problem = entry.contentType === JSON_CONTENT_TYPE ? jsonError(entry.data) : undefined;
      if (problem === undefined) continue;
      const message = `Entry ${entry.id} (${entry.type}) is not valid JSON: ${problem}`;
      failures.push({
        id: entry.id,
        permanent: true,
        error: new InvalidInputError("streams.invalid_json", message),
      });
    }
    write(
      JSON.stringify({
        level: failures.length > 0 ? "warn" : "info",
        msg: "batch",
        stream,
        group,
        consumer,
        count: entries.length,
        firstId: entries[0]?.id,
        lastId: entries.at(-1)?.id,
        types: Object.fromEntries(types),
        invalid: failures.length,
      }),
    );
    return { failures };
  };
}
