// A process's resident memory and open file descriptors, read from /proc (Linux): what the launcher's sample() of a
// service and `npm run soak`'s sample of the redis-server measure, the same way for both.
import { readdir, readFile } from "node:fs/promises";

export interface ProcessStats {
  /** /proc/<pid>/status VmRSS */
  rssBytes: number;
  /** entries of /proc/<pid>/fd */
  fds: number;
}

/** Rejects when the process does not exist (or its /proc entry is not readable). */
export async function processStats(pid: number): Promise<ProcessStats> {
  const [status, fds] = await Promise.all([
    readFile(`/proc/${pid}/status`, "utf8"),
    readdir(`/proc/${pid}/fd`),
  ]);
  const rssKiB = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (rssKiB === undefined) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return { rssBytes: Number(rssKiB) * 1024, fds: fds.length };
}
