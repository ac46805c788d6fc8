// The DrainConsumer Lambda's configuration (config/consumer.ts) and its consumer connections to the configured
// streams, opened on a container's first invocation and reused by its later ones (lazy-clients.ts closes them).
import { openConsumerConnections } from "@sluice/streams";
import { loadConsumerConfig } from "../config/consumer.ts";
import { lazyClient } from "./lazy-clients.ts";

export const consumerClients = lazyClient(
  () => {
    const config = loadConsumerConfig();
    return { config, connections: openConsumerConnections(config.redis, config.streams) };
  },
  ({ connections }) => connections.close(),
);
