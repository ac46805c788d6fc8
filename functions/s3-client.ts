// The S3 client of the jobs: AWS S3 of the function's region, or an S3-compatible server given by endpoint
// (npm start's s3rver), which knows neither virtual-host addressing nor the SDK's default CRC32 checksums.
import { S3Client } from "@aws-sdk/client-s3";

export function createS3Client(endpoint: string | undefined): S3Client {
  if (endpoint === undefined) return new S3Client({});
  return new S3Client({
    endpoint,
    forcePathStyle: true,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}
