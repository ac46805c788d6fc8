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
    const { cluster, consumer, drainConsumer, proxy } = await import("./infra/workers");
    const { api, authMode } = await import("./infra/api");
    const { framePipeline, gateway } = await import("./infra/frames");
    const { incrementalBackup, lakeWriter, snapshotBackup } = await import("./infra/jobs");

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
      proxyService: $dev ? "runs locally in sst dev" : proxy.nodes.service.name,
      framePipelineService: $dev ? "runs locally in sst dev" : framePipeline.nodes.service.name,
      grpcGateway: $dev ? "runs locally in sst dev" : gateway.url,
      lakeWriter: lakeWriter.name,
      snapshotBackup: snapshotBackup.name,
      incrementalBackup: incrementalBackup.name,
      api: api.url,
      apiAuth: authMode,
    };
  },
});
