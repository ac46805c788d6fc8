export { DEFAULT_GROUP, type RequestClientOptions } from "./client-options.ts";
export { BacklogFullError, ReplyTimeoutError } from "./errors.ts";
export {
  decodeReplyFrame,
  decodeRequestFrame,
  encodeReplyFrame,
  encodeRequestFrame,
  type ReplyFrame,
  type RequestFrame,
} from "./frame.ts";
export { ListReplyClient } from "./list-reply-client.ts";
export {
  type ProxyWorker,
  type ProxyWorkerOptions,
  RequestMetric,
  startProxyWorker,
} from "./proxy-worker.ts";
export { type ReplyOutcome, type ReplyWriterOptions, writeReply } from "./reply-writer.ts";
export type { ProxyStats } from "./request-handler.ts";
export {
  assertRouteName,
  type RequestKeys,
  ROUTE_NAME,
  replyGuardKey,
  replyListKey,
  replyStreamKey,
  requestKeys,
  routeOfStream,
} from "./request-keys.ts";
export { REQUEST_TYPE } from "./request-sender.ts";
export { type DelayRouteOptions, delayRoute } from "./routes/delay.ts";
export { echoRoute } from "./routes/echo.ts";
export { type ForwardOptions, forwardTo } from "./routes/forward-to.ts";
export { StreamReplyClient, type StreamReplyClientOptions } from "./stream-reply-client.ts";
export type {
  ProxyRequest,
  Reply,
  ReplyInput,
  RequestClient,
  RequestOptions,
  RouteHandler,
} from "./types.ts";
