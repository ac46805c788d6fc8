// The grpc-js service definition of sluice.streaming.v1.StreamingService, serialized with the static protobuf.js
// code generated from proto/ (`npm run proto`): no .proto file is parsed on the hot path.
import * as grpc from "@grpc/grpc-js";
import { sluice } from "./generated/streaming.js";

const v1 = sluice.streaming.v1;

export const SERVICE_NAME = "sluice.streaming.v1.StreamingService";

/** A generated message class: encodes its plain-object form, decodes to an instance. */
interface MessageType<Plain, Decoded extends Plain> {
  encode(message: Plain): { finish(): Uint8Array };
  decode(bytes: Uint8Array): Decoded;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function method<Request, DecodedRequest extends Request, Response, DecodedResponse extends Response>(
  name: string,
  request: MessageType<Request, DecodedRequest>,
  response: MessageType<Response, DecodedResponse>,
  responseStream = false,
): grpc.MethodDefinition<Request, Response> {
  return {
    path: `/${SERVICE_NAME}/${name}`,
    requestStream: false,
    responseStream,
    requestSerialize: (message) => toBuffer(request.encode(message).finish()),
    requestDeserialize: (bytes) => request.decode(bytes),
    responseSerialize: (message) => toBuffer(response.encode(message).finish()),
    responseDeserialize: (bytes) => response.decode(bytes),
    // As @grpc/proto-loader names them: clients get both `Publish` and `publish`.
    originalName: name.charAt(0).toLowerCase() + name.slice(1),
  };
}

/** Request and response types of each method, as the server sees them (decoded messages). */
export interface StreamingMethods {
  Publish: [sluice.streaming.v1.PublishRequest, sluice.streaming.v1.IPublishResponse];
  PublishBatch: [sluice.streaming.v1.PublishBatchRequest, sluice.streaming.v1.IPublishBatchResponse];
  Subscribe: [sluice.streaming.v1.SubscribeRequest, sluice.streaming.v1.IDelivery];
  Acknowledge: [sluice.streaming.v1.AcknowledgeRequest, sluice.streaming.v1.IAcknowledgeResponse];
  GetStreamInfo: [sluice.streaming.v1.GetStreamInfoRequest, sluice.streaming.v1.IStreamInfo];
  ListStreams: [sluice.streaming.v1.ListStreamsRequest, sluice.streaming.v1.IListStreamsResponse];
  RegisterStream: [sluice.streaming.v1.RegisterStreamRequest, sluice.streaming.v1.IRegisterStreamResponse];
  Redrive: [sluice.streaming.v1.RedriveRequest, sluice.streaming.v1.IRedriveResponse];
  GetMetrics: [sluice.streaming.v1.GetMetricsRequest, sluice.streaming.v1.IGetMetricsResponse];
}

export type StreamingMethodName = keyof StreamingMethods;

/** The server side: one grpc-js handler per method. */
export type StreamingServiceImplementation = {
  [K in StreamingMethodName]: K extends "Subscribe"
    ? grpc.handleServerStreamingCall<StreamingMethods[K][0], StreamingMethods[K][1]>
    : grpc.handleUnaryCall<StreamingMethods[K][0], StreamingMethods[K][1]>;
};

/** Keys are the proto method names; each method's `originalName` is its lower-camel-case name. */
export const streamingServiceDefinition = {
  Publish: method("Publish", v1.PublishRequest, v1.PublishResponse),
  PublishBatch: method("PublishBatch", v1.PublishBatchRequest, v1.PublishBatchResponse),
  Subscribe: method("Subscribe", v1.SubscribeRequest, v1.Delivery, true),
  Acknowledge: method("Acknowledge", v1.AcknowledgeRequest, v1.AcknowledgeResponse),
  GetStreamInfo: method("GetStreamInfo", v1.GetStreamInfoRequest, v1.StreamInfo),
  ListStreams: method("ListStreams", v1.ListStreamsRequest, v1.ListStreamsResponse),
  RegisterStream: method("RegisterStream", v1.RegisterStreamRequest, v1.RegisterStreamResponse),
  Redrive: method("Redrive", v1.RedriveRequest, v1.RedriveResponse),
  GetMetrics: method("GetMetrics", v1.GetMetricsRequest, v1.GetMetricsResponse),
} satisfies grpc.ServiceDefinition;

/** A unary method as grpc-js clients expose it (callback style). */
export interface UnaryMethod<Request, Response> {
  (request: Request, callback: grpc.requestCallback<Response>): grpc.ClientUnaryCall;
  (request: Request, metadata: grpc.Metadata, callback: grpc.requestCallback<Response>): grpc.ClientUnaryCall;
  (
    request: Request,
    metadata: grpc.Metadata,
    options: Partial<grpc.CallOptions>,
    callback: grpc.requestCallback<Response>,
  ): grpc.ClientUnaryCall;
}

/** A typed grpc-js client of the service. Responses are the generated message classes (uint64 fields are Long). */
export interface StreamingClient extends grpc.Client {
  publish: UnaryMethod<sluice.streaming.v1.IPublishRequest, sluice.streaming.v1.PublishResponse>;
  publishBatch: UnaryMethod<
    sluice.streaming.v1.IPublishBatchRequest,
    sluice.streaming.v1.PublishBatchResponse
  >;
  subscribe(
    request: sluice.streaming.v1.ISubscribeRequest,
    metadata?: grpc.Metadata,
    options?: Partial<grpc.CallOptions>,
  ): grpc.ClientReadableStream<sluice.streaming.v1.Delivery>;
  acknowledge: UnaryMethod<sluice.streaming.v1.IAcknowledgeRequest, sluice.streaming.v1.AcknowledgeResponse>;
  getStreamInfo: UnaryMethod<sluice.streaming.v1.IGetStreamInfoRequest, sluice.streaming.v1.StreamInfo>;
  listStreams: UnaryMethod<sluice.streaming.v1.IListStreamsRequest, sluice.streaming.v1.ListStreamsResponse>;
  registerStream: UnaryMethod<
    sluice.streaming.v1.IRegisterStreamRequest,
    sluice.streaming.v1.RegisterStreamResponse
  >;
  redrive: UnaryMethod<sluice.streaming.v1.IRedriveRequest, sluice.streaming.v1.RedriveResponse>;
  getMetrics: UnaryMethod<sluice.streaming.v1.IGetMetricsRequest, sluice.streaming.v1.GetMetricsResponse>;
}

/** `new StreamingClient("host:50051", grpc.credentials.createInsecure())` */
export const StreamingClient = grpc.makeGenericClientConstructor(
  streamingServiceDefinition as unknown as grpc.ServiceDefinition,
  "StreamingService",
) as unknown as new (
  address: string,
  credentials: grpc.ChannelCredentials,
  options?: grpc.ClientOptions,
) => StreamingClient;
