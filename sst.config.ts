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
    // The stage's settings first: a missing or bad one stops the deploy before anything is created.
    await import("./infra/stage-settings");
    const { vpc } = await import("./infra/network");
    const { redis, redisTokenSecret } = await import("./infra/redis");
    const { backups, lake, reports, snapshotExports } = await import("./infra/storage");
    const { cluster } = await import("./infra/cluster");
    const { consumer, drainConsumer } = await import("./infra/consumers");
    const { proxy } = await import("./infra/proxy");
    const { api, authMode } = await import("./infra/api");
    const { framePipeline, gateway } = await import("./infra/frames");
    const jobs = await import("./infra/jobs");
    const { alarmTopic } = await import("./infra/alarm-topic");
    const { scheduleDlq } = await import("./infra/schedule-dlq");
    const { alarms, platformDegraded } = await import("./infra/alarms");
    const { dashboard } = await import("./infra/dashboards");

    return {
      vpc: vpc.id,
      redisHost: redis.host,
      redisPort: redis.port,
      // The secret holding the auth token as the cluster accepts it (none under `sst dev`).
      redisTokenSecret: redisTokenSecret?.name,
      backupsBucket: backups.name,
      lakeBucket: lake.name,
      reportsBucket: reports.name,
      snapshotExportsBucket: snapshotExports.name,
      cluster: cluster.nodes.cluster.name,
      consumerService: $dev ? "runs locally in sst dev" : consumer.nodes.service.name,
      drainConsumer: drainConsumer.name,
      proxyService: $dev ? "runs locally in sst dev" : proxy.nodes.service.name,
      framePipelineService: $dev ? "runs locally in sst dev" : framePipeline.nodes.service.name,
      grpcGateway: $dev ? "runs locally in sst dev" : gateway.url,
      lakeWriter: jobs.lakeWriter.name,
      snapshotBackup: jobs.snapshotBackup.name,
      incrementalBackup: jobs.incrementalBackup.name,
      backupVerificationTask: jobs.backupVerification.nodes.taskDefinition.arn,
      backupRetention: jobs.backupRetention.name,
      nativeSnapshot: jobs.nativeSnapshot.name,
      memoryAudit: jobs.memoryAudit.name,
      configAudit: jobs.configAudit.name,
      capacityReport: jobs.capacityReport.name,
      streamMonitor: jobs.streamMonitor.name,
      api: api.url,
      apiAuth: authMode,
      alarmTopic: alarmTopic.arn,
      scheduleDlq: scheduleDlq.url,
      alarmCount: alarms.length,
      platformDegradedAlarm: platformDegraded.alarmName,
      dashboard: dashboard.dashboardName,
    };
  },
});
