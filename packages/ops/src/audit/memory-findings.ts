// The memory audit's findings: what in its figures needs attention, how badly, and what to do about it.

import { formatBytes, formatDuration, formatPercent } from "../report-text.ts";
import type { Finding, MemoryAuditReport } from "./memory-audit-report.ts";
import { growthHistory } from "./memory-growth.ts";

export interface FindingLimits {
  /** A group's oldest pending entry older than this is a finding, ms. */
  pendingAgeWarningMs: number;
  /** Why the growth sample could not be written; null when it was. */
  sampleError: string | null;
}

const DAY_MS = 86_400_000;
/** Fragmentation is only worth acting on when it holds this much beyond the data. */
const FRAGMENTATION_RATIO = 1.5;
const FRAGMENTATION_BYTES = 64 * 1024 * 1024;
const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 };

function nodeFindings(report: Omit<MemoryAuditReport, "findings">, trimmableBytes: number): Finding[] {
  const findings: Finding[] = [];
  for (const node of report.nodes) {
    const { address, usedBytes, maxmemoryBytes, usedRatio, level } = node;
    if (usedRatio !== null && (level === "critical" || level === "warning")) {
      findings.push({
        id: `memory.${level}`,
        severity: level,
        message: `${address}: ${formatPercent(usedRatio)} of maxmemory used (${formatBytes(usedBytes)} of ${formatBytes(maxmemoryBytes)}).`,
        fix: `Run retention to free what every group acknowledged (about ${formatBytes(trimmableBytes)} now), get lagging consumers going, or scale up (see the capacity report).`,
      });
    }
    if (level === "unbounded") {
      findings.push({
        id: "memory.unbounded",
        severity: "warning",
        message: `${address}: no maxmemory, so Redis grows until the host runs out of memory.`,
        fix: "Set maxmemory (ElastiCache sets it from the node type) with maxmemory-policy noeviction.",
      });
    }
    if (node.evictedKeys > 0) {
      findings.push({
        id: "memory.evicted_keys",
        severity: "critical",
        message: `${address}: ${node.evictedKeys} keys evicted since the server started (evicted_keys); eviction deletes whole keys, streams included.`,
        fix: "Use maxmemory-policy noeviction, run retention, and size the node from the capacity report.",
      });
    }
    const extraBytes = node.rssBytes - usedBytes;
    if (node.fragmentationRatio >= FRAGMENTATION_RATIO && extraBytes >= FRAGMENTATION_BYTES) {
      findings.push({
        id: "memory.fragmented",
        severity: "warning",
        message: `${address}: RSS is ${node.fragmentationRatio} × used memory (allocator_frag_ratio ${node.allocatorFragRatio ?? "unknown"}): ${formatBytes(extraBytes)} held beyond the data.`,
        fix: "When allocator_frag_ratio is high, turn on active defragmentation (activedefrag yes, on ElastiCache in the parameter group); otherwise the RSS returns over time or at a failover.",
      });
    }
  }
  return findings;
}

function streamFindings(report: Omit<MemoryAuditReport, "findings">, limits: FindingLimits): Finding[] {
  const findings: Finding[] = [];
  const { exposedStreams, policy, reason } = report.evictionExposure;
  if (exposedStreams.length > 0) {
    findings.push({
      id: "eviction.streams_exposed",
      // Eviction deletes a stream whole, its groups and pending entries with it: data loss, not a slowdown.
      severity: "critical",
      message: `${reason} Exposed: ${exposedStreams.join(", ")}.`,
      fix: policy.startsWith("volatile-")
        ? "Remove the streams' TTL (PERSIST), or use maxmemory-policy noeviction."
        : "Use maxmemory-policy noeviction: producers then get a retryable out-of-memory error instead of streams vanishing.",
    });
  }
  for (const stream of report.streams) {
    for (const group of stream.groups) {
      const age = group.oldestPendingAgeMs;
      if (age === null || age <= limits.pendingAgeWarningMs) continue;
      findings.push({
        id: "groups.pending_old",
        severity: "warning",
        message: `${stream.key}, group ${group.name}: its oldest pending entry was added ${formatDuration(age)} ago; retention keeps it and everything after it.`,
        fix: "Check that the group's consumers run and acknowledge; claim the entry for a live consumer or dead-letter it.",
      });
    }
  }
  const trimmable = report.streams.filter((stream) => stream.trimmableEntries > 0);
  if (trimmable.length > 0) {
    const entries = trimmable.reduce((sum, stream) => sum + stream.trimmableEntries, 0);
    const bytes = trimmable.reduce((sum, stream) => sum + stream.trimmableBytes, 0);
    const estimated = trimmable.some((stream) => stream.trimmableCount === "estimate")
      ? " (partly estimated)"
      : "";
    findings.push({
      id: "streams.trimmable",
      severity: "info",
      message: `Group-aware retention would free about ${formatBytes(bytes)} now: ${entries} entries${estimated} every group is done with, in ${trimmable.length} stream(s).`,
      fix: "Run retention (applyRetention), or schedule it more often.",
    });
  }
  return findings;
}

function growthFindings(report: Omit<MemoryAuditReport, "findings">, limits: FindingLimits): Finding[] {
  const findings: Finding[] = [];
  const { timeToFullMs, bytesPerHour, basis } = report.growth;
  // Only a fitted trend projects: memoryGrowth gives no time to full on too little history or on noise.
  if (basis === "fitted" && timeToFullMs !== null && bytesPerHour !== null && timeToFullMs < 7 * DAY_MS) {
    const history = growthHistory(report.growth);
    findings.push({
      id: "memory.time_to_full",
      severity: timeToFullMs < DAY_MS ? "critical" : "warning",
      message:
        timeToFullMs === 0
          ? `Memory is at maxmemory and still grows (${formatBytes(bytesPerHour)}/h, fitted to ${history}).`
          : `At ${formatBytes(bytesPerHour)}/h (fitted to ${history}) memory reaches maxmemory in ${formatDuration(timeToFullMs)}.`,
      fix: "Find the stream that grows (see streams), run retention, or scale up before then.",
    });
  }
  if (limits.sampleError !== null) {
    findings.push({
      id: "samples.not_recorded",
      severity: "warning",
      message: `This audit's growth sample was not written (${limits.sampleError}): later audits and the capacity report will miss it.`,
      fix: "Free memory or raise maxmemory; sampling resumes with the next audit.",
    });
  }
  return findings;
}

export function memoryFindings(
  report: Omit<MemoryAuditReport, "findings">,
  limits: FindingLimits,
): Finding[] {
  const trimmableBytes = report.streams.reduce((sum, stream) => sum + stream.trimmableBytes, 0);
  return [
    ...nodeFindings(report, trimmableBytes),
    ...streamFindings(report, limits),
    ...growthFindings(report, limits),
  ].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
