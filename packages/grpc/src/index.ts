export { type Authorize, DEFAULT_GROUP_LIMITS, type GroupLimits, type GroupLimitsFor } from "./access.ts";
export { UNAUTHENTICATED_CALLER } from "./auth.ts";
export { bearerTokenInterceptor } from "./client-auth.ts";
export { google, sluice } from "./generated/streaming.js";
export { type GrpcServer, type GrpcServerOptions, startGrpcServer } from "./server.ts";
export {
  SERVICE_NAME,
  StreamingClient,
  type StreamingMethodName,
  type StreamingMethods,
  type StreamingServiceImplementation,
  streamingServiceDefinition,
  type UnaryMethod,
} from "./service-definition.ts";
export {
  ENTRY_ID_KEY,
  ERROR_CODE_KEY,
  GRPC_STATUS_OF_KIND,
  type LogWriter,
  toStatus,
  UnauthenticatedError,
} from "./status.ts";
export {
  createStreamingService,
  type StreamingService,
  type StreamingServiceOptions,
} from "./streaming-service.ts";
export type { SubscriptionSettings } from "./subscription.ts";
