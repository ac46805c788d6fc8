// The memory audit as plain text for people: nodes, growth, eviction exposure, streams and findings.

import { formatBytes, formatDuration, formatPercent } from "../report-text.ts";
import type { MemoryAuditReport } from "./memory-audit-report.ts";
import { growthHistory, noGrowthEstimate } from "./memory-growth.ts";

function nodeLine(node: MemoryAuditReport["nodes"][number]): string {
  const limit =
    node.usedRatio === null
      ? "no maxmemory"
      : `of ${formatBytes(node.maxmemoryBytes)} (${formatPercent(node.usedRatio)})`;
  const allocator = node.allocatorFragRatio === null ? "" : `, allocator ${node.allocatorFragRatio}`;
  return (
    `  ${node.address} [${node.level}]: used ${formatBytes(node.usedBytes)} ${limit}, rss ${formatBytes(node.rssBytes)}, ` +
    `peak ${formatBytes(node.peakBytes)}, fragmentation ${node.fragmentationRatio}${allocator}, ` +
    `policy ${node.policy}, evicted keys ${node.evictedKeys}`
  );
}

function streamLines(stream: MemoryAuditReport["streams"][number]): string[] {
  const ttl = stream.ttlMs < 0 ? "no TTL" : `TTL ${formatDuration(stream.ttlMs)}`;
  const lines = [
    `  ${stream.key}: ${formatBytes(stream.bytes)}, ${stream.length} entries (${stream.entriesAdded} added), ${ttl}, ` +
      `trimmable ${stream.trimmableEntries} entries ≈ ${formatBytes(stream.trimmableBytes)} (${stream.trimmableCount})`,
  ];
  for (const group of stream.groups) {
    const age =
      group.oldestPendingAgeMs === null
        ? ""
        : `, oldest pending ${formatDuration(group.oldestPendingAgeMs)} old`;
    lines.push(`    group ${group.name}: lag ${group.lag ?? "unknown"}, pending ${group.pending}${age}`);
  }
  return lines;
}

function growthLine(growth: MemoryAuditReport["growth"]): string {
  const { bytesPerHour, timeToFullMs } = growth;
  if (growth.basis !== "fitted" || bytesPerHour === null)
    return `Growth: unknown, ${noGrowthEstimate(growth)}`;
  const full = timeToFullMs === null ? "not filling up" : `full in ${formatDuration(timeToFullMs)}`;
  return `Growth: ${formatBytes(bytesPerHour)}/h fitted to ${growthHistory(growth)}, ${full}`;
}

export function memorySummary(report: MemoryAuditReport): string {
  const { evictionExposure: exposure } = report;
  const exposed =
    exposure.exposedStreams.length === 0 ? "" : ` Exposed: ${exposure.exposedStreams.join(", ")}.`;
  return [
    `Sluice memory audit, ${report.at}`,
    "",
    `Nodes (${report.nodes.length})`,
    ...report.nodes.map(nodeLine),
    "",
    growthLine(report.growth),
    `Eviction: ${exposure.reason}${exposed}`,
    "",
    `Streams (${report.streams.length})`,
    ...report.streams.flatMap(streamLines),
    "",
    `Findings (${report.findings.length})`,
    ...report.findings.flatMap((finding) => [
      `  [${finding.severity}] ${finding.id}: ${finding.message}`,
      `    fix: ${finding.fix}`,
    ]),
    "",
  ].join("\n");
}
