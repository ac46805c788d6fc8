// The S3 client of the jobs and the restore CLI: AWS S3 of the function's region, or an S3-compatible server given by
// endpoint (npm start's s3rver), which knows neither virtual-host addressing nor the SDK's default CRC32 checksums.
// The region is the SDK's own (AWS_REGION, the profile's), else us-east-1: a local server takes any region but
// SigV4 needs one, and for AWS S3 the client follows a bucket's redirect to its region. No "Region is missing".
import { S3Client } from "@aws-sdk/client-s3";

const DEFAULT_REGION = "us-east-1";

/** The SDK's region chain (environment, shared config), else us-east-1. */
async function region(): Promise<string> {
  const probe = new S3Client({});
  try {
    return await probe.config.region();
  } catch {
    return DEFAULT_REGION;
  } finally {
    probe.destroy();
  }
}

export function createS3Client(endpoint: string | undefined): S3Client {
  if (endpoint === undefined) return new S3Client({ region, followRegionRedirects: true });
  return new S3Client({
    endpoint,
    region,
    forcePathStyle: true,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}
