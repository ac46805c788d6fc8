import { SluiceError, type SluiceErrorOptions, UnavailableError } from "@sluice/streams";

/**
 * No reply came before the request's deadline: the worker was too slow, crashed, or never got to it. Kind
 * `timeout`, code `requests.timeout`: the HTTP layer answers 504. The request may still be read later: workers
 * skip it once its deadline has passed.
 */
export class ReplyTimeoutError extends SluiceError {
  override name = "ReplyTimeoutError";
  readonly route: string;
  readonly requestId: string;

  constructor(route: string, requestId: string, waitedMs: number, options: SluiceErrorOptions = {}) {
    super(
      "timeout",
      "requests.timeout",
      `No reply from route ${JSON.stringify(route)} within ${waitedMs} ms`,
      {
        ...options,
        details: { route, requestId, waitedMs, ...options.details },
      },
    );
    this.route = route;
    this.requestId = requestId;
  }
}

/**
 * The route's backlog (requests waiting or in progress) is at or over its limit: the request was not queued.
 * Kind `unavailable`, code `requests.backlog_full`: the HTTP layer answers 503 with
 * `Retry-After: details.retryAfterSeconds`.
 */
export class BacklogFullError extends UnavailableError {
  override name = "BacklogFullError";
  readonly route: string;
  readonly retryAfterSeconds: number;

  constructor(route: string, backlog: number, limit: number, retryAfterSeconds: number) {
    super(
      "requests.backlog_full",
      `Route ${JSON.stringify(route)} has ${backlog} requests waiting, at or over its limit of ${limit}: retry later`,
      { details: { route, backlog, limit, retryAfterSeconds } },
    );
    this.route = route;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
