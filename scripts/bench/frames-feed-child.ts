// The frames bench's producer in a process of its own, so that building, encoding and sending frames does not
// take the event loop the consumers run on. Driven over IPC by scripts/bench/frames.ts (frames-protocol.ts).
import { createRedisClient, Producer } from "@sluice/streams";
import { feedPaced } from "./frames-feed.ts";
import type { FromFeeder, ToFeeder } from "./frames-protocol.ts";

const send = (message: FromFeeder) => process.send?.(message);

process.on("message", (message: ToFeeder) => {
  if (message.type !== "run") return;
  const client = createRedisClient({ ...message.job.target, connectionName: "bench-frames-feed" });
  feedPaced(new Producer(client), message.job)
    .then((result) => send({ type: "done", result }))
    .catch((error: unknown) => {
      console.error("bench frames feed:", error);
      process.exit(1);
    })
    .finally(() => client.disconnect());
});
// The bench process owns this one: when it goes, so does the producer.
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
