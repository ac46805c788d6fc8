// Where the lake writer stages a large file's multipart upload until its key is known, and how long a leftover may
// stay: `_staging/<stream>/<uuid>.staged`, outside every table prefix (`<stream>/type=…/`) and not ending in
// `.parquet`, so no table reader sees it, not even one globbing the whole bucket (`s3://<bucket>/**/*.parquet`). A run
// that dies between the upload and the copy leaves the staged object or an incomplete upload: the bucket's lifecycle
// rules (infra/storage.ts) remove both after STAGING_EXPIRY_DAYS in AWS, and sweepStaging does the same against a
// local S3 server. Import-free, for the SST app (`@sluice/lake/staging`).

/** The bucket's staging prefix: nothing under it is lake data. */
export const STAGING_PREFIX = "_staging/";

/** A staged object's key ends so: never `.parquet`, which table readers glob. */
export const STAGING_SUFFIX = ".staged";

/** Staged objects and incomplete multipart uploads older than this are leftovers of dead runs. */
export const STAGING_EXPIRY_DAYS = 1;

/** The staging prefix of a stream's large files. */
export function stagingPrefix(stream: string): string {
  return `${STAGING_PREFIX}${stream}/`;
}
