import { type ImageDataProperties, ImageFormat } from "../codec.ts";
import type { CompressedImage, ImageFormatName } from "../image/index.ts";

const FORMATS: Record<ImageFormatName, ImageFormat> = {
  jpeg: ImageFormat.IMAGE_FORMAT_JPEG,
  png: ImageFormat.IMAGE_FORMAT_PNG,
  webp: ImageFormat.IMAGE_FORMAT_WEBP,
  avif: ImageFormat.IMAGE_FORMAT_AVIF,
};

/** A compressed image as the ImageData message carries it. */
export function toImageData(image: CompressedImage): ImageDataProperties {
  return {
    data: image.data,
    format: FORMATS[image.format],
    width: image.width,
    height: image.height,
    quality: image.quality,
    originalBytes: image.originalBytes,
    originalFormat: FORMATS[image.originalFormat],
  };
}
