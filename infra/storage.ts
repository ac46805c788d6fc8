// The S3 buckets: Backups (incremental stream backups every minute and full logical snapshots every 15 minutes,
// restored by the daily verification), Lake (Parquet written by the lake writer every 5 minutes), Reports (the
// memory and configuration audits, capacity reports and native snapshot runs, as JSON and text) and SnapshotExports
// (ElastiCache native snapshots exported as .rdb files). All private, TLS-only (SST adds a
// bucket policy denying plain HTTP), encrypted with SSE-S3, cleaned of abandoned multipart uploads.

import { STAGING_EXPIRY_DAYS, STAGING_PREFIX } from "@sluice/lake/staging";
import { production } from "./stage-settings";

// SST buckets default to forceDestroy, which lets a replacement delete a full bucket; production says no.
const bucketTransform = { bucket: { forceDestroy: !production } };

export const backups = new sst.aws.Bucket("Backups", {
  // Versioning: an overwritten or deleted backup stays recoverable until its noncurrent version expires.
  versioning: true,
  cors: false,
  transform: bucketTransform,
});

export const lake = new sst.aws.Bucket("Lake", {
  // No versioning: Parquet files are written once, and compaction rewrites would double the storage bill.
  cors: false,
  transform: bucketTransform,
});

export const reports = new sst.aws.Bucket("Reports", {
  // No versioning: each run writes its own keys; only the latest.json/.txt copies are overwritten.
  cors: false,
  transform: bucketTransform,
});

// ElastiCache can only export a snapshot into a bucket with ACLs enabled, granting its own canonical user
// bucket-wide list, write and ACL read. That grant is not scoped to our account (any account's CopySnapshot
// could write here), so it gets its own bucket instead of opening the logical backups to it.
export const snapshotExports = new sst.aws.Bucket("SnapshotExports", {
  cors: false,
  transform: bucketTransform,
});

// SST's Bucket has no encryption option: S3 encrypts new objects with SSE-S3 by default since 2023; declaring
// it keeps that a visible, audited setting. SSE-S3 rather than KMS: no key policy to keep right for ElastiCache
// and every writer, and no KMS request charge on a backup written every minute. (Bucket keys only reduce KMS
// requests, so they have nothing to do with SSE-S3.)
for (const [name, bucket] of [
  ["Backups", backups],
  ["Lake", lake],
  ["Reports", reports],
  ["SnapshotExports", snapshotExports],
] as const) {
  new aws.s3.BucketServerSideEncryptionConfiguration(`${name}Encryption`, {
    bucket: bucket.name,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
  });
}

// SST's `lifecycle` option only expires objects; aborting multipart uploads and expiring noncurrent versions
// need the raw resource (one lifecycle configuration per bucket, so the SST option stays unused).
const abortMultipart = {
  id: "abort-incomplete-multipart-uploads",
  status: "Enabled",
  filter: {},
  abortIncompleteMultipartUpload: { daysAfterInitiation: 1 },
};

new aws.s3.BucketLifecycleConfiguration("BackupsLifecycle", {
  bucket: backups.name,
  rules: [
    abortMultipart,
    {
      // The weekly retention job deletes old backups; their versions stay restorable this long afterwards.
      id: "expire-noncurrent-versions",
      status: "Enabled",
      filter: {},
      noncurrentVersionExpiration: { noncurrentDays: production ? 30 : 7 },
      expiration: { expiredObjectDeleteMarker: true },
    },
  ],
});

new aws.s3.BucketLifecycleConfiguration("LakeLifecycle", {
  bucket: lake.name,
  rules: [
    // A large file is uploaded under _staging/ (as <uuid>.staged, which no table reader globs) and copied to its key;
    // a run that died in between leaves the upload or the staged object until these remove it. A local S3 server has
    // no lifecycle rules: the lake writer sweeps the same prefix at the same age there (sweepStaging).
    { ...abortMultipart, abortIncompleteMultipartUpload: { daysAfterInitiation: STAGING_EXPIRY_DAYS } },
    {
      id: "expire-staging",
      status: "Enabled",
      filter: { prefix: STAGING_PREFIX },
      expiration: { days: STAGING_EXPIRY_DAYS },
    },
    // Parquet that is rarely read after its first month costs less in Intelligent-Tiering, with no retrieval
    // delay for Athena (archive tiers are opt-in and stay off).
    {
      id: "tier-parquet",
      status: "Enabled",
      filter: {},
      transitions: [{ days: 30, storageClass: "INTELLIGENT_TIERING" }],
    },
  ],
});

new aws.s3.BucketLifecycleConfiguration("ReportsLifecycle", {
  bucket: reports.name,
  rules: [
    abortMultipart,
    // A memory audit every 10 minutes is 144 reports a day: a quarter of them is history enough for trends (the
    // capacity report reads its samples from Redis, not from here).
    { id: "expire-reports", status: "Enabled", filter: {}, expiration: { days: production ? 90 : 14 } },
  ],
});

new aws.s3.BucketLifecycleConfiguration("SnapshotExportsLifecycle", {
  bucket: snapshotExports.name,
  rules: [
    abortMultipart,
    // Exports are full .rdb copies for seeding another region or offline analysis, not the backup of record.
    { id: "expire-exports", status: "Enabled", filter: {}, expiration: { days: production ? 30 : 3 } },
  ],
});

// ElastiCache's canonical user in every region enabled by default (China, GovCloud and opt-in regions differ:
// see docs/deployment.md). List objects (READ), write objects (WRITE), read bucket permissions (READ_ACP).
const elastiCacheCanonicalUser = "540804c33a284a299d2547575ce1010f2312ef3da9b3a053c8bc45bf233e4353";
const snapshotExportsOwnership = new aws.s3.BucketOwnershipControls("SnapshotExportsOwnership", {
  bucket: snapshotExports.name,
  rule: { objectOwnership: "BucketOwnerPreferred" },
});
const owner = aws.s3.getCanonicalUserIdOutput();
new aws.s3.BucketAcl(
  "SnapshotExportsAcl",
  {
    bucket: snapshotExports.name,
    accessControlPolicy: {
      owner: { id: owner.id },
      grants: [
        { grantee: { type: "CanonicalUser", id: owner.id }, permission: "FULL_CONTROL" },
        ...(["READ", "WRITE", "READ_ACP"] as const).map((permission) => ({
          grantee: { type: "CanonicalUser", id: elastiCacheCanonicalUser },
          permission,
        })),
      ],
    },
  },
  { dependsOn: [snapshotExportsOwnership] },
);
