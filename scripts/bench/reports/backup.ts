import type { BenchReport } from "../report.ts";

export const REPORT: BenchReport = {
  title:
    "A full logical snapshot of 10 streams (3 groups each, 20,000 pending entries) into a local S3 server, restored " +
    "into an empty redis-server and checked against the source; beside it, what a user would script: the same " +
    "entries, already in memory, added to an empty redis-server with pipelined `XADD` of their own ids.",
  args: [],
  quickArgs: ["--quick"],
  figures: {
    entries: { label: "entries restored and checked" },
    backup_s: { label: "snapshot to S3, s" },
    restore_s: { label: "restore from S3, s" },
    restore_per_s: { label: "restore, entries/s" },
    baseline_xadd_per_s: { label: "pipelined XADD of the same entries from memory, entries/s" },
    ratio: { label: "restore rate ÷ pipelined XADD rate" },
    backup_mib: { label: "snapshot size, MiB" },
  },
  limits: `
The restore is bound by redis-server itself: every entry is one \`XADD\` with its id, and the restore's rate stays
close to the pipelined-\`XADD\` floor that has no S3 and no decoding at all (\`ratio\`). What the restore adds is
reading and decompressing the snapshot's parts from S3 and recreating each group's pending entries (\`XCLAIM\` of
the pending ids, in pipelines). The snapshot is bound by \`XRANGE\` reads and compression; both run while the
streams stay writable. Moving it further means restoring several streams at once into a cluster's shards, which a
single redis-server on 2 cores cannot show. See docs/backups.md.
`,
};
