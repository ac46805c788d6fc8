// What a caller may do, as the server is told from outside (packages cannot read the platform's catalog; the
// gateway's main passes it in): `authorize` checks each operation on a stream for the authenticated caller, and
// `groupLimits` gives each stream's group quotas and the platform's own groups, which callers never use.
import { type Caller, ForbiddenError, type Operation, requireScope } from "@sluice/streams";

/** Throws (forbidden, not found) unless the caller may do the operation on the stream. */
export type Authorize = (caller: Caller, operation: Operation, stream: string) => void;

export interface GroupLimits {
  /** Consumer groups the stream may have: creating one more is refused RESOURCE_EXHAUSTED. */
  maxGroups: number;
  /** Consumers one group may have: a Subscribe that would add one more is refused RESOURCE_EXHAUSTED. */
  maxConsumersPerGroup: number;
  /** The platform's groups on the stream: callers may not subscribe, register or acknowledge in them. */
  platformGroups: readonly string[];
}

export type GroupLimitsFor = (stream: string) => GroupLimits;

/** Without a catalog: the scopes alone decide. */
export const scopesOnly: Authorize = requireScope;

/** Without a catalog: the catalog's defaults for callers' streams (functions/config/stream-table.ts, `*`). */
export const DEFAULT_GROUP_LIMITS: GroupLimits = {
  maxGroups: 20,
  maxConsumersPerGroup: 100,
  platformGroups: [],
};

/** Throws ForbiddenError (`grpc.platform_group`) for a group the platform keeps for itself on this stream. */
export function assertCallerGroup(limits: GroupLimits, stream: string, group: string): void {
  if (!limits.platformGroups.includes(group)) return;
  throw new ForbiddenError(
    "grpc.platform_group",
    `Group ${group} of stream ${stream} is the platform's: use a group of your own`,
    { details: { stream, group } },
  );
}

/** Whether `authorize` lets the caller do the operation (for filtering, as ListStreams does). */
export function permits(authorize: Authorize, caller: Caller, operation: Operation, stream: string): boolean {
  try {
    authorize(caller, operation, stream);
    return true;
  } catch {
    return false;
  }
}
