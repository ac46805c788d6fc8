// The chaos run's own reader of the chaos stream: a gRPC Subscribe as group `chaos-audit` through the gateway,
// acknowledging what it receives every 100 ms. It sees what a platform consumer sees: every delivery with its
// delivery count, so redeliveries (an entry not acknowledged before a gateway was killed, reclaimed after the
// visibility timeout; or a group whose state a failover rolled back) are counted. When the call ends (the gateway
// killed or out of patience with Redis) it subscribes again.
import { credentials, Metadata, type ServiceError } from "@grpc/grpc-js";
import { StreamingClient } from "@sluice/grpc";
import { bearerClientOptions } from "../start/bearer-auth.ts";

export const AUDIT_GROUP = "chaos-audit";
const ACK_EVERY_MS = 100;
const RESUBSCRIBE_AFTER_MS = 250;

export interface AuditSubscriber {
  /** Deliveries per entry id. */
  readonly deliveries: ReadonlyMap<string, number>;
  /** Deliveries beyond an entry's first: a delivery count above 1, or an id delivered again. */
  redelivered(): number;
  stop(): Promise<void>;
}

interface Delivery {
  id: string;
  deliveries: number;
}

export function startAuditSubscriber(address: string, token: string, stream: string): AuditSubscriber {
  const client = new StreamingClient(address, credentials.createInsecure(), bearerClientOptions(token));
  const deliveries = new Map<string, number>();
  let redelivered = 0;
  let unacknowledged: string[] = [];
  let stopped = false;
  let call: ReturnType<StreamingClient["subscribe"]> | undefined;
  let resubscribe: NodeJS.Timeout | undefined;

  const subscribe = () => {
    if (stopped) return;
    const current = client.subscribe({ stream, group: AUDIT_GROUP, maxInFlight: 200 });
    call = current;
    current.on("data", (delivery: Delivery) => {
      const seen = deliveries.get(delivery.id) ?? 0;
      if (seen > 0 || delivery.deliveries > 1) redelivered += 1;
      deliveries.set(delivery.id, seen + 1);
      unacknowledged.push(delivery.id);
    });
    const again = () => {
      if (call !== current || stopped) return;
      call = undefined;
      resubscribe = setTimeout(subscribe, RESUBSCRIBE_AFTER_MS);
    };
    current.on("error", (_error: ServiceError) => again());
    current.on("end", again);
  };
  // Acknowledgements lost with a failed call are not retried: those entries are redelivered, as for any consumer.
  const acknowledging = setInterval(() => {
    if (unacknowledged.length === 0) return;
    const ids = unacknowledged.splice(0, 1000);
    client.acknowledge(
      { stream, group: AUDIT_GROUP, ids },
      new Metadata(),
      { deadline: Date.now() + 5000 },
      () => {},
    );
  }, ACK_EVERY_MS);
  subscribe();

  return {
    deliveries,
    redelivered: () => redelivered,
    async stop() {
      stopped = true;
      clearInterval(acknowledging);
      clearTimeout(resubscribe);
      call?.cancel();
      // Let the last acknowledgements go out before the channel closes.
      if (unacknowledged.length > 0) {
        const ids = unacknowledged;
        unacknowledged = [];
        await new Promise((resolve) =>
          client.acknowledge(
            { stream, group: AUDIT_GROUP, ids },
            new Metadata(),
            { deadline: Date.now() + 5000 },
            resolve,
          ),
        );
      }
      client.close();
    },
  };
}
