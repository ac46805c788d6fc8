// Requests whose bytes do not decode (wrong wire types, truncated, garbage) answered INVALID_ARGUMENT: grpc-js answers
// any throw of a method's deserializer with INTERNAL, a server fault, which a caller's bytes must never cause. So on
// this server no deserializer throws (every service's: the streaming service's, health's and reflection's): a failed
// decode hands on an UndecodableRequest, and an interceptor ends that call before any handler sees it.
import {
  Metadata,
  ResponderBuilder,
  Server,
  ServerInterceptingCall,
  type ServerInterceptor,
  ServerListenerBuilder,
  type ServerOptions,
  type ServiceDefinition,
  status,
  type UntypedServiceImplementation,
} from "@grpc/grpc-js";
import { ERROR_CODE_KEY } from "./status.ts";

export const UNDECODABLE_CODE = "grpc.undecodable_request";

/** What a deserializer gives instead of a message when the bytes do not decode. */
class UndecodableRequest {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

/** `deserialize`, never throwing: typed as the message, since rejectUndecodable ends the calls that carry anything else. */
function decodeOrMark<Message>(deserialize: (bytes: Buffer) => Message): (bytes: Buffer) => Message {
  return (bytes) => {
    try {
      return deserialize(bytes);
    } catch (error) {
      return new UndecodableRequest(error instanceof Error ? error.message : String(error)) as Message;
    }
  };
}

/** Ends a call whose request did not decode: INVALID_ARGUMENT, `sluice-error-code: grpc.undecodable_request`. */
const rejectUndecodable: ServerInterceptor = (method, call) => {
  const listener = new ServerListenerBuilder()
    .withOnReceiveMessage((message, next) => {
      if (!(message instanceof UndecodableRequest)) return next(message);
      const trailers = new Metadata();
      trailers.set(ERROR_CODE_KEY, UNDECODABLE_CODE);
      call.sendStatus({
        code: status.INVALID_ARGUMENT,
        details: `The request message of ${method.path} does not decode: ${message.reason}`,
        metadata: trailers,
      });
    })
    .build();
  return new ServerInterceptingCall(call, new ResponderBuilder().withStart((next) => next(listener)).build());
};

/** A grpc-js Server on which an undecodable request is INVALID_ARGUMENT, for every service added to it. */
export class DecodeCheckingServer extends Server {
  constructor(options: ServerOptions = {}) {
    super({ ...options, interceptors: [rejectUndecodable, ...(options.interceptors ?? [])] });
  }

  override addService(service: ServiceDefinition, implementation: UntypedServiceImplementation): void {
    const checked = Object.fromEntries(
      Object.entries(service).map(([name, method]) => [
        name,
        { ...method, requestDeserialize: decodeOrMark(method.requestDeserialize) },
      ]),
    );
    super.addService(checked as ServiceDefinition, implementation);
  }
}
