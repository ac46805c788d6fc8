// How a local client presents a token to the front doors: `Authorization: Bearer <token>` as an HTTP header, and as
// gRPC metadata on every call of a client built with bearerClientOptions (@sluice/grpc's bearerTokenInterceptor:
// grpc-js refuses call credentials on a plaintext channel, and the local gateway is plaintext).
import type { ClientOptions } from "@grpc/grpc-js";
import { bearerTokenInterceptor } from "@sluice/grpc";

/** The HTTP header, to spread into a request's headers. */
export function bearerHeader(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

/** Options for a gRPC client (`new StreamingClient(address, credentials, bearerClientOptions(token))`). */
export function bearerClientOptions(token: string): ClientOptions {
  return { interceptors: [bearerTokenInterceptor(token)] };
}
