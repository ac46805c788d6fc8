/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["sluice_frames"] || ($protobuf.roots["sluice_frames"] = {});

export const sluice = $root.sluice = (() => {

    /**
     * Namespace sluice.
     * @exports sluice
     * @namespace
     */
    const sluice = {};

    sluice.frames = (function() {

        /**
         * Namespace frames.
         * @memberof sluice
         * @namespace
         */
        const frames = {};

        frames.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof sluice.frames
             * @namespace
             */
            const v1 = {};

            /**
             * How far along the pipeline a frame is. Each stage only ever moves a frame forward.
             * @name sluice.frames.v1.ProcessingStage
             * @enum {number}
             * @property {number} PROCESSING_STAGE_UNSPECIFIED=0 Not set; a frame in a stream always has a stage.
             * @property {number} PROCESSING_STAGE_INGESTED=1 Accepted by an ingress (HTTP or gRPC) into the input stream; `image` holds the camera's original bytes.
             * @property {number} PROCESSING_STAGE_PROCESSED=2 Decoded, compressed and measured by `stream_processor`; `image` holds the compressed bytes.
             * @property {number} PROCESSING_STAGE_ANALYZED=3 `ml_inference` added traffic features and region analyses.
             */
            v1.ProcessingStage = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PROCESSING_STAGE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "PROCESSING_STAGE_INGESTED"] = 1;
                values[valuesById[2] = "PROCESSING_STAGE_PROCESSED"] = 2;
                values[valuesById[3] = "PROCESSING_STAGE_ANALYZED"] = 3;
                return values;
            })();

            /**
             * The outcome of the most recent stage.
             * @name sluice.frames.v1.ProcessingStatus
             * @enum {number}
             * @property {number} PROCESSING_STATUS_UNSPECIFIED=0 Not set.
             * @property {number} PROCESSING_STATUS_OK=1 The stage succeeded and the image passed its quality thresholds.
             * @property {number} PROCESSING_STATUS_DEGRADED=2 The stage succeeded but the image is poor (too dark, too bright, blurry or flat): features are unreliable.
             * @property {number} PROCESSING_STATUS_FAILED=3 The stage could not process the frame; `error` says why.
             */
            v1.ProcessingStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PROCESSING_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "PROCESSING_STATUS_OK"] = 1;
                values[valuesById[2] = "PROCESSING_STATUS_DEGRADED"] = 2;
                values[valuesById[3] = "PROCESSING_STATUS_FAILED"] = 3;
                return values;
            })();

            /**
             * How the bytes in ImageData.data are encoded.
             * @name sluice.frames.v1.ImageFormat
             * @enum {number}
             * @property {number} IMAGE_FORMAT_UNSPECIFIED=0 Not set.
             * @property {number} IMAGE_FORMAT_JPEG=1 Baseline or progressive JPEG (Sluice writes baseline libjpeg-turbo by default, progressive mozjpeg on request).
             * @property {number} IMAGE_FORMAT_PNG=2 PNG, lossless.
             * @property {number} IMAGE_FORMAT_WEBP=3 WebP, lossy.
             * @property {number} IMAGE_FORMAT_AVIF=4 AVIF (AV1 still image), lossy.
             */
            v1.ImageFormat = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "IMAGE_FORMAT_UNSPECIFIED"] = 0;
                values[valuesById[1] = "IMAGE_FORMAT_JPEG"] = 1;
                values[valuesById[2] = "IMAGE_FORMAT_PNG"] = 2;
                values[valuesById[3] = "IMAGE_FORMAT_WEBP"] = 3;
                values[valuesById[4] = "IMAGE_FORMAT_AVIF"] = 4;
                return values;
            })();

            v1.ImageData = (function() {

                /**
                 * Properties of an ImageData.
                 * @typedef {Object} sluice.frames.v1.ImageData.$Properties
                 * @property {Uint8Array|null} [data] The encoded image.
                 * @property {sluice.frames.v1.ImageFormat|null} [format] Encoding of `data`.
                 * @property {number|null} [width] Width in pixels.
                 * @property {number|null} [height] Height in pixels.
                 * @property {number|null} [quality] Encoder quality used for `data`, 1-100; 0 for lossless formats or when not re-encoded.
                 * @property {number|null} [originalBytes] Size in bytes of the image the camera sent, before Sluice re-encoded it (equals data's size when it did not).
                 * @property {sluice.frames.v1.ImageFormat|null} [originalFormat] Encoding of the image the camera sent.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ImageData.
                 * @memberof sluice.frames.v1
                 * @interface IImageData
                 * @augments sluice.frames.v1.ImageData.$Properties
                 * @deprecated Use sluice.frames.v1.ImageData.$Properties instead.
                 */

                /**
                 * Shape of an ImageData.
                 * @typedef {sluice.frames.v1.ImageData.$Properties} sluice.frames.v1.ImageData.$Shape
                 */

                /**
                 * Constructs a new ImageData.
                 * @memberof sluice.frames.v1
                 * @classdesc An encoded image with what is known about it.
                 * @constructor
                 * @param {sluice.frames.v1.ImageData.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ImageData = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * The encoded image.
                 * @member {Uint8Array} data
                 * @memberof sluice.frames.v1.ImageData
                 * @instance
                 */
                ImageData.prototype.data = $util.newBuffer([]);

                /**
                 * Encoding of `data`.
                 * @member {sluice.frames.v1.ImageFormat} format
                 * @memberof sluice.frames.v1.ImageData
                 * @instance
                 */
                ImageData.prototype.format = 0;

                /**
                 * Width in pixels.
                 * @member {number} width
                 * @memberof sluice.frames.v1.ImageData
                 * @instance
                 */
                ImageData.prototype.width = 0;

                /**
                 * Height in pixels.
                 * @member {number} height
                 * @memberof sluice.frames.v1.ImageData
                 * @instance
                 */
                ImageData.prototype.height = 0;

                /**
                 * Encoder quality used for `data`, 1-100; 0 for lossless formats or when not re-encoded.
                 * @member {number} quality
                 * @memberof sluice.frames.v1.ImageData
                 * @instance
                 */
                ImageData.prototype.quality = 0;

                /**
                 * Size in bytes of the image the camera sent, before Sluice re-encoded it (equals data's size when it did not).
                 * @member {number} originalBytes
                 * @memberof sluice.frames.v1.ImageData
                 * @instance
                 */
                ImageData.prototype.originalBytes = 0;

                /**
                 * Encoding of the image the camera sent.
                 * @member {sluice.frames.v1.ImageFormat} originalFormat
                 * @memberof sluice.frames.v1.ImageData
                 * @instance
                 */
                ImageData.prototype.originalFormat = 0;

                /**
                 * Creates a new ImageData instance using the specified properties.
                 * @function create
                 * @memberof sluice.frames.v1.ImageData
                 * @static
                 * @param {sluice.frames.v1.ImageData.$Properties=} [properties] Properties to set
                 * @returns {sluice.frames.v1.ImageData} ImageData instance
                 * @type {{
                 *   (properties: sluice.frames.v1.ImageData.$Shape): sluice.frames.v1.ImageData & sluice.frames.v1.ImageData.$Shape;
                 *   (properties?: sluice.frames.v1.ImageData.$Properties): sluice.frames.v1.ImageData;
                 * }}
                 */
                ImageData.create = function(properties) {
                    return new ImageData(properties);
                };

                /**
                 * Encodes the specified ImageData message. Does not implicitly {@link sluice.frames.v1.ImageData.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.frames.v1.ImageData
                 * @static
                 * @param {sluice.frames.v1.ImageData.$Properties} message ImageData message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ImageData.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                    if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.format);
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.width);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.height);
                    if (message.quality != null && $Object.hasOwnProperty.call(message, "quality") && message.quality !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.quality);
                    if (message.originalBytes != null && $Object.hasOwnProperty.call(message, "originalBytes") && message.originalBytes !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.originalBytes);
                    if (message.originalFormat != null && $Object.hasOwnProperty.call(message, "originalFormat") && message.originalFormat !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).int32(message.originalFormat);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ImageData message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.frames.v1.ImageData
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.frames.v1.ImageData & sluice.frames.v1.ImageData.$Shape} ImageData
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ImageData.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sluice.frames.v1.ImageData();
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
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.format = value;
                                else
                                    delete message.format;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.width = value;
                                else
                                    delete message.width;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.quality = value;
                                else
                                    delete message.quality;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.originalBytes = value;
                                else
                                    delete message.originalBytes;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.originalFormat = value;
                                else
                                    delete message.originalFormat;
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
                 * Verifies an ImageData message.
                 * @function verify
                 * @memberof sluice.frames.v1.ImageData
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ImageData.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                            return "data: buffer expected";
                    if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                        if (typeof message.format !== "number" || (message.format | 0) !== message.format)
                            return "format: enum value expected";
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                        if (!$util.isInteger(message.width))
                            return "width: integer expected";
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (!$util.isInteger(message.height))
                            return "height: integer expected";
                    if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                        if (!$util.isInteger(message.quality))
                            return "quality: integer expected";
                    if (message.originalBytes != null && $Object.hasOwnProperty.call(message, "originalBytes"))
                        if (!$util.isInteger(message.originalBytes))
                            return "originalBytes: integer expected";
                    if (message.originalFormat != null && $Object.hasOwnProperty.call(message, "originalFormat"))
                        if (typeof message.originalFormat !== "number" || (message.originalFormat | 0) !== message.originalFormat)
                            return "originalFormat: enum value expected";
                    return null;
                };

                /**
                 * Creates an ImageData message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.frames.v1.ImageData
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.frames.v1.ImageData} ImageData
                 */
                ImageData.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.frames.v1.ImageData)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.frames.v1.ImageData: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.frames.v1.ImageData();
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    if (object.format !== 0 && (typeof object.format !== "string" || $root.sluice.frames.v1.ImageFormat[object.format] !== 0))
                        switch (object.format) {
                        case "IMAGE_FORMAT_UNSPECIFIED":
                        case 0:
                            message.format = 0;
                            break;
                        case "IMAGE_FORMAT_JPEG":
                        case 1:
                            message.format = 1;
                            break;
                        case "IMAGE_FORMAT_PNG":
                        case 2:
                            message.format = 2;
                            break;
                        case "IMAGE_FORMAT_WEBP":
                        case 3:
                            message.format = 3;
                            break;
                        case "IMAGE_FORMAT_AVIF":
                        case 4:
                            message.format = 4;
                            break;
                        default:
                            if (typeof object.format === "number" && (object.format | 0) === object.format)
                                message.format = object.format;
                        }
                    if (object.width != null)
                        if ($Number(object.width) !== 0)
                            message.width = object.width >>> 0;
                    if (object.height != null)
                        if ($Number(object.height) !== 0)
                            message.height = object.height >>> 0;
                    if (object.quality != null)
                        if ($Number(object.quality) !== 0)
                            message.quality = object.quality >>> 0;
                    if (object.originalBytes != null)
                        if ($Number(object.originalBytes) !== 0)
                            message.originalBytes = object.originalBytes >>> 0;
                    if (object.originalFormat !== 0 && (typeof object.originalFormat !== "string" || $root.sluice.frames.v1.ImageFormat[object.originalFormat] !== 0))
                        switch (object.originalFormat) {
                        case "IMAGE_FORMAT_UNSPECIFIED":
                        case 0:
                            message.originalFormat = 0;
                            break;
                        case "IMAGE_FORMAT_JPEG":
                        case 1:
                            message.originalFormat = 1;
                            break;
                        case "IMAGE_FORMAT_PNG":
                        case 2:
                            message.originalFormat = 2;
                            break;
                        case "IMAGE_FORMAT_WEBP":
                        case 3:
                            message.originalFormat = 3;
                            break;
                        case "IMAGE_FORMAT_AVIF":
                        case 4:
                            message.originalFormat = 4;
                            break;
                        default:
                            if (typeof object.originalFormat === "number" && (object.originalFormat | 0) === object.originalFormat)
                                message.originalFormat = object.originalFormat;
                        }
                    return message;
                };

                /**
                 * Creates a plain object from an ImageData message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.frames.v1.ImageData
                 * @static
                 * @param {sluice.frames.v1.ImageData} message ImageData
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ImageData.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                        object.format = options.enums === $String ? "IMAGE_FORMAT_UNSPECIFIED" : 0;
                        object.width = 0;
                        object.height = 0;
                        object.quality = 0;
                        object.originalBytes = 0;
                        object.originalFormat = options.enums === $String ? "IMAGE_FORMAT_UNSPECIFIED" : 0;
                    }
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                        object.format = options.enums === $String ? $root.sluice.frames.v1.ImageFormat[message.format] === $undefined ? message.format : $root.sluice.frames.v1.ImageFormat[message.format] : message.format;
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                        object.width = message.width;
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        object.height = message.height;
                    if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                        object.quality = message.quality;
                    if (message.originalBytes != null && $Object.hasOwnProperty.call(message, "originalBytes"))
                        object.originalBytes = message.originalBytes;
                    if (message.originalFormat != null && $Object.hasOwnProperty.call(message, "originalFormat"))
                        object.originalFormat = options.enums === $String ? $root.sluice.frames.v1.ImageFormat[message.originalFormat] === $undefined ? message.originalFormat : $root.sluice.frames.v1.ImageFormat[message.originalFormat] : message.originalFormat;
                    return object;
                };

                /**
                 * Converts this ImageData to JSON.
                 * @function toJSON
                 * @memberof sluice.frames.v1.ImageData
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ImageData.prototype.toJSON = function() {
                    return ImageData.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ImageData
                 * @function getTypeUrl
                 * @memberof sluice.frames.v1.ImageData
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ImageData.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.frames.v1.ImageData";
                };

                return ImageData;
            })();

            v1.Region = (function() {

                /**
                 * Properties of a Region.
                 * @typedef {Object} sluice.frames.v1.Region.$Properties
                 * @property {string|null} [id] Stable name of the region within its camera, e.g. "lane-1"; unique within a frame.
                 * @property {number|null} [x] Left edge, pixels from the left of the image.
                 * @property {number|null} [y] Top edge, pixels from the top of the image.
                 * @property {number|null} [width] Width in pixels; at least 1.
                 * @property {number|null} [height] Height in pixels; at least 1.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Region.
                 * @memberof sluice.frames.v1
                 * @interface IRegion
                 * @augments sluice.frames.v1.Region.$Properties
                 * @deprecated Use sluice.frames.v1.Region.$Properties instead.
                 */

                /**
                 * Shape of a Region.
                 * @typedef {sluice.frames.v1.Region.$Properties} sluice.frames.v1.Region.$Shape
                 */

                /**
                 * Constructs a new Region.
                 * @memberof sluice.frames.v1
                 * @classdesc A rectangle of interest in a camera's view (a lane, a crossing), in pixels of the original image.
                 * @constructor
                 * @param {sluice.frames.v1.Region.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Region = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Stable name of the region within its camera, e.g. "lane-1"; unique within a frame.
                 * @member {string} id
                 * @memberof sluice.frames.v1.Region
                 * @instance
                 */
                Region.prototype.id = "";

                /**
                 * Left edge, pixels from the left of the image.
                 * @member {number} x
                 * @memberof sluice.frames.v1.Region
                 * @instance
                 */
                Region.prototype.x = 0;

                /**
                 * Top edge, pixels from the top of the image.
                 * @member {number} y
                 * @memberof sluice.frames.v1.Region
                 * @instance
                 */
                Region.prototype.y = 0;

                /**
                 * Width in pixels; at least 1.
                 * @member {number} width
                 * @memberof sluice.frames.v1.Region
                 * @instance
                 */
                Region.prototype.width = 0;

                /**
                 * Height in pixels; at least 1.
                 * @member {number} height
                 * @memberof sluice.frames.v1.Region
                 * @instance
                 */
                Region.prototype.height = 0;

                /**
                 * Creates a new Region instance using the specified properties.
                 * @function create
                 * @memberof sluice.frames.v1.Region
                 * @static
                 * @param {sluice.frames.v1.Region.$Properties=} [properties] Properties to set
                 * @returns {sluice.frames.v1.Region} Region instance
                 * @type {{
                 *   (properties: sluice.frames.v1.Region.$Shape): sluice.frames.v1.Region & sluice.frames.v1.Region.$Shape;
                 *   (properties?: sluice.frames.v1.Region.$Properties): sluice.frames.v1.Region;
                 * }}
                 */
                Region.create = function(properties) {
                    return new Region(properties);
                };

                /**
                 * Encodes the specified Region message. Does not implicitly {@link sluice.frames.v1.Region.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.frames.v1.Region
                 * @static
                 * @param {sluice.frames.v1.Region.$Properties} message Region message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Region.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.x != null && $Object.hasOwnProperty.call(message, "x") && message.x !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.x);
                    if (message.y != null && $Object.hasOwnProperty.call(message, "y") && message.y !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.y);
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.width);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.height);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Region message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.frames.v1.Region
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.frames.v1.Region & sluice.frames.v1.Region.$Shape} Region
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Region.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sluice.frames.v1.Region();
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
                                if (value = reader.uint32())
                                    message.x = value;
                                else
                                    delete message.x;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.y = value;
                                else
                                    delete message.y;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.width = value;
                                else
                                    delete message.width;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.height = value;
                                else
                                    delete message.height;
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
                 * Verifies a Region message.
                 * @function verify
                 * @memberof sluice.frames.v1.Region
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Region.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                        if (!$util.isInteger(message.x))
                            return "x: integer expected";
                    if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                        if (!$util.isInteger(message.y))
                            return "y: integer expected";
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                        if (!$util.isInteger(message.width))
                            return "width: integer expected";
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (!$util.isInteger(message.height))
                            return "height: integer expected";
                    return null;
                };

                /**
                 * Creates a Region message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.frames.v1.Region
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.frames.v1.Region} Region
                 */
                Region.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.frames.v1.Region)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.frames.v1.Region: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.frames.v1.Region();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.x != null)
                        if ($Number(object.x) !== 0)
                            message.x = object.x >>> 0;
                    if (object.y != null)
                        if ($Number(object.y) !== 0)
                            message.y = object.y >>> 0;
                    if (object.width != null)
                        if ($Number(object.width) !== 0)
                            message.width = object.width >>> 0;
                    if (object.height != null)
                        if ($Number(object.height) !== 0)
                            message.height = object.height >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Region message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.frames.v1.Region
                 * @static
                 * @param {sluice.frames.v1.Region} message Region
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Region.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.x = 0;
                        object.y = 0;
                        object.width = 0;
                        object.height = 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                        object.x = message.x;
                    if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                        object.y = message.y;
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                        object.width = message.width;
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        object.height = message.height;
                    return object;
                };

                /**
                 * Converts this Region to JSON.
                 * @function toJSON
                 * @memberof sluice.frames.v1.Region
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Region.prototype.toJSON = function() {
                    return Region.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Region
                 * @function getTypeUrl
                 * @memberof sluice.frames.v1.Region
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Region.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.frames.v1.Region";
                };

                return Region;
            })();

            v1.QualityMetrics = (function() {

                /**
                 * Properties of a QualityMetrics.
                 * @typedef {Object} sluice.frames.v1.QualityMetrics.$Properties
                 * @property {number|null} [sharpness] Variance of the Laplacian of the luma: higher is sharper; below the blur threshold the frame is blurry.
                 * @property {number|null} [brightness] Mean luma, 0 (black) to 255 (white).
                 * @property {number|null} [contrast] RMS contrast: standard deviation of the luma, 0 to 127.5.
                 * @property {number|null} [darkFraction] Fraction of pixels with luma below 16 (crushed shadows), 0 to 1.
                 * @property {number|null} [brightFraction] Fraction of pixels with luma above 239 (blown highlights), 0 to 1.
                 * @property {boolean|null} [blurry] True when sharpness is below the processor's blur threshold.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QualityMetrics.
                 * @memberof sluice.frames.v1
                 * @interface IQualityMetrics
                 * @augments sluice.frames.v1.QualityMetrics.$Properties
                 * @deprecated Use sluice.frames.v1.QualityMetrics.$Properties instead.
                 */

                /**
                 * Shape of a QualityMetrics.
                 * @typedef {sluice.frames.v1.QualityMetrics.$Properties} sluice.frames.v1.QualityMetrics.$Shape
                 */

                /**
                 * Constructs a new QualityMetrics.
                 * @memberof sluice.frames.v1
                 * @classdesc Image statistics computed from the luma (grey) channel of the whole frame.
                 * @constructor
                 * @param {sluice.frames.v1.QualityMetrics.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QualityMetrics = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Variance of the Laplacian of the luma: higher is sharper; below the blur threshold the frame is blurry.
                 * @member {number} sharpness
                 * @memberof sluice.frames.v1.QualityMetrics
                 * @instance
                 */
                QualityMetrics.prototype.sharpness = 0;

                /**
                 * Mean luma, 0 (black) to 255 (white).
                 * @member {number} brightness
                 * @memberof sluice.frames.v1.QualityMetrics
                 * @instance
                 */
                QualityMetrics.prototype.brightness = 0;

                /**
                 * RMS contrast: standard deviation of the luma, 0 to 127.5.
                 * @member {number} contrast
                 * @memberof sluice.frames.v1.QualityMetrics
                 * @instance
                 */
                QualityMetrics.prototype.contrast = 0;

                /**
                 * Fraction of pixels with luma below 16 (crushed shadows), 0 to 1.
                 * @member {number} darkFraction
                 * @memberof sluice.frames.v1.QualityMetrics
                 * @instance
                 */
                QualityMetrics.prototype.darkFraction = 0;

                /**
                 * Fraction of pixels with luma above 239 (blown highlights), 0 to 1.
                 * @member {number} brightFraction
                 * @memberof sluice.frames.v1.QualityMetrics
                 * @instance
                 */
                QualityMetrics.prototype.brightFraction = 0;

                /**
                 * True when sharpness is below the processor's blur threshold.
                 * @member {boolean} blurry
                 * @memberof sluice.frames.v1.QualityMetrics
                 * @instance
                 */
                QualityMetrics.prototype.blurry = false;

                /**
                 * Creates a new QualityMetrics instance using the specified properties.
                 * @function create
                 * @memberof sluice.frames.v1.QualityMetrics
                 * @static
                 * @param {sluice.frames.v1.QualityMetrics.$Properties=} [properties] Properties to set
                 * @returns {sluice.frames.v1.QualityMetrics} QualityMetrics instance
                 * @type {{
                 *   (properties: sluice.frames.v1.QualityMetrics.$Shape): sluice.frames.v1.QualityMetrics & sluice.frames.v1.QualityMetrics.$Shape;
                 *   (properties?: sluice.frames.v1.QualityMetrics.$Properties): sluice.frames.v1.QualityMetrics;
                 * }}
                 */
                QualityMetrics.create = function(properties) {
                    return new QualityMetrics(properties);
                };

                /**
                 * Encodes the specified QualityMetrics message. Does not implicitly {@link sluice.frames.v1.QualityMetrics.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.frames.v1.QualityMetrics
                 * @static
                 * @param {sluice.frames.v1.QualityMetrics.$Properties} message QualityMetrics message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QualityMetrics.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sharpness != null && $Object.hasOwnProperty.call(message, "sharpness") && !$Object.is(message.sharpness, 0))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.sharpness);
                    if (message.brightness != null && $Object.hasOwnProperty.call(message, "brightness") && !$Object.is(message.brightness, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.brightness);
                    if (message.contrast != null && $Object.hasOwnProperty.call(message, "contrast") && !$Object.is(message.contrast, 0))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.contrast);
                    if (message.darkFraction != null && $Object.hasOwnProperty.call(message, "darkFraction") && !$Object.is(message.darkFraction, 0))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.darkFraction);
                    if (message.brightFraction != null && $Object.hasOwnProperty.call(message, "brightFraction") && !$Object.is(message.brightFraction, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.brightFraction);
                    if (message.blurry != null && $Object.hasOwnProperty.call(message, "blurry") && message.blurry !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.blurry);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QualityMetrics message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.frames.v1.QualityMetrics
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.frames.v1.QualityMetrics & sluice.frames.v1.QualityMetrics.$Shape} QualityMetrics
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QualityMetrics.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sluice.frames.v1.QualityMetrics();
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
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.sharpness = value;
                                else
                                    delete message.sharpness;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.brightness = value;
                                else
                                    delete message.brightness;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.contrast = value;
                                else
                                    delete message.contrast;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.darkFraction = value;
                                else
                                    delete message.darkFraction;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.brightFraction = value;
                                else
                                    delete message.brightFraction;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.blurry = value;
                                else
                                    delete message.blurry;
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
                 * Verifies a QualityMetrics message.
                 * @function verify
                 * @memberof sluice.frames.v1.QualityMetrics
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                QualityMetrics.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.sharpness != null && $Object.hasOwnProperty.call(message, "sharpness"))
                        if (typeof message.sharpness !== "number")
                            return "sharpness: number expected";
                    if (message.brightness != null && $Object.hasOwnProperty.call(message, "brightness"))
                        if (typeof message.brightness !== "number")
                            return "brightness: number expected";
                    if (message.contrast != null && $Object.hasOwnProperty.call(message, "contrast"))
                        if (typeof message.contrast !== "number")
                            return "contrast: number expected";
                    if (message.darkFraction != null && $Object.hasOwnProperty.call(message, "darkFraction"))
                        if (typeof message.darkFraction !== "number")
                            return "darkFraction: number expected";
                    if (message.brightFraction != null && $Object.hasOwnProperty.call(message, "brightFraction"))
                        if (typeof message.brightFraction !== "number")
                            return "brightFraction: number expected";
                    if (message.blurry != null && $Object.hasOwnProperty.call(message, "blurry"))
                        if (typeof message.blurry !== "boolean")
                            return "blurry: boolean expected";
                    return null;
                };

                /**
                 * Creates a QualityMetrics message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.frames.v1.QualityMetrics
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.frames.v1.QualityMetrics} QualityMetrics
                 */
                QualityMetrics.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.frames.v1.QualityMetrics)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.frames.v1.QualityMetrics: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.frames.v1.QualityMetrics();
                    if (object.sharpness != null)
                        if (!$Object.is($Number(object.sharpness), 0))
                            message.sharpness = $Number(object.sharpness);
                    if (object.brightness != null)
                        if (!$Object.is($Number(object.brightness), 0))
                            message.brightness = $Number(object.brightness);
                    if (object.contrast != null)
                        if (!$Object.is($Number(object.contrast), 0))
                            message.contrast = $Number(object.contrast);
                    if (object.darkFraction != null)
                        if (!$Object.is($Number(object.darkFraction), 0))
                            message.darkFraction = $Number(object.darkFraction);
                    if (object.brightFraction != null)
                        if (!$Object.is($Number(object.brightFraction), 0))
                            message.brightFraction = $Number(object.brightFraction);
                    if (object.blurry != null)
                        if (object.blurry)
                            message.blurry = $Boolean(object.blurry);
                    return message;
                };

                /**
                 * Creates a plain object from a QualityMetrics message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.frames.v1.QualityMetrics
                 * @static
                 * @param {sluice.frames.v1.QualityMetrics} message QualityMetrics
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QualityMetrics.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sharpness = 0;
                        object.brightness = 0;
                        object.contrast = 0;
                        object.darkFraction = 0;
                        object.brightFraction = 0;
                        object.blurry = false;
                    }
                    if (message.sharpness != null && $Object.hasOwnProperty.call(message, "sharpness"))
                        object.sharpness = options.json && !$isFinite(message.sharpness) ? $String(message.sharpness) : message.sharpness;
                    if (message.brightness != null && $Object.hasOwnProperty.call(message, "brightness"))
                        object.brightness = options.json && !$isFinite(message.brightness) ? $String(message.brightness) : message.brightness;
                    if (message.contrast != null && $Object.hasOwnProperty.call(message, "contrast"))
                        object.contrast = options.json && !$isFinite(message.contrast) ? $String(message.contrast) : message.contrast;
                    if (message.darkFraction != null && $Object.hasOwnProperty.call(message, "darkFraction"))
                        object.darkFraction = options.json && !$isFinite(message.darkFraction) ? $String(message.darkFraction) : message.darkFraction;
                    if (message.brightFraction != null && $Object.hasOwnProperty.call(message, "brightFraction"))
                        object.brightFraction = options.json && !$isFinite(message.brightFraction) ? $String(message.brightFraction) : message.brightFraction;
                    if (message.blurry != null && $Object.hasOwnProperty.call(message, "blurry"))
                        object.blurry = message.blurry;
                    return object;
                };

                /**
                 * Converts this QualityMetrics to JSON.
                 * @function toJSON
                 * @memberof sluice.frames.v1.QualityMetrics
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QualityMetrics.prototype.toJSON = function() {
                    return QualityMetrics.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QualityMetrics
                 * @function getTypeUrl
                 * @memberof sluice.frames.v1.QualityMetrics
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QualityMetrics.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.frames.v1.QualityMetrics";
                };

                return QualityMetrics;
            })();

            v1.TrafficFeatures = (function() {

                /**
                 * Properties of a TrafficFeatures.
                 * @typedef {Object} sluice.frames.v1.TrafficFeatures.$Properties
                 * @property {number|null} [motion] Fraction of pixels that changed since the camera's previous frame, 0 to 1.
                 * @property {number|null} [occupancy] Fraction of pixels that differ from the camera's running background, 0 to 1 (how much of the view is occupied).
                 * @property {number|null} [backgroundFrames] Frames folded into the background so far; features are unreliable while this is small (warming up).
                 * @property {string|null} [method] Name and version of the method that produced these figures, e.g. "background-difference/v1".
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TrafficFeatures.
                 * @memberof sluice.frames.v1
                 * @interface ITrafficFeatures
                 * @augments sluice.frames.v1.TrafficFeatures.$Properties
                 * @deprecated Use sluice.frames.v1.TrafficFeatures.$Properties instead.
                 */

                /**
                 * Shape of a TrafficFeatures.
                 * @typedef {sluice.frames.v1.TrafficFeatures.$Properties} sluice.frames.v1.TrafficFeatures.$Shape
                 */

                /**
                 * Constructs a new TrafficFeatures.
                 * @memberof sluice.frames.v1
                 * @classdesc Whole-frame traffic features from classical image differencing (no learned model).
                 * @constructor
                 * @param {sluice.frames.v1.TrafficFeatures.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TrafficFeatures = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Fraction of pixels that changed since the camera's previous frame, 0 to 1.
                 * @member {number} motion
                 * @memberof sluice.frames.v1.TrafficFeatures
                 * @instance
                 */
                TrafficFeatures.prototype.motion = 0;

                /**
                 * Fraction of pixels that differ from the camera's running background, 0 to 1 (how much of the view is occupied).
                 * @member {number} occupancy
                 * @memberof sluice.frames.v1.TrafficFeatures
                 * @instance
                 */
                TrafficFeatures.prototype.occupancy = 0;

                /**
                 * Frames folded into the background so far; features are unreliable while this is small (warming up).
                 * @member {number} backgroundFrames
                 * @memberof sluice.frames.v1.TrafficFeatures
                 * @instance
                 */
                TrafficFeatures.prototype.backgroundFrames = 0;

                /**
                 * Name and version of the method that produced these figures, e.g. "background-difference/v1".
                 * @member {string} method
                 * @memberof sluice.frames.v1.TrafficFeatures
                 * @instance
                 */
                TrafficFeatures.prototype.method = "";

                /**
                 * Creates a new TrafficFeatures instance using the specified properties.
                 * @function create
                 * @memberof sluice.frames.v1.TrafficFeatures
                 * @static
                 * @param {sluice.frames.v1.TrafficFeatures.$Properties=} [properties] Properties to set
                 * @returns {sluice.frames.v1.TrafficFeatures} TrafficFeatures instance
                 * @type {{
                 *   (properties: sluice.frames.v1.TrafficFeatures.$Shape): sluice.frames.v1.TrafficFeatures & sluice.frames.v1.TrafficFeatures.$Shape;
                 *   (properties?: sluice.frames.v1.TrafficFeatures.$Properties): sluice.frames.v1.TrafficFeatures;
                 * }}
                 */
                TrafficFeatures.create = function(properties) {
                    return new TrafficFeatures(properties);
                };

                /**
                 * Encodes the specified TrafficFeatures message. Does not implicitly {@link sluice.frames.v1.TrafficFeatures.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.frames.v1.TrafficFeatures
                 * @static
                 * @param {sluice.frames.v1.TrafficFeatures.$Properties} message TrafficFeatures message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TrafficFeatures.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.motion != null && $Object.hasOwnProperty.call(message, "motion") && !$Object.is(message.motion, 0))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.motion);
                    if (message.occupancy != null && $Object.hasOwnProperty.call(message, "occupancy") && !$Object.is(message.occupancy, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.occupancy);
                    if (message.backgroundFrames != null && $Object.hasOwnProperty.call(message, "backgroundFrames") && message.backgroundFrames !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.backgroundFrames);
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.method);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TrafficFeatures message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.frames.v1.TrafficFeatures
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.frames.v1.TrafficFeatures & sluice.frames.v1.TrafficFeatures.$Shape} TrafficFeatures
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TrafficFeatures.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sluice.frames.v1.TrafficFeatures();
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
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.motion = value;
                                else
                                    delete message.motion;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.occupancy = value;
                                else
                                    delete message.occupancy;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.backgroundFrames = value;
                                else
                                    delete message.backgroundFrames;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.method = value;
                                else
                                    delete message.method;
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
                 * Verifies a TrafficFeatures message.
                 * @function verify
                 * @memberof sluice.frames.v1.TrafficFeatures
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TrafficFeatures.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.motion != null && $Object.hasOwnProperty.call(message, "motion"))
                        if (typeof message.motion !== "number")
                            return "motion: number expected";
                    if (message.occupancy != null && $Object.hasOwnProperty.call(message, "occupancy"))
                        if (typeof message.occupancy !== "number")
                            return "occupancy: number expected";
                    if (message.backgroundFrames != null && $Object.hasOwnProperty.call(message, "backgroundFrames"))
                        if (!$util.isInteger(message.backgroundFrames))
                            return "backgroundFrames: integer expected";
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                        if (!$util.isString(message.method))
                            return "method: string expected";
                    return null;
                };

                /**
                 * Creates a TrafficFeatures message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.frames.v1.TrafficFeatures
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.frames.v1.TrafficFeatures} TrafficFeatures
                 */
                TrafficFeatures.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.frames.v1.TrafficFeatures)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.frames.v1.TrafficFeatures: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.frames.v1.TrafficFeatures();
                    if (object.motion != null)
                        if (!$Object.is($Number(object.motion), 0))
                            message.motion = $Number(object.motion);
                    if (object.occupancy != null)
                        if (!$Object.is($Number(object.occupancy), 0))
                            message.occupancy = $Number(object.occupancy);
                    if (object.backgroundFrames != null)
                        if ($Number(object.backgroundFrames) !== 0)
                            message.backgroundFrames = object.backgroundFrames >>> 0;
                    if (object.method != null)
                        if (typeof object.method !== "string" || object.method.length)
                            message.method = $String(object.method);
                    return message;
                };

                /**
                 * Creates a plain object from a TrafficFeatures message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.frames.v1.TrafficFeatures
                 * @static
                 * @param {sluice.frames.v1.TrafficFeatures} message TrafficFeatures
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TrafficFeatures.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.motion = 0;
                        object.occupancy = 0;
                        object.backgroundFrames = 0;
                        object.method = "";
                    }
                    if (message.motion != null && $Object.hasOwnProperty.call(message, "motion"))
                        object.motion = options.json && !$isFinite(message.motion) ? $String(message.motion) : message.motion;
                    if (message.occupancy != null && $Object.hasOwnProperty.call(message, "occupancy"))
                        object.occupancy = options.json && !$isFinite(message.occupancy) ? $String(message.occupancy) : message.occupancy;
                    if (message.backgroundFrames != null && $Object.hasOwnProperty.call(message, "backgroundFrames"))
                        object.backgroundFrames = message.backgroundFrames;
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                        object.method = message.method;
                    return object;
                };

                /**
                 * Converts this TrafficFeatures to JSON.
                 * @function toJSON
                 * @memberof sluice.frames.v1.TrafficFeatures
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TrafficFeatures.prototype.toJSON = function() {
                    return TrafficFeatures.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TrafficFeatures
                 * @function getTypeUrl
                 * @memberof sluice.frames.v1.TrafficFeatures
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TrafficFeatures.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.frames.v1.TrafficFeatures";
                };

                return TrafficFeatures;
            })();

            v1.ROIAnalysis = (function() {

                /**
                 * Properties of a ROIAnalysis.
                 * @typedef {Object} sluice.frames.v1.ROIAnalysis.$Properties
                 * @property {sluice.frames.v1.Region.$Properties|null} [region] The region analysed, as given in ProcessedFrame.regions.
                 * @property {number|null} [motion] Fraction of the region's pixels that changed since the previous frame, 0 to 1.
                 * @property {number|null} [occupancy] Fraction of the region's pixels that differ from the running background, 0 to 1.
                 * @property {boolean|null} [occupied] True when occupancy is at or above the analyser's occupancy threshold.
                 * @property {number|null} [brightness] Mean luma of the region, 0 to 255.
                 * @property {sluice.frames.v1.ImageData.$Properties|null} [crop] The region cut out of the frame and compressed, when the processor was asked for crops.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ROIAnalysis.
                 * @memberof sluice.frames.v1
                 * @interface IROIAnalysis
                 * @augments sluice.frames.v1.ROIAnalysis.$Properties
                 * @deprecated Use sluice.frames.v1.ROIAnalysis.$Properties instead.
                 */

                /**
                 * Shape of a ROIAnalysis.
                 * @typedef {sluice.frames.v1.ROIAnalysis.$Properties} sluice.frames.v1.ROIAnalysis.$Shape
                 */

                /**
                 * Constructs a new ROIAnalysis.
                 * @memberof sluice.frames.v1
                 * @classdesc Traffic features within one Region.
                 * @constructor
                 * @param {sluice.frames.v1.ROIAnalysis.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ROIAnalysis = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * The region analysed, as given in ProcessedFrame.regions.
                 * @member {sluice.frames.v1.Region.$Properties|null|undefined} region
                 * @memberof sluice.frames.v1.ROIAnalysis
                 * @instance
                 */
                ROIAnalysis.prototype.region = null;

                /**
                 * Fraction of the region's pixels that changed since the previous frame, 0 to 1.
                 * @member {number} motion
                 * @memberof sluice.frames.v1.ROIAnalysis
                 * @instance
                 */
                ROIAnalysis.prototype.motion = 0;

                /**
                 * Fraction of the region's pixels that differ from the running background, 0 to 1.
                 * @member {number} occupancy
                 * @memberof sluice.frames.v1.ROIAnalysis
                 * @instance
                 */
                ROIAnalysis.prototype.occupancy = 0;

                /**
                 * True when occupancy is at or above the analyser's occupancy threshold.
                 * @member {boolean} occupied
                 * @memberof sluice.frames.v1.ROIAnalysis
                 * @instance
                 */
                ROIAnalysis.prototype.occupied = false;

                /**
                 * Mean luma of the region, 0 to 255.
                 * @member {number} brightness
                 * @memberof sluice.frames.v1.ROIAnalysis
                 * @instance
                 */
                ROIAnalysis.prototype.brightness = 0;

                /**
                 * The region cut out of the frame and compressed, when the processor was asked for crops.
                 * @member {sluice.frames.v1.ImageData.$Properties|null|undefined} crop
                 * @memberof sluice.frames.v1.ROIAnalysis
                 * @instance
                 */
                ROIAnalysis.prototype.crop = null;

                /**
                 * Creates a new ROIAnalysis instance using the specified properties.
                 * @function create
                 * @memberof sluice.frames.v1.ROIAnalysis
                 * @static
                 * @param {sluice.frames.v1.ROIAnalysis.$Properties=} [properties] Properties to set
                 * @returns {sluice.frames.v1.ROIAnalysis} ROIAnalysis instance
                 * @type {{
                 *   (properties: sluice.frames.v1.ROIAnalysis.$Shape): sluice.frames.v1.ROIAnalysis & sluice.frames.v1.ROIAnalysis.$Shape;
                 *   (properties?: sluice.frames.v1.ROIAnalysis.$Properties): sluice.frames.v1.ROIAnalysis;
                 * }}
                 */
                ROIAnalysis.create = function(properties) {
                    return new ROIAnalysis(properties);
                };

                /**
                 * Encodes the specified ROIAnalysis message. Does not implicitly {@link sluice.frames.v1.ROIAnalysis.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.frames.v1.ROIAnalysis
                 * @static
                 * @param {sluice.frames.v1.ROIAnalysis.$Properties} message ROIAnalysis message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ROIAnalysis.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                        $root.sluice.frames.v1.Region.encode(message.region, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.motion != null && $Object.hasOwnProperty.call(message, "motion") && !$Object.is(message.motion, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.motion);
                    if (message.occupancy != null && $Object.hasOwnProperty.call(message, "occupancy") && !$Object.is(message.occupancy, 0))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.occupancy);
                    if (message.occupied != null && $Object.hasOwnProperty.call(message, "occupied") && message.occupied !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.occupied);
                    if (message.brightness != null && $Object.hasOwnProperty.call(message, "brightness") && !$Object.is(message.brightness, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.brightness);
                    if (message.crop != null && $Object.hasOwnProperty.call(message, "crop"))
                        $root.sluice.frames.v1.ImageData.encode(message.crop, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ROIAnalysis message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.frames.v1.ROIAnalysis
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.frames.v1.ROIAnalysis & sluice.frames.v1.ROIAnalysis.$Shape} ROIAnalysis
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ROIAnalysis.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sluice.frames.v1.ROIAnalysis();
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
                                message.region = $root.sluice.frames.v1.Region.decode(reader, reader.size(), $undefined, _depth + 1, message.region);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.motion = value;
                                else
                                    delete message.motion;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.occupancy = value;
                                else
                                    delete message.occupancy;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.occupied = value;
                                else
                                    delete message.occupied;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.brightness = value;
                                else
                                    delete message.brightness;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.crop = $root.sluice.frames.v1.ImageData.decode(reader, reader.size(), $undefined, _depth + 1, message.crop);
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
                 * Verifies a ROIAnalysis message.
                 * @function verify
                 * @memberof sluice.frames.v1.ROIAnalysis
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ROIAnalysis.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region")) {
                        let error = $root.sluice.frames.v1.Region.verify(message.region, _depth + 1);
                        if (error)
                            return "region." + error;
                    }
                    if (message.motion != null && $Object.hasOwnProperty.call(message, "motion"))
                        if (typeof message.motion !== "number")
                            return "motion: number expected";
                    if (message.occupancy != null && $Object.hasOwnProperty.call(message, "occupancy"))
                        if (typeof message.occupancy !== "number")
                            return "occupancy: number expected";
                    if (message.occupied != null && $Object.hasOwnProperty.call(message, "occupied"))
                        if (typeof message.occupied !== "boolean")
                            return "occupied: boolean expected";
                    if (message.brightness != null && $Object.hasOwnProperty.call(message, "brightness"))
                        if (typeof message.brightness !== "number")
                            return "brightness: number expected";
                    if (message.crop != null && $Object.hasOwnProperty.call(message, "crop")) {
                        let error = $root.sluice.frames.v1.ImageData.verify(message.crop, _depth + 1);
                        if (error)
                            return "crop." + error;
                    }
                    return null;
                };

                /**
                 * Creates a ROIAnalysis message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.frames.v1.ROIAnalysis
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.frames.v1.ROIAnalysis} ROIAnalysis
                 */
                ROIAnalysis.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.frames.v1.ROIAnalysis)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.frames.v1.ROIAnalysis: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.frames.v1.ROIAnalysis();
                    if (object.region != null) {
                        if (!$util.isObject(object.region))
                            throw $TypeError(".sluice.frames.v1.ROIAnalysis.region: object expected");
                        message.region = $root.sluice.frames.v1.Region.fromObject(object.region, _depth + 1);
                    }
                    if (object.motion != null)
                        if (!$Object.is($Number(object.motion), 0))
                            message.motion = $Number(object.motion);
                    if (object.occupancy != null)
                        if (!$Object.is($Number(object.occupancy), 0))
                            message.occupancy = $Number(object.occupancy);
                    if (object.occupied != null)
                        if (object.occupied)
                            message.occupied = $Boolean(object.occupied);
                    if (object.brightness != null)
                        if (!$Object.is($Number(object.brightness), 0))
                            message.brightness = $Number(object.brightness);
                    if (object.crop != null) {
                        if (!$util.isObject(object.crop))
                            throw $TypeError(".sluice.frames.v1.ROIAnalysis.crop: object expected");
                        message.crop = $root.sluice.frames.v1.ImageData.fromObject(object.crop, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ROIAnalysis message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.frames.v1.ROIAnalysis
                 * @static
                 * @param {sluice.frames.v1.ROIAnalysis} message ROIAnalysis
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ROIAnalysis.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.region = null;
                        object.motion = 0;
                        object.occupancy = 0;
                        object.occupied = false;
                        object.brightness = 0;
                        object.crop = null;
                    }
                    if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                        object.region = $root.sluice.frames.v1.Region.toObject(message.region, options, _depth + 1);
                    if (message.motion != null && $Object.hasOwnProperty.call(message, "motion"))
                        object.motion = options.json && !$isFinite(message.motion) ? $String(message.motion) : message.motion;
                    if (message.occupancy != null && $Object.hasOwnProperty.call(message, "occupancy"))
                        object.occupancy = options.json && !$isFinite(message.occupancy) ? $String(message.occupancy) : message.occupancy;
                    if (message.occupied != null && $Object.hasOwnProperty.call(message, "occupied"))
                        object.occupied = message.occupied;
                    if (message.brightness != null && $Object.hasOwnProperty.call(message, "brightness"))
                        object.brightness = options.json && !$isFinite(message.brightness) ? $String(message.brightness) : message.brightness;
                    if (message.crop != null && $Object.hasOwnProperty.call(message, "crop"))
                        object.crop = $root.sluice.frames.v1.ImageData.toObject(message.crop, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this ROIAnalysis to JSON.
                 * @function toJSON
                 * @memberof sluice.frames.v1.ROIAnalysis
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ROIAnalysis.prototype.toJSON = function() {
                    return ROIAnalysis.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ROIAnalysis
                 * @function getTypeUrl
                 * @memberof sluice.frames.v1.ROIAnalysis
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ROIAnalysis.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.frames.v1.ROIAnalysis";
                };

                return ROIAnalysis;
            })();

            v1.ProcessedFrame = (function() {

                /**
                 * Properties of a ProcessedFrame.
                 * @typedef {Object} sluice.frames.v1.ProcessedFrame.$Properties
                 * @property {string|null} [frameId] Unique id of this frame, chosen by the sender (a UUID or ULID); 1-128 characters.
                 * @property {string|null} [cameraId] The camera that took the frame; 1-128 characters of a-z A-Z 0-9 . _ - : /.
                 * @property {google.protobuf.Timestamp.$Properties|null} [capturedAt] When the camera captured the frame.
                 * @property {number|Long|null} [sequence] The camera's own frame counter; restarts with the camera, so order by captured_at.
                 * @property {sluice.frames.v1.ProcessingStage|null} [stage] How far along the pipeline this frame is.
                 * @property {sluice.frames.v1.ProcessingStatus|null} [status] Outcome of the latest stage.
                 * @property {sluice.frames.v1.ImageData.$Properties|null} [image] The image: original bytes at INGESTED, compressed bytes from PROCESSED on.
                 * @property {Array.<sluice.frames.v1.Region.$Properties>|null} [regions] Regions to analyse, from the camera's configuration; may be empty.
                 * @property {sluice.frames.v1.QualityMetrics.$Properties|null} [quality] Set by stream_processor.
                 * @property {sluice.frames.v1.TrafficFeatures.$Properties|null} [traffic] Set by ml_inference.
                 * @property {Array.<sluice.frames.v1.ROIAnalysis.$Properties>|null} [roiAnalyses] Set by ml_inference: one per entry of `regions`, in the same order.
                 * @property {google.protobuf.Timestamp.$Properties|null} [processedAt] When stream_processor finished with the frame.
                 * @property {number|null} [processingMs] Time stream_processor spent on the frame, milliseconds.
                 * @property {string|null} [error] Why the latest stage failed (status FAILED); empty otherwise.
                 * @property {Object.<string,string>|null} [labels] Free-form labels from the sender (site, direction); keys 1-64 characters, at most 32 entries.
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProcessedFrame.
                 * @memberof sluice.frames.v1
                 * @interface IProcessedFrame
                 * @augments sluice.frames.v1.ProcessedFrame.$Properties
                 * @deprecated Use sluice.frames.v1.ProcessedFrame.$Properties instead.
                 */

                /**
                 * Shape of a ProcessedFrame.
                 * @typedef {sluice.frames.v1.ProcessedFrame.$Properties} sluice.frames.v1.ProcessedFrame.$Shape
                 */

                /**
                 * Constructs a new ProcessedFrame.
                 * @memberof sluice.frames.v1
                 * @classdesc One camera frame and everything the pipeline learned about it. The same message travels through every stage;
                 * `stage` says how far it got.
                 * @constructor
                 * @param {sluice.frames.v1.ProcessedFrame.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProcessedFrame = function (properties) {
                    this.regions = [];
                    this.roiAnalyses = [];
                    this.labels = {};
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Unique id of this frame, chosen by the sender (a UUID or ULID); 1-128 characters.
                 * @member {string} frameId
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.frameId = "";

                /**
                 * The camera that took the frame; 1-128 characters of a-z A-Z 0-9 . _ - : /.
                 * @member {string} cameraId
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.cameraId = "";

                /**
                 * When the camera captured the frame.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} capturedAt
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.capturedAt = null;

                /**
                 * The camera's own frame counter; restarts with the camera, so order by captured_at.
                 * @member {number|Long} sequence
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * How far along the pipeline this frame is.
                 * @member {sluice.frames.v1.ProcessingStage} stage
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.stage = 0;

                /**
                 * Outcome of the latest stage.
                 * @member {sluice.frames.v1.ProcessingStatus} status
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.status = 0;

                /**
                 * The image: original bytes at INGESTED, compressed bytes from PROCESSED on.
                 * @member {sluice.frames.v1.ImageData.$Properties|null|undefined} image
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.image = null;

                /**
                 * Regions to analyse, from the camera's configuration; may be empty.
                 * @member {Array.<sluice.frames.v1.Region.$Properties>} regions
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.regions = $util.emptyArray;

                /**
                 * Set by stream_processor.
                 * @member {sluice.frames.v1.QualityMetrics.$Properties|null|undefined} quality
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.quality = null;

                /**
                 * Set by ml_inference.
                 * @member {sluice.frames.v1.TrafficFeatures.$Properties|null|undefined} traffic
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.traffic = null;

                /**
                 * Set by ml_inference: one per entry of `regions`, in the same order.
                 * @member {Array.<sluice.frames.v1.ROIAnalysis.$Properties>} roiAnalyses
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.roiAnalyses = $util.emptyArray;

                /**
                 * When stream_processor finished with the frame.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} processedAt
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.processedAt = null;

                /**
                 * Time stream_processor spent on the frame, milliseconds.
                 * @member {number} processingMs
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.processingMs = 0;

                /**
                 * Why the latest stage failed (status FAILED); empty otherwise.
                 * @member {string} error
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.error = "";

                /**
                 * Free-form labels from the sender (site, direction); keys 1-64 characters, at most 32 entries.
                 * @member {Object.<string,string>} labels
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 */
                ProcessedFrame.prototype.labels = $util.emptyObject;

                /**
                 * Creates a new ProcessedFrame instance using the specified properties.
                 * @function create
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @static
                 * @param {sluice.frames.v1.ProcessedFrame.$Properties=} [properties] Properties to set
                 * @returns {sluice.frames.v1.ProcessedFrame} ProcessedFrame instance
                 * @type {{
                 *   (properties: sluice.frames.v1.ProcessedFrame.$Shape): sluice.frames.v1.ProcessedFrame & sluice.frames.v1.ProcessedFrame.$Shape;
                 *   (properties?: sluice.frames.v1.ProcessedFrame.$Properties): sluice.frames.v1.ProcessedFrame;
                 * }}
                 */
                ProcessedFrame.create = function(properties) {
                    return new ProcessedFrame(properties);
                };

                /**
                 * Encodes the specified ProcessedFrame message. Does not implicitly {@link sluice.frames.v1.ProcessedFrame.verify|verify} messages.
                 * @function encode
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @static
                 * @param {sluice.frames.v1.ProcessedFrame.$Properties} message ProcessedFrame message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProcessedFrame.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId") && message.frameId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.frameId);
                    if (message.cameraId != null && $Object.hasOwnProperty.call(message, "cameraId") && message.cameraId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.cameraId);
                    if (message.capturedAt != null && $Object.hasOwnProperty.call(message, "capturedAt"))
                        $root.google.protobuf.Timestamp.encode(message.capturedAt, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.sequence);
                    if (message.stage != null && $Object.hasOwnProperty.call(message, "stage") && message.stage !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.stage);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).int32(message.status);
                    if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                        $root.sluice.frames.v1.ImageData.encode(message.image, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.regions != null && message.regions.length)
                        for (let i = 0; i < message.regions.length; ++i)
                            $root.sluice.frames.v1.Region.encode(message.regions[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                        $root.sluice.frames.v1.QualityMetrics.encode(message.quality, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.traffic != null && $Object.hasOwnProperty.call(message, "traffic"))
                        $root.sluice.frames.v1.TrafficFeatures.encode(message.traffic, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.roiAnalyses != null && message.roiAnalyses.length)
                        for (let i = 0; i < message.roiAnalyses.length; ++i)
                            $root.sluice.frames.v1.ROIAnalysis.encode(message.roiAnalyses[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.processedAt != null && $Object.hasOwnProperty.call(message, "processedAt"))
                        $root.google.protobuf.Timestamp.encode(message.processedAt, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                    if (message.processingMs != null && $Object.hasOwnProperty.call(message, "processingMs") && !$Object.is(message.processingMs, 0))
                        writer.uint32(/* id 15, wireType 1 =*/121).double(message.processingMs);
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.error);
                    if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                        for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 17, wireType 2 =*/138).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProcessedFrame message from the specified reader or buffer.
                 * @function decode
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {sluice.frames.v1.ProcessedFrame & sluice.frames.v1.ProcessedFrame.$Shape} ProcessedFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProcessedFrame.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sluice.frames.v1.ProcessedFrame();
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
                                    message.frameId = value;
                                else
                                    delete message.frameId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cameraId = value;
                                else
                                    delete message.cameraId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.capturedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.capturedAt);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sequence = value;
                                else
                                    delete message.sequence;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.stage = value;
                                else
                                    delete message.stage;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.image = $root.sluice.frames.v1.ImageData.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.regions && message.regions.length))
                                    message.regions = [];
                                message.regions.push($root.sluice.frames.v1.Region.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.quality = $root.sluice.frames.v1.QualityMetrics.decode(reader, reader.size(), $undefined, _depth + 1, message.quality);
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.traffic = $root.sluice.frames.v1.TrafficFeatures.decode(reader, reader.size(), $undefined, _depth + 1, message.traffic);
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.roiAnalyses && message.roiAnalyses.length))
                                    message.roiAnalyses = [];
                                message.roiAnalyses.push($root.sluice.frames.v1.ROIAnalysis.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                message.processedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.processedAt);
                                continue;
                            }
                        case 15: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.processingMs = value;
                                else
                                    delete message.processingMs;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.error = value;
                                else
                                    delete message.error;
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                if (message.labels === $util.emptyObject)
                                    message.labels = {};
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    let tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.labels, key);
                                message.labels[key] = value;
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
                 * Verifies a ProcessedFrame message.
                 * @function verify
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ProcessedFrame.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId"))
                        if (!$util.isString(message.frameId))
                            return "frameId: string expected";
                    if (message.cameraId != null && $Object.hasOwnProperty.call(message, "cameraId"))
                        if (!$util.isString(message.cameraId))
                            return "cameraId: string expected";
                    if (message.capturedAt != null && $Object.hasOwnProperty.call(message, "capturedAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.capturedAt, _depth + 1);
                        if (error)
                            return "capturedAt." + error;
                    }
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                        if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                            return "sequence: integer|Long expected";
                    if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                        if (typeof message.stage !== "number" || (message.stage | 0) !== message.stage)
                            return "stage: enum value expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    if (message.image != null && $Object.hasOwnProperty.call(message, "image")) {
                        let error = $root.sluice.frames.v1.ImageData.verify(message.image, _depth + 1);
                        if (error)
                            return "image." + error;
                    }
                    if (message.regions != null && $Object.hasOwnProperty.call(message, "regions")) {
                        if (!$Array.isArray(message.regions))
                            return "regions: array expected";
                        for (let i = 0; i < message.regions.length; ++i) {
                            let error = $root.sluice.frames.v1.Region.verify(message.regions[i], _depth + 1);
                            if (error)
                                return "regions." + error;
                        }
                    }
                    if (message.quality != null && $Object.hasOwnProperty.call(message, "quality")) {
                        let error = $root.sluice.frames.v1.QualityMetrics.verify(message.quality, _depth + 1);
                        if (error)
                            return "quality." + error;
                    }
                    if (message.traffic != null && $Object.hasOwnProperty.call(message, "traffic")) {
                        let error = $root.sluice.frames.v1.TrafficFeatures.verify(message.traffic, _depth + 1);
                        if (error)
                            return "traffic." + error;
                    }
                    if (message.roiAnalyses != null && $Object.hasOwnProperty.call(message, "roiAnalyses")) {
                        if (!$Array.isArray(message.roiAnalyses))
                            return "roiAnalyses: array expected";
                        for (let i = 0; i < message.roiAnalyses.length; ++i) {
                            let error = $root.sluice.frames.v1.ROIAnalysis.verify(message.roiAnalyses[i], _depth + 1);
                            if (error)
                                return "roiAnalyses." + error;
                        }
                    }
                    if (message.processedAt != null && $Object.hasOwnProperty.call(message, "processedAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.processedAt, _depth + 1);
                        if (error)
                            return "processedAt." + error;
                    }
                    if (message.processingMs != null && $Object.hasOwnProperty.call(message, "processingMs"))
                        if (typeof message.processingMs !== "number")
                            return "processingMs: number expected";
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        if (!$util.isString(message.error))
                            return "error: string expected";
                    if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                        if (!$util.isObject(message.labels))
                            return "labels: object expected";
                        let key = $Object.keys(message.labels);
                        for (let i = 0; i < key.length; ++i)
                            if (!$util.isString(message.labels[key[i]]))
                                return "labels: string{k:string} expected";
                    }
                    return null;
                };

                /**
                 * Creates a ProcessedFrame message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {sluice.frames.v1.ProcessedFrame} ProcessedFrame
                 */
                ProcessedFrame.fromObject = function (object, _depth) {
                    if (object instanceof $root.sluice.frames.v1.ProcessedFrame)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sluice.frames.v1.ProcessedFrame: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sluice.frames.v1.ProcessedFrame();
                    if (object.frameId != null)
                        if (typeof object.frameId !== "string" || object.frameId.length)
                            message.frameId = $String(object.frameId);
                    if (object.cameraId != null)
                        if (typeof object.cameraId !== "string" || object.cameraId.length)
                            message.cameraId = $String(object.cameraId);
                    if (object.capturedAt != null) {
                        if (!$util.isObject(object.capturedAt))
                            throw $TypeError(".sluice.frames.v1.ProcessedFrame.capturedAt: object expected");
                        message.capturedAt = $root.google.protobuf.Timestamp.fromObject(object.capturedAt, _depth + 1);
                    }
                    if (object.sequence != null)
                        if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                            if ($util.Long)
                                message.sequence = $util.Long.fromValue(object.sequence, true);
                            else if (typeof object.sequence === "string")
                                message.sequence = $parseInt(object.sequence, 10);
                            else if (typeof object.sequence === "number")
                                message.sequence = object.sequence;
                            else if (typeof object.sequence === "object")
                                message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                    if (object.stage !== 0 && (typeof object.stage !== "string" || $root.sluice.frames.v1.ProcessingStage[object.stage] !== 0))
                        switch (object.stage) {
                        case "PROCESSING_STAGE_UNSPECIFIED":
                        case 0:
                            message.stage = 0;
                            break;
                        case "PROCESSING_STAGE_INGESTED":
                        case 1:
                            message.stage = 1;
                            break;
                        case "PROCESSING_STAGE_PROCESSED":
                        case 2:
                            message.stage = 2;
                            break;
                        case "PROCESSING_STAGE_ANALYZED":
                        case 3:
                            message.stage = 3;
                            break;
                        default:
                            if (typeof object.stage === "number" && (object.stage | 0) === object.stage)
                                message.stage = object.stage;
                        }
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.sluice.frames.v1.ProcessingStatus[object.status] !== 0))
                        switch (object.status) {
                        case "PROCESSING_STATUS_UNSPECIFIED":
                        case 0:
                            message.status = 0;
                            break;
                        case "PROCESSING_STATUS_OK":
                        case 1:
                            message.status = 1;
                            break;
                        case "PROCESSING_STATUS_DEGRADED":
                        case 2:
                            message.status = 2;
                            break;
                        case "PROCESSING_STATUS_FAILED":
                        case 3:
                            message.status = 3;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.image != null) {
                        if (!$util.isObject(object.image))
                            throw $TypeError(".sluice.frames.v1.ProcessedFrame.image: object expected");
                        message.image = $root.sluice.frames.v1.ImageData.fromObject(object.image, _depth + 1);
                    }
                    if (object.regions) {
                        if (!$Array.isArray(object.regions))
                            throw $TypeError(".sluice.frames.v1.ProcessedFrame.regions: array expected");
                        message.regions = $Array(object.regions.length);
                        for (let i = 0; i < object.regions.length; ++i) {
                            if (!$util.isObject(object.regions[i]))
                                throw $TypeError(".sluice.frames.v1.ProcessedFrame.regions: object expected");
                            message.regions[i] = $root.sluice.frames.v1.Region.fromObject(object.regions[i], _depth + 1);
                        }
                    }
                    if (object.quality != null) {
                        if (!$util.isObject(object.quality))
                            throw $TypeError(".sluice.frames.v1.ProcessedFrame.quality: object expected");
                        message.quality = $root.sluice.frames.v1.QualityMetrics.fromObject(object.quality, _depth + 1);
                    }
                    if (object.traffic != null) {
                        if (!$util.isObject(object.traffic))
                            throw $TypeError(".sluice.frames.v1.ProcessedFrame.traffic: object expected");
                        message.traffic = $root.sluice.frames.v1.TrafficFeatures.fromObject(object.traffic, _depth + 1);
                    }
                    if (object.roiAnalyses) {
                        if (!$Array.isArray(object.roiAnalyses))
                            throw $TypeError(".sluice.frames.v1.ProcessedFrame.roiAnalyses: array expected");
                        message.roiAnalyses = $Array(object.roiAnalyses.length);
                        for (let i = 0; i < object.roiAnalyses.length; ++i) {
                            if (!$util.isObject(object.roiAnalyses[i]))
                                throw $TypeError(".sluice.frames.v1.ProcessedFrame.roiAnalyses: object expected");
                            message.roiAnalyses[i] = $root.sluice.frames.v1.ROIAnalysis.fromObject(object.roiAnalyses[i], _depth + 1);
                        }
                    }
                    if (object.processedAt != null) {
                        if (!$util.isObject(object.processedAt))
                            throw $TypeError(".sluice.frames.v1.ProcessedFrame.processedAt: object expected");
                        message.processedAt = $root.google.protobuf.Timestamp.fromObject(object.processedAt, _depth + 1);
                    }
                    if (object.processingMs != null)
                        if (!$Object.is($Number(object.processingMs), 0))
                            message.processingMs = $Number(object.processingMs);
                    if (object.error != null)
                        if (typeof object.error !== "string" || object.error.length)
                            message.error = $String(object.error);
                    if (object.labels) {
                        if (!$util.isObject(object.labels))
                            throw $TypeError(".sluice.frames.v1.ProcessedFrame.labels: object expected");
                        message.labels = {};
                        for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.labels, keys[i]);
                            message.labels[keys[i]] = $String(object.labels[keys[i]]);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ProcessedFrame message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @static
                 * @param {sluice.frames.v1.ProcessedFrame} message ProcessedFrame
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProcessedFrame.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.regions = [];
                        object.roiAnalyses = [];
                    }
                    if (options.objects || options.defaults)
                        object.labels = {};
                    if (options.defaults) {
                        object.frameId = "";
                        object.cameraId = "";
                        object.capturedAt = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.stage = options.enums === $String ? "PROCESSING_STAGE_UNSPECIFIED" : 0;
                        object.status = options.enums === $String ? "PROCESSING_STATUS_UNSPECIFIED" : 0;
                        object.image = null;
                        object.quality = null;
                        object.traffic = null;
                        object.processedAt = null;
                        object.processingMs = 0;
                        object.error = "";
                    }
                    if (message.frameId != null && $Object.hasOwnProperty.call(message, "frameId"))
                        object.frameId = message.frameId;
                    if (message.cameraId != null && $Object.hasOwnProperty.call(message, "cameraId"))
                        object.cameraId = message.cameraId;
                    if (message.capturedAt != null && $Object.hasOwnProperty.call(message, "capturedAt"))
                        object.capturedAt = $root.google.protobuf.Timestamp.toObject(message.capturedAt, options, _depth + 1);
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                        else if (typeof message.sequence === "number")
                            object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                        else
                            object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                    if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                        object.stage = options.enums === $String ? $root.sluice.frames.v1.ProcessingStage[message.stage] === $undefined ? message.stage : $root.sluice.frames.v1.ProcessingStage[message.stage] : message.stage;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.sluice.frames.v1.ProcessingStatus[message.status] === $undefined ? message.status : $root.sluice.frames.v1.ProcessingStatus[message.status] : message.status;
                    if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                        object.image = $root.sluice.frames.v1.ImageData.toObject(message.image, options, _depth + 1);
                    if (message.regions && message.regions.length) {
                        object.regions = $Array(message.regions.length);
                        for (let j = 0; j < message.regions.length; ++j)
                            object.regions[j] = $root.sluice.frames.v1.Region.toObject(message.regions[j], options, _depth + 1);
                    }
                    if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                        object.quality = $root.sluice.frames.v1.QualityMetrics.toObject(message.quality, options, _depth + 1);
                    if (message.traffic != null && $Object.hasOwnProperty.call(message, "traffic"))
                        object.traffic = $root.sluice.frames.v1.TrafficFeatures.toObject(message.traffic, options, _depth + 1);
                    if (message.roiAnalyses && message.roiAnalyses.length) {
                        object.roiAnalyses = $Array(message.roiAnalyses.length);
                        for (let j = 0; j < message.roiAnalyses.length; ++j)
                            object.roiAnalyses[j] = $root.sluice.frames.v1.ROIAnalysis.toObject(message.roiAnalyses[j], options, _depth + 1);
                    }
                    if (message.processedAt != null && $Object.hasOwnProperty.call(message, "processedAt"))
                        object.processedAt = $root.google.protobuf.Timestamp.toObject(message.processedAt, options, _depth + 1);
                    if (message.processingMs != null && $Object.hasOwnProperty.call(message, "processingMs"))
                        object.processingMs = options.json && !$isFinite(message.processingMs) ? $String(message.processingMs) : message.processingMs;
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        object.error = message.error;
                    let keys2;
                    if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                        object.labels = {};
                        for (let j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.labels, keys2[j]);
                            object.labels[keys2[j]] = message.labels[keys2[j]];
                        }
                    }
                    return object;
                };

                /**
                 * Converts this ProcessedFrame to JSON.
                 * @function toJSON
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProcessedFrame.prototype.toJSON = function() {
                    return ProcessedFrame.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ProcessedFrame
                 * @function getTypeUrl
                 * @memberof sluice.frames.v1.ProcessedFrame
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProcessedFrame.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/sluice.frames.v1.ProcessedFrame";
                };

                return ProcessedFrame;
            })();

            return v1;
        })();

        return frames;
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
