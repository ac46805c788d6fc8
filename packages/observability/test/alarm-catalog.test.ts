import {
  ALARM_GROUPS,
  ALARMS,
  type AlarmSpec,
  type AlarmTarget,
  anyInAlarm,
  catalogProblems,
  cloudWatchAlarm,
  cloudWatchDashboard,
  criticalNames,
  formatAlarmTable,
  grafanaDashboard,
  insightsSql,
  planAlarms,
  thresholdFor,
} from "@sluice/observability";
import { describe, expect, it } from "vitest";

const byName = (name: string) => ALARMS.find((a) => a.name === name) as AlarmSpec;

describe("the alarm catalog", () => {
  it("holds alarms CloudWatch accepts, every group of the issue among them", () => {
    expect(catalogProblems()).toEqual([]);
    for (const group of ALARM_GROUPS) expect(ALARMS.some((a) => a.group === group)).toBe(true);
    const names = (group: string) => ALARMS.filter((a) => a.group === group).map((a) => a.name);
    expect(names("streams")).toEqual(
      expect.arrayContaining([
        "StreamLagAge",
        "StreamPending",
        "StreamOldestPendingAge",
        "StreamMaxDeliveryCount",
        "DlqLength",
        "DlqInflow",
        "PublishFailures",
        "ConsumerLiveness",
        "TrimLossRisk",
        "ProduceToAckP99",
      ]),
    );
    expect(byName("CacheEngineCpuHigh").threshold).toBe(65);
    expect(byName("CacheEngineCpuCritical").threshold).toBe(90);
    expect(byName("CacheMemoryHigh").threshold).toBe(70);
    expect(byName("CacheMemoryCritical").threshold).toBe(85);
  });

  it("finds what CloudWatch would refuse", () => {
    const good = byName("StreamLagAge");
    const bad: AlarmSpec[] = [
      { ...good, name: "lower", periodSeconds: 90 },
      { ...good, name: "TooLong", evaluationPeriods: 200, datapointsToAlarm: 300 },
      { ...byName("BackupIncrementsStale"), name: "TooLong" },
    ];
    expect(catalogProblems(bad)).toEqual([
      "lower: the name must be PascalCase",
      "lower: the period must be a multiple of 60 s",
      "TooLong: datapointsToAlarm must be between 1 and evaluationPeriods",
      "TooLong: period × evaluation periods is 12000 s, over the 10800 s CloudWatch allows",
      "TooLong: the name is used twice",
    ]);
  });

  it("renders a grouped Metrics Insights alarm as SQL with quoted identifiers and the batch groups left out", () => {
    const spec = byName("StreamLagAge");
    expect(insightsSql(spec.query as Parameters<typeof insightsSql>[0])).toBe(
      `SELECT MAX("LagAgeMs") FROM SCHEMA("Sluice", "Stream", "Group") WHERE "Group" != 'lake' GROUP BY "Stream", "Group" ORDER BY MAX() DESC`,
    );
    expect(cloudWatchAlarm("sluice-prod", spec, { dimensions: {} })).toEqual({
      name: "sluice-prod-StreamLagAge",
      alarmDescription: `[critical] ${spec.summary} Runbook: docs/runbooks/stream-lag-age.md`,
      comparisonOperator: "GreaterThanThreshold",
      evaluationPeriods: 3,
      datapointsToAlarm: 3,
      threshold: 300_000,
      treatMissingData: "notBreaching",
      metricQueries: [
        {
          id: "q",
          expression: insightsSql(spec.query as Parameters<typeof insightsSql>[0]),
          period: 60,
          label: "StreamLagAge",
          returnData: true,
        },
      ],
    });
  });

  it("binds per-resource alarms: dimensions, percentiles, thresholds per vCPU and per timeout, math", () => {
    const duration = cloudWatchAlarm("p", byName("LambdaDurationNearTimeout"), {
      id: "LakeWriter",
      dimensions: { FunctionName: "sluice-prod-LakeWriter" },
      timeoutMs: 300_000,
    });
    expect(duration).toMatchObject({
      name: "p-LambdaDurationNearTimeout-LakeWriter",
      namespace: "AWS/Lambda",
      metricName: "Duration",
      extendedStatistic: "p90",
      period: 300,
      threshold: 240_000,
      dimensions: { FunctionName: "sluice-prod-LakeWriter" },
    });
    expect(duration.statistic).toBeUndefined();
    expect(thresholdFor(byName("CacheCpu"), { vcpus: 2 })).toBe(45);
    expect(() => thresholdFor(byName("CacheCpu"), { id: "n1" })).toThrow("has no vcpus");
    const failover = cloudWatchAlarm("p", byName("CacheFailover"), {
      id: "0001-001",
      dimensions: { CacheClusterId: "r-0001-001" },
    });
    expect(failover.metricQueries).toEqual([
      {
        id: "role",
        returnData: false,
        metric: {
          metricName: "IsMaster",
          namespace: "AWS/ElastiCache",
          period: 60,
          stat: "Maximum",
          dimensions: { CacheClusterId: "r-0001-001" },
        },
      },
      { id: "result", expression: "ABS(DIFF(role))", label: "role changes", returnData: true },
    ]);
    const stale = cloudWatchAlarm("p", byName("BackupIncrementsStale"), { dimensions: {} });
    expect(stale).toMatchObject({
      statistic: "Sum",
      dimensions: { Job: "increments" },
      treatMissingData: "breaching",
    });
  });

  it("lists the catalog as a table with a count per group", () => {
    const table = formatAlarmTable(ALARMS);
    const lines = table.split("\n");
    expect(lines[0]).toMatch(/^group\s+alarm\s+severity/);
    expect(
      lines.filter((l) => /^(streams|jobs|elasticache|lambda|api-gateway|fargate|scheduler|s3)\s/.test(l)),
    ).toHaveLength(ALARMS.length);
    expect(lines.at(-1)).toBe(
      `${ALARMS.length} alarms: ${ALARM_GROUPS.map((g) => `${g} ${ALARMS.filter((a) => a.group === g).length}`).join(", ")}`,
    );
    expect(table).toContain("MAX(LagAgeMs) by Stream,Group (Group≠lake)");
  });

  it("draws a Grafana time series panel per alarm, in catalog order", () => {
    const { panels } = grafanaDashboard(ALARMS) as { panels: { type: string; title: string }[] };
    const titles = panels.filter((p) => p.type === "timeseries").map((p) => p.title);
    expect(titles).toEqual(ALARMS.map((a) => a.name));
  });
});

describe("the alarms, the composite and the CloudWatch dashboard follow the catalog", () => {
  const targets = {
    app: [{ dimensions: {} }],
    "cache-node": [
      { id: "0001-001", dimensions: { CacheClusterId: "rg-0001-001" }, vcpus: 2 },
      { id: "0001-002", dimensions: { CacheClusterId: "rg-0001-002" }, vcpus: 2 },
    ],
    "lambda-function": [
      { id: "Api", dimensions: { FunctionName: "f" } },
      { id: "LakeWriter", dimensions: { FunctionName: "g" }, skip: ["LambdaDurationNearTimeout"] },
    ],
    "http-api": [{ dimensions: { ApiId: "a1" } }],
    "fargate-service": [{ id: "Consumer", dimensions: { ClusterName: "c", ServiceName: "s" } }],
    "schedule-group": [{ dimensions: { ScheduleGroup: "default" } }],
    bucket: [{ id: "Backups", dimensions: { BucketName: "b", FilterId: "EntireBucket" } }],
  };

  it("plans every catalog alarm once per resource of its scope, and refuses a scope without resources", () => {
    const plan = planAlarms("app-prod", ALARMS, targets);
    for (const spec of ALARMS) {
      const list: AlarmTarget[] = targets[spec.scope];
      const count = list.filter((t) => !t.skip?.includes(spec.name)).length;
      expect(plan.filter((p) => p.spec === spec)).toHaveLength(count);
    }
    expect(plan.map((p) => p.name)).toContain("app-prod-LambdaErrors-LakeWriter");
    expect(plan.map((p) => p.name)).not.toContain("app-prod-LambdaDurationNearTimeout-LakeWriter");
    expect(plan.map((p) => p.name)).toContain("app-prod-CacheEvictions-0001-002");
    expect(new Set(plan.map((p) => p.name)).size).toBe(plan.length);
    const critical = criticalNames(plan);
    expect(critical).toContain("app-prod-StreamLagAge");
    expect(critical).not.toContain("app-prod-StreamPending");
    expect(anyInAlarm(critical.slice(0, 2))).toBe(`ALARM("${critical[0]}") OR ALARM("${critical[1]}")`);
    expect(() => planAlarms("p", ALARMS, { ...targets, bucket: [] })).toThrow(
      "S3ServerErrors: no resource of scope bucket to watch",
    );
    expect(
      planAlarms("p", ALARMS, { ...targets, bucket: [] }, ["bucket"]).some((p) => p.spec.scope === "bucket"),
    ).toBe(false);
  });

  it("draws a graph for every alarm, stream sections first, with its threshold", () => {
    const body = cloudWatchDashboard({
      region: "eu-west-1",
      alarms: ALARMS,
      targets: Object.fromEntries(ALARMS.map((a) => [a.name, targets[a.scope]])),
      alarmArns: Array.from({ length: 117 }, (_, i) => `arn:aws:cloudwatch:eu-west-1:1:alarm:a${i}`),
    });
    const graphs = body.widgets.filter((w) => w.type === "metric");
    expect(graphs.map((w) => w.properties.title)).toEqual(ALARMS.map((a) => a.name));
    // CloudWatch shows 100 alarms a status widget: every one of them, in as many widgets as it takes.
    const statuses = body.widgets.filter((w) => w.type === "alarm");
    expect(statuses.map((w) => [w.properties.title, (w.properties.alarms as string[]).length])).toEqual([
      ["Alarms", 100],
      ["Alarms (2)", 17],
    ]);
    expect(body.widgets[2]).toMatchObject({ type: "text", properties: { markdown: "## Streams" } });
    // A resource that opted out of an alarm has no line in its graph.
    const duration = graphs.find((w) => w.properties.title === "LambdaDurationNearTimeout");
    expect(duration?.properties.metrics).toHaveLength(1);
    const lagAge = graphs.find((w) => w.properties.title === "StreamLagAge");
    expect(lagAge?.properties).toMatchObject({
      metrics: [[{ expression: expect.stringContaining('SELECT MAX("LagAgeMs")'), id: "q1" }]],
      annotations: { horizontal: [{ value: 300_000 }] },
    });
    const cpu = graphs.find((w) => w.properties.title === "CacheCpu");
    expect(cpu?.properties.metrics).toHaveLength(2);
    expect(cpu?.properties).toMatchObject({ annotations: { horizontal: [{ value: 45 }] } });
  });
});
