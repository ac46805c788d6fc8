/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["sluice_streaming"] || ($protobuf.roots["sluice_streaming"] = {});

export const sluice = $root.sluice = (() => {

    /**
     * Namespace sluice.
     * @exports sluice
     * @namespace
     */
    const sluice = {};

    sluice.streaming = (function() {

        /**
         * Namespace streaming.
         * @memberof sluice
         * @namespace
         */
        const streaming = {};

        streaming.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof sluice.streaming
             * @namespace
             */
            const v1 = {};

            v1.StreamingService = (function() {

                /**
                 * Constructs a new StreamingService service.
                 * @memberof sluice.streaming.v1
                 * @classdesc Publish, consume and manage streams. Stream names are `[a-z0-9][a-z0-9._-]{0,99}`. Errors use the standard
                 * gRPC codes: INVALID_ARGUMENT (bad name, entry or option), NOT_FOUND (no such stream or group),
                 * RESOURCE_EXHAUSTED (message or payload too large), UNAVAILABLE (Redis unreachable or out of memory, or a durable
                 * publish written but not yet replicated; retry, with the same idempotency key for publishes),
                 * UNAUTHENTICATED (missing or wrong token), DEADLINE_EXCEEDED.
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                const StreamingService = function(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                };

                $Object.defineProperty(StreamingService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: StreamingService, writable: true, enumerable: false, configurable: true });

                /**
                 * Creates new StreamingService service using the specified rpc implementation.
                 * @function create
                 * @memberof sluice.streaming.v1.StreamingService
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {StreamingService} RPC service. Useful where requests and/or responses are streamed.
                 */
                StreamingService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#publish}.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef PublishCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {sluice.streaming.v1.PublishResponse} [response] PublishResponse
                 */

                /**
                 * Appends one event to a stream.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef Publish
                 * @type {{
                 *   (request: sluice.streaming.v1.IPublishRequest, callback: sluice.streaming.v1.StreamingService.PublishCallback): void;
                 *   (request: sluice.streaming.v1.IPublishRequest): Promise<sluice.streaming.v1.PublishResponse>;
                 *   readonly name: "Publish";
                 *   readonly path: "/sluice.streaming.v1.StreamingService/Publish";
                 *   readonly requestType: "PublishRequest";
                 *   readonly responseType: "PublishResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Appends one event to a stream.
                 * @name sluice.streaming.v1.StreamingService#publish
                 * @type {sluice.streaming.v1.StreamingService.Publish}
                 */
                $Object.defineProperties(StreamingService.prototype.publish = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, StreamingService.prototype.publish, $root.sluice.streaming.v1.PublishRequest, $root.sluice.streaming.v1.PublishResponse, request, callback);
                }, {
                    name: { value: "Publish" },
                    path: { value: "/sluice.streaming.v1.StreamingService/Publish" },
                    requestType: { value: "PublishRequest" },
                    responseType: { value: "PublishResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#publishBatch}.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef PublishBatchCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {sluice.streaming.v1.PublishBatchResponse} [response] PublishBatchResponse
                 */

                /**
                 * Appends events to one stream in a single round trip; each event succeeds or fails on its own.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef PublishBatch
                 * @type {{
                 *   (request: sluice.streaming.v1.IPublishBatchRequest, callback: sluice.streaming.v1.StreamingService.PublishBatchCallback): void;
                 *   (request: sluice.streaming.v1.IPublishBatchRequest): Promise<sluice.streaming.v1.PublishBatchResponse>;
                 *   readonly name: "PublishBatch";
                 *   readonly path: "/sluice.streaming.v1.StreamingService/PublishBatch";
                 *   readonly requestType: "PublishBatchRequest";
                 *   readonly responseType: "PublishBatchResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Appends events to one stream in a single round trip; each event succeeds or fails on its own.
                 * @name sluice.streaming.v1.StreamingService#publishBatch
                 * @type {sluice.streaming.v1.StreamingService.PublishBatch}
                 */
                $Object.defineProperties(StreamingService.prototype.publishBatch = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, StreamingService.prototype.publishBatch, $root.sluice.streaming.v1.PublishBatchRequest, $root.sluice.streaming.v1.PublishBatchResponse, request, callback);
                }, {
                    name: { value: "PublishBatch" },
                    path: { value: "/sluice.streaming.v1.StreamingService/PublishBatch" },
                    requestType: { value: "PublishBatchRequest" },
                    responseType: { value: "PublishBatchResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#subscribe}.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef SubscribeCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {sluice.streaming.v1.Delivery} [response] Delivery
                 */

                /**
                 * Streams a consumer group's entries to the caller as they arrive. Entries stay pending until the caller
                 * confirms them with Acknowledge; unconfirmed ones are redelivered after the visibility timeout, to this or
                 * another subscriber of the group.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef Subscribe
                 * @type {{
                 *   (request: sluice.streaming.v1.ISubscribeRequest, callback: sluice.streaming.v1.StreamingService.SubscribeCallback): void;
                 *   (request: sluice.streaming.v1.ISubscribeRequest): Promise<sluice.streaming.v1.Delivery>;
                 *   readonly name: "Subscribe";
                 *   readonly path: "/sluice.streaming.v1.StreamingService/Subscribe";
                 *   readonly requestType: "SubscribeRequest";
                 *   readonly responseType: "Delivery";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: true;
                 * }}
                 */

                /**
                 * Streams a consumer group's entries to the caller as they arrive. Entries stay pending until the caller
                 * confirms them with Acknowledge; unconfirmed ones are redelivered after the visibility timeout, to this or
                 * another subscriber of the group.
                 * @name sluice.streaming.v1.StreamingService#subscribe
                 * @type {sluice.streaming.v1.StreamingService.Subscribe}
                 */
                $Object.defineProperties(StreamingService.prototype.subscribe = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, StreamingService.prototype.subscribe, $root.sluice.streaming.v1.SubscribeRequest, $root.sluice.streaming.v1.Delivery, request, callback);
                }, {
                    name: { value: "Subscribe" },
                    path: { value: "/sluice.streaming.v1.StreamingService/Subscribe" },
                    requestType: { value: "SubscribeRequest" },
                    responseType: { value: "Delivery" },
                    requestStream: { value: $undefined },
                    responseStream: { value: true }
                });

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#acknowledge}.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef AcknowledgeCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {sluice.streaming.v1.AcknowledgeResponse} [response] AcknowledgeResponse
                 */

                /**
                 * Confirms delivered entries of a group, so they are not delivered again.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef Acknowledge
                 * @type {{
                 *   (request: sluice.streaming.v1.IAcknowledgeRequest, callback: sluice.streaming.v1.StreamingService.AcknowledgeCallback): void;
                 *   (request: sluice.streaming.v1.IAcknowledgeRequest): Promise<sluice.streaming.v1.AcknowledgeResponse>;
                 *   readonly name: "Acknowledge";
                 *   readonly path: "/sluice.streaming.v1.StreamingService/Acknowledge";
                 *   readonly requestType: "AcknowledgeRequest";
                 *   readonly responseType: "AcknowledgeResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Confirms delivered entries of a group, so they are not delivered again.
                 * @name sluice.streaming.v1.StreamingService#acknowledge
                 * @type {sluice.streaming.v1.StreamingService.Acknowledge}
                 */
                $Object.defineProperties(StreamingService.prototype.acknowledge = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, StreamingService.prototype.acknowledge, $root.sluice.streaming.v1.AcknowledgeRequest, $root.sluice.streaming.v1.AcknowledgeResponse, request, callback);
                }, {
                    name: { value: "Acknowledge" },
                    path: { value: "/sluice.streaming.v1.StreamingService/Acknowledge" },
                    requestType: { value: "AcknowledgeRequest" },
                    responseType: { value: "AcknowledgeResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#getStreamInfo}.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef GetStreamInfoCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {sluice.streaming.v1.StreamInfo} [response] StreamInfo
                 */

                /**
                 * Length, ends, dead-letter length and per-group figures of one stream.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef GetStreamInfo
                 * @type {{
                 *   (request: sluice.streaming.v1.IGetStreamInfoRequest, callback: sluice.streaming.v1.StreamingService.GetStreamInfoCallback): void;
                 *   (request: sluice.streaming.v1.IGetStreamInfoRequest): Promise<sluice.streaming.v1.StreamInfo>;
                 *   readonly name: "GetStreamInfo";
                 *   readonly path: "/sluice.streaming.v1.StreamingService/GetStreamInfo";
                 *   readonly requestType: "GetStreamInfoRequest";
                 *   readonly responseType: "StreamInfo";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Length, ends, dead-letter length and per-group figures of one stream.
                 * @name sluice.streaming.v1.StreamingService#getStreamInfo
                 * @type {sluice.streaming.v1.StreamingService.GetStreamInfo}
                 */
                $Object.defineProperties(StreamingService.prototype.getStreamInfo = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, StreamingService.prototype.getStreamInfo, $root.sluice.streaming.v1.GetStreamInfoRequest, $root.sluice.streaming.v1.StreamInfo, request, callback);
                }, {
                    name: { value: "GetStreamInfo" },
                    path: { value: "/sluice.streaming.v1.StreamingService/GetStreamInfo" },
                    requestType: { value: "GetStreamInfoRequest" },
                    responseType: { value: "StreamInfo" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#listStreams}.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef ListStreamsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {sluice.streaming.v1.ListStreamsResponse} [response] ListStreamsResponse
                 */

                /**
                 * The streams that exist, sorted by name.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef ListStreams
                 * @type {{
                 *   (request: sluice.streaming.v1.IListStreamsRequest, callback: sluice.streaming.v1.StreamingService.ListStreamsCallback): void;
                 *   (request: sluice.streaming.v1.IListStreamsRequest): Promise<sluice.streaming.v1.ListStreamsResponse>;
                 *   readonly name: "ListStreams";
                 *   readonly path: "/sluice.streaming.v1.StreamingService/ListStreams";
                 *   readonly requestType: "ListStreamsRequest";
                 *   readonly responseType: "ListStreamsResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * The streams that exist, sorted by name.
                 * @name sluice.streaming.v1.StreamingService#listStreams
                 * @type {sluice.streaming.v1.StreamingService.ListStreams}
                 */
                $Object.defineProperties(StreamingService.prototype.listStreams = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, StreamingService.prototype.listStreams, $root.sluice.streaming.v1.ListStreamsRequest, $root.sluice.streaming.v1.ListStreamsResponse, request, callback);
                }, {
                    name: { value: "ListStreams" },
                    path: { value: "/sluice.streaming.v1.StreamingService/ListStreams" },
                    requestType: { value: "ListStreamsRequest" },
                    responseType: { value: "ListStreamsResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#registerStream}.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef RegisterStreamCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {sluice.streaming.v1.RegisterStreamResponse} [response] RegisterStreamResponse
                 */

                /**
                 * Creates a stream with its consumer groups (idempotent) and applies a retention policy once.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef RegisterStream
                 * @type {{
                 *   (request: sluice.streaming.v1.IRegisterStreamRequest, callback: sluice.streaming.v1.StreamingService.RegisterStreamCallback): void;
                 *   (request: sluice.streaming.v1.IRegisterStreamRequest): Promise<sluice.streaming.v1.RegisterStreamResponse>;
                 *   readonly name: "RegisterStream";
                 *   readonly path: "/sluice.streaming.v1.StreamingService/RegisterStream";
                 *   readonly requestType: "RegisterStreamRequest";
                 *   readonly responseType: "RegisterStreamResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Creates a stream with its consumer groups (idempotent) and applies a retention policy once.
                 * @name sluice.streaming.v1.StreamingService#registerStream
                 * @type {sluice.streaming.v1.StreamingService.RegisterStream}
                 */
                $Object.defineProperties(StreamingService.prototype.registerStream = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, StreamingService.prototype.registerStream, $root.sluice.streaming.v1.RegisterStreamRequest, $root.sluice.streaming.v1.RegisterStreamResponse, request, callback);
                }, {
                    name: { value: "RegisterStream" },
                    path: { value: "/sluice.streaming.v1.StreamingService/RegisterStream" },
                    requestType: { value: "RegisterStreamRequest" },
                    responseType: { value: "RegisterStreamResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#redrive}.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef RedriveCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {sluice.streaming.v1.RedriveResponse} [response] RedriveResponse
                 */

                /**
                 * Moves dead-lettered entries back to their stream, for the group that failed them.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef Redrive
                 * @type {{
                 *   (request: sluice.streaming.v1.IRedriveRequest, callback: sluice.streaming.v1.StreamingService.RedriveCallback): void;
                 *   (request: sluice.streaming.v1.IRedriveRequest): Promise<sluice.streaming.v1.RedriveResponse>;
                 *   readonly name: "Redrive";
                 *   readonly path: "/sluice.streaming.v1.StreamingService/Redrive";
                 *   readonly requestType: "RedriveRequest";
                 *   readonly responseType: "RedriveResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Moves dead-lettered entries back to their stream, for the group that failed them.
                 * @name sluice.streaming.v1.StreamingService#redrive
                 * @type {sluice.streaming.v1.StreamingService.Redrive}
                 */
                $Object.defineProperties(StreamingService.prototype.redrive = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, StreamingService.prototype.redrive, $root.sluice.streaming.v1.RedriveRequest, $root.sluice.streaming.v1.RedriveResponse, request, callback);
                }, {
                    name: { value: "Redrive" },
                    path: { value: "/sluice.streaming.v1.StreamingService/Redrive" },
                    requestType: { value: "RedriveRequest" },
                    responseType: { value: "RedriveResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link sluice.streaming.v1.StreamingService#getMetrics}.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef GetMetricsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {sluice.streaming.v1.GetMetricsResponse} [response] GetMetricsResponse
                 */

                /**
                 * Lag, pending and dead-letter figures of several streams at once, for dashboards.
                 * @memberof sluice.streaming.v1.StreamingService
                 * @typedef GetMetrics
                 * @type {{
                 *   (request: sluice.streaming.v1.IGetMetricsRequest, callback: sluice.streaming.v1.StreamingService.GetMetricsCallback): void;
                 *   (request: sluice.streaming.v1.IGetMetricsRequest): Promise<sluice.streaming.v1.GetMetricsResponse>;
                 *   readonly name: "GetMetrics";
                 *   readonly path: "/sluice.streaming.v1.StreamingService/GetMetrics";
                 *   readonly requestType: "GetMetricsRequest";
                 *   readonly responseType: "GetMetricsResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Lag, pending and dead-letter figures of several streams at once, for dashboards.
                 * @name sluice.streaming.v1.StreamingService#getMetrics
                 * @type {sluice.streaming.v1.StreamingService.GetMetrics}
                 */
                $Object.defineProperties(StreamingService.prototype.getMetrics = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, StreamingService.prototype.getMetrics, $root.sluice.streaming.v1.GetMetricsRequest, $root.sluice.streaming.v1.GetMetricsResponse, request, callback);
                }, {
                    name: { value: "GetMetrics" },
                    path: { value: "/sluice.streaming.v1.StreamingService/GetMetrics" },
                    requestType: { value: "GetMetricsRequest" },
                    responseType: { value: "GetMetricsResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                return StreamingService;
            })();

            v1.Event = (function() {

                /**
                 * Properties of an Event.
                 * @typedef {Object} sluice.streaming.v1.Event.$Properties
                 * @property {string|null} [type] Event type, e.g. "frame.ingested": 1-128 characters of a-z A-Z 0-9 . _ - / :.
                 * @property {string|null} [contentType] Content type of `data`; empty means "application/json".
                 * @property {Uint8Array|null} [data] The payload, at most the server's payload limit (1 MiB by default).
                 * @property {string|null} [key] Ordering key; empty for none.
                 * @property {string|null} [traceId] Trace id propagated to consumers and logs; empty for none.
                 * @property {google.protobuf.Timestamp.$Properties|null} [producedAt] When the producer made the event; unset means the time the stream stored it.
                 * @property {string|null} [idempotencyKey] Publish only (empty on deliveries): 1-200 characters of A-Z a-z 0-9 . _ : @ / -. A publish whose key was
                 * already used on this stream within its idempotency window (5 minutes by default) writes nothing and returns
                 * the id of the first, with `replayed` set: retry with the same key after a timeout or UNAVAILABLE.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Event.
                 * @memberof sluice.streaming.v1
                 * @interface IEvent
                 * @augments sluice.streaming.v1.Event.$Properties
                 * @deprecated Use sluice.streaming.v1.Event.$Properties instead.
                 */

                /**
                 * Shape of an Event.
                 * @typedef {sluice.streaming.v1.Event.$Properties} sluice.streaming.v1.Event.$Shape
                 */

                /**
                 * Constructs a new Event.
                 * @memberof sluice.streaming.v1
                 * @classdesc An event as a producer sends it.
                 * @constructor
                 * @param {sluice.streaming.v1.Event.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Event = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Event type, e.g. "frame.ingested": 1-128 characters of a-z A-Z 0-9 . _ - / :.
                 * @member {string} type
                 * @memberof sluice.streaming.v1.Event
                 * @instance
                 */
                Event.prototype.type = "";

                /**
                 * Content type of `data`; empty means "application/json".
                 * @member {string} contentType
                 * @memberof sluice.streaming.v1.Event
                 * @instance
                 */
                Event.prototype.contentType = "";

                /**
                 * The payload, at most the server's payload limit (1 MiB by default).
                 * @member {Uint8Array} data
                 * @memberof sluice.streaming.v1.Event
                 * @instance
                 */
                Event.prototype.data = $util.newBuffer([]);

                /**
                 * Ordering key; empty for none.
                 * @member {string} key
                 * @memberof sluice.streaming.v1.Event
                 * @instance
                 */
                Event.prototype.key = "";

                /**
                 * Trace id propagated to consumers and logs; empty for none.
                 * @member {string} traceId
                 * @memberof sluice.streaming.v1.Event
                 * @instance
                 */
                Event.prototype.traceId = "";

                /**
                 * When the producer made the event; unset means the time the stream stored it.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} producedAt
                 * @memberof sluice.streaming.v1.Event
                 * @instance
                 */
                Event.prototype.producedAt = null;

                /**
                 * Publish only (empty on deliveries): 1-200 characters of A-Z a-z 0-9 . _ : @ / -. A publish whose key was
                 * already used on this stream within its idempotency window (5 minutes by default) writes nothing and returns
                 * the id of the first, with `replayed` set: retry with the same key after a timeout or UNAVAILABLE.
                 * @member {string} idempotencyKey
                 * @memberof sluice.streaming.v1.Event
                 * @instance
                 */
                Event.prototype.idempotencyKey = "";

                /**
                 * Creates a new Event instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.Event
                 * @static
                 * @param {sluice.streaming.v1.Event.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.Event} Event instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.Event.$Shape): sluice.streaming.v1.Event & sluice.streaming.v1.Event.$Shape;
                 *   (properties?: sluice.streaming.v1.Event.$Properties): sluice.streaming.v1.Event;
                 * }}
                 */
                Event.create = function(properties) {
                    return new Event(properties);
                };

                /**
                 * Encodes the specified Event message. Does not implicitly {@link sluice.streaming.v1.Event.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.Event
                 * @static
                 * @param {sluice.streaming.v1.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                    if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType") && message.contentType !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.contentType);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.key);
                    if (message.traceId != null && $Object.hasOwnProperty.call(message, "traceId") && message.traceId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.traceId);
                    if (message.producedAt != null && $Object.hasOwnProperty.call(message, "producedAt"))
                        $root.google.protobuf.Timestamp.encode(message.producedAt, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.idempotencyKey != null && $Object.hasOwnProperty.call(message, "idempotencyKey") && message.idempotencyKey !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.idempotencyKey);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.Event & sluice.streaming.v1.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.Event();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.contentType = value;
                                else
                                    delete message.contentType;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.traceId = value;
                                else
                                    delete message.traceId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.producedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.producedAt);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.idempotencyKey = value;
                                else
                                    delete message.idempotencyKey;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an Event message.
                 * @function verify
                 * @memberof sluice.streaming.v1.Event
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Event.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                        if (!$util.isString(message.contentType))
                            return "contentType: string expected";
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                            return "data: buffer expected";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!$util.isString(message.key))
                            return "key: string expected";
                    if (message.traceId != null && $Object.hasOwnProperty.call(message, "traceId"))
                        if (!$util.isString(message.traceId))
                            return "traceId: string expected";
                    if (message.producedAt != null && $Object.hasOwnProperty.call(message, "producedAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.producedAt, _depth + 1);
                        if (error)
                            return "producedAt." + error;
                    }
                    if (message.idempotencyKey != null && $Object.hasOwnProperty.call(message, "idempotencyKey"))
                        if (!$util.isString(message.idempotencyKey))
                            return "idempotencyKey: string expected";
                    return null;
                };

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.Event
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.Event} Event
                 */
                Event.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.Event)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.Event: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.Event();
                    if (object.type != null)
                        if (typeof object.type !== "string" || object.type.length)
                            message.type = $String(object.type);
                    if (object.contentType != null)
                        if (typeof object.contentType !== "string" || object.contentType.length)
                            message.contentType = $String(object.contentType);
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    if (object.key != null)
                        if (typeof object.key !== "string" || object.key.length)
                            message.key = $String(object.key);
                    if (object.traceId != null)
                        if (typeof object.traceId !== "string" || object.traceId.length)
                            message.traceId = $String(object.traceId);
                    if (object.producedAt != null) {
                        if (!$util.isObject(object.producedAt))
                            throw $TypeError(".sluice.streaming.v1.Event.producedAt: object expected");
                        message.producedAt = $root.google.protobuf.Timestamp.fromObject(object.producedAt, _depth + 1);
                    }
                    if (object.idempotencyKey != null)
                        if (typeof object.idempotencyKey !== "string" || object.idempotencyKey.length)
                            message.idempotencyKey = $String(object.idempotencyKey);
                    return message;
                };

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.Event
                 * @static
                 * @param {sluice.streaming.v1.Event} message Event
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Event.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.type = "";
                        object.contentType = "";
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                        object.key = "";
                        object.traceId = "";
                        object.producedAt = null;
                        object.idempotencyKey = "";
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                        object.contentType = message.contentType;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = message.key;
                    if (message.traceId != null && $Object.hasOwnProperty.call(message, "traceId"))
                        object.traceId = message.traceId;
                    if (message.producedAt != null && $Object.hasOwnProperty.call(message, "producedAt"))
                        object.producedAt = $root.google.protobuf.Timestamp.toObject(message.producedAt, options, _depth + 1);
                    if (message.idempotencyKey != null && $Object.hasOwnProperty.call(message, "idempotencyKey"))
                        object.idempotencyKey = message.idempotencyKey;
                    return object;
                };

                /**
                 * Converts this Event to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.Event
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Event.prototype.toJSON = function() {
                    return Event.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Event
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.Event
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Event.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.Event";
                };

                return Event;
            })();

            v1.Error = (function() {

                /**
                 * Properties of an Error.
                 * @typedef {Object} sluice.streaming.v1.Error.$Properties
                 * @property {string|null} [code] Stable machine-readable code, e.g. "streams.invalid_entry".
                 * @property {string|null} [message] What went wrong, for people.
                 * @property {string|null} [id] The entry id when the event was written all the same: code "streams.not_replicated" (durable publish whose
                 * replica did not confirm in time; retry with the same idempotency key).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Error.
                 * @memberof sluice.streaming.v1
                 * @interface IError
                 * @augments sluice.streaming.v1.Error.$Properties
                 * @deprecated Use sluice.streaming.v1.Error.$Properties instead.
                 */

                /**
                 * Shape of an Error.
                 * @typedef {sluice.streaming.v1.Error.$Properties} sluice.streaming.v1.Error.$Shape
                 */

                /**
                 * Constructs a new Error.
                 * @memberof sluice.streaming.v1
                 * @classdesc Why one event or request failed.
                 * @constructor
                 * @param {sluice.streaming.v1.Error.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Error = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Stable machine-readable code, e.g. "streams.invalid_entry".
                 * @member {string} code
                 * @memberof sluice.streaming.v1.Error
                 * @instance
                 */
                Error.prototype.code = "";

                /**
                 * What went wrong, for people.
                 * @member {string} message
                 * @memberof sluice.streaming.v1.Error
                 * @instance
                 */
                Error.prototype.message = "";

                /**
                 * The entry id when the event was written all the same: code "streams.not_replicated" (durable publish whose
                 * replica did not confirm in time; retry with the same idempotency key).
                 * @member {string} id
                 * @memberof sluice.streaming.v1.Error
                 * @instance
                 */
                Error.prototype.id = "";

                /**
                 * Creates a new Error instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.Error
                 * @static
                 * @param {sluice.streaming.v1.Error.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.Error} Error instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.Error.$Shape): sluice.streaming.v1.Error & sluice.streaming.v1.Error.$Shape;
                 *   (properties?: sluice.streaming.v1.Error.$Properties): sluice.streaming.v1.Error;
                 * }}
                 */
                Error.create = function(properties) {
                    return new Error(properties);
                };

                /**
                 * Encodes the specified Error message. Does not implicitly {@link sluice.streaming.v1.Error.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.Error
                 * @static
                 * @param {sluice.streaming.v1.Error.$Properties} message Error message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Error.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Error message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.Error
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.Error & sluice.streaming.v1.Error.$Shape} Error
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Error.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.Error();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an Error message.
                 * @function verify
                 * @memberof sluice.streaming.v1.Error
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Error.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        if (!$util.isString(message.code))
                            return "code: string expected";
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        if (!$util.isString(message.message))
                            return "message: string expected";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    return null;
                };

                /**
                 * Creates an Error message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.Error
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.Error} Error
                 */
                Error.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.Error)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.Error: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.Error();
                    if (object.code != null)
                        if (typeof object.code !== "string" || object.code.length)
                            message.code = $String(object.code);
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    return message;
                };

                /**
                 * Creates a plain object from an Error message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.Error
                 * @static
                 * @param {sluice.streaming.v1.Error} message Error
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Error.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.code = "";
                        object.message = "";
                        object.id = "";
                    }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    return object;
                };

                /**
                 * Converts this Error to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.Error
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Error.prototype.toJSON = function() {
                    return Error.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Error
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.Error
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Error.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.Error";
                };

                return Error;
            })();

            v1.PublishRequest = (function() {

                /**
                 * Properties of a PublishRequest.
                 * @typedef {Object} sluice.streaming.v1.PublishRequest.$Properties
                 * @property {string|null} [stream] Target stream; created on first publish.
                 * @property {sluice.streaming.v1.Event.$Properties|null} [event] The event to append.
                 * @property {boolean|null} [durable] true: confirm only once a replica has the event (WAIT; as many replicas and as long as the stream's
                 * configuration says, else one replica, 1 s); false: do not wait, even on a stream durable by default; unset: the
                 * stream's default (not durable unless its configuration says so). When no replica confirms in time the call
                 * fails UNAVAILABLE with sluice-error-code "streams.not_replicated" and the entry id in the trailing metadata
                 * "sluice-entry-id": the event IS written, not yet replicated. (`optional` since the stream defaults: the same
                 * field on the wire, so a client built without it sends true or nothing, as before.)
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PublishRequest.
                 * @memberof sluice.streaming.v1
                 * @interface IPublishRequest
                 * @augments sluice.streaming.v1.PublishRequest.$Properties
                 * @deprecated Use sluice.streaming.v1.PublishRequest.$Properties instead.
                 */

                /**
                 * Shape of a PublishRequest.
                 * @typedef {sluice.streaming.v1.PublishRequest.$Properties} sluice.streaming.v1.PublishRequest.$Shape
                 */

                /**
                 * Constructs a new PublishRequest.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a PublishRequest.
                 * @constructor
                 * @param {sluice.streaming.v1.PublishRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PublishRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Target stream; created on first publish.
                 * @member {string} stream
                 * @memberof sluice.streaming.v1.PublishRequest
                 * @instance
                 */
                PublishRequest.prototype.stream = "";

                /**
                 * The event to append.
                 * @member {sluice.streaming.v1.Event.$Properties|null|undefined} event
                 * @memberof sluice.streaming.v1.PublishRequest
                 * @instance
                 */
                PublishRequest.prototype.event = null;

                /**
                 * true: confirm only once a replica has the event (WAIT; as many replicas and as long as the stream's
                 * configuration says, else one replica, 1 s); false: do not wait, even on a stream durable by default; unset: the
                 * stream's default (not durable unless its configuration says so). When no replica confirms in time the call
                 * fails UNAVAILABLE with sluice-error-code "streams.not_replicated" and the entry id in the trailing metadata
                 * "sluice-entry-id": the event IS written, not yet replicated. (`optional` since the stream defaults: the same
                 * field on the wire, so a client built without it sends true or nothing, as before.)
                 * @member {boolean|null|undefined} durable
                 * @memberof sluice.streaming.v1.PublishRequest
                 * @instance
                 */
                PublishRequest.prototype.durable = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(PublishRequest.prototype, "_durable", {
                    get: $util.oneOfGetter($oneOfFields = ["durable"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new PublishRequest instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.PublishRequest
                 * @static
                 * @param {sluice.streaming.v1.PublishRequest.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.PublishRequest} PublishRequest instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.PublishRequest.$Shape): sluice.streaming.v1.PublishRequest & sluice.streaming.v1.PublishRequest.$Shape;
                 *   (properties?: sluice.streaming.v1.PublishRequest.$Properties): sluice.streaming.v1.PublishRequest;
                 * }}
                 */
                PublishRequest.create = function(properties) {
                    return new PublishRequest(properties);
                };

                /**
                 * Encodes the specified PublishRequest message. Does not implicitly {@link sluice.streaming.v1.PublishRequest.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.PublishRequest
                 * @static
                 * @param {sluice.streaming.v1.PublishRequest.$Properties} message PublishRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PublishRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.stream);
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                        $root.sluice.streaming.v1.Event.encode(message.event, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.durable != null && $Object.hasOwnProperty.call(message, "durable"))
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.durable);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PublishRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.PublishRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.PublishRequest & sluice.streaming.v1.PublishRequest.$Shape} PublishRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PublishRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.PublishRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.event = $root.sluice.streaming.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.durable = reader.bool();
                                message._durable = "durable";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a PublishRequest message.
                 * @function verify
                 * @memberof sluice.streaming.v1.PublishRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PublishRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        if (!$util.isString(message.stream))
                            return "stream: string expected";
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                        let error = $root.sluice.streaming.v1.Event.verify(message.event, _depth + 1);
                        if (error)
                            return "event." + error;
                    }
                    if (message.durable != null && $Object.hasOwnProperty.call(message, "durable")) {
                        properties._durable = 1;
                        if (typeof message.durable !== "boolean")
                            return "durable: boolean expected";
                    }
                    return null;
                };

                /**
                 * Creates a PublishRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.PublishRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.PublishRequest} PublishRequest
                 */
                PublishRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.PublishRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.PublishRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.PublishRequest();
                    if (object.stream != null)
                        if (typeof object.stream !== "string" || object.stream.length)
                            message.stream = $String(object.stream);
                    if (object.event != null) {
                        if (!$util.isObject(object.event))
                            throw $TypeError(".sluice.streaming.v1.PublishRequest.event: object expected");
                        message.event = $root.sluice.streaming.v1.Event.fromObject(object.event, _depth + 1);
                    }
                    if (object.durable != null)
                        message.durable = $Boolean(object.durable);
                    return message;
                };

                /**
                 * Creates a plain object from a PublishRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.PublishRequest
                 * @static
                 * @param {sluice.streaming.v1.PublishRequest} message PublishRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PublishRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.stream = "";
                        object.event = null;
                    }
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        object.stream = message.stream;
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                        object.event = $root.sluice.streaming.v1.Event.toObject(message.event, options, _depth + 1);
                    if (message.durable != null && $Object.hasOwnProperty.call(message, "durable"))
                        object.durable = message.durable;
                    return object;
                };

                /**
                 * Converts this PublishRequest to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.PublishRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PublishRequest.prototype.toJSON = function() {
                    return PublishRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PublishRequest
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.PublishRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PublishRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.PublishRequest";
                };

                return PublishRequest;
            })();

            v1.PublishResponse = (function() {

                /**
                 * Properties of a PublishResponse.
                 * @typedef {Object} sluice.streaming.v1.PublishResponse.$Properties
                 * @property {string|null} [id] The stream entry id Redis assigned, e.g. "1700000000000-0".
                 * @property {boolean|null} [replayed] The event's idempotency key matched an earlier publish: nothing was written, `id` is that publish's.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PublishResponse.
                 * @memberof sluice.streaming.v1
                 * @interface IPublishResponse
                 * @augments sluice.streaming.v1.PublishResponse.$Properties
                 * @deprecated Use sluice.streaming.v1.PublishResponse.$Properties instead.
                 */

                /**
                 * Shape of a PublishResponse.
                 * @typedef {sluice.streaming.v1.PublishResponse.$Properties} sluice.streaming.v1.PublishResponse.$Shape
                 */

                /**
                 * Constructs a new PublishResponse.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a PublishResponse.
                 * @constructor
                 * @param {sluice.streaming.v1.PublishResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PublishResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * The stream entry id Redis assigned, e.g. "1700000000000-0".
                 * @member {string} id
                 * @memberof sluice.streaming.v1.PublishResponse
                 * @instance
                 */
                PublishResponse.prototype.id = "";

                /**
                 * The event's idempotency key matched an earlier publish: nothing was written, `id` is that publish's.
                 * @member {boolean} replayed
                 * @memberof sluice.streaming.v1.PublishResponse
                 * @instance
                 */
                PublishResponse.prototype.replayed = false;

                /**
                 * Creates a new PublishResponse instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.PublishResponse
                 * @static
                 * @param {sluice.streaming.v1.PublishResponse.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.PublishResponse} PublishResponse instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.PublishResponse.$Shape): sluice.streaming.v1.PublishResponse & sluice.streaming.v1.PublishResponse.$Shape;
                 *   (properties?: sluice.streaming.v1.PublishResponse.$Properties): sluice.streaming.v1.PublishResponse;
                 * }}
                 */
                PublishResponse.create = function(properties) {
                    return new PublishResponse(properties);
                };

                /**
                 * Encodes the specified PublishResponse message. Does not implicitly {@link sluice.streaming.v1.PublishResponse.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.PublishResponse
                 * @static
                 * @param {sluice.streaming.v1.PublishResponse.$Properties} message PublishResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PublishResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.replayed != null && $Object.hasOwnProperty.call(message, "replayed") && message.replayed !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.replayed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PublishResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.PublishResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.PublishResponse & sluice.streaming.v1.PublishResponse.$Shape} PublishResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PublishResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.PublishResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.replayed = value;
                                else
                                    delete message.replayed;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a PublishResponse message.
                 * @function verify
                 * @memberof sluice.streaming.v1.PublishResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PublishResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.replayed != null && $Object.hasOwnProperty.call(message, "replayed"))
                        if (typeof message.replayed !== "boolean")
                            return "replayed: boolean expected";
                    return null;
                };

                /**
                 * Creates a PublishResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.PublishResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.PublishResponse} PublishResponse
                 */
                PublishResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.PublishResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.PublishResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.PublishResponse();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.replayed != null)
                        if (object.replayed)
                            message.replayed = $Boolean(object.replayed);
                    return message;
                };

                /**
                 * Creates a plain object from a PublishResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.PublishResponse
                 * @static
                 * @param {sluice.streaming.v1.PublishResponse} message PublishResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PublishResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.replayed = false;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.replayed != null && $Object.hasOwnProperty.call(message, "replayed"))
                        object.replayed = message.replayed;
                    return object;
                };

                /**
                 * Converts this PublishResponse to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.PublishResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PublishResponse.prototype.toJSON = function() {
                    return PublishResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PublishResponse
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.PublishResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PublishResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.PublishResponse";
                };

                return PublishResponse;
            })();

            v1.PublishBatchRequest = (function() {

                /**
                 * Properties of a PublishBatchRequest.
                 * @typedef {Object} sluice.streaming.v1.PublishBatchRequest.$Properties
                 * @property {string|null} [stream] Target stream; created on first publish.
                 * @property {Array.<sluice.streaming.v1.Event.$Properties>|null} [events] 1 to 1000 events, appended in order.
                 * @property {boolean|null} [durable] As PublishRequest.durable, for every event; an event written but not confirmed by a replica in time gets the
                 * error "streams.not_replicated" with its id.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PublishBatchRequest.
                 * @memberof sluice.streaming.v1
                 * @interface IPublishBatchRequest
                 * @augments sluice.streaming.v1.PublishBatchRequest.$Properties
                 * @deprecated Use sluice.streaming.v1.PublishBatchRequest.$Properties instead.
                 */

                /**
                 * Shape of a PublishBatchRequest.
                 * @typedef {sluice.streaming.v1.PublishBatchRequest.$Properties} sluice.streaming.v1.PublishBatchRequest.$Shape
                 */

                /**
                 * Constructs a new PublishBatchRequest.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a PublishBatchRequest.
                 * @constructor
                 * @param {sluice.streaming.v1.PublishBatchRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PublishBatchRequest = function (properties) {
                    this.events = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Target stream; created on first publish.
                 * @member {string} stream
                 * @memberof sluice.streaming.v1.PublishBatchRequest
                 * @instance
                 */
                PublishBatchRequest.prototype.stream = "";

                /**
                 * 1 to 1000 events, appended in order.
                 * @member {Array.<sluice.streaming.v1.Event.$Properties>} events
                 * @memberof sluice.streaming.v1.PublishBatchRequest
                 * @instance
                 */
                PublishBatchRequest.prototype.events = $util.emptyArray;

                /**
                 * As PublishRequest.durable, for every event; an event written but not confirmed by a replica in time gets the
                 * error "streams.not_replicated" with its id.
                 * @member {boolean|null|undefined} durable
                 * @memberof sluice.streaming.v1.PublishBatchRequest
                 * @instance
                 */
                PublishBatchRequest.prototype.durable = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(PublishBatchRequest.prototype, "_durable", {
                    get: $util.oneOfGetter($oneOfFields = ["durable"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new PublishBatchRequest instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.PublishBatchRequest
                 * @static
                 * @param {sluice.streaming.v1.PublishBatchRequest.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.PublishBatchRequest} PublishBatchRequest instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.PublishBatchRequest.$Shape): sluice.streaming.v1.PublishBatchRequest & sluice.streaming.v1.PublishBatchRequest.$Shape;
                 *   (properties?: sluice.streaming.v1.PublishBatchRequest.$Properties): sluice.streaming.v1.PublishBatchRequest;
                 * }}
                 */
                PublishBatchRequest.create = function(properties) {
                    return new PublishBatchRequest(properties);
                };

                /**
                 * Encodes the specified PublishBatchRequest message. Does not implicitly {@link sluice.streaming.v1.PublishBatchRequest.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.PublishBatchRequest
                 * @static
                 * @param {sluice.streaming.v1.PublishBatchRequest.$Properties} message PublishBatchRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PublishBatchRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.stream);
                    if (message.events != null && message.events.length)
                        for (let i = 0; i < message.events.length; ++i)
                            $root.sluice.streaming.v1.Event.encode(message.events[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.durable != null && $Object.hasOwnProperty.call(message, "durable"))
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.durable);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PublishBatchRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.PublishBatchRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.PublishBatchRequest & sluice.streaming.v1.PublishBatchRequest.$Shape} PublishBatchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PublishBatchRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.PublishBatchRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.events && message.events.length))
                                    message.events = [];
                                message.events.push($root.sluice.streaming.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.durable = reader.bool();
                                message._durable = "durable";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a PublishBatchRequest message.
                 * @function verify
                 * @memberof sluice.streaming.v1.PublishBatchRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PublishBatchRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        if (!$util.isString(message.stream))
                            return "stream: string expected";
                    if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
                        if (!$Array.isArray(message.events))
                            return "events: array expected";
                        for (let i = 0; i < message.events.length; ++i) {
                            let error = $root.sluice.streaming.v1.Event.verify(message.events[i], _depth + 1);
                            if (error)
                                return "events." + error;
                        }
                    }
                    if (message.durable != null && $Object.hasOwnProperty.call(message, "durable")) {
                        properties._durable = 1;
                        if (typeof message.durable !== "boolean")
                            return "durable: boolean expected";
                    }
                    return null;
                };

                /**
                 * Creates a PublishBatchRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.PublishBatchRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.PublishBatchRequest} PublishBatchRequest
                 */
                PublishBatchRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.PublishBatchRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.PublishBatchRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.PublishBatchRequest();
                    if (object.stream != null)
                        if (typeof object.stream !== "string" || object.stream.length)
                            message.stream = $String(object.stream);
                    if (object.events) {
                        if (!$Array.isArray(object.events))
                            throw $TypeError(".sluice.streaming.v1.PublishBatchRequest.events: array expected");
                        message.events = $Array(object.events.length);
                        for (let i = 0; i < object.events.length; ++i) {
                            if (!$util.isObject(object.events[i]))
                                throw $TypeError(".sluice.streaming.v1.PublishBatchRequest.events: object expected");
                            message.events[i] = $root.sluice.streaming.v1.Event.fromObject(object.events[i], _depth + 1);
                        }
                    }
                    if (object.durable != null)
                        message.durable = $Boolean(object.durable);
                    return message;
                };

                /**
                 * Creates a plain object from a PublishBatchRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.PublishBatchRequest
                 * @static
                 * @param {sluice.streaming.v1.PublishBatchRequest} message PublishBatchRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PublishBatchRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.events = [];
                    if (options.defaults)
                        object.stream = "";
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        object.stream = message.stream;
                    if (message.events && message.events.length) {
                        object.events = $Array(message.events.length);
                        for (let j = 0; j < message.events.length; ++j)
                            object.events[j] = $root.sluice.streaming.v1.Event.toObject(message.events[j], options, _depth + 1);
                    }
                    if (message.durable != null && $Object.hasOwnProperty.call(message, "durable"))
                        object.durable = message.durable;
                    return object;
                };

                /**
                 * Converts this PublishBatchRequest to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.PublishBatchRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PublishBatchRequest.prototype.toJSON = function() {
                    return PublishBatchRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PublishBatchRequest
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.PublishBatchRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PublishBatchRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.PublishBatchRequest";
                };

                return PublishBatchRequest;
            })();

            v1.PublishResult = (function() {

                /**
                 * Properties of a PublishResult.
                 * @typedef {Object} sluice.streaming.v1.PublishResult.$Properties
                 * @property {string|null} [id] The entry id, when the event was appended.
                 * @property {sluice.streaming.v1.Error.$Properties|null} [error] Why the event was not appended (or, "streams.not_replicated", appended but not confirmed by a replica).
                 * @property {boolean|null} [replayed] The event's idempotency key matched an earlier publish: nothing was written, `id` is that publish's.
                 * @property {"id"|"error"} [outcome] PublishResult outcome
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PublishResult.
                 * @memberof sluice.streaming.v1
                 * @interface IPublishResult
                 * @augments sluice.streaming.v1.PublishResult.$Properties
                 * @deprecated Use sluice.streaming.v1.PublishResult.$Properties instead.
                 */

                /**
                 * Narrowed shape of a PublishResult.
                 * @typedef {{
                 *   id?: string|null;
                 *   error?: sluice.streaming.v1.Error.$Shape|null;
                 *   replayed?: boolean|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ outcome?: undefined; id?: null; error?: null }|{ outcome?: "id"; id: string; error?: null }|{ outcome?: "error"; id?: null; error: sluice.streaming.v1.Error.$Shape })
                 * )} sluice.streaming.v1.PublishResult.$Shape
                 */

                /**
                 * Constructs a new PublishResult.
                 * @memberof sluice.streaming.v1
                 * @classdesc The outcome of one event of a batch.
                 * @constructor
                 * @param {sluice.streaming.v1.PublishResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PublishResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * The entry id, when the event was appended.
                 * @member {string|null|undefined} id
                 * @memberof sluice.streaming.v1.PublishResult
                 * @instance
                 */
                PublishResult.prototype.id = null;

                /**
                 * Why the event was not appended (or, "streams.not_replicated", appended but not confirmed by a replica).
                 * @member {sluice.streaming.v1.Error.$Properties|null|undefined} error
                 * @memberof sluice.streaming.v1.PublishResult
                 * @instance
                 */
                PublishResult.prototype.error = null;

                /**
                 * The event's idempotency key matched an earlier publish: nothing was written, `id` is that publish's.
                 * @member {boolean} replayed
                 * @memberof sluice.streaming.v1.PublishResult
                 * @instance
                 */
                PublishResult.prototype.replayed = false;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * PublishResult outcome.
                 * @member {"id"|"error"|undefined} outcome
                 * @memberof sluice.streaming.v1.PublishResult
                 * @instance
                 */
                $Object.defineProperty(PublishResult.prototype, "outcome", {
                    get: $util.oneOfGetter($oneOfFields = ["id", "error"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new PublishResult instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.PublishResult
                 * @static
                 * @param {sluice.streaming.v1.PublishResult.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.PublishResult} PublishResult instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.PublishResult.$Shape): sluice.streaming.v1.PublishResult & sluice.streaming.v1.PublishResult.$Shape;
                 *   (properties?: sluice.streaming.v1.PublishResult.$Properties): sluice.streaming.v1.PublishResult;
                 * }}
                 */
                PublishResult.create = function(properties) {
                    return new PublishResult(properties);
                };

                /**
                 * Encodes the specified PublishResult message. Does not implicitly {@link sluice.streaming.v1.PublishResult.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.PublishResult
                 * @static
                 * @param {sluice.streaming.v1.PublishResult.$Properties} message PublishResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PublishResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        $root.sluice.streaming.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.replayed != null && $Object.hasOwnProperty.call(message, "replayed") && message.replayed !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.replayed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PublishResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.PublishResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.PublishResult & sluice.streaming.v1.PublishResult.$Shape} PublishResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PublishResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.PublishResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.id = reader.stringVerify();
                                message.outcome = "id";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.error = $root.sluice.streaming.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                                message.outcome = "error";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.replayed = value;
                                else
                                    delete message.replayed;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a PublishResult message.
                 * @function verify
                 * @memberof sluice.streaming.v1.PublishResult
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PublishResult.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                        properties.outcome = 1;
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    }
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                        if (properties.outcome === 1)
                            return "outcome: multiple values";
                        properties.outcome = 1;
                        {
                            let error = $root.sluice.streaming.v1.Error.verify(message.error, _depth + 1);
                            if (error)
                                return "error." + error;
                        }
                    }
                    if (message.replayed != null && $Object.hasOwnProperty.call(message, "replayed"))
                        if (typeof message.replayed !== "boolean")
                            return "replayed: boolean expected";
                    return null;
                };

                /**
                 * Creates a PublishResult message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.PublishResult
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.PublishResult} PublishResult
                 */
                PublishResult.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.PublishResult)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.PublishResult: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.PublishResult();
                    if (object.id != null)
                        message.id = $String(object.id);
                    if (object.error != null) {
                        if (!$util.isObject(object.error))
                            throw $TypeError(".sluice.streaming.v1.PublishResult.error: object expected");
                        message.error = $root.sluice.streaming.v1.Error.fromObject(object.error, _depth + 1);
                    }
                    if (object.replayed != null)
                        if (object.replayed)
                            message.replayed = $Boolean(object.replayed);
                    return message;
                };

                /**
                 * Creates a plain object from a PublishResult message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.PublishResult
                 * @static
                 * @param {sluice.streaming.v1.PublishResult} message PublishResult
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PublishResult.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.replayed = false;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                        object.id = message.id;
                        if (options.oneofs)
                            object.outcome = "id";
                    }
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                        object.error = $root.sluice.streaming.v1.Error.toObject(message.error, options, _depth + 1);
                        if (options.oneofs)
                            object.outcome = "error";
                    }
                    if (message.replayed != null && $Object.hasOwnProperty.call(message, "replayed"))
                        object.replayed = message.replayed;
                    return object;
                };

                /**
                 * Converts this PublishResult to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.PublishResult
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PublishResult.prototype.toJSON = function() {
                    return PublishResult.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PublishResult
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.PublishResult
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PublishResult.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.PublishResult";
                };

                return PublishResult;
            })();

            v1.PublishBatchResponse = (function() {

                /**
                 * Properties of a PublishBatchResponse.
                 * @typedef {Object} sluice.streaming.v1.PublishBatchResponse.$Properties
                 * @property {Array.<sluice.streaming.v1.PublishResult.$Properties>|null} [results] One per event, in request order.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PublishBatchResponse.
                 * @memberof sluice.streaming.v1
                 * @interface IPublishBatchResponse
                 * @augments sluice.streaming.v1.PublishBatchResponse.$Properties
                 * @deprecated Use sluice.streaming.v1.PublishBatchResponse.$Properties instead.
                 */

                /**
                 * Shape of a PublishBatchResponse.
                 * @typedef {{
                 *   results?: Array.<sluice.streaming.v1.PublishResult.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} sluice.streaming.v1.PublishBatchResponse.$Shape
                 */

                /**
                 * Constructs a new PublishBatchResponse.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a PublishBatchResponse.
                 * @constructor
                 * @param {sluice.streaming.v1.PublishBatchResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PublishBatchResponse = function (properties) {
                    this.results = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * One per event, in request order.
                 * @member {Array.<sluice.streaming.v1.PublishResult.$Properties>} results
                 * @memberof sluice.streaming.v1.PublishBatchResponse
                 * @instance
                 */
                PublishBatchResponse.prototype.results = $util.emptyArray;

                /**
                 * Creates a new PublishBatchResponse instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.PublishBatchResponse
                 * @static
                 * @param {sluice.streaming.v1.PublishBatchResponse.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.PublishBatchResponse} PublishBatchResponse instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.PublishBatchResponse.$Shape): sluice.streaming.v1.PublishBatchResponse & sluice.streaming.v1.PublishBatchResponse.$Shape;
                 *   (properties?: sluice.streaming.v1.PublishBatchResponse.$Properties): sluice.streaming.v1.PublishBatchResponse;
                 * }}
                 */
                PublishBatchResponse.create = function(properties) {
                    return new PublishBatchResponse(properties);
                };

                /**
                 * Encodes the specified PublishBatchResponse message. Does not implicitly {@link sluice.streaming.v1.PublishBatchResponse.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.PublishBatchResponse
                 * @static
                 * @param {sluice.streaming.v1.PublishBatchResponse.$Properties} message PublishBatchResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PublishBatchResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.results != null && message.results.length)
                        for (let i = 0; i < message.results.length; ++i)
                            $root.sluice.streaming.v1.PublishResult.encode(message.results[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PublishBatchResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.PublishBatchResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.PublishBatchResponse & sluice.streaming.v1.PublishBatchResponse.$Shape} PublishBatchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PublishBatchResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.PublishBatchResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.results && message.results.length))
                                    message.results = [];
                                message.results.push($root.sluice.streaming.v1.PublishResult.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a PublishBatchResponse message.
                 * @function verify
                 * @memberof sluice.streaming.v1.PublishBatchResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PublishBatchResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.results != null && $Object.hasOwnProperty.call(message, "results")) {
                        if (!$Array.isArray(message.results))
                            return "results: array expected";
                        for (let i = 0; i < message.results.length; ++i) {
                            let error = $root.sluice.streaming.v1.PublishResult.verify(message.results[i], _depth + 1);
                            if (error)
                                return "results." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a PublishBatchResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.PublishBatchResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.PublishBatchResponse} PublishBatchResponse
                 */
                PublishBatchResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.PublishBatchResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.PublishBatchResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.PublishBatchResponse();
                    if (object.results) {
                        if (!$Array.isArray(object.results))
                            throw $TypeError(".sluice.streaming.v1.PublishBatchResponse.results: array expected");
                        message.results = $Array(object.results.length);
                        for (let i = 0; i < object.results.length; ++i) {
                            if (!$util.isObject(object.results[i]))
                                throw $TypeError(".sluice.streaming.v1.PublishBatchResponse.results: object expected");
                            message.results[i] = $root.sluice.streaming.v1.PublishResult.fromObject(object.results[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a PublishBatchResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.PublishBatchResponse
                 * @static
                 * @param {sluice.streaming.v1.PublishBatchResponse} message PublishBatchResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PublishBatchResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.results = [];
                    if (message.results && message.results.length) {
                        object.results = $Array(message.results.length);
                        for (let j = 0; j < message.results.length; ++j)
                            object.results[j] = $root.sluice.streaming.v1.PublishResult.toObject(message.results[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this PublishBatchResponse to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.PublishBatchResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PublishBatchResponse.prototype.toJSON = function() {
                    return PublishBatchResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PublishBatchResponse
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.PublishBatchResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PublishBatchResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.PublishBatchResponse";
                };

                return PublishBatchResponse;
            })();

            v1.SubscribeRequest = (function() {

                /**
                 * Properties of a SubscribeRequest.
                 * @typedef {Object} sluice.streaming.v1.SubscribeRequest.$Properties
                 * @property {string|null} [stream] Stream to read.
                 * @property {string|null} [group] Consumer group to read as; created at the start of the stream when it does not exist.
                 * @property {string|null} [consumer] Consumer name within the group; empty lets the server choose one for this call.
                 * @property {number|null} [maxInFlight] Most entries delivered and not yet acknowledged at once (1-1000; 0 means 100). Delivery pauses at the limit.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SubscribeRequest.
                 * @memberof sluice.streaming.v1
                 * @interface ISubscribeRequest
                 * @augments sluice.streaming.v1.SubscribeRequest.$Properties
                 * @deprecated Use sluice.streaming.v1.SubscribeRequest.$Properties instead.
                 */

                /**
                 * Shape of a SubscribeRequest.
                 * @typedef {sluice.streaming.v1.SubscribeRequest.$Properties} sluice.streaming.v1.SubscribeRequest.$Shape
                 */

                /**
                 * Constructs a new SubscribeRequest.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a SubscribeRequest.
                 * @constructor
                 * @param {sluice.streaming.v1.SubscribeRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SubscribeRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Stream to read.
                 * @member {string} stream
                 * @memberof sluice.streaming.v1.SubscribeRequest
                 * @instance
                 */
                SubscribeRequest.prototype.stream = "";

                /**
                 * Consumer group to read as; created at the start of the stream when it does not exist.
                 * @member {string} group
                 * @memberof sluice.streaming.v1.SubscribeRequest
                 * @instance
                 */
                SubscribeRequest.prototype.group = "";

                /**
                 * Consumer name within the group; empty lets the server choose one for this call.
                 * @member {string} consumer
                 * @memberof sluice.streaming.v1.SubscribeRequest
                 * @instance
                 */
                SubscribeRequest.prototype.consumer = "";

                /**
                 * Most entries delivered and not yet acknowledged at once (1-1000; 0 means 100). Delivery pauses at the limit.
                 * @member {number} maxInFlight
                 * @memberof sluice.streaming.v1.SubscribeRequest
                 * @instance
                 */
                SubscribeRequest.prototype.maxInFlight = 0;

                /**
                 * Creates a new SubscribeRequest instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.SubscribeRequest
                 * @static
                 * @param {sluice.streaming.v1.SubscribeRequest.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.SubscribeRequest} SubscribeRequest instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.SubscribeRequest.$Shape): sluice.streaming.v1.SubscribeRequest & sluice.streaming.v1.SubscribeRequest.$Shape;
                 *   (properties?: sluice.streaming.v1.SubscribeRequest.$Properties): sluice.streaming.v1.SubscribeRequest;
                 * }}
                 */
                SubscribeRequest.create = function(properties) {
                    return new SubscribeRequest(properties);
                };

                /**
                 * Encodes the specified SubscribeRequest message. Does not implicitly {@link sluice.streaming.v1.SubscribeRequest.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.SubscribeRequest
                 * @static
                 * @param {sluice.streaming.v1.SubscribeRequest.$Properties} message SubscribeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SubscribeRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.stream);
                    if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.group);
                    if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer") && message.consumer !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.consumer);
                    if (message.maxInFlight != null && $Object.hasOwnProperty.call(message, "maxInFlight") && message.maxInFlight !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxInFlight);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SubscribeRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.SubscribeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.SubscribeRequest & sluice.streaming.v1.SubscribeRequest.$Shape} SubscribeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SubscribeRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.SubscribeRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.group = value;
                                else
                                    delete message.group;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.consumer = value;
                                else
                                    delete message.consumer;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxInFlight = value;
                                else
                                    delete message.maxInFlight;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a SubscribeRequest message.
                 * @function verify
                 * @memberof sluice.streaming.v1.SubscribeRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SubscribeRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        if (!$util.isString(message.stream))
                            return "stream: string expected";
                    if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                        if (!$util.isString(message.group))
                            return "group: string expected";
                    if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                        if (!$util.isString(message.consumer))
                            return "consumer: string expected";
                    if (message.maxInFlight != null && $Object.hasOwnProperty.call(message, "maxInFlight"))
                        if (!$util.isInteger(message.maxInFlight))
                            return "maxInFlight: integer expected";
                    return null;
                };

                /**
                 * Creates a SubscribeRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.SubscribeRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.SubscribeRequest} SubscribeRequest
                 */
                SubscribeRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.SubscribeRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.SubscribeRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.SubscribeRequest();
                    if (object.stream != null)
                        if (typeof object.stream !== "string" || object.stream.length)
                            message.stream = $String(object.stream);
                    if (object.group != null)
                        if (typeof object.group !== "string" || object.group.length)
                            message.group = $String(object.group);
                    if (object.consumer != null)
                        if (typeof object.consumer !== "string" || object.consumer.length)
                            message.consumer = $String(object.consumer);
                    if (object.maxInFlight != null)
                        if ($Number(object.maxInFlight) !== 0)
                            message.maxInFlight = object.maxInFlight >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a SubscribeRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.SubscribeRequest
                 * @static
                 * @param {sluice.streaming.v1.SubscribeRequest} message SubscribeRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SubscribeRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.stream = "";
                        object.group = "";
                        object.consumer = "";
                        object.maxInFlight = 0;
                    }
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        object.stream = message.stream;
                    if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                        object.group = message.group;
                    if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                        object.consumer = message.consumer;
                    if (message.maxInFlight != null && $Object.hasOwnProperty.call(message, "maxInFlight"))
                        object.maxInFlight = message.maxInFlight;
                    return object;
                };

                /**
                 * Converts this SubscribeRequest to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.SubscribeRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SubscribeRequest.prototype.toJSON = function() {
                    return SubscribeRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SubscribeRequest
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.SubscribeRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SubscribeRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.SubscribeRequest";
                };

                return SubscribeRequest;
            })();

            v1.Delivery = (function() {

                /**
                 * Properties of a Delivery.
                 * @typedef {Object} sluice.streaming.v1.Delivery.$Properties
                 * @property {string|null} [stream] Stream the entry is in.
                 * @property {string|null} [id] Entry id; pass it to Acknowledge.
                 * @property {sluice.streaming.v1.Event.$Properties|null} [event] The event as it was published; produced_at is the stored time when the producer gave none.
                 * @property {number|null} [deliveries] How many times the group has delivered this entry, this delivery included.
                 * @property {string|null} [consumer] The consumer name the entry is pending under.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Delivery.
                 * @memberof sluice.streaming.v1
                 * @interface IDelivery
                 * @augments sluice.streaming.v1.Delivery.$Properties
                 * @deprecated Use sluice.streaming.v1.Delivery.$Properties instead.
                 */

                /**
                 * Shape of a Delivery.
                 * @typedef {sluice.streaming.v1.Delivery.$Properties} sluice.streaming.v1.Delivery.$Shape
                 */

                /**
                 * Constructs a new Delivery.
                 * @memberof sluice.streaming.v1
                 * @classdesc One stream entry delivered to a subscriber.
                 * @constructor
                 * @param {sluice.streaming.v1.Delivery.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Delivery = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Stream the entry is in.
                 * @member {string} stream
                 * @memberof sluice.streaming.v1.Delivery
                 * @instance
                 */
                Delivery.prototype.stream = "";

                /**
                 * Entry id; pass it to Acknowledge.
                 * @member {string} id
                 * @memberof sluice.streaming.v1.Delivery
                 * @instance
                 */
                Delivery.prototype.id = "";

                /**
                 * The event as it was published; produced_at is the stored time when the producer gave none.
                 * @member {sluice.streaming.v1.Event.$Properties|null|undefined} event
                 * @memberof sluice.streaming.v1.Delivery
                 * @instance
                 */
                Delivery.prototype.event = null;

                /**
                 * How many times the group has delivered this entry, this delivery included.
                 * @member {number} deliveries
                 * @memberof sluice.streaming.v1.Delivery
                 * @instance
                 */
                Delivery.prototype.deliveries = 0;

                /**
                 * The consumer name the entry is pending under.
                 * @member {string} consumer
                 * @memberof sluice.streaming.v1.Delivery
                 * @instance
                 */
                Delivery.prototype.consumer = "";

                /**
                 * Creates a new Delivery instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.Delivery
                 * @static
                 * @param {sluice.streaming.v1.Delivery.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.Delivery} Delivery instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.Delivery.$Shape): sluice.streaming.v1.Delivery & sluice.streaming.v1.Delivery.$Shape;
                 *   (properties?: sluice.streaming.v1.Delivery.$Properties): sluice.streaming.v1.Delivery;
                 * }}
                 */
                Delivery.create = function(properties) {
                    return new Delivery(properties);
                };

                /**
                 * Encodes the specified Delivery message. Does not implicitly {@link sluice.streaming.v1.Delivery.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.Delivery
                 * @static
                 * @param {sluice.streaming.v1.Delivery.$Properties} message Delivery message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Delivery.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.stream);
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                        $root.sluice.streaming.v1.Event.encode(message.event, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.deliveries != null && $Object.hasOwnProperty.call(message, "deliveries") && message.deliveries !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.deliveries);
                    if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer") && message.consumer !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.consumer);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Delivery message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.Delivery
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.Delivery & sluice.streaming.v1.Delivery.$Shape} Delivery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Delivery.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.Delivery();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.event = $root.sluice.streaming.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.deliveries = value;
                                else
                                    delete message.deliveries;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.consumer = value;
                                else
                                    delete message.consumer;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Delivery message.
                 * @function verify
                 * @memberof sluice.streaming.v1.Delivery
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Delivery.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        if (!$util.isString(message.stream))
                            return "stream: string expected";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                        let error = $root.sluice.streaming.v1.Event.verify(message.event, _depth + 1);
                        if (error)
                            return "event." + error;
                    }
                    if (message.deliveries != null && $Object.hasOwnProperty.call(message, "deliveries"))
                        if (!$util.isInteger(message.deliveries))
                            return "deliveries: integer expected";
                    if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                        if (!$util.isString(message.consumer))
                            return "consumer: string expected";
                    return null;
                };

                /**
                 * Creates a Delivery message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.Delivery
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.Delivery} Delivery
                 */
                Delivery.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.Delivery)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.Delivery: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.Delivery();
                    if (object.stream != null)
                        if (typeof object.stream !== "string" || object.stream.length)
                            message.stream = $String(object.stream);
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.event != null) {
                        if (!$util.isObject(object.event))
                            throw $TypeError(".sluice.streaming.v1.Delivery.event: object expected");
                        message.event = $root.sluice.streaming.v1.Event.fromObject(object.event, _depth + 1);
                    }
                    if (object.deliveries != null)
                        if ($Number(object.deliveries) !== 0)
                            message.deliveries = object.deliveries >>> 0;
                    if (object.consumer != null)
                        if (typeof object.consumer !== "string" || object.consumer.length)
                            message.consumer = $String(object.consumer);
                    return message;
                };

                /**
                 * Creates a plain object from a Delivery message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.Delivery
                 * @static
                 * @param {sluice.streaming.v1.Delivery} message Delivery
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Delivery.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.stream = "";
                        object.id = "";
                        object.event = null;
                        object.deliveries = 0;
                        object.consumer = "";
                    }
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        object.stream = message.stream;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                        object.event = $root.sluice.streaming.v1.Event.toObject(message.event, options, _depth + 1);
                    if (message.deliveries != null && $Object.hasOwnProperty.call(message, "deliveries"))
                        object.deliveries = message.deliveries;
                    if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                        object.consumer = message.consumer;
                    return object;
                };

                /**
                 * Converts this Delivery to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.Delivery
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Delivery.prototype.toJSON = function() {
                    return Delivery.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Delivery
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.Delivery
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Delivery.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.Delivery";
                };

                return Delivery;
            })();

            v1.AcknowledgeRequest = (function() {

                /**
                 * Properties of an AcknowledgeRequest.
                 * @typedef {Object} sluice.streaming.v1.AcknowledgeRequest.$Properties
                 * @property {string|null} [stream] Stream of the entries.
                 * @property {string|null} [group] Group that received them.
                 * @property {Array.<string>|null} [ids] Entry ids to confirm, 1 to 1000.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AcknowledgeRequest.
                 * @memberof sluice.streaming.v1
                 * @interface IAcknowledgeRequest
                 * @augments sluice.streaming.v1.AcknowledgeRequest.$Properties
                 * @deprecated Use sluice.streaming.v1.AcknowledgeRequest.$Properties instead.
                 */

                /**
                 * Shape of an AcknowledgeRequest.
                 * @typedef {sluice.streaming.v1.AcknowledgeRequest.$Properties} sluice.streaming.v1.AcknowledgeRequest.$Shape
                 */

                /**
                 * Constructs a new AcknowledgeRequest.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents an AcknowledgeRequest.
                 * @constructor
                 * @param {sluice.streaming.v1.AcknowledgeRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AcknowledgeRequest = function (properties) {
                    this.ids = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Stream of the entries.
                 * @member {string} stream
                 * @memberof sluice.streaming.v1.AcknowledgeRequest
                 * @instance
                 */
                AcknowledgeRequest.prototype.stream = "";

                /**
                 * Group that received them.
                 * @member {string} group
                 * @memberof sluice.streaming.v1.AcknowledgeRequest
                 * @instance
                 */
                AcknowledgeRequest.prototype.group = "";

                /**
                 * Entry ids to confirm, 1 to 1000.
                 * @member {Array.<string>} ids
                 * @memberof sluice.streaming.v1.AcknowledgeRequest
                 * @instance
                 */
                AcknowledgeRequest.prototype.ids = $util.emptyArray;

                /**
                 * Creates a new AcknowledgeRequest instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.AcknowledgeRequest
                 * @static
                 * @param {sluice.streaming.v1.AcknowledgeRequest.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.AcknowledgeRequest} AcknowledgeRequest instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.AcknowledgeRequest.$Shape): sluice.streaming.v1.AcknowledgeRequest & sluice.streaming.v1.AcknowledgeRequest.$Shape;
                 *   (properties?: sluice.streaming.v1.AcknowledgeRequest.$Properties): sluice.streaming.v1.AcknowledgeRequest;
                 * }}
                 */
                AcknowledgeRequest.create = function(properties) {
                    return new AcknowledgeRequest(properties);
                };

                /**
                 * Encodes the specified AcknowledgeRequest message. Does not implicitly {@link sluice.streaming.v1.AcknowledgeRequest.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.AcknowledgeRequest
                 * @static
                 * @param {sluice.streaming.v1.AcknowledgeRequest.$Properties} message AcknowledgeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AcknowledgeRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.stream);
                    if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.group);
                    if (message.ids != null && message.ids.length)
                        for (let i = 0; i < message.ids.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.ids[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AcknowledgeRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.AcknowledgeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.AcknowledgeRequest & sluice.streaming.v1.AcknowledgeRequest.$Shape} AcknowledgeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AcknowledgeRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.AcknowledgeRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.group = value;
                                else
                                    delete message.group;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.ids && message.ids.length))
                                    message.ids = [];
                                message.ids.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an AcknowledgeRequest message.
                 * @function verify
                 * @memberof sluice.streaming.v1.AcknowledgeRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AcknowledgeRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        if (!$util.isString(message.stream))
                            return "stream: string expected";
                    if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                        if (!$util.isString(message.group))
                            return "group: string expected";
                    if (message.ids != null && $Object.hasOwnProperty.call(message, "ids")) {
                        if (!$Array.isArray(message.ids))
                            return "ids: array expected";
                        for (let i = 0; i < message.ids.length; ++i)
                            if (!$util.isString(message.ids[i]))
                                return "ids: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates an AcknowledgeRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.AcknowledgeRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.AcknowledgeRequest} AcknowledgeRequest
                 */
                AcknowledgeRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.AcknowledgeRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.AcknowledgeRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.AcknowledgeRequest();
                    if (object.stream != null)
                        if (typeof object.stream !== "string" || object.stream.length)
                            message.stream = $String(object.stream);
                    if (object.group != null)
                        if (typeof object.group !== "string" || object.group.length)
                            message.group = $String(object.group);
                    if (object.ids) {
                        if (!$Array.isArray(object.ids))
                            throw $TypeError(".sluice.streaming.v1.AcknowledgeRequest.ids: array expected");
                        message.ids = $Array(object.ids.length);
                        for (let i = 0; i < object.ids.length; ++i)
                            message.ids[i] = $String(object.ids[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an AcknowledgeRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.AcknowledgeRequest
                 * @static
                 * @param {sluice.streaming.v1.AcknowledgeRequest} message AcknowledgeRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AcknowledgeRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.ids = [];
                    if (options.defaults) {
                        object.stream = "";
                        object.group = "";
                    }
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        object.stream = message.stream;
                    if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                        object.group = message.group;
                    if (message.ids && message.ids.length) {
                        object.ids = $Array(message.ids.length);
                        for (let j = 0; j < message.ids.length; ++j)
                            object.ids[j] = message.ids[j];
                    }
                    return object;
                };

                /**
                 * Converts this AcknowledgeRequest to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.AcknowledgeRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AcknowledgeRequest.prototype.toJSON = function() {
                    return AcknowledgeRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AcknowledgeRequest
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.AcknowledgeRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AcknowledgeRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.AcknowledgeRequest";
                };

                return AcknowledgeRequest;
            })();

            v1.AcknowledgeResponse = (function() {

                /**
                 * Properties of an AcknowledgeResponse.
                 * @typedef {Object} sluice.streaming.v1.AcknowledgeResponse.$Properties
                 * @property {number|null} [acknowledged] Entries that were pending and are now acknowledged (already acknowledged ones are not counted).
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AcknowledgeResponse.
                 * @memberof sluice.streaming.v1
                 * @interface IAcknowledgeResponse
                 * @augments sluice.streaming.v1.AcknowledgeResponse.$Properties
                 * @deprecated Use sluice.streaming.v1.AcknowledgeResponse.$Properties instead.
                 */

                /**
                 * Shape of an AcknowledgeResponse.
                 * @typedef {sluice.streaming.v1.AcknowledgeResponse.$Properties} sluice.streaming.v1.AcknowledgeResponse.$Shape
                 */

                /**
                 * Constructs a new AcknowledgeResponse.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents an AcknowledgeResponse.
                 * @constructor
                 * @param {sluice.streaming.v1.AcknowledgeResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AcknowledgeResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Entries that were pending and are now acknowledged (already acknowledged ones are not counted).
                 * @member {number} acknowledged
                 * @memberof sluice.streaming.v1.AcknowledgeResponse
                 * @instance
                 */
                AcknowledgeResponse.prototype.acknowledged = 0;

                /**
                 * Creates a new AcknowledgeResponse instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.AcknowledgeResponse
                 * @static
                 * @param {sluice.streaming.v1.AcknowledgeResponse.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.AcknowledgeResponse} AcknowledgeResponse instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.AcknowledgeResponse.$Shape): sluice.streaming.v1.AcknowledgeResponse & sluice.streaming.v1.AcknowledgeResponse.$Shape;
                 *   (properties?: sluice.streaming.v1.AcknowledgeResponse.$Properties): sluice.streaming.v1.AcknowledgeResponse;
                 * }}
                 */
                AcknowledgeResponse.create = function(properties) {
                    return new AcknowledgeResponse(properties);
                };

                /**
                 * Encodes the specified AcknowledgeResponse message. Does not implicitly {@link sluice.streaming.v1.AcknowledgeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.AcknowledgeResponse
                 * @static
                 * @param {sluice.streaming.v1.AcknowledgeResponse.$Properties} message AcknowledgeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AcknowledgeResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.acknowledged != null && $Object.hasOwnProperty.call(message, "acknowledged") && message.acknowledged !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.acknowledged);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AcknowledgeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.AcknowledgeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.AcknowledgeResponse & sluice.streaming.v1.AcknowledgeResponse.$Shape} AcknowledgeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AcknowledgeResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.AcknowledgeResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.acknowledged = value;
                                else
                                    delete message.acknowledged;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an AcknowledgeResponse message.
                 * @function verify
                 * @memberof sluice.streaming.v1.AcknowledgeResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AcknowledgeResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.acknowledged != null && $Object.hasOwnProperty.call(message, "acknowledged"))
                        if (!$util.isInteger(message.acknowledged))
                            return "acknowledged: integer expected";
                    return null;
                };

                /**
                 * Creates an AcknowledgeResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.AcknowledgeResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.AcknowledgeResponse} AcknowledgeResponse
                 */
                AcknowledgeResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.AcknowledgeResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.AcknowledgeResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.AcknowledgeResponse();
                    if (object.acknowledged != null)
                        if ($Number(object.acknowledged) !== 0)
                            message.acknowledged = object.acknowledged >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from an AcknowledgeResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.AcknowledgeResponse
                 * @static
                 * @param {sluice.streaming.v1.AcknowledgeResponse} message AcknowledgeResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AcknowledgeResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.acknowledged = 0;
                    if (message.acknowledged != null && $Object.hasOwnProperty.call(message, "acknowledged"))
                        object.acknowledged = message.acknowledged;
                    return object;
                };

                /**
                 * Converts this AcknowledgeResponse to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.AcknowledgeResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AcknowledgeResponse.prototype.toJSON = function() {
                    return AcknowledgeResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AcknowledgeResponse
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.AcknowledgeResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AcknowledgeResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.AcknowledgeResponse";
                };

                return AcknowledgeResponse;
            })();

            v1.GetStreamInfoRequest = (function() {

                /**
                 * Properties of a GetStreamInfoRequest.
                 * @typedef {Object} sluice.streaming.v1.GetStreamInfoRequest.$Properties
                 * @property {string|null} [stream] The stream to describe.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetStreamInfoRequest.
                 * @memberof sluice.streaming.v1
                 * @interface IGetStreamInfoRequest
                 * @augments sluice.streaming.v1.GetStreamInfoRequest.$Properties
                 * @deprecated Use sluice.streaming.v1.GetStreamInfoRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetStreamInfoRequest.
                 * @typedef {sluice.streaming.v1.GetStreamInfoRequest.$Properties} sluice.streaming.v1.GetStreamInfoRequest.$Shape
                 */

                /**
                 * Constructs a new GetStreamInfoRequest.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a GetStreamInfoRequest.
                 * @constructor
                 * @param {sluice.streaming.v1.GetStreamInfoRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetStreamInfoRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * The stream to describe.
                 * @member {string} stream
                 * @memberof sluice.streaming.v1.GetStreamInfoRequest
                 * @instance
                 */
                GetStreamInfoRequest.prototype.stream = "";

                /**
                 * Creates a new GetStreamInfoRequest instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.GetStreamInfoRequest
                 * @static
                 * @param {sluice.streaming.v1.GetStreamInfoRequest.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.GetStreamInfoRequest} GetStreamInfoRequest instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.GetStreamInfoRequest.$Shape): sluice.streaming.v1.GetStreamInfoRequest & sluice.streaming.v1.GetStreamInfoRequest.$Shape;
                 *   (properties?: sluice.streaming.v1.GetStreamInfoRequest.$Properties): sluice.streaming.v1.GetStreamInfoRequest;
                 * }}
                 */
                GetStreamInfoRequest.create = function(properties) {
                    return new GetStreamInfoRequest(properties);
                };

                /**
                 * Encodes the specified GetStreamInfoRequest message. Does not implicitly {@link sluice.streaming.v1.GetStreamInfoRequest.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.GetStreamInfoRequest
                 * @static
                 * @param {sluice.streaming.v1.GetStreamInfoRequest.$Properties} message GetStreamInfoRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetStreamInfoRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.stream);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetStreamInfoRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.GetStreamInfoRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.GetStreamInfoRequest & sluice.streaming.v1.GetStreamInfoRequest.$Shape} GetStreamInfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetStreamInfoRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.GetStreamInfoRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a GetStreamInfoRequest message.
                 * @function verify
                 * @memberof sluice.streaming.v1.GetStreamInfoRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetStreamInfoRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        if (!$util.isString(message.stream))
                            return "stream: string expected";
                    return null;
                };

                /**
                 * Creates a GetStreamInfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.GetStreamInfoRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.GetStreamInfoRequest} GetStreamInfoRequest
                 */
                GetStreamInfoRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.GetStreamInfoRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.GetStreamInfoRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.GetStreamInfoRequest();
                    if (object.stream != null)
                        if (typeof object.stream !== "string" || object.stream.length)
                            message.stream = $String(object.stream);
                    return message;
                };

                /**
                 * Creates a plain object from a GetStreamInfoRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.GetStreamInfoRequest
                 * @static
                 * @param {sluice.streaming.v1.GetStreamInfoRequest} message GetStreamInfoRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetStreamInfoRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.stream = "";
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        object.stream = message.stream;
                    return object;
                };

                /**
                 * Converts this GetStreamInfoRequest to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.GetStreamInfoRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetStreamInfoRequest.prototype.toJSON = function() {
                    return GetStreamInfoRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetStreamInfoRequest
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.GetStreamInfoRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetStreamInfoRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.GetStreamInfoRequest";
                };

                return GetStreamInfoRequest;
            })();

            v1.GroupInfo = (function() {

                /**
                 * Properties of a GroupInfo.
                 * @typedef {Object} sluice.streaming.v1.GroupInfo.$Properties
                 * @property {string|null} [name] Group name.
                 * @property {number|null} [consumers] Consumers the group knows.
                 * @property {number|Long|null} [pending] Entries delivered and not acknowledged.
                 * @property {number|Long|null} [lag] Entries not yet delivered to any consumer of the group.
                 * @property {number|Long|null} [lagAgeMs] Age of the oldest entry not yet delivered, milliseconds (0 when none).
                 * @property {number|Long|null} [oldestPendingAgeMs] Age of the oldest pending entry, milliseconds (0 when none).
                 * @property {string|null} [lastDeliveredId] Id of the last entry delivered to the group.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GroupInfo.
                 * @memberof sluice.streaming.v1
                 * @interface IGroupInfo
                 * @augments sluice.streaming.v1.GroupInfo.$Properties
                 * @deprecated Use sluice.streaming.v1.GroupInfo.$Properties instead.
                 */

                /**
                 * Shape of a GroupInfo.
                 * @typedef {sluice.streaming.v1.GroupInfo.$Properties} sluice.streaming.v1.GroupInfo.$Shape
                 */

                /**
                 * Constructs a new GroupInfo.
                 * @memberof sluice.streaming.v1
                 * @classdesc Figures of one consumer group.
                 * @constructor
                 * @param {sluice.streaming.v1.GroupInfo.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GroupInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Group name.
                 * @member {string} name
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @instance
                 */
                GroupInfo.prototype.name = "";

                /**
                 * Consumers the group knows.
                 * @member {number} consumers
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @instance
                 */
                GroupInfo.prototype.consumers = 0;

                /**
                 * Entries delivered and not acknowledged.
                 * @member {number|Long} pending
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @instance
                 */
                GroupInfo.prototype.pending = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Entries not yet delivered to any consumer of the group.
                 * @member {number|Long} lag
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @instance
                 */
                GroupInfo.prototype.lag = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Age of the oldest entry not yet delivered, milliseconds (0 when none).
                 * @member {number|Long} lagAgeMs
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @instance
                 */
                GroupInfo.prototype.lagAgeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Age of the oldest pending entry, milliseconds (0 when none).
                 * @member {number|Long} oldestPendingAgeMs
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @instance
                 */
                GroupInfo.prototype.oldestPendingAgeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Id of the last entry delivered to the group.
                 * @member {string} lastDeliveredId
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @instance
                 */
                GroupInfo.prototype.lastDeliveredId = "";

                /**
                 * Creates a new GroupInfo instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @static
                 * @param {sluice.streaming.v1.GroupInfo.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.GroupInfo} GroupInfo instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.GroupInfo.$Shape): sluice.streaming.v1.GroupInfo & sluice.streaming.v1.GroupInfo.$Shape;
                 *   (properties?: sluice.streaming.v1.GroupInfo.$Properties): sluice.streaming.v1.GroupInfo;
                 * }}
                 */
                GroupInfo.create = function(properties) {
                    return new GroupInfo(properties);
                };

                /**
                 * Encodes the specified GroupInfo message. Does not implicitly {@link sluice.streaming.v1.GroupInfo.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @static
                 * @param {sluice.streaming.v1.GroupInfo.$Properties} message GroupInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GroupInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.consumers != null && $Object.hasOwnProperty.call(message, "consumers") && message.consumers !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.consumers);
                    if (message.pending != null && $Object.hasOwnProperty.call(message, "pending") && (typeof message.pending === "object" ? message.pending.low || message.pending.high : message.pending !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.pending);
                    if (message.lag != null && $Object.hasOwnProperty.call(message, "lag") && (typeof message.lag === "object" ? message.lag.low || message.lag.high : message.lag !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lag);
                    if (message.lagAgeMs != null && $Object.hasOwnProperty.call(message, "lagAgeMs") && (typeof message.lagAgeMs === "object" ? message.lagAgeMs.low || message.lagAgeMs.high : message.lagAgeMs !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.lagAgeMs);
                    if (message.oldestPendingAgeMs != null && $Object.hasOwnProperty.call(message, "oldestPendingAgeMs") && (typeof message.oldestPendingAgeMs === "object" ? message.oldestPendingAgeMs.low || message.oldestPendingAgeMs.high : message.oldestPendingAgeMs !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.oldestPendingAgeMs);
                    if (message.lastDeliveredId != null && $Object.hasOwnProperty.call(message, "lastDeliveredId") && message.lastDeliveredId !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.lastDeliveredId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GroupInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.GroupInfo & sluice.streaming.v1.GroupInfo.$Shape} GroupInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GroupInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.GroupInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.consumers = value;
                                else
                                    delete message.consumers;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.pending = value;
                                else
                                    delete message.pending;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lag = value;
                                else
                                    delete message.lag;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lagAgeMs = value;
                                else
                                    delete message.lagAgeMs;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.oldestPendingAgeMs = value;
                                else
                                    delete message.oldestPendingAgeMs;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.lastDeliveredId = value;
                                else
                                    delete message.lastDeliveredId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a GroupInfo message.
                 * @function verify
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GroupInfo.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.consumers != null && $Object.hasOwnProperty.call(message, "consumers"))
                        if (!$util.isInteger(message.consumers))
                            return "consumers: integer expected";
                    if (message.pending != null && $Object.hasOwnProperty.call(message, "pending"))
                        if (!$util.isInteger(message.pending) && !(message.pending && $util.isInteger(message.pending.low) && $util.isInteger(message.pending.high)))
                            return "pending: integer|Long expected";
                    if (message.lag != null && $Object.hasOwnProperty.call(message, "lag"))
                        if (!$util.isInteger(message.lag) && !(message.lag && $util.isInteger(message.lag.low) && $util.isInteger(message.lag.high)))
                            return "lag: integer|Long expected";
                    if (message.lagAgeMs != null && $Object.hasOwnProperty.call(message, "lagAgeMs"))
                        if (!$util.isInteger(message.lagAgeMs) && !(message.lagAgeMs && $util.isInteger(message.lagAgeMs.low) && $util.isInteger(message.lagAgeMs.high)))
                            return "lagAgeMs: integer|Long expected";
                    if (message.oldestPendingAgeMs != null && $Object.hasOwnProperty.call(message, "oldestPendingAgeMs"))
                        if (!$util.isInteger(message.oldestPendingAgeMs) && !(message.oldestPendingAgeMs && $util.isInteger(message.oldestPendingAgeMs.low) && $util.isInteger(message.oldestPendingAgeMs.high)))
                            return "oldestPendingAgeMs: integer|Long expected";
                    if (message.lastDeliveredId != null && $Object.hasOwnProperty.call(message, "lastDeliveredId"))
                        if (!$util.isString(message.lastDeliveredId))
                            return "lastDeliveredId: string expected";
                    return null;
                };

                /**
                 * Creates a GroupInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.GroupInfo} GroupInfo
                 */
                GroupInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.GroupInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.GroupInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.GroupInfo();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.consumers != null)
                        if ($Number(object.consumers) !== 0)
                            message.consumers = object.consumers >>> 0;
                    if (object.pending != null)
                        if (typeof object.pending === "object" ? object.pending.low || object.pending.high : $Number(object.pending) !== 0)
                            if ($util.Long)
                                message.pending = $util.Long.fromValue(object.pending, true);
                            else if (typeof object.pending === "string")
                                message.pending = $parseInt(object.pending, 10);
                            else if (typeof object.pending === "number")
                                message.pending = object.pending;
                            else if (typeof object.pending === "object")
                                message.pending = new $util.LongBits(object.pending.low >>> 0, object.pending.high >>> 0).toNumber(true);
                    if (object.lag != null)
                        if (typeof object.lag === "object" ? object.lag.low || object.lag.high : $Number(object.lag) !== 0)
                            if ($util.Long)
                                message.lag = $util.Long.fromValue(object.lag, true);
                            else if (typeof object.lag === "string")
                                message.lag = $parseInt(object.lag, 10);
                            else if (typeof object.lag === "number")
                                message.lag = object.lag;
                            else if (typeof object.lag === "object")
                                message.lag = new $util.LongBits(object.lag.low >>> 0, object.lag.high >>> 0).toNumber(true);
                    if (object.lagAgeMs != null)
                        if (typeof object.lagAgeMs === "object" ? object.lagAgeMs.low || object.lagAgeMs.high : $Number(object.lagAgeMs) !== 0)
                            if ($util.Long)
                                message.lagAgeMs = $util.Long.fromValue(object.lagAgeMs, true);
                            else if (typeof object.lagAgeMs === "string")
                                message.lagAgeMs = $parseInt(object.lagAgeMs, 10);
                            else if (typeof object.lagAgeMs === "number")
                                message.lagAgeMs = object.lagAgeMs;
                            else if (typeof object.lagAgeMs === "object")
                                message.lagAgeMs = new $util.LongBits(object.lagAgeMs.low >>> 0, object.lagAgeMs.high >>> 0).toNumber(true);
                    if (object.oldestPendingAgeMs != null)
                        if (typeof object.oldestPendingAgeMs === "object" ? object.oldestPendingAgeMs.low || object.oldestPendingAgeMs.high : $Number(object.oldestPendingAgeMs) !== 0)
                            if ($util.Long)
                                message.oldestPendingAgeMs = $util.Long.fromValue(object.oldestPendingAgeMs, true);
                            else if (typeof object.oldestPendingAgeMs === "string")
                                message.oldestPendingAgeMs = $parseInt(object.oldestPendingAgeMs, 10);
                            else if (typeof object.oldestPendingAgeMs === "number")
                                message.oldestPendingAgeMs = object.oldestPendingAgeMs;
                            else if (typeof object.oldestPendingAgeMs === "object")
                                message.oldestPendingAgeMs = new $util.LongBits(object.oldestPendingAgeMs.low >>> 0, object.oldestPendingAgeMs.high >>> 0).toNumber(true);
                    if (object.lastDeliveredId != null)
                        if (typeof object.lastDeliveredId !== "string" || object.lastDeliveredId.length)
                            message.lastDeliveredId = $String(object.lastDeliveredId);
                    return message;
                };

                /**
                 * Creates a plain object from a GroupInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @static
                 * @param {sluice.streaming.v1.GroupInfo} message GroupInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GroupInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.name = "";
                        object.consumers = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.pending = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.pending = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lag = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lag = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lagAgeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.lagAgeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.oldestPendingAgeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.oldestPendingAgeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.lastDeliveredId = "";
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.consumers != null && $Object.hasOwnProperty.call(message, "consumers"))
                        object.consumers = message.consumers;
                    if (message.pending != null && $Object.hasOwnProperty.call(message, "pending"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.pending = typeof message.pending === "number" ? $BigInt(message.pending) : $util.Long.fromBits(message.pending.low >>> 0, message.pending.high >>> 0, true).toBigInt();
                        else if (typeof message.pending === "number")
                            object.pending = options.longs === $String ? $String(message.pending) : message.pending;
                        else
                            object.pending = options.longs === $String ? $util.Long.prototype.toString.call(message.pending) : options.longs === $Number ? new $util.LongBits(message.pending.low >>> 0, message.pending.high >>> 0).toNumber(true) : message.pending;
                    if (message.lag != null && $Object.hasOwnProperty.call(message, "lag"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lag = typeof message.lag === "number" ? $BigInt(message.lag) : $util.Long.fromBits(message.lag.low >>> 0, message.lag.high >>> 0, true).toBigInt();
                        else if (typeof message.lag === "number")
                            object.lag = options.longs === $String ? $String(message.lag) : message.lag;
                        else
                            object.lag = options.longs === $String ? $util.Long.prototype.toString.call(message.lag) : options.longs === $Number ? new $util.LongBits(message.lag.low >>> 0, message.lag.high >>> 0).toNumber(true) : message.lag;
                    if (message.lagAgeMs != null && $Object.hasOwnProperty.call(message, "lagAgeMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.lagAgeMs = typeof message.lagAgeMs === "number" ? $BigInt(message.lagAgeMs) : $util.Long.fromBits(message.lagAgeMs.low >>> 0, message.lagAgeMs.high >>> 0, true).toBigInt();
                        else if (typeof message.lagAgeMs === "number")
                            object.lagAgeMs = options.longs === $String ? $String(message.lagAgeMs) : message.lagAgeMs;
                        else
                            object.lagAgeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lagAgeMs) : options.longs === $Number ? new $util.LongBits(message.lagAgeMs.low >>> 0, message.lagAgeMs.high >>> 0).toNumber(true) : message.lagAgeMs;
                    if (message.oldestPendingAgeMs != null && $Object.hasOwnProperty.call(message, "oldestPendingAgeMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.oldestPendingAgeMs = typeof message.oldestPendingAgeMs === "number" ? $BigInt(message.oldestPendingAgeMs) : $util.Long.fromBits(message.oldestPendingAgeMs.low >>> 0, message.oldestPendingAgeMs.high >>> 0, true).toBigInt();
                        else if (typeof message.oldestPendingAgeMs === "number")
                            object.oldestPendingAgeMs = options.longs === $String ? $String(message.oldestPendingAgeMs) : message.oldestPendingAgeMs;
                        else
                            object.oldestPendingAgeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.oldestPendingAgeMs) : options.longs === $Number ? new $util.LongBits(message.oldestPendingAgeMs.low >>> 0, message.oldestPendingAgeMs.high >>> 0).toNumber(true) : message.oldestPendingAgeMs;
                    if (message.lastDeliveredId != null && $Object.hasOwnProperty.call(message, "lastDeliveredId"))
                        object.lastDeliveredId = message.lastDeliveredId;
                    return object;
                };

                /**
                 * Converts this GroupInfo to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GroupInfo.prototype.toJSON = function() {
                    return GroupInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GroupInfo
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.GroupInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GroupInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.GroupInfo";
                };

                return GroupInfo;
            })();

            v1.StreamInfo = (function() {

                /**
                 * Properties of a StreamInfo.
                 * @typedef {Object} sluice.streaming.v1.StreamInfo.$Properties
                 * @property {string|null} [name] Stream name.
                 * @property {number|Long|null} [length] Entries in the stream.
                 * @property {string|null} [firstId] Oldest entry id; empty when the stream is empty.
                 * @property {string|null} [lastId] Newest entry id; empty when the stream is empty.
                 * @property {number|Long|null} [dlqLength] Entries in the stream's dead-letter stream.
                 * @property {Array.<sluice.streaming.v1.GroupInfo.$Properties>|null} [groups] The stream's consumer groups.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StreamInfo.
                 * @memberof sluice.streaming.v1
                 * @interface IStreamInfo
                 * @augments sluice.streaming.v1.StreamInfo.$Properties
                 * @deprecated Use sluice.streaming.v1.StreamInfo.$Properties instead.
                 */

                /**
                 * Shape of a StreamInfo.
                 * @typedef {sluice.streaming.v1.StreamInfo.$Properties} sluice.streaming.v1.StreamInfo.$Shape
                 */

                /**
                 * Constructs a new StreamInfo.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a StreamInfo.
                 * @constructor
                 * @param {sluice.streaming.v1.StreamInfo.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StreamInfo = function (properties) {
                    this.groups = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Stream name.
                 * @member {string} name
                 * @memberof sluice.streaming.v1.StreamInfo
                 * @instance
                 */
                StreamInfo.prototype.name = "";

                /**
                 * Entries in the stream.
                 * @member {number|Long} length
                 * @memberof sluice.streaming.v1.StreamInfo
                 * @instance
                 */
                StreamInfo.prototype.length = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Oldest entry id; empty when the stream is empty.
                 * @member {string} firstId
                 * @memberof sluice.streaming.v1.StreamInfo
                 * @instance
                 */
                StreamInfo.prototype.firstId = "";

                /**
                 * Newest entry id; empty when the stream is empty.
                 * @member {string} lastId
                 * @memberof sluice.streaming.v1.StreamInfo
                 * @instance
                 */
                StreamInfo.prototype.lastId = "";

                /**
                 * Entries in the stream's dead-letter stream.
                 * @member {number|Long} dlqLength
                 * @memberof sluice.streaming.v1.StreamInfo
                 * @instance
                 */
                StreamInfo.prototype.dlqLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * The stream's consumer groups.
                 * @member {Array.<sluice.streaming.v1.GroupInfo.$Properties>} groups
                 * @memberof sluice.streaming.v1.StreamInfo
                 * @instance
                 */
                StreamInfo.prototype.groups = $util.emptyArray;

                /**
                 * Creates a new StreamInfo instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.StreamInfo
                 * @static
                 * @param {sluice.streaming.v1.StreamInfo.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.StreamInfo} StreamInfo instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.StreamInfo.$Shape): sluice.streaming.v1.StreamInfo & sluice.streaming.v1.StreamInfo.$Shape;
                 *   (properties?: sluice.streaming.v1.StreamInfo.$Properties): sluice.streaming.v1.StreamInfo;
                 * }}
                 */
                StreamInfo.create = function(properties) {
                    return new StreamInfo(properties);
                };

                /**
                 * Encodes the specified StreamInfo message. Does not implicitly {@link sluice.streaming.v1.StreamInfo.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.StreamInfo
                 * @static
                 * @param {sluice.streaming.v1.StreamInfo.$Properties} message StreamInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StreamInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length") && (typeof message.length === "object" ? message.length.low || message.length.high : message.length !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.length);
                    if (message.firstId != null && $Object.hasOwnProperty.call(message, "firstId") && message.firstId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.firstId);
                    if (message.lastId != null && $Object.hasOwnProperty.call(message, "lastId") && message.lastId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.lastId);
                    if (message.dlqLength != null && $Object.hasOwnProperty.call(message, "dlqLength") && (typeof message.dlqLength === "object" ? message.dlqLength.low || message.dlqLength.high : message.dlqLength !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.dlqLength);
                    if (message.groups != null && message.groups.length)
                        for (let i = 0; i < message.groups.length; ++i)
                            $root.sluice.streaming.v1.GroupInfo.encode(message.groups[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StreamInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.StreamInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.StreamInfo & sluice.streaming.v1.StreamInfo.$Shape} StreamInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StreamInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.StreamInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.length = value;
                                else
                                    delete message.length;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.firstId = value;
                                else
                                    delete message.firstId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.lastId = value;
                                else
                                    delete message.lastId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.dlqLength = value;
                                else
                                    delete message.dlqLength;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.groups && message.groups.length))
                                    message.groups = [];
                                message.groups.push($root.sluice.streaming.v1.GroupInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a StreamInfo message.
                 * @function verify
                 * @memberof sluice.streaming.v1.StreamInfo
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StreamInfo.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                        if (!$util.isInteger(message.length) && !(message.length && $util.isInteger(message.length.low) && $util.isInteger(message.length.high)))
                            return "length: integer|Long expected";
                    if (message.firstId != null && $Object.hasOwnProperty.call(message, "firstId"))
                        if (!$util.isString(message.firstId))
                            return "firstId: string expected";
                    if (message.lastId != null && $Object.hasOwnProperty.call(message, "lastId"))
                        if (!$util.isString(message.lastId))
                            return "lastId: string expected";
                    if (message.dlqLength != null && $Object.hasOwnProperty.call(message, "dlqLength"))
                        if (!$util.isInteger(message.dlqLength) && !(message.dlqLength && $util.isInteger(message.dlqLength.low) && $util.isInteger(message.dlqLength.high)))
                            return "dlqLength: integer|Long expected";
                    if (message.groups != null && $Object.hasOwnProperty.call(message, "groups")) {
                        if (!$Array.isArray(message.groups))
                            return "groups: array expected";
                        for (let i = 0; i < message.groups.length; ++i) {
                            let error = $root.sluice.streaming.v1.GroupInfo.verify(message.groups[i], _depth + 1);
                            if (error)
                                return "groups." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a StreamInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.StreamInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.StreamInfo} StreamInfo
                 */
                StreamInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.StreamInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.StreamInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.StreamInfo();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.length != null)
                        if (typeof object.length === "object" ? object.length.low || object.length.high : $Number(object.length) !== 0)
                            if ($util.Long)
                                message.length = $util.Long.fromValue(object.length, true);
                            else if (typeof object.length === "string")
                                message.length = $parseInt(object.length, 10);
                            else if (typeof object.length === "number")
                                message.length = object.length;
                            else if (typeof object.length === "object")
                                message.length = new $util.LongBits(object.length.low >>> 0, object.length.high >>> 0).toNumber(true);
                    if (object.firstId != null)
                        if (typeof object.firstId !== "string" || object.firstId.length)
                            message.firstId = $String(object.firstId);
                    if (object.lastId != null)
                        if (typeof object.lastId !== "string" || object.lastId.length)
                            message.lastId = $String(object.lastId);
                    if (object.dlqLength != null)
                        if (typeof object.dlqLength === "object" ? object.dlqLength.low || object.dlqLength.high : $Number(object.dlqLength) !== 0)
                            if ($util.Long)
                                message.dlqLength = $util.Long.fromValue(object.dlqLength, true);
                            else if (typeof object.dlqLength === "string")
                                message.dlqLength = $parseInt(object.dlqLength, 10);
                            else if (typeof object.dlqLength === "number")
                                message.dlqLength = object.dlqLength;
                            else if (typeof object.dlqLength === "object")
                                message.dlqLength = new $util.LongBits(object.dlqLength.low >>> 0, object.dlqLength.high >>> 0).toNumber(true);
                    if (object.groups) {
                        if (!$Array.isArray(object.groups))
                            throw $TypeError(".sluice.streaming.v1.StreamInfo.groups: array expected");
                        message.groups = $Array(object.groups.length);
                        for (let i = 0; i < object.groups.length; ++i) {
                            if (!$util.isObject(object.groups[i]))
                                throw $TypeError(".sluice.streaming.v1.StreamInfo.groups: object expected");
                            message.groups[i] = $root.sluice.streaming.v1.GroupInfo.fromObject(object.groups[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a StreamInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.StreamInfo
                 * @static
                 * @param {sluice.streaming.v1.StreamInfo} message StreamInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StreamInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.groups = [];
                    if (options.defaults) {
                        object.name = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.length = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.length = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.firstId = "";
                        object.lastId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.dlqLength = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.dlqLength = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.length = typeof message.length === "number" ? $BigInt(message.length) : $util.Long.fromBits(message.length.low >>> 0, message.length.high >>> 0, true).toBigInt();
                        else if (typeof message.length === "number")
                            object.length = options.longs === $String ? $String(message.length) : message.length;
                        else
                            object.length = options.longs === $String ? $util.Long.prototype.toString.call(message.length) : options.longs === $Number ? new $util.LongBits(message.length.low >>> 0, message.length.high >>> 0).toNumber(true) : message.length;
                    if (message.firstId != null && $Object.hasOwnProperty.call(message, "firstId"))
                        object.firstId = message.firstId;
                    if (message.lastId != null && $Object.hasOwnProperty.call(message, "lastId"))
                        object.lastId = message.lastId;
                    if (message.dlqLength != null && $Object.hasOwnProperty.call(message, "dlqLength"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.dlqLength = typeof message.dlqLength === "number" ? $BigInt(message.dlqLength) : $util.Long.fromBits(message.dlqLength.low >>> 0, message.dlqLength.high >>> 0, true).toBigInt();
                        else if (typeof message.dlqLength === "number")
                            object.dlqLength = options.longs === $String ? $String(message.dlqLength) : message.dlqLength;
                        else
                            object.dlqLength = options.longs === $String ? $util.Long.prototype.toString.call(message.dlqLength) : options.longs === $Number ? new $util.LongBits(message.dlqLength.low >>> 0, message.dlqLength.high >>> 0).toNumber(true) : message.dlqLength;
                    if (message.groups && message.groups.length) {
                        object.groups = $Array(message.groups.length);
                        for (let j = 0; j < message.groups.length; ++j)
                            object.groups[j] = $root.sluice.streaming.v1.GroupInfo.toObject(message.groups[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this StreamInfo to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.StreamInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StreamInfo.prototype.toJSON = function() {
                    return StreamInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StreamInfo
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.StreamInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StreamInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.StreamInfo";
                };

                return StreamInfo;
            })();

            v1.ListStreamsRequest = (function() {

                /**
                 * Properties of a ListStreamsRequest.
                 * @typedef {Object} sluice.streaming.v1.ListStreamsRequest.$Properties
                 * @property {number|null} [limit] Most streams to return, 1-1000; 0 means 1000.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListStreamsRequest.
                 * @memberof sluice.streaming.v1
                 * @interface IListStreamsRequest
                 * @augments sluice.streaming.v1.ListStreamsRequest.$Properties
                 * @deprecated Use sluice.streaming.v1.ListStreamsRequest.$Properties instead.
                 */

                /**
                 * Shape of a ListStreamsRequest.
                 * @typedef {sluice.streaming.v1.ListStreamsRequest.$Properties} sluice.streaming.v1.ListStreamsRequest.$Shape
                 */

                /**
                 * Constructs a new ListStreamsRequest.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a ListStreamsRequest.
                 * @constructor
                 * @param {sluice.streaming.v1.ListStreamsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListStreamsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Most streams to return, 1-1000; 0 means 1000.
                 * @member {number} limit
                 * @memberof sluice.streaming.v1.ListStreamsRequest
                 * @instance
                 */
                ListStreamsRequest.prototype.limit = 0;

                /**
                 * Creates a new ListStreamsRequest instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.ListStreamsRequest
                 * @static
                 * @param {sluice.streaming.v1.ListStreamsRequest.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.ListStreamsRequest} ListStreamsRequest instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.ListStreamsRequest.$Shape): sluice.streaming.v1.ListStreamsRequest & sluice.streaming.v1.ListStreamsRequest.$Shape;
                 *   (properties?: sluice.streaming.v1.ListStreamsRequest.$Properties): sluice.streaming.v1.ListStreamsRequest;
                 * }}
                 */
                ListStreamsRequest.create = function(properties) {
                    return new ListStreamsRequest(properties);
                };

                /**
                 * Encodes the specified ListStreamsRequest message. Does not implicitly {@link sluice.streaming.v1.ListStreamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.ListStreamsRequest
                 * @static
                 * @param {sluice.streaming.v1.ListStreamsRequest.$Properties} message ListStreamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListStreamsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.limit);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ListStreamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.ListStreamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.ListStreamsRequest & sluice.streaming.v1.ListStreamsRequest.$Shape} ListStreamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListStreamsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.ListStreamsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.limit = value;
                                else
                                    delete message.limit;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ListStreamsRequest message.
                 * @function verify
                 * @memberof sluice.streaming.v1.ListStreamsRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListStreamsRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        if (!$util.isInteger(message.limit))
                            return "limit: integer expected";
                    return null;
                };

                /**
                 * Creates a ListStreamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.ListStreamsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.ListStreamsRequest} ListStreamsRequest
                 */
                ListStreamsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.ListStreamsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.ListStreamsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.ListStreamsRequest();
                    if (object.limit != null)
                        if ($Number(object.limit) !== 0)
                            message.limit = object.limit >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a ListStreamsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.ListStreamsRequest
                 * @static
                 * @param {sluice.streaming.v1.ListStreamsRequest} message ListStreamsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListStreamsRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.limit = 0;
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        object.limit = message.limit;
                    return object;
                };

                /**
                 * Converts this ListStreamsRequest to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.ListStreamsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListStreamsRequest.prototype.toJSON = function() {
                    return ListStreamsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListStreamsRequest
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.ListStreamsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListStreamsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.ListStreamsRequest";
                };

                return ListStreamsRequest;
            })();

            v1.StreamSummary = (function() {

                /**
                 * Properties of a StreamSummary.
                 * @typedef {Object} sluice.streaming.v1.StreamSummary.$Properties
                 * @property {string|null} [name] Stream name.
                 * @property {number|Long|null} [length] Entries in the stream.
                 * @property {number|Long|null} [dlqLength] Entries in its dead-letter stream.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StreamSummary.
                 * @memberof sluice.streaming.v1
                 * @interface IStreamSummary
                 * @augments sluice.streaming.v1.StreamSummary.$Properties
                 * @deprecated Use sluice.streaming.v1.StreamSummary.$Properties instead.
                 */

                /**
                 * Shape of a StreamSummary.
                 * @typedef {sluice.streaming.v1.StreamSummary.$Properties} sluice.streaming.v1.StreamSummary.$Shape
                 */

                /**
                 * Constructs a new StreamSummary.
                 * @memberof sluice.streaming.v1
                 * @classdesc A stream in a listing.
                 * @constructor
                 * @param {sluice.streaming.v1.StreamSummary.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StreamSummary = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Stream name.
                 * @member {string} name
                 * @memberof sluice.streaming.v1.StreamSummary
                 * @instance
                 */
                StreamSummary.prototype.name = "";

                /**
                 * Entries in the stream.
                 * @member {number|Long} length
                 * @memberof sluice.streaming.v1.StreamSummary
                 * @instance
                 */
                StreamSummary.prototype.length = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Entries in its dead-letter stream.
                 * @member {number|Long} dlqLength
                 * @memberof sluice.streaming.v1.StreamSummary
                 * @instance
                 */
                StreamSummary.prototype.dlqLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new StreamSummary instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.StreamSummary
                 * @static
                 * @param {sluice.streaming.v1.StreamSummary.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.StreamSummary} StreamSummary instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.StreamSummary.$Shape): sluice.streaming.v1.StreamSummary & sluice.streaming.v1.StreamSummary.$Shape;
                 *   (properties?: sluice.streaming.v1.StreamSummary.$Properties): sluice.streaming.v1.StreamSummary;
                 * }}
                 */
                StreamSummary.create = function(properties) {
                    return new StreamSummary(properties);
                };

                /**
                 * Encodes the specified StreamSummary message. Does not implicitly {@link sluice.streaming.v1.StreamSummary.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.StreamSummary
                 * @static
                 * @param {sluice.streaming.v1.StreamSummary.$Properties} message StreamSummary message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StreamSummary.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length") && (typeof message.length === "object" ? message.length.low || message.length.high : message.length !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.length);
                    if (message.dlqLength != null && $Object.hasOwnProperty.call(message, "dlqLength") && (typeof message.dlqLength === "object" ? message.dlqLength.low || message.dlqLength.high : message.dlqLength !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.dlqLength);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StreamSummary message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.StreamSummary
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.StreamSummary & sluice.streaming.v1.StreamSummary.$Shape} StreamSummary
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StreamSummary.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.StreamSummary();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.length = value;
                                else
                                    delete message.length;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.dlqLength = value;
                                else
                                    delete message.dlqLength;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a StreamSummary message.
                 * @function verify
                 * @memberof sluice.streaming.v1.StreamSummary
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StreamSummary.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                        if (!$util.isInteger(message.length) && !(message.length && $util.isInteger(message.length.low) && $util.isInteger(message.length.high)))
                            return "length: integer|Long expected";
                    if (message.dlqLength != null && $Object.hasOwnProperty.call(message, "dlqLength"))
                        if (!$util.isInteger(message.dlqLength) && !(message.dlqLength && $util.isInteger(message.dlqLength.low) && $util.isInteger(message.dlqLength.high)))
                            return "dlqLength: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a StreamSummary message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.StreamSummary
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.StreamSummary} StreamSummary
                 */
                StreamSummary.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.StreamSummary)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.StreamSummary: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.StreamSummary();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.length != null)
                        if (typeof object.length === "object" ? object.length.low || object.length.high : $Number(object.length) !== 0)
                            if ($util.Long)
                                message.length = $util.Long.fromValue(object.length, true);
                            else if (typeof object.length === "string")
                                message.length = $parseInt(object.length, 10);
                            else if (typeof object.length === "number")
                                message.length = object.length;
                            else if (typeof object.length === "object")
                                message.length = new $util.LongBits(object.length.low >>> 0, object.length.high >>> 0).toNumber(true);
                    if (object.dlqLength != null)
                        if (typeof object.dlqLength === "object" ? object.dlqLength.low || object.dlqLength.high : $Number(object.dlqLength) !== 0)
                            if ($util.Long)
                                message.dlqLength = $util.Long.fromValue(object.dlqLength, true);
                            else if (typeof object.dlqLength === "string")
                                message.dlqLength = $parseInt(object.dlqLength, 10);
                            else if (typeof object.dlqLength === "number")
                                message.dlqLength = object.dlqLength;
                            else if (typeof object.dlqLength === "object")
                                message.dlqLength = new $util.LongBits(object.dlqLength.low >>> 0, object.dlqLength.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a StreamSummary message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.StreamSummary
                 * @static
                 * @param {sluice.streaming.v1.StreamSummary} message StreamSummary
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StreamSummary.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.name = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.length = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.length = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.dlqLength = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.dlqLength = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.length = typeof message.length === "number" ? $BigInt(message.length) : $util.Long.fromBits(message.length.low >>> 0, message.length.high >>> 0, true).toBigInt();
                        else if (typeof message.length === "number")
                            object.length = options.longs === $String ? $String(message.length) : message.length;
                        else
                            object.length = options.longs === $String ? $util.Long.prototype.toString.call(message.length) : options.longs === $Number ? new $util.LongBits(message.length.low >>> 0, message.length.high >>> 0).toNumber(true) : message.length;
                    if (message.dlqLength != null && $Object.hasOwnProperty.call(message, "dlqLength"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.dlqLength = typeof message.dlqLength === "number" ? $BigInt(message.dlqLength) : $util.Long.fromBits(message.dlqLength.low >>> 0, message.dlqLength.high >>> 0, true).toBigInt();
                        else if (typeof message.dlqLength === "number")
                            object.dlqLength = options.longs === $String ? $String(message.dlqLength) : message.dlqLength;
                        else
                            object.dlqLength = options.longs === $String ? $util.Long.prototype.toString.call(message.dlqLength) : options.longs === $Number ? new $util.LongBits(message.dlqLength.low >>> 0, message.dlqLength.high >>> 0).toNumber(true) : message.dlqLength;
                    return object;
                };

                /**
                 * Converts this StreamSummary to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.StreamSummary
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StreamSummary.prototype.toJSON = function() {
                    return StreamSummary.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StreamSummary
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.StreamSummary
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StreamSummary.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.StreamSummary";
                };

                return StreamSummary;
            })();

            v1.ListStreamsResponse = (function() {

                /**
                 * Properties of a ListStreamsResponse.
                 * @typedef {Object} sluice.streaming.v1.ListStreamsResponse.$Properties
                 * @property {Array.<sluice.streaming.v1.StreamSummary.$Properties>|null} [streams] Sorted by name.
                 * @property {boolean|null} [truncated] More streams exist than `limit`.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListStreamsResponse.
                 * @memberof sluice.streaming.v1
                 * @interface IListStreamsResponse
                 * @augments sluice.streaming.v1.ListStreamsResponse.$Properties
                 * @deprecated Use sluice.streaming.v1.ListStreamsResponse.$Properties instead.
                 */

                /**
                 * Shape of a ListStreamsResponse.
                 * @typedef {sluice.streaming.v1.ListStreamsResponse.$Properties} sluice.streaming.v1.ListStreamsResponse.$Shape
                 */

                /**
                 * Constructs a new ListStreamsResponse.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a ListStreamsResponse.
                 * @constructor
                 * @param {sluice.streaming.v1.ListStreamsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListStreamsResponse = function (properties) {
                    this.streams = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Sorted by name.
                 * @member {Array.<sluice.streaming.v1.StreamSummary.$Properties>} streams
                 * @memberof sluice.streaming.v1.ListStreamsResponse
                 * @instance
                 */
                ListStreamsResponse.prototype.streams = $util.emptyArray;

                /**
                 * More streams exist than `limit`.
                 * @member {boolean} truncated
                 * @memberof sluice.streaming.v1.ListStreamsResponse
                 * @instance
                 */
                ListStreamsResponse.prototype.truncated = false;

                /**
                 * Creates a new ListStreamsResponse instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.ListStreamsResponse
                 * @static
                 * @param {sluice.streaming.v1.ListStreamsResponse.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.ListStreamsResponse} ListStreamsResponse instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.ListStreamsResponse.$Shape): sluice.streaming.v1.ListStreamsResponse & sluice.streaming.v1.ListStreamsResponse.$Shape;
                 *   (properties?: sluice.streaming.v1.ListStreamsResponse.$Properties): sluice.streaming.v1.ListStreamsResponse;
                 * }}
                 */
                ListStreamsResponse.create = function(properties) {
                    return new ListStreamsResponse(properties);
                };

                /**
                 * Encodes the specified ListStreamsResponse message. Does not implicitly {@link sluice.streaming.v1.ListStreamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.ListStreamsResponse
                 * @static
                 * @param {sluice.streaming.v1.ListStreamsResponse.$Properties} message ListStreamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListStreamsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.streams != null && message.streams.length)
                        for (let i = 0; i < message.streams.length; ++i)
                            $root.sluice.streaming.v1.StreamSummary.encode(message.streams[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated") && message.truncated !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.truncated);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ListStreamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.ListStreamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.ListStreamsResponse & sluice.streaming.v1.ListStreamsResponse.$Shape} ListStreamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListStreamsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.ListStreamsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.streams && message.streams.length))
                                    message.streams = [];
                                message.streams.push($root.sluice.streaming.v1.StreamSummary.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.truncated = value;
                                else
                                    delete message.truncated;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ListStreamsResponse message.
                 * @function verify
                 * @memberof sluice.streaming.v1.ListStreamsResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ListStreamsResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.streams != null && $Object.hasOwnProperty.call(message, "streams")) {
                        if (!$Array.isArray(message.streams))
                            return "streams: array expected";
                        for (let i = 0; i < message.streams.length; ++i) {
                            let error = $root.sluice.streaming.v1.StreamSummary.verify(message.streams[i], _depth + 1);
                            if (error)
                                return "streams." + error;
                        }
                    }
                    if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated"))
                        if (typeof message.truncated !== "boolean")
                            return "truncated: boolean expected";
                    return null;
                };

                /**
                 * Creates a ListStreamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.ListStreamsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.ListStreamsResponse} ListStreamsResponse
                 */
                ListStreamsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.ListStreamsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.ListStreamsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.ListStreamsResponse();
                    if (object.streams) {
                        if (!$Array.isArray(object.streams))
                            throw $TypeError(".sluice.streaming.v1.ListStreamsResponse.streams: array expected");
                        message.streams = $Array(object.streams.length);
                        for (let i = 0; i < object.streams.length; ++i) {
                            if (!$util.isObject(object.streams[i]))
                                throw $TypeError(".sluice.streaming.v1.ListStreamsResponse.streams: object expected");
                            message.streams[i] = $root.sluice.streaming.v1.StreamSummary.fromObject(object.streams[i], _depth + 1);
                        }
                    }
                    if (object.truncated != null)
                        if (object.truncated)
                            message.truncated = $Boolean(object.truncated);
                    return message;
                };

                /**
                 * Creates a plain object from a ListStreamsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.ListStreamsResponse
                 * @static
                 * @param {sluice.streaming.v1.ListStreamsResponse} message ListStreamsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListStreamsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.streams = [];
                    if (options.defaults)
                        object.truncated = false;
                    if (message.streams && message.streams.length) {
                        object.streams = $Array(message.streams.length);
                        for (let j = 0; j < message.streams.length; ++j)
                            object.streams[j] = $root.sluice.streaming.v1.StreamSummary.toObject(message.streams[j], options, _depth + 1);
                    }
                    if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated"))
                        object.truncated = message.truncated;
                    return object;
                };

                /**
                 * Converts this ListStreamsResponse to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.ListStreamsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListStreamsResponse.prototype.toJSON = function() {
                    return ListStreamsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListStreamsResponse
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.ListStreamsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListStreamsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.ListStreamsResponse";
                };

                return ListStreamsResponse;
            })();

            /**
             * What a length or age cap may do to entries a group has not consumed.
             * @name sluice.streaming.v1.UnconsumedPolicy
             * @enum {number}
             * @property {number} UNCONSUMED_POLICY_UNSPECIFIED=0 Same as UNCONSUMED_POLICY_PROTECT.
             * @property {number} UNCONSUMED_POLICY_PROTECT=1 Keep them; the stream grows past its cap and the over-cap figure is reported (and alarmed on).
             * @property {number} UNCONSUMED_POLICY_DROP=2 Trim them anyway and count exactly how many were dropped.
             */
            v1.UnconsumedPolicy = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNCONSUMED_POLICY_UNSPECIFIED"] = 0;
                values[valuesById[1] = "UNCONSUMED_POLICY_PROTECT"] = 1;
                values[valuesById[2] = "UNCONSUMED_POLICY_DROP"] = 2;
                return values;
            })();

            v1.Retention = (function() {

                /**
                 * Properties of a Retention.
                 * @typedef {Object} sluice.streaming.v1.Retention.$Properties
                 * @property {number|Long|null} [maxLength] Keep at most this many entries; 0 for no length cap.
                 * @property {number|Long|null} [maxAgeMs] Keep entries at most this old, milliseconds; 0 for no age cap.
                 * @property {sluice.streaming.v1.UnconsumedPolicy|null} [unconsumed] What the caps may do to unconsumed entries.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Retention.
                 * @memberof sluice.streaming.v1
                 * @interface IRetention
                 * @augments sluice.streaming.v1.Retention.$Properties
                 * @deprecated Use sluice.streaming.v1.Retention.$Properties instead.
                 */

                /**
                 * Shape of a Retention.
                 * @typedef {sluice.streaming.v1.Retention.$Properties} sluice.streaming.v1.Retention.$Shape
                 */

                /**
                 * Constructs a new Retention.
                 * @memberof sluice.streaming.v1
                 * @classdesc How much of a stream is kept. Entries every group acknowledged are always trimmable.
                 * @constructor
                 * @param {sluice.streaming.v1.Retention.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Retention = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Keep at most this many entries; 0 for no length cap.
                 * @member {number|Long} maxLength
                 * @memberof sluice.streaming.v1.Retention
                 * @instance
                 */
                Retention.prototype.maxLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Keep entries at most this old, milliseconds; 0 for no age cap.
                 * @member {number|Long} maxAgeMs
                 * @memberof sluice.streaming.v1.Retention
                 * @instance
                 */
                Retention.prototype.maxAgeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * What the caps may do to unconsumed entries.
                 * @member {sluice.streaming.v1.UnconsumedPolicy} unconsumed
                 * @memberof sluice.streaming.v1.Retention
                 * @instance
                 */
                Retention.prototype.unconsumed = 0;

                /**
                 * Creates a new Retention instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.Retention
                 * @static
                 * @param {sluice.streaming.v1.Retention.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.Retention} Retention instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.Retention.$Shape): sluice.streaming.v1.Retention & sluice.streaming.v1.Retention.$Shape;
                 *   (properties?: sluice.streaming.v1.Retention.$Properties): sluice.streaming.v1.Retention;
                 * }}
                 */
                Retention.create = function(properties) {
                    return new Retention(properties);
                };

                /**
                 * Encodes the specified Retention message. Does not implicitly {@link sluice.streaming.v1.Retention.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.Retention
                 * @static
                 * @param {sluice.streaming.v1.Retention.$Properties} message Retention message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Retention.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.maxLength != null && $Object.hasOwnProperty.call(message, "maxLength") && (typeof message.maxLength === "object" ? message.maxLength.low || message.maxLength.high : message.maxLength !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.maxLength);
                    if (message.maxAgeMs != null && $Object.hasOwnProperty.call(message, "maxAgeMs") && (typeof message.maxAgeMs === "object" ? message.maxAgeMs.low || message.maxAgeMs.high : message.maxAgeMs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.maxAgeMs);
                    if (message.unconsumed != null && $Object.hasOwnProperty.call(message, "unconsumed") && message.unconsumed !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.unconsumed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Retention message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.Retention
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.Retention & sluice.streaming.v1.Retention.$Shape} Retention
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Retention.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.Retention();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxLength = value;
                                else
                                    delete message.maxLength;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxAgeMs = value;
                                else
                                    delete message.maxAgeMs;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.unconsumed = value;
                                else
                                    delete message.unconsumed;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a Retention message.
                 * @function verify
                 * @memberof sluice.streaming.v1.Retention
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Retention.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.maxLength != null && $Object.hasOwnProperty.call(message, "maxLength"))
                        if (!$util.isInteger(message.maxLength) && !(message.maxLength && $util.isInteger(message.maxLength.low) && $util.isInteger(message.maxLength.high)))
                            return "maxLength: integer|Long expected";
                    if (message.maxAgeMs != null && $Object.hasOwnProperty.call(message, "maxAgeMs"))
                        if (!$util.isInteger(message.maxAgeMs) && !(message.maxAgeMs && $util.isInteger(message.maxAgeMs.low) && $util.isInteger(message.maxAgeMs.high)))
                            return "maxAgeMs: integer|Long expected";
                    if (message.unconsumed != null && $Object.hasOwnProperty.call(message, "unconsumed"))
                        if (typeof message.unconsumed !== "number" || (message.unconsumed | 0) !== message.unconsumed)
                            return "unconsumed: enum value expected";
                    return null;
                };

                /**
                 * Creates a Retention message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.Retention
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.Retention} Retention
                 */
                Retention.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.Retention)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.Retention: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.Retention();
                    if (object.maxLength != null)
                        if (typeof object.maxLength === "object" ? object.maxLength.low || object.maxLength.high : $Number(object.maxLength) !== 0)
                            if ($util.Long)
                                message.maxLength = $util.Long.fromValue(object.maxLength, true);
                            else if (typeof object.maxLength === "string")
                                message.maxLength = $parseInt(object.maxLength, 10);
                            else if (typeof object.maxLength === "number")
                                message.maxLength = object.maxLength;
                            else if (typeof object.maxLength === "object")
                                message.maxLength = new $util.LongBits(object.maxLength.low >>> 0, object.maxLength.high >>> 0).toNumber(true);
                    if (object.maxAgeMs != null)
                        if (typeof object.maxAgeMs === "object" ? object.maxAgeMs.low || object.maxAgeMs.high : $Number(object.maxAgeMs) !== 0)
                            if ($util.Long)
                                message.maxAgeMs = $util.Long.fromValue(object.maxAgeMs, true);
                            else if (typeof object.maxAgeMs === "string")
                                message.maxAgeMs = $parseInt(object.maxAgeMs, 10);
                            else if (typeof object.maxAgeMs === "number")
                                message.maxAgeMs = object.maxAgeMs;
                            else if (typeof object.maxAgeMs === "object")
                                message.maxAgeMs = new $util.LongBits(object.maxAgeMs.low >>> 0, object.maxAgeMs.high >>> 0).toNumber(true);
                    if (object.unconsumed !== 0 && (typeof object.unconsumed !== "string" || $root.sluice.streaming.v1.UnconsumedPolicy[object.unconsumed] !== 0))
                        switch (object.unconsumed) {
                        case "UNCONSUMED_POLICY_UNSPECIFIED":
                        case 0:
                            message.unconsumed = 0;
                            break;
                        case "UNCONSUMED_POLICY_PROTECT":
                        case 1:
                            message.unconsumed = 1;
                            break;
                        case "UNCONSUMED_POLICY_DROP":
                        case 2:
                            message.unconsumed = 2;
                            break;
                        default:
                            if (typeof object.unconsumed === "number" && (object.unconsumed | 0) === object.unconsumed)
                                message.unconsumed = object.unconsumed;
                        }
                    return message;
                };

                /**
                 * Creates a plain object from a Retention message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.Retention
                 * @static
                 * @param {sluice.streaming.v1.Retention} message Retention
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Retention.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxLength = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxLength = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxAgeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxAgeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.unconsumed = options.enums === $String ? "UNCONSUMED_POLICY_UNSPECIFIED" : 0;
                    }
                    if (message.maxLength != null && $Object.hasOwnProperty.call(message, "maxLength"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxLength = typeof message.maxLength === "number" ? $BigInt(message.maxLength) : $util.Long.fromBits(message.maxLength.low >>> 0, message.maxLength.high >>> 0, true).toBigInt();
                        else if (typeof message.maxLength === "number")
                            object.maxLength = options.longs === $String ? $String(message.maxLength) : message.maxLength;
                        else
                            object.maxLength = options.longs === $String ? $util.Long.prototype.toString.call(message.maxLength) : options.longs === $Number ? new $util.LongBits(message.maxLength.low >>> 0, message.maxLength.high >>> 0).toNumber(true) : message.maxLength;
                    if (message.maxAgeMs != null && $Object.hasOwnProperty.call(message, "maxAgeMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxAgeMs = typeof message.maxAgeMs === "number" ? $BigInt(message.maxAgeMs) : $util.Long.fromBits(message.maxAgeMs.low >>> 0, message.maxAgeMs.high >>> 0, true).toBigInt();
                        else if (typeof message.maxAgeMs === "number")
                            object.maxAgeMs = options.longs === $String ? $String(message.maxAgeMs) : message.maxAgeMs;
                        else
                            object.maxAgeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.maxAgeMs) : options.longs === $Number ? new $util.LongBits(message.maxAgeMs.low >>> 0, message.maxAgeMs.high >>> 0).toNumber(true) : message.maxAgeMs;
                    if (message.unconsumed != null && $Object.hasOwnProperty.call(message, "unconsumed"))
                        object.unconsumed = options.enums === $String ? $root.sluice.streaming.v1.UnconsumedPolicy[message.unconsumed] === $undefined ? message.unconsumed : $root.sluice.streaming.v1.UnconsumedPolicy[message.unconsumed] : message.unconsumed;
                    return object;
                };

                /**
                 * Converts this Retention to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.Retention
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Retention.prototype.toJSON = function() {
                    return Retention.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Retention
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.Retention
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Retention.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.Retention";
                };

                return Retention;
            })();

            v1.RegisterStreamRequest = (function() {

                /**
                 * Properties of a RegisterStreamRequest.
                 * @typedef {Object} sluice.streaming.v1.RegisterStreamRequest.$Properties
                 * @property {string|null} [stream] Stream to create.
                 * @property {Array.<string>|null} [groups] Consumer groups to create at the start of the stream; existing groups are left as they are.
                 * @property {sluice.streaming.v1.Retention.$Properties|null} [retention] Applied once now; run it on a schedule with the platform's retention job.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RegisterStreamRequest.
                 * @memberof sluice.streaming.v1
                 * @interface IRegisterStreamRequest
                 * @augments sluice.streaming.v1.RegisterStreamRequest.$Properties
                 * @deprecated Use sluice.streaming.v1.RegisterStreamRequest.$Properties instead.
                 */

                /**
                 * Shape of a RegisterStreamRequest.
                 * @typedef {sluice.streaming.v1.RegisterStreamRequest.$Properties} sluice.streaming.v1.RegisterStreamRequest.$Shape
                 */

                /**
                 * Constructs a new RegisterStreamRequest.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a RegisterStreamRequest.
                 * @constructor
                 * @param {sluice.streaming.v1.RegisterStreamRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RegisterStreamRequest = function (properties) {
                    this.groups = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Stream to create.
                 * @member {string} stream
                 * @memberof sluice.streaming.v1.RegisterStreamRequest
                 * @instance
                 */
                RegisterStreamRequest.prototype.stream = "";

                /**
                 * Consumer groups to create at the start of the stream; existing groups are left as they are.
                 * @member {Array.<string>} groups
                 * @memberof sluice.streaming.v1.RegisterStreamRequest
                 * @instance
                 */
                RegisterStreamRequest.prototype.groups = $util.emptyArray;

                /**
                 * Applied once now; run it on a schedule with the platform's retention job.
                 * @member {sluice.streaming.v1.Retention.$Properties|null|undefined} retention
                 * @memberof sluice.streaming.v1.RegisterStreamRequest
                 * @instance
                 */
                RegisterStreamRequest.prototype.retention = null;

                /**
                 * Creates a new RegisterStreamRequest instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.RegisterStreamRequest
                 * @static
                 * @param {sluice.streaming.v1.RegisterStreamRequest.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.RegisterStreamRequest} RegisterStreamRequest instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.RegisterStreamRequest.$Shape): sluice.streaming.v1.RegisterStreamRequest & sluice.streaming.v1.RegisterStreamRequest.$Shape;
                 *   (properties?: sluice.streaming.v1.RegisterStreamRequest.$Properties): sluice.streaming.v1.RegisterStreamRequest;
                 * }}
                 */
                RegisterStreamRequest.create = function(properties) {
                    return new RegisterStreamRequest(properties);
                };

                /**
                 * Encodes the specified RegisterStreamRequest message. Does not implicitly {@link sluice.streaming.v1.RegisterStreamRequest.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.RegisterStreamRequest
                 * @static
                 * @param {sluice.streaming.v1.RegisterStreamRequest.$Properties} message RegisterStreamRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RegisterStreamRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.stream);
                    if (message.groups != null && message.groups.length)
                        for (let i = 0; i < message.groups.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.groups[i]);
                    if (message.retention != null && $Object.hasOwnProperty.call(message, "retention"))
                        $root.sluice.streaming.v1.Retention.encode(message.retention, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RegisterStreamRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.RegisterStreamRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.RegisterStreamRequest & sluice.streaming.v1.RegisterStreamRequest.$Shape} RegisterStreamRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RegisterStreamRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.RegisterStreamRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.groups && message.groups.length))
                                    message.groups = [];
                                message.groups.push(reader.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.retention = $root.sluice.streaming.v1.Retention.decode(reader, reader.size(), $undefined, _depth + 1, message.retention);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a RegisterStreamRequest message.
                 * @function verify
                 * @memberof sluice.streaming.v1.RegisterStreamRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RegisterStreamRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        if (!$util.isString(message.stream))
                            return "stream: string expected";
                    if (message.groups != null && $Object.hasOwnProperty.call(message, "groups")) {
                        if (!$Array.isArray(message.groups))
                            return "groups: array expected";
                        for (let i = 0; i < message.groups.length; ++i)
                            if (!$util.isString(message.groups[i]))
                                return "groups: string[] expected";
                    }
                    if (message.retention != null && $Object.hasOwnProperty.call(message, "retention")) {
                        let error = $root.sluice.streaming.v1.Retention.verify(message.retention, _depth + 1);
                        if (error)
                            return "retention." + error;
                    }
                    return null;
                };

                /**
                 * Creates a RegisterStreamRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.RegisterStreamRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.RegisterStreamRequest} RegisterStreamRequest
                 */
                RegisterStreamRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.RegisterStreamRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.RegisterStreamRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.RegisterStreamRequest();
                    if (object.stream != null)
                        if (typeof object.stream !== "string" || object.stream.length)
                            message.stream = $String(object.stream);
                    if (object.groups) {
                        if (!$Array.isArray(object.groups))
                            throw $TypeError(".sluice.streaming.v1.RegisterStreamRequest.groups: array expected");
                        message.groups = $Array(object.groups.length);
                        for (let i = 0; i < object.groups.length; ++i)
                            message.groups[i] = $String(object.groups[i]);
                    }
                    if (object.retention != null) {
                        if (!$util.isObject(object.retention))
                            throw $TypeError(".sluice.streaming.v1.RegisterStreamRequest.retention: object expected");
                        message.retention = $root.sluice.streaming.v1.Retention.fromObject(object.retention, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a RegisterStreamRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.RegisterStreamRequest
                 * @static
                 * @param {sluice.streaming.v1.RegisterStreamRequest} message RegisterStreamRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RegisterStreamRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.groups = [];
                    if (options.defaults) {
                        object.stream = "";
                        object.retention = null;
                    }
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        object.stream = message.stream;
                    if (message.groups && message.groups.length) {
                        object.groups = $Array(message.groups.length);
                        for (let j = 0; j < message.groups.length; ++j)
                            object.groups[j] = message.groups[j];
                    }
                    if (message.retention != null && $Object.hasOwnProperty.call(message, "retention"))
                        object.retention = $root.sluice.streaming.v1.Retention.toObject(message.retention, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this RegisterStreamRequest to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.RegisterStreamRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RegisterStreamRequest.prototype.toJSON = function() {
                    return RegisterStreamRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RegisterStreamRequest
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.RegisterStreamRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RegisterStreamRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.RegisterStreamRequest";
                };

                return RegisterStreamRequest;
            })();

            v1.RegisterStreamResponse = (function() {

                /**
                 * Properties of a RegisterStreamResponse.
                 * @typedef {Object} sluice.streaming.v1.RegisterStreamResponse.$Properties
                 * @property {sluice.streaming.v1.StreamInfo.$Properties|null} [info] The stream after registration.
                 * @property {Array.<string>|null} [createdGroups] Groups this call created (the others already existed).
                 * @property {number|Long|null} [trimmed] Entries the retention pass removed.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RegisterStreamResponse.
                 * @memberof sluice.streaming.v1
                 * @interface IRegisterStreamResponse
                 * @augments sluice.streaming.v1.RegisterStreamResponse.$Properties
                 * @deprecated Use sluice.streaming.v1.RegisterStreamResponse.$Properties instead.
                 */

                /**
                 * Shape of a RegisterStreamResponse.
                 * @typedef {sluice.streaming.v1.RegisterStreamResponse.$Properties} sluice.streaming.v1.RegisterStreamResponse.$Shape
                 */

                /**
                 * Constructs a new RegisterStreamResponse.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a RegisterStreamResponse.
                 * @constructor
                 * @param {sluice.streaming.v1.RegisterStreamResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RegisterStreamResponse = function (properties) {
                    this.createdGroups = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * The stream after registration.
                 * @member {sluice.streaming.v1.StreamInfo.$Properties|null|undefined} info
                 * @memberof sluice.streaming.v1.RegisterStreamResponse
                 * @instance
                 */
                RegisterStreamResponse.prototype.info = null;

                /**
                 * Groups this call created (the others already existed).
                 * @member {Array.<string>} createdGroups
                 * @memberof sluice.streaming.v1.RegisterStreamResponse
                 * @instance
                 */
                RegisterStreamResponse.prototype.createdGroups = $util.emptyArray;

                /**
                 * Entries the retention pass removed.
                 * @member {number|Long} trimmed
                 * @memberof sluice.streaming.v1.RegisterStreamResponse
                 * @instance
                 */
                RegisterStreamResponse.prototype.trimmed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new RegisterStreamResponse instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.RegisterStreamResponse
                 * @static
                 * @param {sluice.streaming.v1.RegisterStreamResponse.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.RegisterStreamResponse} RegisterStreamResponse instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.RegisterStreamResponse.$Shape): sluice.streaming.v1.RegisterStreamResponse & sluice.streaming.v1.RegisterStreamResponse.$Shape;
                 *   (properties?: sluice.streaming.v1.RegisterStreamResponse.$Properties): sluice.streaming.v1.RegisterStreamResponse;
                 * }}
                 */
                RegisterStreamResponse.create = function(properties) {
                    return new RegisterStreamResponse(properties);
                };

                /**
                 * Encodes the specified RegisterStreamResponse message. Does not implicitly {@link sluice.streaming.v1.RegisterStreamResponse.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.RegisterStreamResponse
                 * @static
                 * @param {sluice.streaming.v1.RegisterStreamResponse.$Properties} message RegisterStreamResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RegisterStreamResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                        $root.sluice.streaming.v1.StreamInfo.encode(message.info, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.createdGroups != null && message.createdGroups.length)
                        for (let i = 0; i < message.createdGroups.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.createdGroups[i]);
                    if (message.trimmed != null && $Object.hasOwnProperty.call(message, "trimmed") && (typeof message.trimmed === "object" ? message.trimmed.low || message.trimmed.high : message.trimmed !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.trimmed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RegisterStreamResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.RegisterStreamResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.RegisterStreamResponse & sluice.streaming.v1.RegisterStreamResponse.$Shape} RegisterStreamResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RegisterStreamResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.RegisterStreamResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.info = $root.sluice.streaming.v1.StreamInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.createdGroups && message.createdGroups.length))
                                    message.createdGroups = [];
                                message.createdGroups.push(reader.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.trimmed = value;
                                else
                                    delete message.trimmed;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a RegisterStreamResponse message.
                 * @function verify
                 * @memberof sluice.streaming.v1.RegisterStreamResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RegisterStreamResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                        let error = $root.sluice.streaming.v1.StreamInfo.verify(message.info, _depth + 1);
                        if (error)
                            return "info." + error;
                    }
                    if (message.createdGroups != null && $Object.hasOwnProperty.call(message, "createdGroups")) {
                        if (!$Array.isArray(message.createdGroups))
                            return "createdGroups: array expected";
                        for (let i = 0; i < message.createdGroups.length; ++i)
                            if (!$util.isString(message.createdGroups[i]))
                                return "createdGroups: string[] expected";
                    }
                    if (message.trimmed != null && $Object.hasOwnProperty.call(message, "trimmed"))
                        if (!$util.isInteger(message.trimmed) && !(message.trimmed && $util.isInteger(message.trimmed.low) && $util.isInteger(message.trimmed.high)))
                            return "trimmed: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a RegisterStreamResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.RegisterStreamResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.RegisterStreamResponse} RegisterStreamResponse
                 */
                RegisterStreamResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.RegisterStreamResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.RegisterStreamResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.RegisterStreamResponse();
                    if (object.info != null) {
                        if (!$util.isObject(object.info))
                            throw $TypeError(".sluice.streaming.v1.RegisterStreamResponse.info: object expected");
                        message.info = $root.sluice.streaming.v1.StreamInfo.fromObject(object.info, _depth + 1);
                    }
                    if (object.createdGroups) {
                        if (!$Array.isArray(object.createdGroups))
                            throw $TypeError(".sluice.streaming.v1.RegisterStreamResponse.createdGroups: array expected");
                        message.createdGroups = $Array(object.createdGroups.length);
                        for (let i = 0; i < object.createdGroups.length; ++i)
                            message.createdGroups[i] = $String(object.createdGroups[i]);
                    }
                    if (object.trimmed != null)
                        if (typeof object.trimmed === "object" ? object.trimmed.low || object.trimmed.high : $Number(object.trimmed) !== 0)
                            if ($util.Long)
                                message.trimmed = $util.Long.fromValue(object.trimmed, true);
                            else if (typeof object.trimmed === "string")
                                message.trimmed = $parseInt(object.trimmed, 10);
                            else if (typeof object.trimmed === "number")
                                message.trimmed = object.trimmed;
                            else if (typeof object.trimmed === "object")
                                message.trimmed = new $util.LongBits(object.trimmed.low >>> 0, object.trimmed.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a RegisterStreamResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.RegisterStreamResponse
                 * @static
                 * @param {sluice.streaming.v1.RegisterStreamResponse} message RegisterStreamResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RegisterStreamResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.createdGroups = [];
                    if (options.defaults) {
                        object.info = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.trimmed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.trimmed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                        object.info = $root.sluice.streaming.v1.StreamInfo.toObject(message.info, options, _depth + 1);
                    if (message.createdGroups && message.createdGroups.length) {
                        object.createdGroups = $Array(message.createdGroups.length);
                        for (let j = 0; j < message.createdGroups.length; ++j)
                            object.createdGroups[j] = message.createdGroups[j];
                    }
                    if (message.trimmed != null && $Object.hasOwnProperty.call(message, "trimmed"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.trimmed = typeof message.trimmed === "number" ? $BigInt(message.trimmed) : $util.Long.fromBits(message.trimmed.low >>> 0, message.trimmed.high >>> 0, true).toBigInt();
                        else if (typeof message.trimmed === "number")
                            object.trimmed = options.longs === $String ? $String(message.trimmed) : message.trimmed;
                        else
                            object.trimmed = options.longs === $String ? $util.Long.prototype.toString.call(message.trimmed) : options.longs === $Number ? new $util.LongBits(message.trimmed.low >>> 0, message.trimmed.high >>> 0).toNumber(true) : message.trimmed;
                    return object;
                };

                /**
                 * Converts this RegisterStreamResponse to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.RegisterStreamResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RegisterStreamResponse.prototype.toJSON = function() {
                    return RegisterStreamResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RegisterStreamResponse
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.RegisterStreamResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RegisterStreamResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.RegisterStreamResponse";
                };

                return RegisterStreamResponse;
            })();

            v1.RedriveRequest = (function() {

                /**
                 * Properties of a RedriveRequest.
                 * @typedef {Object} sluice.streaming.v1.RedriveRequest.$Properties
                 * @property {string|null} [stream] Stream whose dead-letter entries move back.
                 * @property {string|null} [fromId] First dead-letter id to move, inclusive; empty for the oldest.
                 * @property {string|null} [toId] Last dead-letter id to move, inclusive; empty for the newest.
                 * @property {number|null} [limit] Most entries to move; 0 for all in range.
                 * @property {number|null} [ratePerSecond] At most this many entries per second; 0 means 1000.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RedriveRequest.
                 * @memberof sluice.streaming.v1
                 * @interface IRedriveRequest
                 * @augments sluice.streaming.v1.RedriveRequest.$Properties
                 * @deprecated Use sluice.streaming.v1.RedriveRequest.$Properties instead.
                 */

                /**
                 * Shape of a RedriveRequest.
                 * @typedef {sluice.streaming.v1.RedriveRequest.$Properties} sluice.streaming.v1.RedriveRequest.$Shape
                 */

                /**
                 * Constructs a new RedriveRequest.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a RedriveRequest.
                 * @constructor
                 * @param {sluice.streaming.v1.RedriveRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RedriveRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Stream whose dead-letter entries move back.
                 * @member {string} stream
                 * @memberof sluice.streaming.v1.RedriveRequest
                 * @instance
                 */
                RedriveRequest.prototype.stream = "";

                /**
                 * First dead-letter id to move, inclusive; empty for the oldest.
                 * @member {string} fromId
                 * @memberof sluice.streaming.v1.RedriveRequest
                 * @instance
                 */
                RedriveRequest.prototype.fromId = "";

                /**
                 * Last dead-letter id to move, inclusive; empty for the newest.
                 * @member {string} toId
                 * @memberof sluice.streaming.v1.RedriveRequest
                 * @instance
                 */
                RedriveRequest.prototype.toId = "";

                /**
                 * Most entries to move; 0 for all in range.
                 * @member {number} limit
                 * @memberof sluice.streaming.v1.RedriveRequest
                 * @instance
                 */
                RedriveRequest.prototype.limit = 0;

                /**
                 * At most this many entries per second; 0 means 1000.
                 * @member {number} ratePerSecond
                 * @memberof sluice.streaming.v1.RedriveRequest
                 * @instance
                 */
                RedriveRequest.prototype.ratePerSecond = 0;

                /**
                 * Creates a new RedriveRequest instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.RedriveRequest
                 * @static
                 * @param {sluice.streaming.v1.RedriveRequest.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.RedriveRequest} RedriveRequest instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.RedriveRequest.$Shape): sluice.streaming.v1.RedriveRequest & sluice.streaming.v1.RedriveRequest.$Shape;
                 *   (properties?: sluice.streaming.v1.RedriveRequest.$Properties): sluice.streaming.v1.RedriveRequest;
                 * }}
                 */
                RedriveRequest.create = function(properties) {
                    return new RedriveRequest(properties);
                };

                /**
                 * Encodes the specified RedriveRequest message. Does not implicitly {@link sluice.streaming.v1.RedriveRequest.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.RedriveRequest
                 * @static
                 * @param {sluice.streaming.v1.RedriveRequest.$Properties} message RedriveRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RedriveRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.stream);
                    if (message.fromId != null && $Object.hasOwnProperty.call(message, "fromId") && message.fromId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.fromId);
                    if (message.toId != null && $Object.hasOwnProperty.call(message, "toId") && message.toId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.toId);
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.limit);
                    if (message.ratePerSecond != null && $Object.hasOwnProperty.call(message, "ratePerSecond") && message.ratePerSecond !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.ratePerSecond);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RedriveRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.RedriveRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.RedriveRequest & sluice.streaming.v1.RedriveRequest.$Shape} RedriveRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RedriveRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.RedriveRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stream = value;
                                else
                                    delete message.stream;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fromId = value;
                                else
                                    delete message.fromId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.toId = value;
                                else
                                    delete message.toId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.limit = value;
                                else
                                    delete message.limit;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.ratePerSecond = value;
                                else
                                    delete message.ratePerSecond;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a RedriveRequest message.
                 * @function verify
                 * @memberof sluice.streaming.v1.RedriveRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RedriveRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        if (!$util.isString(message.stream))
                            return "stream: string expected";
                    if (message.fromId != null && $Object.hasOwnProperty.call(message, "fromId"))
                        if (!$util.isString(message.fromId))
                            return "fromId: string expected";
                    if (message.toId != null && $Object.hasOwnProperty.call(message, "toId"))
                        if (!$util.isString(message.toId))
                            return "toId: string expected";
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        if (!$util.isInteger(message.limit))
                            return "limit: integer expected";
                    if (message.ratePerSecond != null && $Object.hasOwnProperty.call(message, "ratePerSecond"))
                        if (!$util.isInteger(message.ratePerSecond))
                            return "ratePerSecond: integer expected";
                    return null;
                };

                /**
                 * Creates a RedriveRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.RedriveRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.RedriveRequest} RedriveRequest
                 */
                RedriveRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.RedriveRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.RedriveRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.RedriveRequest();
                    if (object.stream != null)
                        if (typeof object.stream !== "string" || object.stream.length)
                            message.stream = $String(object.stream);
                    if (object.fromId != null)
                        if (typeof object.fromId !== "string" || object.fromId.length)
                            message.fromId = $String(object.fromId);
                    if (object.toId != null)
                        if (typeof object.toId !== "string" || object.toId.length)
                            message.toId = $String(object.toId);
                    if (object.limit != null)
                        if ($Number(object.limit) !== 0)
                            message.limit = object.limit >>> 0;
                    if (object.ratePerSecond != null)
                        if ($Number(object.ratePerSecond) !== 0)
                            message.ratePerSecond = object.ratePerSecond >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a RedriveRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.RedriveRequest
                 * @static
                 * @param {sluice.streaming.v1.RedriveRequest} message RedriveRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RedriveRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.stream = "";
                        object.fromId = "";
                        object.toId = "";
                        object.limit = 0;
                        object.ratePerSecond = 0;
                    }
                    if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                        object.stream = message.stream;
                    if (message.fromId != null && $Object.hasOwnProperty.call(message, "fromId"))
                        object.fromId = message.fromId;
                    if (message.toId != null && $Object.hasOwnProperty.call(message, "toId"))
                        object.toId = message.toId;
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        object.limit = message.limit;
                    if (message.ratePerSecond != null && $Object.hasOwnProperty.call(message, "ratePerSecond"))
                        object.ratePerSecond = message.ratePerSecond;
                    return object;
                };

                /**
                 * Converts this RedriveRequest to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.RedriveRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RedriveRequest.prototype.toJSON = function() {
                    return RedriveRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RedriveRequest
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.RedriveRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RedriveRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.RedriveRequest";
                };

                return RedriveRequest;
            })();

            v1.RedriveResponse = (function() {

                /**
                 * Properties of a RedriveResponse.
                 * @typedef {Object} sluice.streaming.v1.RedriveResponse.$Properties
                 * @property {number|null} [moved] Entries moved back.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RedriveResponse.
                 * @memberof sluice.streaming.v1
                 * @interface IRedriveResponse
                 * @augments sluice.streaming.v1.RedriveResponse.$Properties
                 * @deprecated Use sluice.streaming.v1.RedriveResponse.$Properties instead.
                 */

                /**
                 * Shape of a RedriveResponse.
                 * @typedef {sluice.streaming.v1.RedriveResponse.$Properties} sluice.streaming.v1.RedriveResponse.$Shape
                 */

                /**
                 * Constructs a new RedriveResponse.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a RedriveResponse.
                 * @constructor
                 * @param {sluice.streaming.v1.RedriveResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RedriveResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Entries moved back.
                 * @member {number} moved
                 * @memberof sluice.streaming.v1.RedriveResponse
                 * @instance
                 */
                RedriveResponse.prototype.moved = 0;

                /**
                 * Creates a new RedriveResponse instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.RedriveResponse
                 * @static
                 * @param {sluice.streaming.v1.RedriveResponse.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.RedriveResponse} RedriveResponse instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.RedriveResponse.$Shape): sluice.streaming.v1.RedriveResponse & sluice.streaming.v1.RedriveResponse.$Shape;
                 *   (properties?: sluice.streaming.v1.RedriveResponse.$Properties): sluice.streaming.v1.RedriveResponse;
                 * }}
                 */
                RedriveResponse.create = function(properties) {
                    return new RedriveResponse(properties);
                };

                /**
                 * Encodes the specified RedriveResponse message. Does not implicitly {@link sluice.streaming.v1.RedriveResponse.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.RedriveResponse
                 * @static
                 * @param {sluice.streaming.v1.RedriveResponse.$Properties} message RedriveResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RedriveResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.moved != null && $Object.hasOwnProperty.call(message, "moved") && message.moved !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.moved);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RedriveResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.RedriveResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.RedriveResponse & sluice.streaming.v1.RedriveResponse.$Shape} RedriveResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RedriveResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.RedriveResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.moved = value;
                                else
                                    delete message.moved;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a RedriveResponse message.
                 * @function verify
                 * @memberof sluice.streaming.v1.RedriveResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RedriveResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.moved != null && $Object.hasOwnProperty.call(message, "moved"))
                        if (!$util.isInteger(message.moved))
                            return "moved: integer expected";
                    return null;
                };

                /**
                 * Creates a RedriveResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.RedriveResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.RedriveResponse} RedriveResponse
                 */
                RedriveResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.RedriveResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.RedriveResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.RedriveResponse();
                    if (object.moved != null)
                        if ($Number(object.moved) !== 0)
                            message.moved = object.moved >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a RedriveResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.RedriveResponse
                 * @static
                 * @param {sluice.streaming.v1.RedriveResponse} message RedriveResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RedriveResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.moved = 0;
                    if (message.moved != null && $Object.hasOwnProperty.call(message, "moved"))
                        object.moved = message.moved;
                    return object;
                };

                /**
                 * Converts this RedriveResponse to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.RedriveResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RedriveResponse.prototype.toJSON = function() {
                    return RedriveResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RedriveResponse
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.RedriveResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RedriveResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.RedriveResponse";
                };

                return RedriveResponse;
            })();

            v1.GetMetricsRequest = (function() {

                /**
                 * Properties of a GetMetricsRequest.
                 * @typedef {Object} sluice.streaming.v1.GetMetricsRequest.$Properties
                 * @property {Array.<string>|null} [streams] Streams to report, 1 to 100.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetMetricsRequest.
                 * @memberof sluice.streaming.v1
                 * @interface IGetMetricsRequest
                 * @augments sluice.streaming.v1.GetMetricsRequest.$Properties
                 * @deprecated Use sluice.streaming.v1.GetMetricsRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetMetricsRequest.
                 * @typedef {sluice.streaming.v1.GetMetricsRequest.$Properties} sluice.streaming.v1.GetMetricsRequest.$Shape
                 */

                /**
                 * Constructs a new GetMetricsRequest.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a GetMetricsRequest.
                 * @constructor
                 * @param {sluice.streaming.v1.GetMetricsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetMetricsRequest = function (properties) {
                    this.streams = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Streams to report, 1 to 100.
                 * @member {Array.<string>} streams
                 * @memberof sluice.streaming.v1.GetMetricsRequest
                 * @instance
                 */
                GetMetricsRequest.prototype.streams = $util.emptyArray;

                /**
                 * Creates a new GetMetricsRequest instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.GetMetricsRequest
                 * @static
                 * @param {sluice.streaming.v1.GetMetricsRequest.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.GetMetricsRequest} GetMetricsRequest instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.GetMetricsRequest.$Shape): sluice.streaming.v1.GetMetricsRequest & sluice.streaming.v1.GetMetricsRequest.$Shape;
                 *   (properties?: sluice.streaming.v1.GetMetricsRequest.$Properties): sluice.streaming.v1.GetMetricsRequest;
                 * }}
                 */
                GetMetricsRequest.create = function(properties) {
                    return new GetMetricsRequest(properties);
                };

                /**
                 * Encodes the specified GetMetricsRequest message. Does not implicitly {@link sluice.streaming.v1.GetMetricsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.GetMetricsRequest
                 * @static
                 * @param {sluice.streaming.v1.GetMetricsRequest.$Properties} message GetMetricsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetMetricsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.streams != null && message.streams.length)
                        for (let i = 0; i < message.streams.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.streams[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetMetricsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.GetMetricsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.GetMetricsRequest & sluice.streaming.v1.GetMetricsRequest.$Shape} GetMetricsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetMetricsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.GetMetricsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.streams && message.streams.length))
                                    message.streams = [];
                                message.streams.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a GetMetricsRequest message.
                 * @function verify
                 * @memberof sluice.streaming.v1.GetMetricsRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetMetricsRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.streams != null && $Object.hasOwnProperty.call(message, "streams")) {
                        if (!$Array.isArray(message.streams))
                            return "streams: array expected";
                        for (let i = 0; i < message.streams.length; ++i)
                            if (!$util.isString(message.streams[i]))
                                return "streams: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a GetMetricsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.GetMetricsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.GetMetricsRequest} GetMetricsRequest
                 */
                GetMetricsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.GetMetricsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.GetMetricsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.GetMetricsRequest();
                    if (object.streams) {
                        if (!$Array.isArray(object.streams))
                            throw $TypeError(".sluice.streaming.v1.GetMetricsRequest.streams: array expected");
                        message.streams = $Array(object.streams.length);
                        for (let i = 0; i < object.streams.length; ++i)
                            message.streams[i] = $String(object.streams[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a GetMetricsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.GetMetricsRequest
                 * @static
                 * @param {sluice.streaming.v1.GetMetricsRequest} message GetMetricsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetMetricsRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.streams = [];
                    if (message.streams && message.streams.length) {
                        object.streams = $Array(message.streams.length);
                        for (let j = 0; j < message.streams.length; ++j)
                            object.streams[j] = message.streams[j];
                    }
                    return object;
                };

                /**
                 * Converts this GetMetricsRequest to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.GetMetricsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetMetricsRequest.prototype.toJSON = function() {
                    return GetMetricsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetMetricsRequest
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.GetMetricsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetMetricsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.GetMetricsRequest";
                };

                return GetMetricsRequest;
            })();

            v1.GetMetricsResponse = (function() {

                /**
                 * Properties of a GetMetricsResponse.
                 * @typedef {Object} sluice.streaming.v1.GetMetricsResponse.$Properties
                 * @property {Array.<sluice.streaming.v1.StreamInfo.$Properties>|null} [streams] One per requested stream, in request order.
                 * @property {google.protobuf.Timestamp.$Properties|null} [readAt] When the figures were read.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetMetricsResponse.
                 * @memberof sluice.streaming.v1
                 * @interface IGetMetricsResponse
                 * @augments sluice.streaming.v1.GetMetricsResponse.$Properties
                 * @deprecated Use sluice.streaming.v1.GetMetricsResponse.$Properties instead.
                 */

                /**
                 * Shape of a GetMetricsResponse.
                 * @typedef {sluice.streaming.v1.GetMetricsResponse.$Properties} sluice.streaming.v1.GetMetricsResponse.$Shape
                 */

                /**
                 * Constructs a new GetMetricsResponse.
                 * @memberof sluice.streaming.v1
                 * @classdesc Represents a GetMetricsResponse.
                 * @constructor
                 * @param {sluice.streaming.v1.GetMetricsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetMetricsResponse = function (properties) {
                    this.streams = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * One per requested stream, in request order.
                 * @member {Array.<sluice.streaming.v1.StreamInfo.$Properties>} streams
                 * @memberof sluice.streaming.v1.GetMetricsResponse
                 * @instance
                 */
                GetMetricsResponse.prototype.streams = $util.emptyArray;

                /**
                 * When the figures were read.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} readAt
                 * @memberof sluice.streaming.v1.GetMetricsResponse
                 * @instance
                 */
                GetMetricsResponse.prototype.readAt = null;

                /**
                 * Creates a new GetMetricsResponse instance using the specified properties.
                 * @function create
                 * @memberof sluice.streaming.v1.GetMetricsResponse
                 * @static
                 * @param {sluice.streaming.v1.GetMetricsResponse.$Properties=} [properties] Properties to set
                 * @returns {sluice.streaming.v1.GetMetricsResponse} GetMetricsResponse instance
                 * @type {{
                 *   (properties: sluice.streaming.v1.GetMetricsResponse.$Shape): sluice.streaming.v1.GetMetricsResponse & sluice.streaming.v1.GetMetricsResponse.$Shape;
                 *   (properties?: sluice.streaming.v1.GetMetricsResponse.$Properties): sluice.streaming.v1.GetMetricsResponse;
                 * }}
                 */
                GetMetricsResponse.create = function(properties) {
                    return new GetMetricsResponse(properties);
                };

                /**
                 * Encodes the specified GetMetricsResponse message. Does not implicitly {@link sluice.streaming.v1.GetMetricsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.streaming.v1.GetMetricsResponse
                 * @static
                 * @param {sluice.streaming.v1.GetMetricsResponse.$Properties} message GetMetricsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetMetricsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.streams != null && message.streams.length)
                        for (let i = 0; i < message.streams.length; ++i)
                            $root.sluice.streaming.v1.StreamInfo.encode(message.streams[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.readAt != null && $Object.hasOwnProperty.call(message, "readAt"))
                        $root.google.protobuf.Timestamp.encode(message.readAt, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetMetricsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.streaming.v1.GetMetricsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.streaming.v1.GetMetricsResponse & sluice.streaming.v1.GetMetricsResponse.$Shape} GetMetricsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetMetricsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.streaming.v1.GetMetricsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.streams && message.streams.length))
                                    message.streams = [];
                                message.streams.push($root.sluice.streaming.v1.StreamInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.readAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.readAt);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a GetMetricsResponse message.
                 * @function verify
                 * @memberof sluice.streaming.v1.GetMetricsResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetMetricsResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.streams != null && $Object.hasOwnProperty.call(message, "streams")) {
                        if (!$Array.isArray(message.streams))
                            return "streams: array expected";
                        for (let i = 0; i < message.streams.length; ++i) {
                            let error = $root.sluice.streaming.v1.StreamInfo.verify(message.streams[i], _depth + 1);
                            if (error)
                                return "streams." + error;
                        }
                    }
                    if (message.readAt != null && $Object.hasOwnProperty.call(message, "readAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.readAt, _depth + 1);
                        if (error)
                            return "readAt." + error;
                    }
                    return null;
                };

                /**
                 * Creates a GetMetricsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.streaming.v1.GetMetricsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.streaming.v1.GetMetricsResponse} GetMetricsResponse
                 */
                GetMetricsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.streaming.v1.GetMetricsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.streaming.v1.GetMetricsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.streaming.v1.GetMetricsResponse();
                    if (object.streams) {
                        if (!$Array.isArray(object.streams))
                            throw $TypeError(".sluice.streaming.v1.GetMetricsResponse.streams: array expected");
                        message.streams = $Array(object.streams.length);
                        for (let i = 0; i < object.streams.length; ++i) {
                            if (!$util.isObject(object.streams[i]))
                                throw $TypeError(".sluice.streaming.v1.GetMetricsResponse.streams: object expected");
                            message.streams[i] = $root.sluice.streaming.v1.StreamInfo.fromObject(object.streams[i], _depth + 1);
                        }
                    }
                    if (object.readAt != null) {
                        if (!$util.isObject(object.readAt))
                            throw $TypeError(".sluice.streaming.v1.GetMetricsResponse.readAt: object expected");
                        message.readAt = $root.google.protobuf.Timestamp.fromObject(object.readAt, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a GetMetricsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.streaming.v1.GetMetricsResponse
                 * @static
                 * @param {sluice.streaming.v1.GetMetricsResponse} message GetMetricsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetMetricsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.streams = [];
                    if (options.defaults)
                        object.readAt = null;
                    if (message.streams && message.streams.length) {
                        object.streams = $Array(message.streams.length);
                        for (let j = 0; j < message.streams.length; ++j)
                            object.streams[j] = $root.sluice.streaming.v1.StreamInfo.toObject(message.streams[j], options, _depth + 1);
                    }
                    if (message.readAt != null && $Object.hasOwnProperty.call(message, "readAt"))
                        object.readAt = $root.google.protobuf.Timestamp.toObject(message.readAt, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this GetMetricsResponse to JSON.
                 * @function toJSON
                 * @memberof sluice.streaming.v1.GetMetricsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetMetricsResponse.prototype.toJSON = function() {
                    return GetMetricsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetMetricsResponse
                 * @function getTypeUrl
                 * @memberof sluice.streaming.v1.GetMetricsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetMetricsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.streaming.v1.GetMetricsResponse";
                };

                return GetMetricsResponse;
            })();

            return v1;
        })();

        return streaming;
    })();

    return sluice;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|Long|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number|Long} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             * @type {{
             *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
             *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Timestamp message.
             * @function verify
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Timestamp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Timestamp} Timestamp
             */
            Timestamp.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp} message Timestamp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timestamp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Timestamp to JSON.
             * @function toJSON
             * @memberof google.protobuf.Timestamp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
