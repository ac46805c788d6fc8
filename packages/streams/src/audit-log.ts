// The audit log: every admin action a front door does for a caller (a redrive, a stream's registration, a change of
// its consumption policy) is appended to the platform's stream `sluice.audit` — who, what, on which stream, when —
// before it is done, so an action with no record never happens (Redis refusing the record refuses the action). The
// catalog reserves the stream to the platform (durable, kept a year); this is its one writer.
import type { RedisClient } from "./connection.ts";
import { platformCapability } from "./platform-capability.ts";
import { Producer, type StreamPolicy } from "./producer.ts";

export const AUDIT_STREAM = "sluice.audit";

export interface AuditRecord {
  /** The caller, as its front door authenticated it (token name, JWT subject, IAM principal). */
  who: string;
  /** `redrive`, `register_stream`, … */
  action: string;
  /** The stream acted on. */
  stream: string;
  /** What the action was asked to do (its options), JSON-serializable. */
  details?: Record<string, unknown>;
}

export class AuditLog {
  readonly #producer: Producer;

  /** `settingsFor`: the catalog's policy (durable, as the catalog wants the audit log). */
  constructor(client: RedisClient, settingsFor?: (stream: string) => StreamPolicy | undefined) {
    this.#producer = new Producer(client, {
      ...(settingsFor && { settingsFor }),
      platform: platformCapability(AUDIT_STREAM),
    });
  }

  /** Appends a record; resolves to its id, rejects (typed) when it was not written. */
  record({ who, action, stream, details = {} }: AuditRecord): Promise<string> {
    const data = JSON.stringify({ who, action, stream, details, at: new Date().toISOString() });
    return this.#producer.send(AUDIT_STREAM, { type: `audit.${action}`, data });
  }
}
