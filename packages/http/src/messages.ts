import {
  type EntryInput,
  InvalidInputError,
  JSON_CONTENT_TYPE,
  type Producer,
  type SendResult,
  streamKeys,
  TooLargeError,
} from "@sluice/streams";
import { dataTexts } from "./data-texts.ts";
import { errorBody, HTTP_STATUS_OF_KIND, isTypedError, wasWritten } from "./errors.ts";
import { MiB } from "./http-handler.ts";
import { JSON_MEDIA_TYPE } from "./json-body.ts";
import { batchIdempotencyKeys, type PublishOptions } from "./publish-headers.ts";
import type { HttpRequest } from "./types.ts";

/** One entry as the API takes it (see docs/http-api.md). */
export interface MessageInput {
  type: string;
  /** Any JSON value, stored as the JSON text sent; with a non-JSON `contentType`, a string stored as UTF-8. */
  data?: unknown;
  /** Bytes, base64: instead of `data`, for binary payloads. */
  dataBase64?: string;
  contentType?: string;
  key?: string;
  traceId?: string;
}

export interface MessageLimits {
  /** Entries per request (default 500, like Kinesis PutRecords). */
  maxEntries: number;
  /** Sum of payload and key bytes per request (default 5 MiB, like Kinesis PutRecords); 413 beyond. */
  maxRequestBytes: number;
}

export const MESSAGE_LIMITS: MessageLimits = { maxEntries: 500, maxRequestBytes: 5 * MiB };

/**
 * What the API answers per entry, in order: its id (`replayed` when its idempotency key matched an earlier write),
 * or its error (with the id when the entry was written all the same: `streams.not_replicated`).
 */
export type MessageResult =
  | { id: string; replayed?: true }
  | { error: { code: string; message: string; id?: string } };

export interface AppendOutcome {
  /** The body was one entry rather than `{ entries }`. */
  single: boolean;
  results: SendResult[];
}

const FIELDS = new Set(["type", "data", "dataBase64", "contentType", "key", "traceId"]);
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function entryError(index: number, message: string): InvalidInputError {
  return new InvalidInputError("http.invalid_entry", `Entry ${index}: ${message}`, { details: { index } });
}

/** One message as an envelope entry, or why it is not one; `dataText` is its `data` as sent (see data-texts.ts). */
function toEntry(
  message: unknown,
  dataText: Buffer | undefined,
  index: number,
  traceId: string,
  idempotencyKey: string | undefined,
): EntryInput | InvalidInputError {
  if (message === null || typeof message !== "object" || Array.isArray(message)) {
    return entryError(index, "must be an object {type, data}");
  }
  const unknown = Object.keys(message).filter((name) => !FIELDS.has(name));
  if (unknown.length > 0)
    return entryError(index, `unknown field ${unknown.map((n) => JSON.stringify(n)).join(", ")}`);
  const { type, data, dataBase64, contentType, key, traceId: given } = message as MessageInput;
  if ((data === undefined) === (dataBase64 === undefined))
    return entryError(index, "needs exactly one of data and dataBase64");
  if (contentType !== undefined && typeof contentType !== "string")
    return entryError(index, "contentType must be a string");
  let payload: string | Buffer;
  if (dataBase64 !== undefined) {
    if (typeof dataBase64 !== "string" || !BASE64.test(dataBase64))
      return entryError(index, "dataBase64 must be base64");
    payload = Buffer.from(dataBase64, "base64");
  } else if (contentType === undefined || JSON_MEDIA_TYPE.test(contentType)) {
    if (dataText === undefined)
      throw new Error(`Entry ${index}: the text of its data was not found in the body`);
    payload = dataText;
  } else if (typeof data === "string") {
    payload = data;
  } else {
    return entryError(
      index,
      `data must be a string for contentType ${JSON.stringify(contentType)} (or use dataBase64)`,
    );
  }
  const json =
    contentType !== undefined && JSON_MEDIA_TYPE.test(contentType) ? JSON_CONTENT_TYPE : contentType;
  return {
    type,
    data: payload,
    traceId: given ?? traceId,
    ...(json !== undefined && { contentType: json }),
    ...(key !== undefined && { key }),
    ...(idempotencyKey !== undefined && { idempotencyKey }),
  };
}

/** The messages of a request body: one entry, or `{ entries: [...] }`. Throws for a body that is neither. */
function readMessages(body: unknown, limits: MessageLimits): { single: boolean; messages: unknown[] } {
  const shape = 'The body must be one entry {"type", "data"} or {"entries": [...]}';
  if (body === undefined)
    throw new InvalidInputError("http.invalid_body", `A JSON body is required. ${shape}`);
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new InvalidInputError("http.invalid_body", shape);
  }
  if (!("entries" in body)) return { single: true, messages: [body] };
  const { entries, ...rest } = body as { entries: unknown };
  if (Object.keys(rest).length > 0) {
    throw new InvalidInputError(
      "http.invalid_body",
      `${shape}: unexpected ${Object.keys(rest).join(", ")} next to entries`,
    );
  }
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > limits.maxEntries) {
    const count = Array.isArray(entries) ? `got ${entries.length}` : "got no array";
    throw new InvalidInputError(
      "http.invalid_batch",
      `entries must be an array of 1 to ${limits.maxEntries} entries, ${count}`,
      { details: { limit: limits.maxEntries, ...(Array.isArray(entries) && { count: entries.length }) } },
    );
  }
  return { single: false, messages: entries };
}

function bytesOf(entry: EntryInput): number {
  const data = typeof entry.data === "string" ? Buffer.byteLength(entry.data) : entry.data.byteLength;
  return data + (entry.key === undefined ? 0 : Buffer.byteLength(String(entry.key)));
}

/** The idempotency key of each message: the request's for one entry, `<key>:<index>` in a batch. */
function idempotencyKeys(key: string | undefined, single: boolean, count: number): (string | undefined)[] {
  if (key === undefined) return Array.from({ length: count }, () => undefined);
  return single ? [key] : batchIdempotencyKeys(key, count);
}

/**
 * Appends the messages of a request body (parsed, and its bytes) to a stream, each JSON `data` stored as the text
 * sent: invalid entries are reported in place and the others are written (partial success, never hidden). Throws for a bad stream name, a malformed body, too many entries or
 * too many bytes, and when no entry was written because of a server-side failure (Redis unavailable).
 * `publish` carries the request's idempotency key and durability (see publish-headers.ts).
 */
export async function appendMessages(
  producer: Producer,
  stream: string,
  { body, rawBody }: Pick<HttpRequest, "body" | "rawBody">,
  {
    traceId,
    limits = MESSAGE_LIMITS,
    publish = {},
  }: { traceId: string; limits?: MessageLimits; publish?: PublishOptions },
): Promise<AppendOutcome> {
  streamKeys(stream); // throws streams.invalid_name before the body is looked at
  const { single, messages } = readMessages(body, limits);
  const texts = dataTexts(rawBody, single);
  const keys = idempotencyKeys(publish.idempotencyKey, single, messages.length);
  const entries = messages.map((message, index) =>
    toEntry(message, texts[index], index, traceId, keys[index]),
  );
  const valid = entries.filter((entry): entry is EntryInput => !(entry instanceof Error));
  const bytes = valid.reduce((sum, entry) => sum + bytesOf(entry), 0);
  if (bytes > limits.maxRequestBytes) {
    throw new TooLargeError(
      "http.batch_too_large",
      `Payloads and keys total ${bytes} bytes, over the limit of ${limits.maxRequestBytes} bytes per request`,
      { details: { bytes, limit: limits.maxRequestBytes } },
    );
  }
  const options = publish.durable === undefined ? {} : { durable: publish.durable };
  const sent = valid.length > 0 ? await producer.sendBatch(stream, valid, options) : [];
  let next = 0;
  const results = entries.map(
    (entry): SendResult => (entry instanceof Error ? { error: entry } : (sent[next++] as SendResult)),
  );
  // Nothing written because of the server (Redis down, or an error nobody typed): answer 503/500 and log it,
  // rather than a 200 in which every entry failed. Entries written but not replicated are reported each with its id.
  const serverSide = (r: SendResult) =>
    "error" in r &&
    (!isTypedError(r.error) || HTTP_STATUS_OF_KIND[r.error.kind] >= 500) &&
    (single || !wasWritten(r.error));
  if (results.length > 0 && results.every(serverSide)) throw (results[0] as { error: Error }).error;
  return { single, results };
}

/** The per-entry results as the API answers them; messages of server-side errors are not exposed. */
export function describeResults(results: SendResult[]): { results: MessageResult[]; failed: number } {
  let failed = 0;
  const described = results.map((result): MessageResult => {
    if ("id" in result) return { id: result.id, ...(result.replayed && { replayed: true }) };
    failed += 1;
    const { error } = result;
    if (!isTypedError(error)) return { error: { code: "http.internal", message: "Internal server error" } };
    const { error: code, message, details } = errorBody(error);
    const written = wasWritten(error) && { id: String(details?.id) };
    return { error: { code, message, ...written } };
  });
  return { results: described, failed };
}
