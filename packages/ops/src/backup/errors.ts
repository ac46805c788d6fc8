// The errors of backups and restores: a backup object that does not match its manifest, a target that is not empty.
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
