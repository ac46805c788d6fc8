// What a configuration audit reports: the settings it observed and its findings, each with a severity and the fix,
// plus the checks whose verdict is the same on ElastiCache and on a self-managed Redis (only the fix differs).
import { type ConfigPolicy, versionAtLeast } from "./config-policy.ts";

/** critical: data can be lost or read by anyone, or Sluice cannot work; warning: it degrades; info: worth knowing. */
export type FindingSeverity = "critical" | "warning" | "info";

export interface ConfigFinding {
  /** Stable, e.g. `eviction-policy`; the same id repeats for each node it is about. */
  id: string;
  severity: FindingSeverity;
  /** The setting, prefixed with the node (`host:port maxmemory`) when the audit read several. */
  setting: string;
  actual: string;
  expected: string;
  message: string;
  /** The concrete change: CONFIG SET, the parameter-group change, the modify-replication-group flags, infra/redis.ts. */
  fix: string;
}

export interface ConfigAuditReport {
  kind: "sluice.audit.config";
  version: 1;
  /** When the audit ran, epoch ms. */
  at: number;
  source: "elasticache" | "self-managed";
  /** The replication group id, or the audited nodes' host:port. */
  target: string;
  /** What was observed, keyed like ConfigFinding.setting; never a secret. */
  settings: Record<string, string>;
  /** Most severe first. */
  findings: ConfigFinding[];
  /** No critical finding. */
  passed: boolean;
}

/** Where a check looks and how to fix it there. */
export interface FindingPlace {
  setting: string;
  actual: string;
  fix: string;
}

const SEVERITY_ORDER: Record<FindingSeverity, number> = { critical: 0, warning: 1, info: 2 };

export function configReport(
  fields: Pick<ConfigAuditReport, "at" | "source" | "target" | "settings" | "findings">,
): ConfigAuditReport {
  const findings = fields.findings.toSorted(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return {
    kind: "sluice.audit.config",
    version: 1,
    ...fields,
    findings,
    passed: findings.every((finding) => finding.severity !== "critical"),
  };
}

export function evictionPolicyFinding(place: FindingPlace, policy: ConfigPolicy): ConfigFinding | undefined {
  if (place.actual === policy.evictionPolicy) return undefined;
  return {
    id: "eviction-policy",
    severity: "critical",
    ...place,
    expected: policy.evictionPolicy,
    message:
      `maxmemory-policy ${place.actual} evicts whole keys when memory is full: a stream and its consumer groups ` +
      "can vanish with every entry not yet consumed. With noeviction a full node refuses writes instead.",
  };
}

export function engineVersionFinding(place: FindingPlace, policy: ConfigPolicy): ConfigFinding | undefined {
  if (versionAtLeast(place.actual, policy.minEngineVersion)) return undefined;
  return {
    id: "engine-version",
    severity: "critical",
    ...place,
    expected: `>= ${policy.minEngineVersion}`,
    message:
      `Engine ${place.actual} is older than ${policy.minEngineVersion}: Sluice needs XSETID ENTRIESADDED/MAXDELETEDID ` +
      "(restore) and XINFO entries-read (consumer lag).",
  };
}

/** Warning: inside a VPC or on one host the traffic may stay private, but events and credentials cross it readable. */
export function noTlsFinding(place: FindingPlace, expected: string): ConfigFinding {
  return {
    id: "tls",
    severity: "warning",
    ...place,
    expected,
    message: "Traffic to Redis is not encrypted: every event and the credentials cross the network readable.",
  };
}

/** Critical: whoever reaches the port can read every stream, FLUSHALL or reconfigure the server. */
export function noAuthFinding(place: FindingPlace, expected: string): ConfigFinding {
  return {
    id: "auth",
    severity: "critical",
    ...place,
    expected,
    message:
      "Redis accepts clients without credentials: whoever reaches the port can read every stream, delete them or " +
      "reconfigure the server.",
  };
}

/** One line per finding, most severe first: severity, id, setting, what it is and should be, why, then the fix. */
export function configSummary(report: ConfigAuditReport): string {
  const count = (severity: FindingSeverity) => report.findings.filter((f) => f.severity === severity).length;
  const verdict = report.passed ? "passed" : "FAILED";
  const head =
    `Configuration audit of ${report.target} (${report.source}) at ${new Date(report.at).toISOString()}: ` +
    `${verdict}, ${count("critical")} critical, ${count("warning")} warning, ${count("info")} info.`;
  const lines = report.findings.map(
    (f) =>
      `${f.severity.toUpperCase()} ${f.id} (${f.setting}: ${f.actual}, expected ${f.expected}): ${f.message} ` +
      `Fix: ${f.fix}`,
  );
  return [head, ...lines].join("\n");
}
