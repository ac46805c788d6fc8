// The capacity report as plain text for people: memory trend and projections, streams, and the recommendation.

import { formatBytes } from "../report-text.ts";
import type { CapacityReport } from "./capacity-report.ts";

const perSecond = (rate: number | null) => (rate === null ? "unknown" : `${rate.toFixed(2)}/s`);
const perDay = (value: number | null, format: (n: number) => string) =>
  value === null ? "unknown" : `${value >= 0 ? "+" : ""}${format(value)}/day`;

function streamLines(stream: CapacityReport["streams"][number]): string[] {
  return [
    `  ${stream.key}: ${formatBytes(stream.bytes)}, ${stream.length} entries; growth ` +
      `${perDay(stream.bytesPerDay, formatBytes)}, ${perDay(stream.entriesPerDay, (n) => `${n.toFixed(0)} entries`)}; ` +
      `ingest ${perSecond(stream.ingestPerSecond)}`,
    ...stream.groups.map((group) => `    group ${group.name}: consumes ${perSecond(group.consumePerSecond)}`),
  ];
}

function recommendationLines(recommendation: CapacityReport["recommendation"]): string[] {
  if (recommendation === null) return ["Recommendation: none (no memory samples in the last 7 days)"];
  const { horizonDays, projectedBytes, nodeType, shards } = recommendation;
  const lines = [
    `Recommendation for ${horizonDays} days ahead (${formatBytes(projectedBytes)} projected, kept under 70% of ` +
      "usable memory, usable = maxmemory less 25% reserved):",
    nodeType === null ? "  no single node type holds it: shard (cluster mode)" : `  node type ${nodeType}`,
  ];
  if (shards !== null) lines.push(`  or ${shards.count} shard(s) of ${shards.nodeType}`);
  return lines;
}

export function capacitySummary(report: CapacityReport): string {
  const { memory, window } = report;
  const limit = memory.maxmemoryBytes ? ` of ${formatBytes(memory.maxmemoryBytes)}` : " (no maxmemory)";
  return [
    `Sluice capacity report, ${report.at}`,
    `Samples: ${window.samples} from ${window.from ?? "-"} to ${window.to ?? "-"}`,
    "",
    memory.usedBytes === null
      ? "Memory: no samples"
      : `Memory: ${formatBytes(memory.usedBytes)}${limit}, trend ${perDay(memory.bytesPerDay, formatBytes)}`,
    `Reaches 85%: ${memory.reaches85PercentAt ?? "not projected"}; 100%: ${memory.reaches100PercentAt ?? "not projected"}`,
    "",
    `Streams (${report.streams.length})`,
    ...report.streams.flatMap(streamLines),
    "",
    ...recommendationLines(report.recommendation),
    "",
  ].join("\n");
}
