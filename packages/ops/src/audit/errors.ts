// The error of the ElastiCache configuration audit: the replication group it was asked about does not exist.
import { SluiceError, type SluiceErrorOptions } from "@sluice/streams";

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
