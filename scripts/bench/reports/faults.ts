import type { BenchReport } from "../report.ts";

const sluice = "scenarios.every_node_frozen.sluice";
const ioredis = "scenarios.every_node_frozen.ioredis";

export const REPORT: BenchReport = {
  title:
    "Sluice's streams client next to a plain ioredis client (ioredis's defaults, the same `XADD`) under the same " +
    "steady publish load and the same faults, each on fresh servers: a graceful cluster failover, kill -9 of a " +
    "master, every node frozen, every node gone, a standalone primary demoted behind an endpoint that then flips.",
  args: [],
  quickArgs: ["--seconds", "5", "--cap-seconds", "8"],
  figures: {
    "scenarios.graceful_failover.sluice.failed": { label: "graceful failover: Sluice calls failed" },
    "scenarios.killed_master.sluice.stall_ms": {
      label: "kill -9 of the master: Sluice, longest with no success, ms",
    },
    [`${sluice}.max_call_ms`]: {
      label: "every node frozen: Sluice's longest call, ms (bounded by its 5 s command timeout + 1 s)",
      target: { text: "≤ 6,000 ms", met: (ms) => ms <= 6000 },
    },
    [`${ioredis}.max_call_ms`]: { label: "every node frozen: plain ioredis's longest call, ms" },
    "scenarios.every_node_killed.ioredis.gave_up_pending": {
      label:
        "every node gone: plain ioredis calls still pending when the bench gave up (Sluice's all settled)",
    },
    "scenarios.standalone_demotion.sluice.failed": { label: "primary demoted: Sluice calls failed" },
    "scenarios.standalone_demotion.ioredis.failed": { label: "primary demoted: plain ioredis calls failed" },
  },
  limits: `
These are not speeds but what callers see during a fault. Sluice's calls settle within the command timeout (5 s by
default) plus a second, whatever the fault; a plain ioredis call has no deadline by default, so it waits for the
whole outage or for ever. How fast a failover completes is ElastiCache's (here the harness's promotion); what a client
adds after it is the figures \`recovered_ms\` in the JSON (milliseconds on this machine). The run shares 2 cores with
six redis-servers, so the settled-call counts move with the machine's load. See docs/reliability.md "Measured".
`,
};
