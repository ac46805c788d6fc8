/// <reference path="./.sst/platform/config.d.ts" />

export default $config({
  app(input) {
    return {
      name: "sluice",
      home: "aws",
      removal: input?.stage === "production" ? "retain" : "remove",
      protect: input?.stage === "production",
    };
  },
  async run() {
    const { vpc } = await import("./infra/network");
    const { redis } = await import("./infra/redis");
    const { backups, lake, snapshotExports } = await import("./infra/storage");
    const { cluster, consumer, drainConsumer } = await import("./infra/workers");

    return {
      vpc: vpc.id,
      redisHost: redis.host,
      redisPort: redis.port,
      backupsBucket: backups.name,
      lakeBucket: lake.name,
      snapshotExportsBucket: snapshotExports.name,
      cluster: cluster.nodes.cluster.name,
      consumerService: $dev ? "runs locally in sst dev" : consumer.nodes.service.name,
      drainConsumer: drainConsumer.name,
    };
  },
});
