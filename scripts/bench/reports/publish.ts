import type { BenchReport } from "../report.ts";

export const REPORT: BenchReport = {
  title:
    "What durable (`WAIT` for a replica) and idempotent (a key checked and kept per entry) publish cost next to a " +
    "plain publish, on a local primary with one replica: one send at a time, 16 concurrent senders, batches of 100, " +
    "the memory of an idempotency key, and what an HTTP client sees through `POST /v1/streams/{stream}/messages`.",
  args: [],
  quickArgs: ["--quick"],
  figures: {
    "modes.plain.latency_ms.p99": { label: "plain send, one at a time, p99 ms" },
    "modes.plain.batch_per_s": { label: "plain, batches of 100, entries/s" },
    "modes.idempotent.batch_per_s": { label: "idempotent, batches of 100, entries/s" },
    "modes.durable.latency_ms.p99": { label: "durable send, one at a time, p99 ms" },
    "modes.durable.batch_per_s": { label: "durable, batches of 100, entries/s" },
    "modes.durable+idempotent.batch_per_s": { label: "durable + idempotent, batches of 100, entries/s" },
    "idempotency_key.used_memory_per_key_bytes": { label: "memory per idempotency key, bytes" },
    "http.modes.plain.rps": { label: "HTTP publish, plain, requests/s" },
    "http.ratios_to_plain.durable+idempotent.rps": { label: "HTTP publish, durable + idempotent ÷ plain" },
  },
  limits: `
A durable send waits for the replica's acknowledgement: one more round trip (here a local replica; across
availability zones add that network's), and concurrent single durable sends on one connection fall to about a third,
because each \`WAIT\` holds the connection; batches amortize one \`WAIT\` over the batch. An idempotent entry is a
script call (a \`GET\`, the \`XADD\`, a \`SET\` with the window's expiry) instead of one \`XADD\`, so idempotent
batches run at less than half the plain rate, bound by redis-server's single thread. Through HTTP the fixed cost of
a request (the local API Gateway, auth, the handler) hides most of both. See docs/streams.md "Durable and idempotent
publish".
`,
};
