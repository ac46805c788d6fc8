// The error of the ElastiCache native snapshot: ElastiCache refused or failed a call the snapshot needs.
import { SluiceError, type SluiceErrorOptions } from "@sluice/streams";

/** ElastiCache did not take the native snapshot (listing or CreateSnapshot failed): `ops.native_snapshot_failed`. */
export class NativeSnapshotError extends SluiceError {
  override name = "NativeSnapshotError";
  constructor(message: string, options?: SluiceErrorOptions) {
    super("unavailable", "ops.native_snapshot_failed", message, options);
  }
}
