// Request-reply in one process: a proxy worker serving `echo` and an ingress waiting for replies on its own reply
// stream. Type-checked with the rest of the repository (tsconfig includes docs/examples).
import { echoRoute, ReplyTimeoutError, StreamReplyClient, startProxyWorker } from "@sluice/requests";
import { createBlockingClient, createRedisClient, type RedisConnectionConfig } from "@sluice/streams";

export async function example(redis: RedisConnectionConfig): Promise<void> {
  const worker = await startProxyWorker({
    redis,
    routes: { echo: echoRoute() },
    consumer: `proxy-${process.pid}`,
  });
  const client = createRedisClient(redis);
  const reader = createBlockingClient(redis);
  const ingress = await StreamReplyClient.open({ client, reader, backlogLimit: 500 });
  try {
    const reply = await ingress.request("echo", {
      body: '{"hello":1}',
      headers: { "content-type": "application/json" },
      timeoutMs: 2000,
    });
    console.log(reply.status, reply.headers["content-type"], reply.body.toString());
  } catch (error) {
    if (error instanceof ReplyTimeoutError) console.log("no reply in time: the HTTP layer answers 504");
    else throw error;
  } finally {
    await ingress.close();
    await worker.stop();
    client.disconnect();
    reader.disconnect();
  }
}
