// Retention, dead-letter redrive and stream figures (docs/streams.md). Type-checked in CI.
import { applyRetention, createRedisClient, redrive, streamKeys, streamStats } from "@sluice/streams";

const client = createRedisClient({
  mode: "cluster",
  nodes: [{ host: "redis.internal", port: 6379 }],
  tls: true,
});

// Trim what every group has acknowledged; keep at most a day, but never cut what a group still needs.
const trim = await applyRetention(client, "orders", { maxAgeMs: 24 * 3600 * 1000, onUnconsumed: "protect" });
if (trim.overAgeMs > 0) console.warn(`orders: consumers are ${trim.overAgeMs} ms behind the age cap`);

// Look at the figures, then move dead letters back at 100 entries/s once the bug is fixed.
const stats = await streamStats(client, streamKeys("orders"));
console.log(
  stats.length,
  stats.dlqLength,
  stats.groups.map((g) => [g.name, g.lag, g.pending]),
);
const moved = await redrive(client, "orders", { ratePerSecond: 100 });
console.log(`redrove ${moved}`);
client.disconnect();
