// A shard lost whole (its master and its replica SIGKILLed): its slots are uncovered and the cluster goes down
// (CLUSTERDOWN from every node, cluster-require-full-coverage being Redis's default). Sends to any shard fail
// unavailable within the command timeout + 1 s; once both nodes are restarted and the cluster agrees, sends work again.
import { createRedisClient, Producer, streamKeys, UnavailableError } from "@sluice/streams";
import { type RedisServer, startRedisCluster } from "@sluice/testing";
import { waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";
import { streamOnShard } from "./publish-load.ts";
import { settleTimed } from "./settle-timed.ts";

const COMMAND_TIMEOUT_MS = 1000;

it("CLUSTERDOWN (a master and its replica killed): sends fail unavailable within timeout + 1 s, then work after the restart", async () => {
  await using cluster = await startRedisCluster({ replicasPerMaster: 1 });
  const client = createRedisClient({ ...cluster.target, commandTimeoutMs: COMMAND_TIMEOUT_MS });
  client.on("error", () => {});
  try {
    const [lostMaster, ...liveMasters] = cluster.masters() as [RedisServer, ...RedisServer[]];
    const lostReplica = cluster.replicaOf(lostMaster);
    const lostStream = await streamOnShard(lostMaster);
    const liveStreams = await Promise.all(liveMasters.map(streamOnShard));
    const producer = new Producer(client);
    const send = (stream: string) => settleTimed(producer.send(stream, { type: "t", data: "{}" }));
    for (const stream of [lostStream, ...liveStreams]) expect((await send(stream)).value).toBeDefined();

    await Promise.all([lostMaster.kill(), lostReplica.kill()]);
    // Sends while the cluster notices (connections refused), then once every node says the cluster is down.
    const noticing = await Promise.all(Array.from({ length: 10 }, () => send(lostStream)));
    await waitFor(
      async () =>
        (await Promise.all(liveMasters.map((m) => m.cli("cluster", "info")))).every((info) =>
          info.includes("cluster_state:fail"),
        ),
      { timeoutMs: 30_000, what: "every live node to report cluster_state:fail" },
    );
    // What the client meets from a live node (and retries until the deadline).
    await expect(liveMasters[0]?.cli("exists", streamKeys(liveStreams[0] as string).stream)).rejects.toThrow(
      /CLUSTERDOWN/,
    );
    const down = await Promise.all(
      [lostStream, ...liveStreams].flatMap((stream) => Array.from({ length: 5 }, () => send(stream))),
    );
    const slowestMs = Math.max(...[...noticing, ...down].map(({ elapsedMs }) => elapsedMs));
    for (const { error, elapsedMs } of [...noticing, ...down]) {
      expect(error).toBeInstanceOf(UnavailableError);
      expect(elapsedMs).toBeLessThan(COMMAND_TIMEOUT_MS + 1000);
    }

    // The master first: a replica back alone would find its master failed and take the slots over itself.
    await lostMaster.restart();
    await lostReplica.restart();
    await cluster.waitForAgreement();
    const agreed = performance.now();
    await waitFor(
      async () => (await Promise.all([lostStream, ...liveStreams].map(send))).every(({ value }) => value),
      { timeoutMs: 30_000, what: "sends to every shard to succeed after the restart" },
    );
    const recoveredMs = performance.now() - agreed;
    const causes = new Set(down.map(({ error }) => String((error as Error).cause).slice(0, 60)));
    console.log(
      `figures: ${JSON.stringify({ slowestFailedSendMs: slowestMs, recoveredMs, causes: [...causes] })}`,
    );
    expect(recoveredMs).toBeLessThan(5000);
  } finally {
    client.disconnect();
  }
});
