export {
  fromLambdaResult,
  type HttpResponse,
  type IncomingRequest,
  type MatchedRoute,
  toApiGatewayEvent,
} from "./api-gateway-event.ts";
export { AUTH_MODES, type AuthMode, callerOf, scopesOfClaims, scopeText } from "./caller.ts";
export {
  type ErrorBody,
  type ErrorResponse,
  errorBody,
  errorResponse,
  HandlerTimeoutError,
  HTTP_STATUS_OF_KIND,
  UnauthorizedError,
  UnsupportedMediaTypeError,
} from "./errors.ts";
export { type CorsOptions, type HttpHandlerOptions, httpHandler, MiB } from "./http-handler.ts";
export { JSON_MEDIA_TYPE } from "./json-body.ts";
export { createLocalServer, type LocalServer, type LocalServerOptions } from "./local-server.ts";
export {
  type AppendOutcome,
  appendMessages,
  describeResults,
  MESSAGE_LIMITS,
  type MessageInput,
  type MessageLimits,
  type MessageResult,
} from "./messages.ts";
export { objectBody } from "./object-body.ts";
export { type PublishOptions, REPLAYED_HEADER, readPublishHeaders } from "./publish-headers.ts";
export { traceIdOf } from "./request-ids.ts";
export { createRouteMatcher, type Resolution, type RouteMatch } from "./route-matcher.ts";
export { SCOPE_PREFIX } from "./scope-prefix.ts";
export type {
  HttpMethod,
  HttpRequest,
  HttpResult,
  LambdaHttpHandler,
  LogWriter,
  RouteDefinition,
  RouteFunction,
} from "./types.ts";
