// For clients: a grpc-js client interceptor sending `authorization: Bearer <token>` with every call that sends none
// of its own. Call credentials do the same over TLS only; this also works on a plaintext channel (a local gateway, or
// one behind a load balancer that ends TLS).
import { InterceptingCall, type Interceptor } from "@grpc/grpc-js";

export function bearerTokenInterceptor(token: string): Interceptor {
  return (options, next) =>
    new InterceptingCall(next(options), {
      start(metadata, listener, start) {
        if (metadata.get("authorization").length === 0) metadata.set("authorization", `Bearer ${token}`);
        start(metadata, listener);
      },
    });
}
