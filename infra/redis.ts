// The ElastiCache replication group that holds every stream, consumer group, dead-letter stream and reply key.
// Settings follow docs/deployment.md, "ElastiCache facts the deployment relies on": streams are a buffer, so nothing
// may be evicted, and durability between snapshots comes from a replica in another AZ, not from AOF (ElastiCache has
// none). In production it is protected, kept on delete and snapshotted on deletion; `sst dev` starts a local
// redis-server instead.
import { alarmTopic } from "./alarm-topic";
import { vpc } from "./network";
import { production, stage } from "./stage-settings";

// Production must hold a 2 GB stream buffer (2.7M firehose events) with room for replication buffers and the 25%
// reserved memory: m7g.large gives 6.38 GiB and no CPU credits. Other stages only need to work. The capacity report
// recommends from this type.
export const redisNodeType = production ? "cache.m7g.large" : "cache.t4g.small";

// Rotation: generation 1 is the token of the first deploy; a higher one replaces the token SST generates (its
// RandomPassword "RedisAuthToken", reached by a stack transformation since the component has no option for it).
const { generation, retiredThrough } = stage.redisAuthToken;
if (generation > 1) {
  $util.runtime.registerStackTransformation((args) =>
    args.type === "random:index/randomPassword:RandomPassword" && args.name === "RedisAuthToken"
      ? { props: { ...args.props, keepers: { generation: String(generation) } }, opts: args.opts }
      : undefined,
  );
}

export const redis = new sst.aws.Redis("Redis", {
  vpc,
  // Valkey: the same commands and protocol as Redis OSS 7.2 (XAUTOCLAIM, XINFO FULL, group lag all present),
  // open source, and about 20% cheaper per node hour on ElastiCache. Pinned so a changed SST default can never
  // restart the cluster. Changing the engine later recreates the cluster: decide once.
  engine: "valkey",
  version: "7.2",
  instance: redisNodeType.replace(/^cache\./, ""),
  // Cluster mode stays on (SST's default): all keys of one stream share a {hash tag}, so Lua over a stream and
  // its helpers is cluster-safe and the keyspace can be spread over more shards by raising `nodes`.
  // Clients must therefore use a cluster client (ioredis Cluster) with TLS and the auth token.
  cluster: { nodes: 1 },
  parameters: {
    // A stream used as a buffer must never be evicted (the ElastiCache default is volatile-lru); with
    // noeviction a full node rejects writes, which producers see and alarm on, instead of losing data.
    "maxmemory-policy": "noeviction",
  },
  // `sst dev` links the local Redis (plain TCP, no cluster, no token) instead of creating anything; the dev command
  // below starts it.
  dev: { host: "127.0.0.1", port: stage.devRedisPort },
  transform: {
    // SST creates no replica, no failover and a single AZ; a stream platform needs all three.
    cluster: (args, opts) => {
      args.replicasPerNodeGroup = 1;
      args.automaticFailoverEnabled = true;
      args.multiAzEnabled = true;
      args.snapshotRetentionLimit = production ? 7 : 1;
      // Automatic snapshots run well before the daily CreateSnapshot job (03:30 UTC; ElastiCache refuses a
      // snapshot while another one runs) and never overlap the weekly maintenance window below.
      args.snapshotWindow = "01:00-02:00";
      args.maintenanceWindow = "sun:06:00-sun:07:00";
      // Failovers, node replacements and failed snapshots reach the same topic as the alarms.
      args.notificationTopicArn = alarmTopic.arn;
      // A new token is added to the one in use (ROTATE) until the stage retires the ones before it (SET). Raising the
      // generation alone is therefore always a ROTATE: no deploy can refuse the token clients hold.
      args.authTokenUpdateStrategy = retiredThrough === generation ? "SET" : "ROTATE";
      if (production) {
        // The app's `removal: "retain"` covers only SST's list of data resource types, which has no ElastiCache, and
        // the app's `protect` only blocks `sst remove`. A replacing change must never delete the streams: Pulumi
        // refuses to delete the protected cluster (the deploy fails; after a rename the new cluster it created first
        // stays, to be removed by reverting), a removed stack leaves it running (retainOnDelete), and should Pulumi
        // ever delete it (both lifted on purpose) ElastiCache takes this snapshot first. A deletion in the console
        // or the CLI takes the snapshot its caller names.
        args.finalSnapshotIdentifier = "sluice-production-final";
        opts.protect = true;
        opts.retainOnDelete = true;
      }
    },
    // The retained cluster keeps using its subnet and parameter groups: they stay with it.
    ...(production && {
      subnetGroup: (_args, opts) => {
        opts.retainOnDelete = true;
      },
      parameterGroup: (_args, opts) => {
        opts.retainOnDelete = true;
      },
    }),
  },
});

// The token as clients get it: from the replication group's own output, which changes only once ElastiCache has
// finished accepting a new token, so during a rotation no client holds a token the cluster refuses. (SST's link and its
// secret carry the new token as soon as it is generated, minutes before ElastiCache accepts it.) Lambdas get it as the
// link `RedisToken` (encrypted in the function bundle like every link); Fargate tasks as a secret reference to
// `RedisTokenSecret`, whose version their task definitions name, so a new token rolls the tasks. Under `sst dev`
// there is no cluster and no token.
const clusterToken = $dev ? undefined : redis.nodes.cluster.authToken.apply((token) => token ?? "");
export const redisToken =
  clusterToken && new sst.Linkable("RedisToken", { properties: { value: clusterToken } });
export const redisTokenSecret =
  clusterToken && new aws.secretsmanager.Secret("RedisTokenSecret", { recoveryWindowInDays: 0 });
export const redisTokenVersion =
  redisTokenSecret &&
  new aws.secretsmanager.SecretVersion("RedisTokenSecretVersion", {
    secretId: redisTokenSecret.id,
    secretString: clusterToken,
  });

/** What a Lambda links to reach Redis. */
export const redisLinks = redisToken ? [redis, redisToken] : [redis];

// `sst dev`: a local redis-server on the linked port (or the one already listening there), in its own tab next to the
// Redis component's own, which only prints where it expects the server.
export const devRedis = $dev
  ? new sst.x.DevCommand("LocalRedis", {
      dev: {
        title: "Redis server",
        autostart: true,
        command: `sh scripts/dev-redis.sh ${stage.devRedisPort}`,
      },
    })
  : undefined;
