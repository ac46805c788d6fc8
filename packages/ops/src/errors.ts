import { SluiceError, type SluiceErrorOptions } from "@sluice/streams";

/** A backup object does not match its manifest (checksum, format, length): `ops.backup_corrupt`. */
export class BackupCorruptError extends SluiceError {
  override name = "BackupCorruptError";
  constructor(message: string, options?: SluiceErrorOptions) {
    super("invalid", "ops.backup_corrupt", message, options);
  }
}

/** The restore target already holds keys the backup has (`ops.target_not_empty`); pass `replace` to overwrite. */
export class RestoreConflictError extends SluiceError {
  override name = "RestoreConflictError";
  constructor(message: string, options?: SluiceErrorOptions) {
    super("conflict", "ops.target_not_empty", message, options);
  }
}

/** ElastiCache did not take the native snapshot (listing or CreateSnapshot failed): `ops.native_snapshot_failed`. */
export class NativeSnapshotError extends SluiceError {
  override name = "NativeSnapshotError";
  constructor(message: string, options?: SluiceErrorOptions) {
    super("unavailable", "ops.native_snapshot_failed", message, options);
  }
}

/** No ElastiCache replication group has this id in the client's account and Region: `ops.replication_group_not_found`. */
export class ReplicationGroupNotFoundError extends SluiceError {
  override name = "ReplicationGroupNotFoundError";
  readonly replicationGroupId: string;
  constructor(replicationGroupId: string, options?: SluiceErrorOptions) {
    super(
      "not_found",
      "ops.replication_group_not_found",
      `No ElastiCache replication group ${replicationGroupId}`,
      options,
    );
    this.replicationGroupId = replicationGroupId;
  }
}
