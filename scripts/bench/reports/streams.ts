import type { BenchReport } from "../report.ts";

export const REPORT: BenchReport = {
  title:
    "1M entries (80-byte JSON) end to end, first send to last acknowledgement, through Sluice's ConsumerGroupRunner, " +
    "a minimal hand-written ioredis `XREADGROUP`/`XACK` loop (the floor of a home-made consumer) and BullMQ 6 " +
    "(`addBulk`, a Worker with as many jobs in flight per process as Sluice has entries: concurrency × batchSize), " +
    "in the same 2 consumer processes with the same batch sizes, 3 rotating rounds; redis-server's CPU per entry " +
    "for each; one run with durable and idempotent publish on; the latency at a steady 10,000 entries/s.",
  args: [],
  quickArgs: ["--quick"],
  figures: {
    e2e_per_s: { label: "Sluice end to end, entries/s (median of rounds)" },
    bare_e2e_per_s: { label: "bare ioredis loop end to end, entries/s (median)" },
    bullmq_e2e_per_s: { label: "BullMQ end to end, jobs/s (median; `bullmq_entries` jobs per round)" },
    vs_bare: {
      label: "Sluice ÷ bare loop (median of the rounds' ratios)",
      target: { text: "≥ 0.95", met: (value) => value >= 0.95 },
    },
    vs_bullmq: {
      label: "Sluice ÷ BullMQ (median of the rounds' ratios)",
      target: { text: "≥ 5", met: (value) => value >= 5 },
    },
    redis_us_per_entry: { label: "redis-server CPU per end-to-end entry, Sluice, µs" },
    bare_redis_us_per_entry: { label: "redis-server CPU per end-to-end entry, bare loop, µs" },
    bullmq_redis_us_per_entry: { label: "redis-server CPU per end-to-end job, BullMQ, µs" },
    xadd_redis_us_per_entry: { label: "redis-server CPU per XADD (redis-benchmark, pipelined), µs" },
    redis_vs_xadd: {
      label: "Sluice's redis-server CPU per entry ÷ per XADD",
      target: { text: "≤ 2.5", met: (value) => value <= 2.5 },
    },
    durable_idempotent_e2e_per_s: {
      label: "Sluice with durable (1 replica) and idempotent publish, end to end, entries/s (one run)",
    },
    durable_idempotent_redis_us_per_entry: {
      label: "redis-server (primary) CPU per entry, durable + idempotent, µs",
    },
    produce_per_s: { label: "produce only, entries/s" },
    consume_per_s: { label: "consume a backlog, entries/s" },
    p99_ms: {
      label: "at 10,000 entries/s: p99 from send to XACK reply, ms",
      target: { text: "≤ 20 ms", met: (value) => value <= 20 },
    },
    latency_max_behind_ms: { label: "at 10,000 entries/s: how late the paced producer itself fell, ms" },
    bytes_per_entry: { label: "stream memory per entry (MEMORY USAGE), bytes" },
  },
  limits: `
Every process shares the machine's 2 cores: the producer (the bench process), the 2 consumer processes and
redis-server. End to end, the rate is the cores left to the bench divided by the CPU all of them spend per entry (the
bench prints that split per run), so what compares engines is the ratio within a round and the CPU per entry, not the
absolute rate, which moves with the machine's load. Each engine first runs once on a tenth of the entries,
unreported: in locked runs without it the rates rose round after round for every engine (fresh processes warming up),
and the rotating order handed that to whoever ran first.

- **Sluice ÷ bare loop.** Both read the same entries (written by Sluice's Producer with the catalog's defaults) with
  the same commands: one \`XREADGROUP\` and one \`XACK\` per batch (the runner adds an \`XPENDING\` reclaim scan
  every 6 s). The bare loop is the floor of a home-made consumer: it reads, handles, acknowledges, then reads again;
  the runner (concurrency 2) reads the next batch while the last one is acknowledged, which is why it can beat the
  floor. Per entry it costs more consumer CPU: a cachegrind count of one consumer draining 48,000 entries gave the
  runner 17% more instructions per entry than the bare loop, most of it a set of in-flight ids kept entry by entry
  for the reclaim, now gathered only when a reclaim runs (7% left). What is left is decoding the envelope (objects
  per entry for the raw and the decoded entry, the type's bytes to a string) and the produce-to-ack metric sample.
  Both spend most of their CPU in ioredis parsing the \`XREADGROUP\` reply (a Buffer per field) and in garbage
  collection; the producer (validation, encoding, ioredis writing the \`XADD\` pipeline) is the largest share and
  the same for both.
- **Sluice ÷ BullMQ.** BullMQ runs Lua scripts per job: adding it (a hash, a list push, an event on its events
  stream), moving it to active, and moving it to completed (removing it, with \`removeOnComplete\`), each with an
  event. Per job that is about twenty times Sluice's redis-server CPU per entry, plus the Worker's own per-job work in its
  process and \`addBulk\`'s in the producer: about ten times Sluice's CPU per entry in all, which is what bounds it on
  a machine whose cores are shared. A Worker concurrency of 200 instead of 1,000 gave the same rate (a quick try). BullMQ gets
  \`bullmq_entries\` jobs per round (200,000 by default) so the full run stays within its time; rates are per second.
- **redis-server CPU per entry.** One pipelined \`XADD\` from redis-benchmark is the floor; end to end each entry is
  also read (\`XREADGROUP\` builds its reply field by field) and acknowledged (\`XACK\` per id), and ioredis's
  pipelines are less dense than redis-benchmark's. The per-batch part is what varies: the runner (concurrency 2)
  reads again while its last batch is being acknowledged, so end to end it makes more, smaller reads than the bare
  loop (the bench prints the batches), and a read that blocks costs Redis a block and an unblock. Fuller reads
  should move it (a batching window, \`batchWindowMs\`); a quick try of concurrency 1 showed no clear change within
  this machine's noise.
- **Durable + idempotent.** Each entry is a script call (\`GET\`, \`XADD\`, \`SET\` of the idempotency key with its
  expiry) instead of an \`XADD\`, and every write is also sent to the replica; the \`WAIT\` for the replica is once
  per \`sendBatch\` (a round trip per 1,000 entries, not per entry). redis-server's CPU per entry is several times the
  plain one, and the producer's grows too (a UUID and a script call per entry). One run, not rounds: it needs its own
  primary and replica. Dropping either option moves it back (\`npm run bench -- publish\` splits the two).
- **Latency at 10,000/s.** An entry waits for the next read and its batch's \`XACK\`: the median is about a
  millisecond when the machine is not overloaded. The p99 is the scheduler's: \`latency_max_behind_ms\` is how late the paced producer itself was, in
  the same process that stamps the entries; when the machine's load average is several times its cores, the
  producer and the consumers wait for a core for tens to hundreds of milliseconds, and the p99 follows. At this rate
  batches are small (about a dozen entries), so the per-batch work (two commands, their timers and promises) is most
  of the consumers' CPU per entry. Cores of its own (a consumer per core, redis-server apart) move the p99; the
  engine's work does not, while the producer is late.
`,
};
