/** What an ingress asks of a route. */
export interface RequestOptions {
  /** The request body: bytes, or a string sent as UTF-8. */
  body?: Uint8Array | string;
  /** Request headers; names are lower-cased. `content-type` travels in the envelope's `ct`. */
  headers?: Record<string, string>;
  /** Default `POST`. */
  method?: string;
  /** Path (and query) below the route, for forwarders: default `/`. */
  path?: string;
  /** Content type of the body; default the `content-type` header, else `application/octet-stream`. */
  contentType?: string;
  /** Until when (epoch ms) the caller waits; wins over `timeoutMs`. */
  deadline?: number;
  /** How long the caller waits, from now (default: the client's `defaultTimeoutMs`). */
  timeoutMs?: number;
  /** Propagated to the worker and into its logs. */
  traceId?: string;
  /** Default a random UUID. Must be unique: a reply is written at most once per request id. */
  requestId?: string;
}

/** A worker's answer as the ingress receives it. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** The ingress side: sends a request to a route and waits for its reply until the deadline. */
export interface RequestClient {
  /**
   * Resolves to the worker's reply; rejects with `ReplyTimeoutError` at the deadline, `BacklogFullError` when
   * the route is over its backlog limit, `NotFoundError` (`requests.unknown_route`) when no worker group serves
   * the route, `InvalidInputError` for a bad route name or option, `UnavailableError` when Redis is down.
   */
  request(route: string, options?: RequestOptions): Promise<Reply>;
  close(): Promise<void>;
}

/** A request as a route handler on a proxy worker sees it. */
export interface ProxyRequest {
  route: string;
  requestId: string;
  method: string;
  path: string;
  /** Lower-cased names, `content-type` included. */
  headers: Record<string, string>;
  contentType: string;
  body: Buffer;
  /** Epoch ms; the caller is gone after it. */
  deadline: number;
  traceId?: string;
  /** Aborted at the deadline or when the worker stops past its grace. */
  signal: AbortSignal;
}

/** What a route handler returns; status defaults to 200, the body to empty. */
export interface ReplyInput {
  status?: number;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
}

export type RouteHandler = (request: ProxyRequest) => Promise<ReplyInput> | ReplyInput;
