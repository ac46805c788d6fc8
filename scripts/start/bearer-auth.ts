// How a local client presents a token to the front doors: `Authorization: Bearer <token>` as an HTTP header, and as
// gRPC metadata on every call of a client built with bearerClientOptions (an interceptor: grpc-js refuses call
// credentials on a plaintext channel, and the local gateway is plaintext).
import { type ClientOptions, InterceptingCall, type Interceptor } from "@grpc/grpc-js";

/** The HTTP header, to spread into a request's headers. */
export function bearerHeader(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

/** Options for a gRPC client (`new StreamingClient(address, credentials, bearerClientOptions(token))`). */
export function bearerClientOptions(token: string): ClientOptions {
  const { authorization } = bearerHeader(token);
  const interceptor: Interceptor = (options, nextCall) =>
    new InterceptingCall(nextCall(options), {
      start(metadata, listener, next) {
        metadata.set("authorization", authorization);
        next(metadata, listener);
      },
    });
  return { interceptors: [interceptor] };
}
