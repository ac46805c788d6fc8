import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace sluice. */
export namespace sluice {

    /** Namespace streaming. */
    namespace streaming {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Publish, consume and manage streams. Stream names are `[a-z0-9][a-z0-9._-]{0,99}`. Errors use the standard
             * gRPC codes: INVALID_ARGUMENT (bad name, entry or option), NOT_FOUND (no such stream or group),
             * RESOURCE_EXHAUSTED (message or payload too large), UNAVAILABLE (Redis unreachable or out of memory, or a durable
             * publish written but not yet replicated; retry, with the same idempotency key for publishes),
             * UNAUTHENTICATED (missing or wrong token), DEADLINE_EXCEEDED.
             */
            class StreamingService extends $protobuf.rpc.Service {

                /**
                 * Constructs a new StreamingService service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new StreamingService service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): StreamingService;

                /** Appends one event to a stream. */
                publish: sluice.streaming.v1.StreamingService.Publish;

                /** Appends events to one stream in a single round trip; each event succeeds or fails on its own. */
                publishBatch: sluice.streaming.v1.StreamingService.PublishBatch;

                /**
                 * Streams a consumer group's entries to the caller as they arrive. Entries stay pending until the caller
                 * confirms them with Acknowledge; unconfirmed ones are redelivered after the visibility timeout, to this or
                 * another subscriber of the group.
                 */
                subscribe: sluice.streaming.v1.StreamingService.Subscribe;

                /** Confirms delivered entries of a group, so they are not delivered again. */
                acknowledge: sluice.streaming.v1.StreamingService.Acknowledge;

                /** Length, ends, dead-letter length and per-group figures of one stream. */
                getStreamInfo: sluice.streaming.v1.StreamingService.GetStreamInfo;

                /** The streams that exist, sorted by name. */
                listStreams: sluice.streaming.v1.StreamingService.ListStreams;

                /** Creates a stream with its consumer groups (idempotent) and applies a retention policy once. */
                registerStream: sluice.streaming.v1.StreamingService.RegisterStream;

                /** Moves dead-lettered entries back to their stream, for the group that failed them. */
                redrive: sluice.streaming.v1.StreamingService.Redrive;

                /** Lag, pending and dead-letter figures of several streams at once, for dashboards. */
                getMetrics: sluice.streaming.v1.StreamingService.GetMetrics;
            }

            namespace StreamingService {

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#publish}.
                 * @param error Error, if any
                 * @param [response] PublishResponse
                 */
                type PublishCallback = (error: (Error|null), response?: sluice.streaming.v1.PublishResponse) => void;

                /** Appends one event to a stream. */
                type Publish = {
                  (request: sluice.streaming.v1.IPublishRequest, callback: sluice.streaming.v1.StreamingService.PublishCallback): void;
                  (request: sluice.streaming.v1.IPublishRequest): Promise<sluice.streaming.v1.PublishResponse>;
                  readonly name: "Publish";
                  readonly path: "/sluice.streaming.v1.StreamingService/Publish";
                  readonly requestType: "PublishRequest";
                  readonly responseType: "PublishResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#publishBatch}.
                 * @param error Error, if any
                 * @param [response] PublishBatchResponse
                 */
                type PublishBatchCallback = (error: (Error|null), response?: sluice.streaming.v1.PublishBatchResponse) => void;

                /** Appends events to one stream in a single round trip; each event succeeds or fails on its own. */
                type PublishBatch = {
                  (request: sluice.streaming.v1.IPublishBatchRequest, callback: sluice.streaming.v1.StreamingService.PublishBatchCallback): void;
                  (request: sluice.streaming.v1.IPublishBatchRequest): Promise<sluice.streaming.v1.PublishBatchResponse>;
                  readonly name: "PublishBatch";
                  readonly path: "/sluice.streaming.v1.StreamingService/PublishBatch";
                  readonly requestType: "PublishBatchRequest";
                  readonly responseType: "PublishBatchResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#subscribe}.
                 * @param error Error, if any
                 * @param [response] Delivery
                 */
                type SubscribeCallback = (error: (Error|null), response?: sluice.streaming.v1.Delivery) => void;

                /**
                 * Streams a consumer group's entries to the caller as they arrive. Entries stay pending until the caller
                 * confirms them with Acknowledge; unconfirmed ones are redelivered after the visibility timeout, to this or
                 * another subscriber of the group.
                 */
                type Subscribe = {
                  (request: sluice.streaming.v1.ISubscribeRequest, callback: sluice.streaming.v1.StreamingService.SubscribeCallback): void;
                  (request: sluice.streaming.v1.ISubscribeRequest): Promise<sluice.streaming.v1.Delivery>;
                  readonly name: "Subscribe";
                  readonly path: "/sluice.streaming.v1.StreamingService/Subscribe";
                  readonly requestType: "SubscribeRequest";
                  readonly responseType: "Delivery";
                  readonly requestStream: undefined;
                  readonly responseStream: true;
                };

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#acknowledge}.
                 * @param error Error, if any
                 * @param [response] AcknowledgeResponse
                 */
                type AcknowledgeCallback = (error: (Error|null), response?: sluice.streaming.v1.AcknowledgeResponse) => void;

                /** Confirms delivered entries of a group, so they are not delivered again. */
                type Acknowledge = {
                  (request: sluice.streaming.v1.IAcknowledgeRequest, callback: sluice.streaming.v1.StreamingService.AcknowledgeCallback): void;
                  (request: sluice.streaming.v1.IAcknowledgeRequest): Promise<sluice.streaming.v1.AcknowledgeResponse>;
                  readonly name: "Acknowledge";
                  readonly path: "/sluice.streaming.v1.StreamingService/Acknowledge";
                  readonly requestType: "AcknowledgeRequest";
                  readonly responseType: "AcknowledgeResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#getStreamInfo}.
                 * @param error Error, if any
                 * @param [response] StreamInfo
                 */
                type GetStreamInfoCallback = (error: (Error|null), response?: sluice.streaming.v1.StreamInfo) => void;

                /** Length, ends, dead-letter length and per-group figures of one stream. */
                type GetStreamInfo = {
                  (request: sluice.streaming.v1.IGetStreamInfoRequest, callback: sluice.streaming.v1.StreamingService.GetStreamInfoCallback): void;
                  (request: sluice.streaming.v1.IGetStreamInfoRequest): Promise<sluice.streaming.v1.StreamInfo>;
                  readonly name: "GetStreamInfo";
                  readonly path: "/sluice.streaming.v1.StreamingService/GetStreamInfo";
                  readonly requestType: "GetStreamInfoRequest";
                  readonly responseType: "StreamInfo";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#listStreams}.
                 * @param error Error, if any
                 * @param [response] ListStreamsResponse
                 */
                type ListStreamsCallback = (error: (Error|null), response?: sluice.streaming.v1.ListStreamsResponse) => void;

                /** The streams that exist, sorted by name. */
                type ListStreams = {
                  (request: sluice.streaming.v1.IListStreamsRequest, callback: sluice.streaming.v1.StreamingService.ListStreamsCallback): void;
                  (request: sluice.streaming.v1.IListStreamsRequest): Promise<sluice.streaming.v1.ListStreamsResponse>;
                  readonly name: "ListStreams";
                  readonly path: "/sluice.streaming.v1.StreamingService/ListStreams";
                  readonly requestType: "ListStreamsRequest";
                  readonly responseType: "ListStreamsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#registerStream}.
                 * @param error Error, if any
                 * @param [response] RegisterStreamResponse
                 */
                type RegisterStreamCallback = (error: (Error|null), response?: sluice.streaming.v1.RegisterStreamResponse) => void;

                /** Creates a stream with its consumer groups (idempotent) and applies a retention policy once. */
                type RegisterStream = {
                  (request: sluice.streaming.v1.IRegisterStreamRequest, callback: sluice.streaming.v1.StreamingService.RegisterStreamCallback): void;
                  (request: sluice.streaming.v1.IRegisterStreamRequest): Promise<sluice.streaming.v1.RegisterStreamResponse>;
                  readonly name: "RegisterStream";
                  readonly path: "/sluice.streaming.v1.StreamingService/RegisterStream";
                  readonly requestType: "RegisterStreamRequest";
                  readonly responseType: "RegisterStreamResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#redrive}.
                 * @param error Error, if any
                 * @param [response] RedriveResponse
                 */
                type RedriveCallback = (error: (Error|null), response?: sluice.streaming.v1.RedriveResponse) => void;

                /** Moves dead-lettered entries back to their stream, for the group that failed them. */
                type Redrive = {
                  (request: sluice.streaming.v1.IRedriveRequest, callback: sluice.streaming.v1.StreamingService.RedriveCallback): void;
                  (request: sluice.streaming.v1.IRedriveRequest): Promise<sluice.streaming.v1.RedriveResponse>;
                  readonly name: "Redrive";
                  readonly path: "/sluice.streaming.v1.StreamingService/Redrive";
                  readonly requestType: "RedriveRequest";
                  readonly responseType: "RedriveResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#getMetrics}.
                 * @param error Error, if any
                 * @param [response] GetMetricsResponse
                 */
                type GetMetricsCallback = (error: (Error|null), response?: sluice.streaming.v1.GetMetricsResponse) => void;

                /** Lag, pending and dead-letter figures of several streams at once, for dashboards. */
                type GetMetrics = {
                  (request: sluice.streaming.v1.IGetMetricsRequest, callback: sluice.streaming.v1.StreamingService.GetMetricsCallback): void;
                  (request: sluice.streaming.v1.IGetMetricsRequest): Promise<sluice.streaming.v1.GetMetricsResponse>;
                  readonly name: "GetMetrics";
                  readonly path: "/sluice.streaming.v1.StreamingService/GetMetrics";
                  readonly requestType: "GetMetricsRequest";
                  readonly responseType: "GetMetricsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of an Event.
             * @deprecated Use sluice.streaming.v1.Event.$Properties instead.
             */
            interface IEvent extends sluice.streaming.v1.Event.$Properties {
            }

            /** An event as a producer sends it. */
            class Event {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.Event.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Event type, e.g. "frame.ingested": 1-128 characters of a-z A-Z 0-9 . _ - / :. */
                type: string;

                /** Content type of `data`; empty means "application/json". */
                contentType: string;

                /** The payload, at most the server's payload limit (1 MiB by default). */
                data: Uint8Array;

                /** Ordering key; empty for none. */
                key: string;

                /** Trace id propagated to consumers and logs; empty for none. */
                traceId: string;

                /** When the producer made the event; unset means the time the stream stored it. */
                producedAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Publish only (empty on deliveries): 1-200 characters of A-Z a-z 0-9 . _ : @ / -. A publish whose key was
                 * already used on this stream within its idempotency window (5 minutes by default) writes nothing and returns
                 * the id of the first, with `replayed` set: retry with the same key after a timeout or UNAVAILABLE.
                 */
                idempotencyKey: string;

                /**
                 * Creates a new Event instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Event instance
                 */
                static create(properties: sluice.streaming.v1.Event.$Shape): sluice.streaming.v1.Event & sluice.streaming.v1.Event.$Shape;
                static create(properties?: sluice.streaming.v1.Event.$Properties): sluice.streaming.v1.Event;

                /**
                 * Encodes the specified Event message. Does not implicitly {@link sluice.streaming.v1.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.Event & sluice.streaming.v1.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.Event & sluice.streaming.v1.Event.$Shape;

                /**
                 * Verifies an Event message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Event
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.Event;

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @param message Event
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Event to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Event
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Event {

                /** Properties of an Event. */
                interface $Properties {

                    /** Event type, e.g. "frame.ingested": 1-128 characters of a-z A-Z 0-9 . _ - / :. */
                    type?: (string|null);

                    /** Content type of `data`; empty means "application/json". */
                    contentType?: (string|null);

                    /** The payload, at most the server's payload limit (1 MiB by default). */
                    data?: (Uint8Array|null);

                    /** Ordering key; empty for none. */
                    key?: (string|null);

                    /** Trace id propagated to consumers and logs; empty for none. */
                    traceId?: (string|null);

                    /** When the producer made the event; unset means the time the stream stored it. */
                    producedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /**
                     * Publish only (empty on deliveries): 1-200 characters of A-Z a-z 0-9 . _ : @ / -. A publish whose key was
                     * already used on this stream within its idempotency window (5 minutes by default) writes nothing and returns
                     * the id of the first, with `replayed` set: retry with the same key after a timeout or UNAVAILABLE.
                     */
                    idempotencyKey?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Event. */
                type $Shape = sluice.streaming.v1.Event.$Properties;
            }

            /**
             * Properties of an Error.
             * @deprecated Use sluice.streaming.v1.Error.$Properties instead.
             */
            interface IError extends sluice.streaming.v1.Error.$Properties {
            }

            /** Why one event or request failed. */
            class Error {

                /**
                 * Constructs a new Error.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.Error.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Stable machine-readable code, e.g. "streams.invalid_entry". */
                code: string;

                /** What went wrong, for people. */
                message: string;

                /**
                 * The entry id when the event was written all the same: code "streams.not_replicated" (durable publish whose
                 * replica did not confirm in time; retry with the same idempotency key).
                 */
                id: string;

                /**
                 * Creates a new Error instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Error instance
                 */
                static create(properties: sluice.streaming.v1.Error.$Shape): sluice.streaming.v1.Error & sluice.streaming.v1.Error.$Shape;
                static create(properties?: sluice.streaming.v1.Error.$Properties): sluice.streaming.v1.Error;

                /**
                 * Encodes the specified Error message. Does not implicitly {@link sluice.streaming.v1.Error.verify|verify} messages.
                 * @param message Error message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Error message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.Error & sluice.streaming.v1.Error.$Shape} Error
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.Error & sluice.streaming.v1.Error.$Shape;

                /**
                 * Verifies an Error message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Error message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Error
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.Error;

                /**
                 * Creates a plain object from an Error message. Also converts values to other types if specified.
                 * @param message Error
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Error to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Error
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Error {

                /** Properties of an Error. */
                interface $Properties {

                    /** Stable machine-readable code, e.g. "streams.invalid_entry". */
                    code?: (string|null);

                    /** What went wrong, for people. */
                    message?: (string|null);

                    /**
                     * The entry id when the event was written all the same: code "streams.not_replicated" (durable publish whose
                     * replica did not confirm in time; retry with the same idempotency key).
                     */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Error. */
                type $Shape = sluice.streaming.v1.Error.$Properties;
            }

            /**
             * Properties of a PublishRequest.
             * @deprecated Use sluice.streaming.v1.PublishRequest.$Properties instead.
             */
            interface IPublishRequest extends sluice.streaming.v1.PublishRequest.$Properties {
            }

            /** Represents a PublishRequest. */
            class PublishRequest {

                /**
                 * Constructs a new PublishRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.PublishRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Target stream; created on first publish. */
                stream: string;

                /** The event to append. */
                event?: (sluice.streaming.v1.Event.$Properties|null);

                /**
                 * true: confirm only once a replica has the event (WAIT; as many replicas and as long as the stream's
                 * configuration says, else one replica, 1 s); false: do not wait, even on a stream durable by default; unset: the
                 * stream's default (not durable unless its configuration says so). When no replica confirms in time the call
                 * fails UNAVAILABLE with sluice-error-code "streams.not_replicated" and the entry id in the trailing metadata
                 * "sluice-entry-id": the event IS written, not yet replicated. (`optional` since the stream defaults: the same
                 * field on the wire, so a client built without it sends true or nothing, as before.)
                 */
                durable?: (boolean|null);

                /**
                 * Creates a new PublishRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PublishRequest instance
                 */
                static create(properties: sluice.streaming.v1.PublishRequest.$Shape): sluice.streaming.v1.PublishRequest & sluice.streaming.v1.PublishRequest.$Shape;
                static create(properties?: sluice.streaming.v1.PublishRequest.$Properties): sluice.streaming.v1.PublishRequest;

                /**
                 * Encodes the specified PublishRequest message. Does not implicitly {@link sluice.streaming.v1.PublishRequest.verify|verify} messages.
                 * @param message PublishRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.PublishRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PublishRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.PublishRequest & sluice.streaming.v1.PublishRequest.$Shape} PublishRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.PublishRequest & sluice.streaming.v1.PublishRequest.$Shape;

                /**
                 * Verifies a PublishRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PublishRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PublishRequest
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.PublishRequest;

                /**
                 * Creates a plain object from a PublishRequest message. Also converts values to other types if specified.
                 * @param message PublishRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.PublishRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PublishRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PublishRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishRequest {

                /** Properties of a PublishRequest. */
                interface $Properties {

                    /** Target stream; created on first publish. */
                    stream?: (string|null);

                    /** The event to append. */
                    event?: (sluice.streaming.v1.Event.$Properties|null);

                    /**
                     * true: confirm only once a replica has the event (WAIT; as many replicas and as long as the stream's
                     * configuration says, else one replica, 1 s); false: do not wait, even on a stream durable by default; unset: the
                     * stream's default (not durable unless its configuration says so). When no replica confirms in time the call
                     * fails UNAVAILABLE with sluice-error-code "streams.not_replicated" and the entry id in the trailing metadata
                     * "sluice-entry-id": the event IS written, not yet replicated. (`optional` since the stream defaults: the same
                     * field on the wire, so a client built without it sends true or nothing, as before.)
                     */
                    durable?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PublishRequest. */
                type $Shape = sluice.streaming.v1.PublishRequest.$Properties;
            }

            /**
             * Properties of a PublishResponse.
             * @deprecated Use sluice.streaming.v1.PublishResponse.$Properties instead.
             */
            interface IPublishResponse extends sluice.streaming.v1.PublishResponse.$Properties {
            }

            /** Represents a PublishResponse. */
            class PublishResponse {

                /**
                 * Constructs a new PublishResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.PublishResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The stream entry id Redis assigned, e.g. "1700000000000-0". */
                id: string;

                /** The event's idempotency key matched an earlier publish: nothing was written, `id` is that publish's. */
                replayed: boolean;

                /**
                 * Creates a new PublishResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PublishResponse instance
                 */
                static create(properties: sluice.streaming.v1.PublishResponse.$Shape): sluice.streaming.v1.PublishResponse & sluice.streaming.v1.PublishResponse.$Shape;
                static create(properties?: sluice.streaming.v1.PublishResponse.$Properties): sluice.streaming.v1.PublishResponse;

                /**
                 * Encodes the specified PublishResponse message. Does not implicitly {@link sluice.streaming.v1.PublishResponse.verify|verify} messages.
                 * @param message PublishResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.PublishResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PublishResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.PublishResponse & sluice.streaming.v1.PublishResponse.$Shape} PublishResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.PublishResponse & sluice.streaming.v1.PublishResponse.$Shape;

                /**
                 * Verifies a PublishResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PublishResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PublishResponse
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.PublishResponse;

                /**
                 * Creates a plain object from a PublishResponse message. Also converts values to other types if specified.
                 * @param message PublishResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.PublishResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PublishResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PublishResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishResponse {

                /** Properties of a PublishResponse. */
                interface $Properties {

                    /** The stream entry id Redis assigned, e.g. "1700000000000-0". */
                    id?: (string|null);

                    /** The event's idempotency key matched an earlier publish: nothing was written, `id` is that publish's. */
                    replayed?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PublishResponse. */
                type $Shape = sluice.streaming.v1.PublishResponse.$Properties;
            }

            /**
             * Properties of a PublishBatchRequest.
             * @deprecated Use sluice.streaming.v1.PublishBatchRequest.$Properties instead.
             */
            interface IPublishBatchRequest extends sluice.streaming.v1.PublishBatchRequest.$Properties {
            }

            /** Represents a PublishBatchRequest. */
            class PublishBatchRequest {

                /**
                 * Constructs a new PublishBatchRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.PublishBatchRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Target stream; created on first publish. */
                stream: string;

                /** 1 to 1000 events, appended in order. */
                events: sluice.streaming.v1.Event.$Properties[];

                /**
                 * As PublishRequest.durable, for every event; an event written but not confirmed by a replica in time gets the
                 * error "streams.not_replicated" with its id.
                 */
                durable?: (boolean|null);

                /**
                 * Creates a new PublishBatchRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PublishBatchRequest instance
                 */
                static create(properties: sluice.streaming.v1.PublishBatchRequest.$Shape): sluice.streaming.v1.PublishBatchRequest & sluice.streaming.v1.PublishBatchRequest.$Shape;
                static create(properties?: sluice.streaming.v1.PublishBatchRequest.$Properties): sluice.streaming.v1.PublishBatchRequest;

                /**
                 * Encodes the specified PublishBatchRequest message. Does not implicitly {@link sluice.streaming.v1.PublishBatchRequest.verify|verify} messages.
                 * @param message PublishBatchRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.PublishBatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PublishBatchRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.PublishBatchRequest & sluice.streaming.v1.PublishBatchRequest.$Shape} PublishBatchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.PublishBatchRequest & sluice.streaming.v1.PublishBatchRequest.$Shape;

                /**
                 * Verifies a PublishBatchRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PublishBatchRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PublishBatchRequest
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.PublishBatchRequest;

                /**
                 * Creates a plain object from a PublishBatchRequest message. Also converts values to other types if specified.
                 * @param message PublishBatchRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.PublishBatchRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PublishBatchRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PublishBatchRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishBatchRequest {

                /** Properties of a PublishBatchRequest. */
                interface $Properties {

                    /** Target stream; created on first publish. */
                    stream?: (string|null);

                    /** 1 to 1000 events, appended in order. */
                    events?: (sluice.streaming.v1.Event.$Properties[]|null);

                    /**
                     * As PublishRequest.durable, for every event; an event written but not confirmed by a replica in time gets the
                     * error "streams.not_replicated" with its id.
                     */
                    durable?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PublishBatchRequest. */
                type $Shape = sluice.streaming.v1.PublishBatchRequest.$Properties;
            }

            /**
             * Properties of a PublishResult.
             * @deprecated Use sluice.streaming.v1.PublishResult.$Properties instead.
             */
            interface IPublishResult extends sluice.streaming.v1.PublishResult.$Properties {
            }

            /** The outcome of one event of a batch. */
            class PublishResult {

                /**
                 * Constructs a new PublishResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.PublishResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The entry id, when the event was appended. */
                id?: (string|null);

                /** Why the event was not appended (or, "streams.not_replicated", appended but not confirmed by a replica). */
                error?: (sluice.streaming.v1.Error.$Properties|null);

                /** The event's idempotency key matched an earlier publish: nothing was written, `id` is that publish's. */
                replayed: boolean;

                /** PublishResult outcome. */
                outcome?: ("id"|"error");

                /**
                 * Creates a new PublishResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PublishResult instance
                 */
                static create(properties: sluice.streaming.v1.PublishResult.$Shape): sluice.streaming.v1.PublishResult & sluice.streaming.v1.PublishResult.$Shape;
                static create(properties?: sluice.streaming.v1.PublishResult.$Properties): sluice.streaming.v1.PublishResult;

                /**
                 * Encodes the specified PublishResult message. Does not implicitly {@link sluice.streaming.v1.PublishResult.verify|verify} messages.
                 * @param message PublishResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.PublishResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PublishResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.PublishResult & sluice.streaming.v1.PublishResult.$Shape} PublishResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.PublishResult & sluice.streaming.v1.PublishResult.$Shape;

                /**
                 * Verifies a PublishResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PublishResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PublishResult
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.PublishResult;

                /**
                 * Creates a plain object from a PublishResult message. Also converts values to other types if specified.
                 * @param message PublishResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.PublishResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PublishResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PublishResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishResult {

                /** Properties of a PublishResult. */
                interface $Properties {

                    /** The entry id, when the event was appended. */
                    id?: (string|null);

                    /** Why the event was not appended (or, "streams.not_replicated", appended but not confirmed by a replica). */
                    error?: (sluice.streaming.v1.Error.$Properties|null);

                    /** The event's idempotency key matched an earlier publish: nothing was written, `id` is that publish's. */
                    replayed?: (boolean|null);

                    /** PublishResult outcome */
                    outcome?: ("id"|"error");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a PublishResult. */
                type $Shape = {
                  id?: string|null;
                  error?: sluice.streaming.v1.Error.$Shape|null;
                  replayed?: boolean|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ outcome?: undefined; id?: null; error?: null }|{ outcome?: "id"; id: string; error?: null }|{ outcome?: "error"; id?: null; error: sluice.streaming.v1.Error.$Shape })
                );
            }

            /**
             * Properties of a PublishBatchResponse.
             * @deprecated Use sluice.streaming.v1.PublishBatchResponse.$Properties instead.
             */
            interface IPublishBatchResponse extends sluice.streaming.v1.PublishBatchResponse.$Properties {
            }

            /** Represents a PublishBatchResponse. */
            class PublishBatchResponse {

                /**
                 * Constructs a new PublishBatchResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.PublishBatchResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** One per event, in request order. */
                results: sluice.streaming.v1.PublishResult.$Properties[];

                /**
                 * Creates a new PublishBatchResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PublishBatchResponse instance
                 */
                static create(properties: sluice.streaming.v1.PublishBatchResponse.$Shape): sluice.streaming.v1.PublishBatchResponse & sluice.streaming.v1.PublishBatchResponse.$Shape;
                static create(properties?: sluice.streaming.v1.PublishBatchResponse.$Properties): sluice.streaming.v1.PublishBatchResponse;

                /**
                 * Encodes the specified PublishBatchResponse message. Does not implicitly {@link sluice.streaming.v1.PublishBatchResponse.verify|verify} messages.
                 * @param message PublishBatchResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.PublishBatchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PublishBatchResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.PublishBatchResponse & sluice.streaming.v1.PublishBatchResponse.$Shape} PublishBatchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.PublishBatchResponse & sluice.streaming.v1.PublishBatchResponse.$Shape;

                /**
                 * Verifies a PublishBatchResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PublishBatchResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PublishBatchResponse
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.PublishBatchResponse;

                /**
                 * Creates a plain object from a PublishBatchResponse message. Also converts values to other types if specified.
                 * @param message PublishBatchResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.PublishBatchResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PublishBatchResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PublishBatchResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishBatchResponse {

                /** Properties of a PublishBatchResponse. */
                interface $Properties {

                    /** One per event, in request order. */
                    results?: (sluice.streaming.v1.PublishResult.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PublishBatchResponse. */
                type $Shape = {
                  results?: sluice.streaming.v1.PublishResult.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a SubscribeRequest.
             * @deprecated Use sluice.streaming.v1.SubscribeRequest.$Properties instead.
             */
            interface ISubscribeRequest extends sluice.streaming.v1.SubscribeRequest.$Properties {
            }

            /** Represents a SubscribeRequest. */
            class SubscribeRequest {

                /**
                 * Constructs a new SubscribeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.SubscribeRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Stream to read. */
                stream: string;

                /** Consumer group to read as; created at the start of the stream when it does not exist. */
                group: string;

                /** Consumer name within the group; empty lets the server choose one for this call. */
                consumer: string;

                /** Most entries delivered and not yet acknowledged at once (1-1000; 0 means 100). Delivery pauses at the limit. */
                maxInFlight: number;

                /**
                 * Creates a new SubscribeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SubscribeRequest instance
                 */
                static create(properties: sluice.streaming.v1.SubscribeRequest.$Shape): sluice.streaming.v1.SubscribeRequest & sluice.streaming.v1.SubscribeRequest.$Shape;
                static create(properties?: sluice.streaming.v1.SubscribeRequest.$Properties): sluice.streaming.v1.SubscribeRequest;

                /**
                 * Encodes the specified SubscribeRequest message. Does not implicitly {@link sluice.streaming.v1.SubscribeRequest.verify|verify} messages.
                 * @param message SubscribeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.SubscribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SubscribeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.SubscribeRequest & sluice.streaming.v1.SubscribeRequest.$Shape} SubscribeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.SubscribeRequest & sluice.streaming.v1.SubscribeRequest.$Shape;

                /**
                 * Verifies a SubscribeRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SubscribeRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SubscribeRequest
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.SubscribeRequest;

                /**
                 * Creates a plain object from a SubscribeRequest message. Also converts values to other types if specified.
                 * @param message SubscribeRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.SubscribeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SubscribeRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SubscribeRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SubscribeRequest {

                /** Properties of a SubscribeRequest. */
                interface $Properties {

                    /** Stream to read. */
                    stream?: (string|null);

                    /** Consumer group to read as; created at the start of the stream when it does not exist. */
                    group?: (string|null);

                    /** Consumer name within the group; empty lets the server choose one for this call. */
                    consumer?: (string|null);

                    /** Most entries delivered and not yet acknowledged at once (1-1000; 0 means 100). Delivery pauses at the limit. */
                    maxInFlight?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SubscribeRequest. */
                type $Shape = sluice.streaming.v1.SubscribeRequest.$Properties;
            }

            /**
             * Properties of a Delivery.
             * @deprecated Use sluice.streaming.v1.Delivery.$Properties instead.
             */
            interface IDelivery extends sluice.streaming.v1.Delivery.$Properties {
            }

            /** One stream entry delivered to a subscriber. */
            class Delivery {

                /**
                 * Constructs a new Delivery.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.Delivery.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Stream the entry is in. */
                stream: string;

                /** Entry id; pass it to Acknowledge. */
                id: string;

                /** The event as it was published; produced_at is the stored time when the producer gave none. */
                event?: (sluice.streaming.v1.Event.$Properties|null);

                /** How many times the group has delivered this entry, this delivery included. */
                deliveries: number;

                /** The consumer name the entry is pending under. */
                consumer: string;

                /**
                 * Creates a new Delivery instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Delivery instance
                 */
                static create(properties: sluice.streaming.v1.Delivery.$Shape): sluice.streaming.v1.Delivery & sluice.streaming.v1.Delivery.$Shape;
                static create(properties?: sluice.streaming.v1.Delivery.$Properties): sluice.streaming.v1.Delivery;

                /**
                 * Encodes the specified Delivery message. Does not implicitly {@link sluice.streaming.v1.Delivery.verify|verify} messages.
                 * @param message Delivery message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.Delivery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Delivery message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.Delivery & sluice.streaming.v1.Delivery.$Shape} Delivery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.Delivery & sluice.streaming.v1.Delivery.$Shape;

                /**
                 * Verifies a Delivery message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Delivery message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Delivery
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.Delivery;

                /**
                 * Creates a plain object from a Delivery message. Also converts values to other types if specified.
                 * @param message Delivery
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.Delivery, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Delivery to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Delivery
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Delivery {

                /** Properties of a Delivery. */
                interface $Properties {

                    /** Stream the entry is in. */
                    stream?: (string|null);

                    /** Entry id; pass it to Acknowledge. */
                    id?: (string|null);

                    /** The event as it was published; produced_at is the stored time when the producer gave none. */
                    event?: (sluice.streaming.v1.Event.$Properties|null);

                    /** How many times the group has delivered this entry, this delivery included. */
                    deliveries?: (number|null);

                    /** The consumer name the entry is pending under. */
                    consumer?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Delivery. */
                type $Shape = sluice.streaming.v1.Delivery.$Properties;
            }

            /**
             * Properties of an AcknowledgeRequest.
             * @deprecated Use sluice.streaming.v1.AcknowledgeRequest.$Properties instead.
             */
            interface IAcknowledgeRequest extends sluice.streaming.v1.AcknowledgeRequest.$Properties {
            }

            /** Represents an AcknowledgeRequest. */
            class AcknowledgeRequest {

                /**
                 * Constructs a new AcknowledgeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.AcknowledgeRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Stream of the entries. */
                stream: string;

                /** Group that received them. */
                group: string;

                /** Entry ids to confirm, 1 to 1000. */
                ids: string[];

                /**
                 * Creates a new AcknowledgeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AcknowledgeRequest instance
                 */
                static create(properties: sluice.streaming.v1.AcknowledgeRequest.$Shape): sluice.streaming.v1.AcknowledgeRequest & sluice.streaming.v1.AcknowledgeRequest.$Shape;
                static create(properties?: sluice.streaming.v1.AcknowledgeRequest.$Properties): sluice.streaming.v1.AcknowledgeRequest;

                /**
                 * Encodes the specified AcknowledgeRequest message. Does not implicitly {@link sluice.streaming.v1.AcknowledgeRequest.verify|verify} messages.
                 * @param message AcknowledgeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.AcknowledgeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AcknowledgeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.AcknowledgeRequest & sluice.streaming.v1.AcknowledgeRequest.$Shape} AcknowledgeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.AcknowledgeRequest & sluice.streaming.v1.AcknowledgeRequest.$Shape;

                /**
                 * Verifies an AcknowledgeRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AcknowledgeRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AcknowledgeRequest
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.AcknowledgeRequest;

                /**
                 * Creates a plain object from an AcknowledgeRequest message. Also converts values to other types if specified.
                 * @param message AcknowledgeRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.AcknowledgeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AcknowledgeRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AcknowledgeRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AcknowledgeRequest {

                /** Properties of an AcknowledgeRequest. */
                interface $Properties {

                    /** Stream of the entries. */
                    stream?: (string|null);

                    /** Group that received them. */
                    group?: (string|null);

                    /** Entry ids to confirm, 1 to 1000. */
                    ids?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AcknowledgeRequest. */
                type $Shape = sluice.streaming.v1.AcknowledgeRequest.$Properties;
            }

            /**
             * Properties of an AcknowledgeResponse.
             * @deprecated Use sluice.streaming.v1.AcknowledgeResponse.$Properties instead.
             */
            interface IAcknowledgeResponse extends sluice.streaming.v1.AcknowledgeResponse.$Properties {
            }

            /** Represents an AcknowledgeResponse. */
            class AcknowledgeResponse {

                /**
                 * Constructs a new AcknowledgeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.AcknowledgeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Entries that were pending and are now acknowledged (already acknowledged ones are not counted). */
                acknowledged: number;

                /**
                 * Creates a new AcknowledgeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AcknowledgeResponse instance
                 */
                static create(properties: sluice.streaming.v1.AcknowledgeResponse.$Shape): sluice.streaming.v1.AcknowledgeResponse & sluice.streaming.v1.AcknowledgeResponse.$Shape;
                static create(properties?: sluice.streaming.v1.AcknowledgeResponse.$Properties): sluice.streaming.v1.AcknowledgeResponse;

                /**
                 * Encodes the specified AcknowledgeResponse message. Does not implicitly {@link sluice.streaming.v1.AcknowledgeResponse.verify|verify} messages.
                 * @param message AcknowledgeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.AcknowledgeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AcknowledgeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.AcknowledgeResponse & sluice.streaming.v1.AcknowledgeResponse.$Shape} AcknowledgeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.AcknowledgeResponse & sluice.streaming.v1.AcknowledgeResponse.$Shape;

                /**
                 * Verifies an AcknowledgeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AcknowledgeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AcknowledgeResponse
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.AcknowledgeResponse;

                /**
                 * Creates a plain object from an AcknowledgeResponse message. Also converts values to other types if specified.
                 * @param message AcknowledgeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.AcknowledgeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AcknowledgeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AcknowledgeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AcknowledgeResponse {

                /** Properties of an AcknowledgeResponse. */
                interface $Properties {

                    /** Entries that were pending and are now acknowledged (already acknowledged ones are not counted). */
                    acknowledged?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AcknowledgeResponse. */
                type $Shape = sluice.streaming.v1.AcknowledgeResponse.$Properties;
            }

            /**
             * Properties of a GetStreamInfoRequest.
             * @deprecated Use sluice.streaming.v1.GetStreamInfoRequest.$Properties instead.
             */
            interface IGetStreamInfoRequest extends sluice.streaming.v1.GetStreamInfoRequest.$Properties {
            }

            /** Represents a GetStreamInfoRequest. */
            class GetStreamInfoRequest {

                /**
                 * Constructs a new GetStreamInfoRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.GetStreamInfoRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The stream to describe. */
                stream: string;

                /**
                 * Creates a new GetStreamInfoRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetStreamInfoRequest instance
                 */
                static create(properties: sluice.streaming.v1.GetStreamInfoRequest.$Shape): sluice.streaming.v1.GetStreamInfoRequest & sluice.streaming.v1.GetStreamInfoRequest.$Shape;
                static create(properties?: sluice.streaming.v1.GetStreamInfoRequest.$Properties): sluice.streaming.v1.GetStreamInfoRequest;

                /**
                 * Encodes the specified GetStreamInfoRequest message. Does not implicitly {@link sluice.streaming.v1.GetStreamInfoRequest.verify|verify} messages.
                 * @param message GetStreamInfoRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.GetStreamInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetStreamInfoRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.GetStreamInfoRequest & sluice.streaming.v1.GetStreamInfoRequest.$Shape} GetStreamInfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.GetStreamInfoRequest & sluice.streaming.v1.GetStreamInfoRequest.$Shape;

                /**
                 * Verifies a GetStreamInfoRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetStreamInfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetStreamInfoRequest
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.GetStreamInfoRequest;

                /**
                 * Creates a plain object from a GetStreamInfoRequest message. Also converts values to other types if specified.
                 * @param message GetStreamInfoRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.GetStreamInfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetStreamInfoRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetStreamInfoRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetStreamInfoRequest {

                /** Properties of a GetStreamInfoRequest. */
                interface $Properties {

                    /** The stream to describe. */
                    stream?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetStreamInfoRequest. */
                type $Shape = sluice.streaming.v1.GetStreamInfoRequest.$Properties;
            }

            /**
             * Properties of a GroupInfo.
             * @deprecated Use sluice.streaming.v1.GroupInfo.$Properties instead.
             */
            interface IGroupInfo extends sluice.streaming.v1.GroupInfo.$Properties {
            }

            /** Figures of one consumer group. */
            class GroupInfo {

                /**
                 * Constructs a new GroupInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.GroupInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Group name. */
                name: string;

                /** Consumers the group knows. */
                consumers: number;

                /** Entries delivered and not acknowledged. */
                pending: (number|Long);

                /** Entries not yet delivered to any consumer of the group. */
                lag: (number|Long);

                /** Age of the oldest entry not yet delivered, milliseconds (0 when none). */
                lagAgeMs: (number|Long);

                /** Age of the oldest pending entry, milliseconds (0 when none). */
                oldestPendingAgeMs: (number|Long);

                /** Id of the last entry delivered to the group. */
                lastDeliveredId: string;

                /**
                 * Creates a new GroupInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GroupInfo instance
                 */
                static create(properties: sluice.streaming.v1.GroupInfo.$Shape): sluice.streaming.v1.GroupInfo & sluice.streaming.v1.GroupInfo.$Shape;
                static create(properties?: sluice.streaming.v1.GroupInfo.$Properties): sluice.streaming.v1.GroupInfo;

                /**
                 * Encodes the specified GroupInfo message. Does not implicitly {@link sluice.streaming.v1.GroupInfo.verify|verify} messages.
                 * @param message GroupInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.GroupInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GroupInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.GroupInfo & sluice.streaming.v1.GroupInfo.$Shape} GroupInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.GroupInfo & sluice.streaming.v1.GroupInfo.$Shape;

                /**
                 * Verifies a GroupInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GroupInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GroupInfo
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.GroupInfo;

                /**
                 * Creates a plain object from a GroupInfo message. Also converts values to other types if specified.
                 * @param message GroupInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.GroupInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GroupInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GroupInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GroupInfo {

                /** Properties of a GroupInfo. */
                interface $Properties {

                    /** Group name. */
                    name?: (string|null);

                    /** Consumers the group knows. */
                    consumers?: (number|null);

                    /** Entries delivered and not acknowledged. */
                    pending?: (number|Long|null);

                    /** Entries not yet delivered to any consumer of the group. */
                    lag?: (number|Long|null);

                    /** Age of the oldest entry not yet delivered, milliseconds (0 when none). */
                    lagAgeMs?: (number|Long|null);

                    /** Age of the oldest pending entry, milliseconds (0 when none). */
                    oldestPendingAgeMs?: (number|Long|null);

                    /** Id of the last entry delivered to the group. */
                    lastDeliveredId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GroupInfo. */
                type $Shape = sluice.streaming.v1.GroupInfo.$Properties;
            }

            /**
             * Properties of a StreamInfo.
             * @deprecated Use sluice.streaming.v1.StreamInfo.$Properties instead.
             */
            interface IStreamInfo extends sluice.streaming.v1.StreamInfo.$Properties {
            }

            /** Represents a StreamInfo. */
            class StreamInfo {

                /**
                 * Constructs a new StreamInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.StreamInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Stream name. */
                name: string;

                /** Entries in the stream. */
                length: (number|Long);

                /** Oldest entry id; empty when the stream is empty. */
                firstId: string;

                /** Newest entry id; empty when the stream is empty. */
                lastId: string;

                /** Entries in the stream's dead-letter stream. */
                dlqLength: (number|Long);

                /** The stream's consumer groups. */
                groups: sluice.streaming.v1.GroupInfo.$Properties[];

                /**
                 * Creates a new StreamInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StreamInfo instance
                 */
                static create(properties: sluice.streaming.v1.StreamInfo.$Shape): sluice.streaming.v1.StreamInfo & sluice.streaming.v1.StreamInfo.$Shape;
                static create(properties?: sluice.streaming.v1.StreamInfo.$Properties): sluice.streaming.v1.StreamInfo;

                /**
                 * Encodes the specified StreamInfo message. Does not implicitly {@link sluice.streaming.v1.StreamInfo.verify|verify} messages.
                 * @param message StreamInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.StreamInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StreamInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.StreamInfo & sluice.streaming.v1.StreamInfo.$Shape} StreamInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.StreamInfo & sluice.streaming.v1.StreamInfo.$Shape;

                /**
                 * Verifies a StreamInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StreamInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StreamInfo
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.StreamInfo;

                /**
                 * Creates a plain object from a StreamInfo message. Also converts values to other types if specified.
                 * @param message StreamInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.StreamInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StreamInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StreamInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StreamInfo {

                /** Properties of a StreamInfo. */
                interface $Properties {

                    /** Stream name. */
                    name?: (string|null);

                    /** Entries in the stream. */
                    length?: (number|Long|null);

                    /** Oldest entry id; empty when the stream is empty. */
                    firstId?: (string|null);

                    /** Newest entry id; empty when the stream is empty. */
                    lastId?: (string|null);

                    /** Entries in the stream's dead-letter stream. */
                    dlqLength?: (number|Long|null);

                    /** The stream's consumer groups. */
                    groups?: (sluice.streaming.v1.GroupInfo.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StreamInfo. */
                type $Shape = sluice.streaming.v1.StreamInfo.$Properties;
            }

            /**
             * Properties of a ListStreamsRequest.
             * @deprecated Use sluice.streaming.v1.ListStreamsRequest.$Properties instead.
             */
            interface IListStreamsRequest extends sluice.streaming.v1.ListStreamsRequest.$Properties {
            }

            /** Represents a ListStreamsRequest. */
            class ListStreamsRequest {

                /**
                 * Constructs a new ListStreamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.ListStreamsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Most streams to return, 1-1000; 0 means 1000. */
                limit: number;

                /**
                 * Creates a new ListStreamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListStreamsRequest instance
                 */
                static create(properties: sluice.streaming.v1.ListStreamsRequest.$Shape): sluice.streaming.v1.ListStreamsRequest & sluice.streaming.v1.ListStreamsRequest.$Shape;
                static create(properties?: sluice.streaming.v1.ListStreamsRequest.$Properties): sluice.streaming.v1.ListStreamsRequest;

                /**
                 * Encodes the specified ListStreamsRequest message. Does not implicitly {@link sluice.streaming.v1.ListStreamsRequest.verify|verify} messages.
                 * @param message ListStreamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.ListStreamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListStreamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.ListStreamsRequest & sluice.streaming.v1.ListStreamsRequest.$Shape} ListStreamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.ListStreamsRequest & sluice.streaming.v1.ListStreamsRequest.$Shape;

                /**
                 * Verifies a ListStreamsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListStreamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListStreamsRequest
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.ListStreamsRequest;

                /**
                 * Creates a plain object from a ListStreamsRequest message. Also converts values to other types if specified.
                 * @param message ListStreamsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.ListStreamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListStreamsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListStreamsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListStreamsRequest {

                /** Properties of a ListStreamsRequest. */
                interface $Properties {

                    /** Most streams to return, 1-1000; 0 means 1000. */
                    limit?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListStreamsRequest. */
                type $Shape = sluice.streaming.v1.ListStreamsRequest.$Properties;
            }

            /**
             * Properties of a StreamSummary.
             * @deprecated Use sluice.streaming.v1.StreamSummary.$Properties instead.
             */
            interface IStreamSummary extends sluice.streaming.v1.StreamSummary.$Properties {
            }

            /** A stream in a listing. */
            class StreamSummary {

                /**
                 * Constructs a new StreamSummary.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.StreamSummary.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Stream name. */
                name: string;

                /** Entries in the stream. */
                length: (number|Long);

                /** Entries in its dead-letter stream. */
                dlqLength: (number|Long);

                /**
                 * Creates a new StreamSummary instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StreamSummary instance
                 */
                static create(properties: sluice.streaming.v1.StreamSummary.$Shape): sluice.streaming.v1.StreamSummary & sluice.streaming.v1.StreamSummary.$Shape;
                static create(properties?: sluice.streaming.v1.StreamSummary.$Properties): sluice.streaming.v1.StreamSummary;

                /**
                 * Encodes the specified StreamSummary message. Does not implicitly {@link sluice.streaming.v1.StreamSummary.verify|verify} messages.
                 * @param message StreamSummary message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.StreamSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StreamSummary message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.StreamSummary & sluice.streaming.v1.StreamSummary.$Shape} StreamSummary
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.StreamSummary & sluice.streaming.v1.StreamSummary.$Shape;

                /**
                 * Verifies a StreamSummary message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StreamSummary message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StreamSummary
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.StreamSummary;

                /**
                 * Creates a plain object from a StreamSummary message. Also converts values to other types if specified.
                 * @param message StreamSummary
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.StreamSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StreamSummary to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StreamSummary
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StreamSummary {

                /** Properties of a StreamSummary. */
                interface $Properties {

                    /** Stream name. */
                    name?: (string|null);

                    /** Entries in the stream. */
                    length?: (number|Long|null);

                    /** Entries in its dead-letter stream. */
                    dlqLength?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StreamSummary. */
                type $Shape = sluice.streaming.v1.StreamSummary.$Properties;
            }

            /**
             * Properties of a ListStreamsResponse.
             * @deprecated Use sluice.streaming.v1.ListStreamsResponse.$Properties instead.
             */
            interface IListStreamsResponse extends sluice.streaming.v1.ListStreamsResponse.$Properties {
            }

            /** Represents a ListStreamsResponse. */
            class ListStreamsResponse {

                /**
                 * Constructs a new ListStreamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.ListStreamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Sorted by name. */
                streams: sluice.streaming.v1.StreamSummary.$Properties[];

                /** More streams exist than `limit`. */
                truncated: boolean;

                /**
                 * Creates a new ListStreamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListStreamsResponse instance
                 */
                static create(properties: sluice.streaming.v1.ListStreamsResponse.$Shape): sluice.streaming.v1.ListStreamsResponse & sluice.streaming.v1.ListStreamsResponse.$Shape;
                static create(properties?: sluice.streaming.v1.ListStreamsResponse.$Properties): sluice.streaming.v1.ListStreamsResponse;

                /**
                 * Encodes the specified ListStreamsResponse message. Does not implicitly {@link sluice.streaming.v1.ListStreamsResponse.verify|verify} messages.
                 * @param message ListStreamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.ListStreamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListStreamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.ListStreamsResponse & sluice.streaming.v1.ListStreamsResponse.$Shape} ListStreamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.ListStreamsResponse & sluice.streaming.v1.ListStreamsResponse.$Shape;

                /**
                 * Verifies a ListStreamsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListStreamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListStreamsResponse
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.ListStreamsResponse;

                /**
                 * Creates a plain object from a ListStreamsResponse message. Also converts values to other types if specified.
                 * @param message ListStreamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.ListStreamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListStreamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListStreamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListStreamsResponse {

                /** Properties of a ListStreamsResponse. */
                interface $Properties {

                    /** Sorted by name. */
                    streams?: (sluice.streaming.v1.StreamSummary.$Properties[]|null);

                    /** More streams exist than `limit`. */
                    truncated?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListStreamsResponse. */
                type $Shape = sluice.streaming.v1.ListStreamsResponse.$Properties;
            }

            /** What a length or age cap may do to entries a group has not consumed. */
            enum UnconsumedPolicy {

                /** Same as UNCONSUMED_POLICY_PROTECT. */
                UNCONSUMED_POLICY_UNSPECIFIED = 0,

                /** Keep them; the stream grows past its cap and the over-cap figure is reported (and alarmed on). */
                UNCONSUMED_POLICY_PROTECT = 1,

                /** Trim them anyway and count exactly how many were dropped. */
                UNCONSUMED_POLICY_DROP = 2
            }

            /**
             * Properties of a Retention.
             * @deprecated Use sluice.streaming.v1.Retention.$Properties instead.
             */
            interface IRetention extends sluice.streaming.v1.Retention.$Properties {
            }

            /** How much of a stream is kept. Entries every group acknowledged are always trimmable. */
            class Retention {

                /**
                 * Constructs a new Retention.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.Retention.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Keep at most this many entries; 0 for no length cap. */
                maxLength: (number|Long);

                /** Keep entries at most this old, milliseconds; 0 for no age cap. */
                maxAgeMs: (number|Long);

                /** What the caps may do to unconsumed entries. */
                unconsumed: sluice.streaming.v1.UnconsumedPolicy;

                /**
                 * Creates a new Retention instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Retention instance
                 */
                static create(properties: sluice.streaming.v1.Retention.$Shape): sluice.streaming.v1.Retention & sluice.streaming.v1.Retention.$Shape;
                static create(properties?: sluice.streaming.v1.Retention.$Properties): sluice.streaming.v1.Retention;

                /**
                 * Encodes the specified Retention message. Does not implicitly {@link sluice.streaming.v1.Retention.verify|verify} messages.
                 * @param message Retention message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.Retention.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Retention message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.Retention & sluice.streaming.v1.Retention.$Shape} Retention
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.Retention & sluice.streaming.v1.Retention.$Shape;

                /**
                 * Verifies a Retention message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Retention message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Retention
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.Retention;

                /**
                 * Creates a plain object from a Retention message. Also converts values to other types if specified.
                 * @param message Retention
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.Retention, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Retention to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Retention
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Retention {

                /** Properties of a Retention. */
                interface $Properties {

                    /** Keep at most this many entries; 0 for no length cap. */
                    maxLength?: (number|Long|null);

                    /** Keep entries at most this old, milliseconds; 0 for no age cap. */
                    maxAgeMs?: (number|Long|null);

                    /** What the caps may do to unconsumed entries. */
                    unconsumed?: (sluice.streaming.v1.UnconsumedPolicy|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Retention. */
                type $Shape = sluice.streaming.v1.Retention.$Properties;
            }

            /**
             * Properties of a RegisterStreamRequest.
             * @deprecated Use sluice.streaming.v1.RegisterStreamRequest.$Properties instead.
             */
            interface IRegisterStreamRequest extends sluice.streaming.v1.RegisterStreamRequest.$Properties {
            }

            /** Represents a RegisterStreamRequest. */
            class RegisterStreamRequest {

                /**
                 * Constructs a new RegisterStreamRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.RegisterStreamRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Stream to create. */
                stream: string;

                /** Consumer groups to create at the start of the stream; existing groups are left as they are. */
                groups: string[];

                /** Applied once now; run it on a schedule with the platform's retention job. */
                retention?: (sluice.streaming.v1.Retention.$Properties|null);

                /**
                 * Creates a new RegisterStreamRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RegisterStreamRequest instance
                 */
                static create(properties: sluice.streaming.v1.RegisterStreamRequest.$Shape): sluice.streaming.v1.RegisterStreamRequest & sluice.streaming.v1.RegisterStreamRequest.$Shape;
                static create(properties?: sluice.streaming.v1.RegisterStreamRequest.$Properties): sluice.streaming.v1.RegisterStreamRequest;

                /**
                 * Encodes the specified RegisterStreamRequest message. Does not implicitly {@link sluice.streaming.v1.RegisterStreamRequest.verify|verify} messages.
                 * @param message RegisterStreamRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.RegisterStreamRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RegisterStreamRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.RegisterStreamRequest & sluice.streaming.v1.RegisterStreamRequest.$Shape} RegisterStreamRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.RegisterStreamRequest & sluice.streaming.v1.RegisterStreamRequest.$Shape;

                /**
                 * Verifies a RegisterStreamRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RegisterStreamRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RegisterStreamRequest
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.RegisterStreamRequest;

                /**
                 * Creates a plain object from a RegisterStreamRequest message. Also converts values to other types if specified.
                 * @param message RegisterStreamRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.RegisterStreamRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RegisterStreamRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RegisterStreamRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RegisterStreamRequest {

                /** Properties of a RegisterStreamRequest. */
                interface $Properties {

                    /** Stream to create. */
                    stream?: (string|null);

                    /** Consumer groups to create at the start of the stream; existing groups are left as they are. */
                    groups?: (string[]|null);

                    /** Applied once now; run it on a schedule with the platform's retention job. */
                    retention?: (sluice.streaming.v1.Retention.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RegisterStreamRequest. */
                type $Shape = sluice.streaming.v1.RegisterStreamRequest.$Properties;
            }

            /**
             * Properties of a RegisterStreamResponse.
             * @deprecated Use sluice.streaming.v1.RegisterStreamResponse.$Properties instead.
             */
            interface IRegisterStreamResponse extends sluice.streaming.v1.RegisterStreamResponse.$Properties {
            }

            /** Represents a RegisterStreamResponse. */
            class RegisterStreamResponse {

                /**
                 * Constructs a new RegisterStreamResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.RegisterStreamResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The stream after registration. */
                info?: (sluice.streaming.v1.StreamInfo.$Properties|null);

                /** Groups this call created (the others already existed). */
                createdGroups: string[];

                /** Entries the retention pass removed. */
                trimmed: (number|Long);

                /**
                 * Creates a new RegisterStreamResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RegisterStreamResponse instance
                 */
                static create(properties: sluice.streaming.v1.RegisterStreamResponse.$Shape): sluice.streaming.v1.RegisterStreamResponse & sluice.streaming.v1.RegisterStreamResponse.$Shape;
                static create(properties?: sluice.streaming.v1.RegisterStreamResponse.$Properties): sluice.streaming.v1.RegisterStreamResponse;

                /**
                 * Encodes the specified RegisterStreamResponse message. Does not implicitly {@link sluice.streaming.v1.RegisterStreamResponse.verify|verify} messages.
                 * @param message RegisterStreamResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.RegisterStreamResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RegisterStreamResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.RegisterStreamResponse & sluice.streaming.v1.RegisterStreamResponse.$Shape} RegisterStreamResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.RegisterStreamResponse & sluice.streaming.v1.RegisterStreamResponse.$Shape;

                /**
                 * Verifies a RegisterStreamResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RegisterStreamResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RegisterStreamResponse
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.RegisterStreamResponse;

                /**
                 * Creates a plain object from a RegisterStreamResponse message. Also converts values to other types if specified.
                 * @param message RegisterStreamResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.RegisterStreamResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RegisterStreamResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RegisterStreamResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RegisterStreamResponse {

                /** Properties of a RegisterStreamResponse. */
                interface $Properties {

                    /** The stream after registration. */
                    info?: (sluice.streaming.v1.StreamInfo.$Properties|null);

                    /** Groups this call created (the others already existed). */
                    createdGroups?: (string[]|null);

                    /** Entries the retention pass removed. */
                    trimmed?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RegisterStreamResponse. */
                type $Shape = sluice.streaming.v1.RegisterStreamResponse.$Properties;
            }

            /**
             * Properties of a RedriveRequest.
             * @deprecated Use sluice.streaming.v1.RedriveRequest.$Properties instead.
             */
            interface IRedriveRequest extends sluice.streaming.v1.RedriveRequest.$Properties {
            }

            /** Represents a RedriveRequest. */
            class RedriveRequest {

                /**
                 * Constructs a new RedriveRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.RedriveRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Stream whose dead-letter entries move back. */
                stream: string;

                /** First dead-letter id to move, inclusive; empty for the oldest. */
                fromId: string;

                /** Last dead-letter id to move, inclusive; empty for the newest. */
                toId: string;

                /** Most entries to move; 0 for all in range. */
                limit: number;

                /** At most this many entries per second; 0 means 1000. */
                ratePerSecond: number;

                /**
                 * Creates a new RedriveRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RedriveRequest instance
                 */
                static create(properties: sluice.streaming.v1.RedriveRequest.$Shape): sluice.streaming.v1.RedriveRequest & sluice.streaming.v1.RedriveRequest.$Shape;
                static create(properties?: sluice.streaming.v1.RedriveRequest.$Properties): sluice.streaming.v1.RedriveRequest;

                /**
                 * Encodes the specified RedriveRequest message. Does not implicitly {@link sluice.streaming.v1.RedriveRequest.verify|verify} messages.
                 * @param message RedriveRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.RedriveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RedriveRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.RedriveRequest & sluice.streaming.v1.RedriveRequest.$Shape} RedriveRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.RedriveRequest & sluice.streaming.v1.RedriveRequest.$Shape;

                /**
                 * Verifies a RedriveRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RedriveRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RedriveRequest
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.RedriveRequest;

                /**
                 * Creates a plain object from a RedriveRequest message. Also converts values to other types if specified.
                 * @param message RedriveRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.RedriveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RedriveRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RedriveRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RedriveRequest {

                /** Properties of a RedriveRequest. */
                interface $Properties {

                    /** Stream whose dead-letter entries move back. */
                    stream?: (string|null);

                    /** First dead-letter id to move, inclusive; empty for the oldest. */
                    fromId?: (string|null);

                    /** Last dead-letter id to move, inclusive; empty for the newest. */
                    toId?: (string|null);

                    /** Most entries to move; 0 for all in range. */
                    limit?: (number|null);

                    /** At most this many entries per second; 0 means 1000. */
                    ratePerSecond?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RedriveRequest. */
                type $Shape = sluice.streaming.v1.RedriveRequest.$Properties;
            }

            /**
             * Properties of a RedriveResponse.
             * @deprecated Use sluice.streaming.v1.RedriveResponse.$Properties instead.
             */
            interface IRedriveResponse extends sluice.streaming.v1.RedriveResponse.$Properties {
            }

            /** Represents a RedriveResponse. */
            class RedriveResponse {

                /**
                 * Constructs a new RedriveResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.RedriveResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Entries moved back. */
                moved: number;

                /**
                 * Creates a new RedriveResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RedriveResponse instance
                 */
                static create(properties: sluice.streaming.v1.RedriveResponse.$Shape): sluice.streaming.v1.RedriveResponse & sluice.streaming.v1.RedriveResponse.$Shape;
                static create(properties?: sluice.streaming.v1.RedriveResponse.$Properties): sluice.streaming.v1.RedriveResponse;

                /**
                 * Encodes the specified RedriveResponse message. Does not implicitly {@link sluice.streaming.v1.RedriveResponse.verify|verify} messages.
                 * @param message RedriveResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.RedriveResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RedriveResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.RedriveResponse & sluice.streaming.v1.RedriveResponse.$Shape} RedriveResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.RedriveResponse & sluice.streaming.v1.RedriveResponse.$Shape;

                /**
                 * Verifies a RedriveResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RedriveResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RedriveResponse
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.RedriveResponse;

                /**
                 * Creates a plain object from a RedriveResponse message. Also converts values to other types if specified.
                 * @param message RedriveResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.RedriveResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RedriveResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RedriveResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RedriveResponse {

                /** Properties of a RedriveResponse. */
                interface $Properties {

                    /** Entries moved back. */
                    moved?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RedriveResponse. */
                type $Shape = sluice.streaming.v1.RedriveResponse.$Properties;
            }

            /**
             * Properties of a GetMetricsRequest.
             * @deprecated Use sluice.streaming.v1.GetMetricsRequest.$Properties instead.
             */
            interface IGetMetricsRequest extends sluice.streaming.v1.GetMetricsRequest.$Properties {
            }

            /** Represents a GetMetricsRequest. */
            class GetMetricsRequest {

                /**
                 * Constructs a new GetMetricsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.GetMetricsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Streams to report, 1 to 100. */
                streams: string[];

                /**
                 * Creates a new GetMetricsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetMetricsRequest instance
                 */
                static create(properties: sluice.streaming.v1.GetMetricsRequest.$Shape): sluice.streaming.v1.GetMetricsRequest & sluice.streaming.v1.GetMetricsRequest.$Shape;
                static create(properties?: sluice.streaming.v1.GetMetricsRequest.$Properties): sluice.streaming.v1.GetMetricsRequest;

                /**
                 * Encodes the specified GetMetricsRequest message. Does not implicitly {@link sluice.streaming.v1.GetMetricsRequest.verify|verify} messages.
                 * @param message GetMetricsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.GetMetricsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetMetricsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.GetMetricsRequest & sluice.streaming.v1.GetMetricsRequest.$Shape} GetMetricsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.GetMetricsRequest & sluice.streaming.v1.GetMetricsRequest.$Shape;

                /**
                 * Verifies a GetMetricsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetMetricsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetMetricsRequest
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.GetMetricsRequest;

                /**
                 * Creates a plain object from a GetMetricsRequest message. Also converts values to other types if specified.
                 * @param message GetMetricsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.GetMetricsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetMetricsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetMetricsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetMetricsRequest {

                /** Properties of a GetMetricsRequest. */
                interface $Properties {

                    /** Streams to report, 1 to 100. */
                    streams?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetMetricsRequest. */
                type $Shape = sluice.streaming.v1.GetMetricsRequest.$Properties;
            }

            /**
             * Properties of a GetMetricsResponse.
             * @deprecated Use sluice.streaming.v1.GetMetricsResponse.$Properties instead.
             */
            interface IGetMetricsResponse extends sluice.streaming.v1.GetMetricsResponse.$Properties {
            }

            /** Represents a GetMetricsResponse. */
            class GetMetricsResponse {

                /**
                 * Constructs a new GetMetricsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.streaming.v1.GetMetricsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** One per requested stream, in request order. */
                streams: sluice.streaming.v1.StreamInfo.$Properties[];

                /** When the figures were read. */
                readAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new GetMetricsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetMetricsResponse instance
                 */
                static create(properties: sluice.streaming.v1.GetMetricsResponse.$Shape): sluice.streaming.v1.GetMetricsResponse & sluice.streaming.v1.GetMetricsResponse.$Shape;
                static create(properties?: sluice.streaming.v1.GetMetricsResponse.$Properties): sluice.streaming.v1.GetMetricsResponse;

                /**
                 * Encodes the specified GetMetricsResponse message. Does not implicitly {@link sluice.streaming.v1.GetMetricsResponse.verify|verify} messages.
                 * @param message GetMetricsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.streaming.v1.GetMetricsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetMetricsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.GetMetricsResponse & sluice.streaming.v1.GetMetricsResponse.$Shape} GetMetricsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.streaming.v1.GetMetricsResponse & sluice.streaming.v1.GetMetricsResponse.$Shape;

                /**
                 * Verifies a GetMetricsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetMetricsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetMetricsResponse
                 */
                static fromObject(object: { [k: string]: any }): sluice.streaming.v1.GetMetricsResponse;

                /**
                 * Creates a plain object from a GetMetricsResponse message. Also converts values to other types if specified.
                 * @param message GetMetricsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.streaming.v1.GetMetricsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetMetricsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetMetricsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetMetricsResponse {

                /** Properties of a GetMetricsResponse. */
                interface $Properties {

                    /** One per requested stream, in request order. */
                    streams?: (sluice.streaming.v1.StreamInfo.$Properties[]|null);

                    /** When the figures were read. */
                    readAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetMetricsResponse. */
                type $Shape = sluice.streaming.v1.GetMetricsResponse.$Properties;
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: (number|Long);

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|Long|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
