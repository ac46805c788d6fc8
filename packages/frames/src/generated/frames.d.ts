import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace sluice. */
export namespace sluice {

    /** Namespace frames. */
    namespace frames {

        /** Namespace v1. */
        namespace v1 {

            /** How far along the pipeline a frame is. Each stage only ever moves a frame forward. */
            enum ProcessingStage {

                /** Not set; a frame in a stream always has a stage. */
                PROCESSING_STAGE_UNSPECIFIED = 0,

                /** Accepted by an ingress (HTTP or gRPC) into the input stream; `image` holds the camera's original bytes. */
                PROCESSING_STAGE_INGESTED = 1,

                /** Decoded, compressed and measured by `stream_processor`; `image` holds the compressed bytes. */
                PROCESSING_STAGE_PROCESSED = 2,

                /** `ml_inference` added traffic features and region analyses. */
                PROCESSING_STAGE_ANALYZED = 3
            }

            /** The outcome of the most recent stage. */
            enum ProcessingStatus {

                /** Not set. */
                PROCESSING_STATUS_UNSPECIFIED = 0,

                /** The stage succeeded and the image passed its quality thresholds. */
                PROCESSING_STATUS_OK = 1,

                /** The stage succeeded but the image is poor (too dark, too bright, blurry or flat): features are unreliable. */
                PROCESSING_STATUS_DEGRADED = 2,

                /** The stage could not process the frame; `error` says why. */
                PROCESSING_STATUS_FAILED = 3
            }

            /** How the bytes in ImageData.data are encoded. */
            enum ImageFormat {

                /** Not set. */
                IMAGE_FORMAT_UNSPECIFIED = 0,

                /** Baseline or progressive JPEG (Sluice writes baseline libjpeg-turbo by default, progressive mozjpeg on request). */
                IMAGE_FORMAT_JPEG = 1,

                /** PNG, lossless. */
                IMAGE_FORMAT_PNG = 2,

                /** WebP, lossy. */
                IMAGE_FORMAT_WEBP = 3,

                /** AVIF (AV1 still image), lossy. */
                IMAGE_FORMAT_AVIF = 4
            }

            /**
             * Properties of an ImageData.
             * @deprecated Use sluice.frames.v1.ImageData.$Properties instead.
             */
            interface IImageData extends sluice.frames.v1.ImageData.$Properties {
            }

            /** An encoded image with what is known about it. */
            class ImageData {

                /**
                 * Constructs a new ImageData.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.frames.v1.ImageData.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The encoded image. */
                data: Uint8Array;

                /** Encoding of `data`. */
                format: sluice.frames.v1.ImageFormat;

                /** Width in pixels. */
                width: number;

                /** Height in pixels. */
                height: number;

                /** Encoder quality used for `data`, 1-100; 0 for lossless formats or when not re-encoded. */
                quality: number;

                /** Size in bytes of the image the camera sent, before Sluice re-encoded it (equals data's size when it did not). */
                originalBytes: number;

                /** Encoding of the image the camera sent. */
                originalFormat: sluice.frames.v1.ImageFormat;

                /**
                 * Creates a new ImageData instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ImageData instance
                 */
                static create(properties: sluice.frames.v1.ImageData.$Shape): sluice.frames.v1.ImageData & sluice.frames.v1.ImageData.$Shape;
                static create(properties?: sluice.frames.v1.ImageData.$Properties): sluice.frames.v1.ImageData;

                /**
                 * Encodes the specified ImageData message. Does not implicitly {@link sluice.frames.v1.ImageData.verify|verify} messages.
                 * @param message ImageData message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.frames.v1.ImageData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ImageData message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.frames.v1.ImageData & sluice.frames.v1.ImageData.$Shape} ImageData
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.frames.v1.ImageData & sluice.frames.v1.ImageData.$Shape;

                /**
                 * Verifies an ImageData message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ImageData message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ImageData
                 */
                static fromObject(object: { [k: string]: any }): sluice.frames.v1.ImageData;

                /**
                 * Creates a plain object from an ImageData message. Also converts values to other types if specified.
                 * @param message ImageData
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.frames.v1.ImageData, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ImageData to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ImageData
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ImageData {

                /** Properties of an ImageData. */
                interface $Properties {

                    /** The encoded image. */
                    data?: (Uint8Array|null);

                    /** Encoding of `data`. */
                    format?: (sluice.frames.v1.ImageFormat|null);

                    /** Width in pixels. */
                    width?: (number|null);

                    /** Height in pixels. */
                    height?: (number|null);

                    /** Encoder quality used for `data`, 1-100; 0 for lossless formats or when not re-encoded. */
                    quality?: (number|null);

                    /** Size in bytes of the image the camera sent, before Sluice re-encoded it (equals data's size when it did not). */
                    originalBytes?: (number|null);

                    /** Encoding of the image the camera sent. */
                    originalFormat?: (sluice.frames.v1.ImageFormat|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ImageData. */
                type $Shape = sluice.frames.v1.ImageData.$Properties;
            }

            /**
             * Properties of a Region.
             * @deprecated Use sluice.frames.v1.Region.$Properties instead.
             */
            interface IRegion extends sluice.frames.v1.Region.$Properties {
            }

            /** A rectangle of interest in a camera's view (a lane, a crossing), in pixels of the original image. */
            class Region {

                /**
                 * Constructs a new Region.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.frames.v1.Region.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Stable name of the region within its camera, e.g. "lane-1"; unique within a frame. */
                id: string;

                /** Left edge, pixels from the left of the image. */
                x: number;

                /** Top edge, pixels from the top of the image. */
                y: number;

                /** Width in pixels; at least 1. */
                width: number;

                /** Height in pixels; at least 1. */
                height: number;

                /**
                 * Creates a new Region instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Region instance
                 */
                static create(properties: sluice.frames.v1.Region.$Shape): sluice.frames.v1.Region & sluice.frames.v1.Region.$Shape;
                static create(properties?: sluice.frames.v1.Region.$Properties): sluice.frames.v1.Region;

                /**
                 * Encodes the specified Region message. Does not implicitly {@link sluice.frames.v1.Region.verify|verify} messages.
                 * @param message Region message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.frames.v1.Region.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Region message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.frames.v1.Region & sluice.frames.v1.Region.$Shape} Region
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.frames.v1.Region & sluice.frames.v1.Region.$Shape;

                /**
                 * Verifies a Region message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Region message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Region
                 */
                static fromObject(object: { [k: string]: any }): sluice.frames.v1.Region;

                /**
                 * Creates a plain object from a Region message. Also converts values to other types if specified.
                 * @param message Region
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.frames.v1.Region, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Region to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Region
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Region {

                /** Properties of a Region. */
                interface $Properties {

                    /** Stable name of the region within its camera, e.g. "lane-1"; unique within a frame. */
                    id?: (string|null);

                    /** Left edge, pixels from the left of the image. */
                    x?: (number|null);

                    /** Top edge, pixels from the top of the image. */
                    y?: (number|null);

                    /** Width in pixels; at least 1. */
                    width?: (number|null);

                    /** Height in pixels; at least 1. */
                    height?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Region. */
                type $Shape = sluice.frames.v1.Region.$Properties;
            }

            /**
             * Properties of a QualityMetrics.
             * @deprecated Use sluice.frames.v1.QualityMetrics.$Properties instead.
             */
            interface IQualityMetrics extends sluice.frames.v1.QualityMetrics.$Properties {
            }

            /** Image statistics computed from the luma (grey) channel of the whole frame. */
            class QualityMetrics {

                /**
                 * Constructs a new QualityMetrics.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.frames.v1.QualityMetrics.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Variance of the Laplacian of the luma: higher is sharper; below the blur threshold the frame is blurry. */
                sharpness: number;

                /** Mean luma, 0 (black) to 255 (white). */
                brightness: number;

                /** RMS contrast: standard deviation of the luma, 0 to 127.5. */
                contrast: number;

                /** Fraction of pixels with luma below 16 (crushed shadows), 0 to 1. */
                darkFraction: number;

                /** Fraction of pixels with luma above 239 (blown highlights), 0 to 1. */
                brightFraction: number;

                /** True when sharpness is below the processor's blur threshold. */
                blurry: boolean;

                /**
                 * Creates a new QualityMetrics instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QualityMetrics instance
                 */
                static create(properties: sluice.frames.v1.QualityMetrics.$Shape): sluice.frames.v1.QualityMetrics & sluice.frames.v1.QualityMetrics.$Shape;
                static create(properties?: sluice.frames.v1.QualityMetrics.$Properties): sluice.frames.v1.QualityMetrics;

                /**
                 * Encodes the specified QualityMetrics message. Does not implicitly {@link sluice.frames.v1.QualityMetrics.verify|verify} messages.
                 * @param message QualityMetrics message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.frames.v1.QualityMetrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QualityMetrics message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.frames.v1.QualityMetrics & sluice.frames.v1.QualityMetrics.$Shape} QualityMetrics
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.frames.v1.QualityMetrics & sluice.frames.v1.QualityMetrics.$Shape;

                /**
                 * Verifies a QualityMetrics message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QualityMetrics message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QualityMetrics
                 */
                static fromObject(object: { [k: string]: any }): sluice.frames.v1.QualityMetrics;

                /**
                 * Creates a plain object from a QualityMetrics message. Also converts values to other types if specified.
                 * @param message QualityMetrics
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.frames.v1.QualityMetrics, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QualityMetrics to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QualityMetrics
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QualityMetrics {

                /** Properties of a QualityMetrics. */
                interface $Properties {

                    /** Variance of the Laplacian of the luma: higher is sharper; below the blur threshold the frame is blurry. */
                    sharpness?: (number|null);

                    /** Mean luma, 0 (black) to 255 (white). */
                    brightness?: (number|null);

                    /** RMS contrast: standard deviation of the luma, 0 to 127.5. */
                    contrast?: (number|null);

                    /** Fraction of pixels with luma below 16 (crushed shadows), 0 to 1. */
                    darkFraction?: (number|null);

                    /** Fraction of pixels with luma above 239 (blown highlights), 0 to 1. */
                    brightFraction?: (number|null);

                    /** True when sharpness is below the processor's blur threshold. */
                    blurry?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QualityMetrics. */
                type $Shape = sluice.frames.v1.QualityMetrics.$Properties;
            }

            /**
             * Properties of a TrafficFeatures.
             * @deprecated Use sluice.frames.v1.TrafficFeatures.$Properties instead.
             */
            interface ITrafficFeatures extends sluice.frames.v1.TrafficFeatures.$Properties {
            }

            /** Whole-frame traffic features from classical image differencing (no learned model). */
            class TrafficFeatures {

                /**
                 * Constructs a new TrafficFeatures.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.frames.v1.TrafficFeatures.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Fraction of pixels that changed since the camera's previous frame, 0 to 1. */
                motion: number;

                /** Fraction of pixels that differ from the camera's running background, 0 to 1 (how much of the view is occupied). */
                occupancy: number;

                /** Frames folded into the background so far; features are unreliable while this is small (warming up). */
                backgroundFrames: number;

                /** Name and version of the method that produced these figures, e.g. "background-difference/v1". */
                method: string;

                /**
                 * Creates a new TrafficFeatures instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TrafficFeatures instance
                 */
                static create(properties: sluice.frames.v1.TrafficFeatures.$Shape): sluice.frames.v1.TrafficFeatures & sluice.frames.v1.TrafficFeatures.$Shape;
                static create(properties?: sluice.frames.v1.TrafficFeatures.$Properties): sluice.frames.v1.TrafficFeatures;

                /**
                 * Encodes the specified TrafficFeatures message. Does not implicitly {@link sluice.frames.v1.TrafficFeatures.verify|verify} messages.
                 * @param message TrafficFeatures message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.frames.v1.TrafficFeatures.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TrafficFeatures message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.frames.v1.TrafficFeatures & sluice.frames.v1.TrafficFeatures.$Shape} TrafficFeatures
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.frames.v1.TrafficFeatures & sluice.frames.v1.TrafficFeatures.$Shape;

                /**
                 * Verifies a TrafficFeatures message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TrafficFeatures message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TrafficFeatures
                 */
                static fromObject(object: { [k: string]: any }): sluice.frames.v1.TrafficFeatures;

                /**
                 * Creates a plain object from a TrafficFeatures message. Also converts values to other types if specified.
                 * @param message TrafficFeatures
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.frames.v1.TrafficFeatures, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TrafficFeatures to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TrafficFeatures
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TrafficFeatures {

                /** Properties of a TrafficFeatures. */
                interface $Properties {

                    /** Fraction of pixels that changed since the camera's previous frame, 0 to 1. */
                    motion?: (number|null);

                    /** Fraction of pixels that differ from the camera's running background, 0 to 1 (how much of the view is occupied). */
                    occupancy?: (number|null);

                    /** Frames folded into the background so far; features are unreliable while this is small (warming up). */
                    backgroundFrames?: (number|null);

                    /** Name and version of the method that produced these figures, e.g. "background-difference/v1". */
                    method?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TrafficFeatures. */
                type $Shape = sluice.frames.v1.TrafficFeatures.$Properties;
            }

            /**
             * Properties of a ROIAnalysis.
             * @deprecated Use sluice.frames.v1.ROIAnalysis.$Properties instead.
             */
            interface IROIAnalysis extends sluice.frames.v1.ROIAnalysis.$Properties {
            }

            /** Traffic features within one Region. */
            class ROIAnalysis {

                /**
                 * Constructs a new ROIAnalysis.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.frames.v1.ROIAnalysis.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The region analysed, as given in ProcessedFrame.regions. */
                region?: (sluice.frames.v1.Region.$Properties|null);

                /** Fraction of the region's pixels that changed since the previous frame, 0 to 1. */
                motion: number;

                /** Fraction of the region's pixels that differ from the running background, 0 to 1. */
                occupancy: number;

                /** True when occupancy is at or above the analyser's occupancy threshold. */
                occupied: boolean;

                /** Mean luma of the region, 0 to 255. */
                brightness: number;

                /** The region cut out of the frame and compressed, when the processor was asked for crops. */
                crop?: (sluice.frames.v1.ImageData.$Properties|null);

                /**
                 * Creates a new ROIAnalysis instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ROIAnalysis instance
                 */
                static create(properties: sluice.frames.v1.ROIAnalysis.$Shape): sluice.frames.v1.ROIAnalysis & sluice.frames.v1.ROIAnalysis.$Shape;
                static create(properties?: sluice.frames.v1.ROIAnalysis.$Properties): sluice.frames.v1.ROIAnalysis;

                /**
                 * Encodes the specified ROIAnalysis message. Does not implicitly {@link sluice.frames.v1.ROIAnalysis.verify|verify} messages.
                 * @param message ROIAnalysis message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.frames.v1.ROIAnalysis.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ROIAnalysis message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.frames.v1.ROIAnalysis & sluice.frames.v1.ROIAnalysis.$Shape} ROIAnalysis
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.frames.v1.ROIAnalysis & sluice.frames.v1.ROIAnalysis.$Shape;

                /**
                 * Verifies a ROIAnalysis message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ROIAnalysis message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ROIAnalysis
                 */
                static fromObject(object: { [k: string]: any }): sluice.frames.v1.ROIAnalysis;

                /**
                 * Creates a plain object from a ROIAnalysis message. Also converts values to other types if specified.
                 * @param message ROIAnalysis
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.frames.v1.ROIAnalysis, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ROIAnalysis to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ROIAnalysis
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ROIAnalysis {

                /** Properties of a ROIAnalysis. */
                interface $Properties {

                    /** The region analysed, as given in ProcessedFrame.regions. */
                    region?: (sluice.frames.v1.Region.$Properties|null);

                    /** Fraction of the region's pixels that changed since the previous frame, 0 to 1. */
                    motion?: (number|null);

                    /** Fraction of the region's pixels that differ from the running background, 0 to 1. */
                    occupancy?: (number|null);

                    /** True when occupancy is at or above the analyser's occupancy threshold. */
                    occupied?: (boolean|null);

                    /** Mean luma of the region, 0 to 255. */
                    brightness?: (number|null);

                    /** The region cut out of the frame and compressed, when the processor was asked for crops. */
                    crop?: (sluice.frames.v1.ImageData.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ROIAnalysis. */
                type $Shape = sluice.frames.v1.ROIAnalysis.$Properties;
            }

            /**
             * Properties of a ProcessedFrame.
             * @deprecated Use sluice.frames.v1.ProcessedFrame.$Properties instead.
             */
            interface IProcessedFrame extends sluice.frames.v1.ProcessedFrame.$Properties {
            }

            /**
             * One camera frame and everything the pipeline learned about it. The same message travels through every stage;
             * `stage` says how far it got.
             */
            class ProcessedFrame {

                /**
                 * Constructs a new ProcessedFrame.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sluice.frames.v1.ProcessedFrame.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Unique id of this frame, chosen by the sender (a UUID or ULID); 1-128 characters. */
                frameId: string;

                /** The camera that took the frame; 1-128 characters of a-z A-Z 0-9 . _ - : /. */
                cameraId: string;

                /** When the camera captured the frame. */
                capturedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** The camera's own frame counter; restarts with the camera, so order by captured_at. */
                sequence: (number|Long);

                /** How far along the pipeline this frame is. */
                stage: sluice.frames.v1.ProcessingStage;

                /** Outcome of the latest stage. */
                status: sluice.frames.v1.ProcessingStatus;

                /** The image: original bytes at INGESTED, compressed bytes from PROCESSED on. */
                image?: (sluice.frames.v1.ImageData.$Properties|null);

                /** Regions to analyse, from the camera's configuration; may be empty. */
                regions: sluice.frames.v1.Region.$Properties[];

                /** Set by stream_processor. */
                quality?: (sluice.frames.v1.QualityMetrics.$Properties|null);

                /** Set by ml_inference. */
                traffic?: (sluice.frames.v1.TrafficFeatures.$Properties|null);

                /** Set by ml_inference: one per entry of `regions`, in the same order. */
                roiAnalyses: sluice.frames.v1.ROIAnalysis.$Properties[];

                /** When stream_processor finished with the frame. */
                processedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** Time stream_processor spent on the frame, milliseconds. */
                processingMs: number;

                /** Why the latest stage failed (status FAILED); empty otherwise. */
                error: string;

                /** Free-form labels from the sender (site, direction); keys 1-64 characters, at most 32 entries. */
                labels: { [k: string]: string };

                /**
                 * Creates a new ProcessedFrame instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProcessedFrame instance
                 */
                static create(properties: sluice.frames.v1.ProcessedFrame.$Shape): sluice.frames.v1.ProcessedFrame & sluice.frames.v1.ProcessedFrame.$Shape;
                static create(properties?: sluice.frames.v1.ProcessedFrame.$Properties): sluice.frames.v1.ProcessedFrame;

                /**
                 * Encodes the specified ProcessedFrame message. Does not implicitly {@link sluice.frames.v1.ProcessedFrame.verify|verify} messages.
                 * @param message ProcessedFrame message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sluice.frames.v1.ProcessedFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProcessedFrame message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sluice.frames.v1.ProcessedFrame & sluice.frames.v1.ProcessedFrame.$Shape} ProcessedFrame
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sluice.frames.v1.ProcessedFrame & sluice.frames.v1.ProcessedFrame.$Shape;

                /**
                 * Verifies a ProcessedFrame message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProcessedFrame message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProcessedFrame
                 */
                static fromObject(object: { [k: string]: any }): sluice.frames.v1.ProcessedFrame;

                /**
                 * Creates a plain object from a ProcessedFrame message. Also converts values to other types if specified.
                 * @param message ProcessedFrame
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sluice.frames.v1.ProcessedFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProcessedFrame to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProcessedFrame
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProcessedFrame {

                /** Properties of a ProcessedFrame. */
                interface $Properties {

                    /** Unique id of this frame, chosen by the sender (a UUID or ULID); 1-128 characters. */
                    frameId?: (string|null);

                    /** The camera that took the frame; 1-128 characters of a-z A-Z 0-9 . _ - : /. */
                    cameraId?: (string|null);

                    /** When the camera captured the frame. */
                    capturedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** The camera's own frame counter; restarts with the camera, so order by captured_at. */
                    sequence?: (number|Long|null);

                    /** How far along the pipeline this frame is. */
                    stage?: (sluice.frames.v1.ProcessingStage|null);

                    /** Outcome of the latest stage. */
                    status?: (sluice.frames.v1.ProcessingStatus|null);

                    /** The image: original bytes at INGESTED, compressed bytes from PROCESSED on. */
                    image?: (sluice.frames.v1.ImageData.$Properties|null);

                    /** Regions to analyse, from the camera's configuration; may be empty. */
                    regions?: (sluice.frames.v1.Region.$Properties[]|null);

                    /** Set by stream_processor. */
                    quality?: (sluice.frames.v1.QualityMetrics.$Properties|null);

                    /** Set by ml_inference. */
                    traffic?: (sluice.frames.v1.TrafficFeatures.$Properties|null);

                    /** Set by ml_inference: one per entry of `regions`, in the same order. */
                    roiAnalyses?: (sluice.frames.v1.ROIAnalysis.$Properties[]|null);

                    /** When stream_processor finished with the frame. */
                    processedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Time stream_processor spent on the frame, milliseconds. */
                    processingMs?: (number|null);

                    /** Why the latest stage failed (status FAILED); empty otherwise. */
                    error?: (string|null);

                    /** Free-form labels from the sender (site, direction); keys 1-64 characters, at most 32 entries. */
                    labels?: ({ [k: string]: string }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProcessedFrame. */
                type $Shape = sluice.frames.v1.ProcessedFrame.$Properties;
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
