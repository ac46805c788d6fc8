// A Metrics Insights query of the catalog as CloudWatch's SQL. Every identifier is double-quoted (Group is also a
// keyword), every value single-quoted; grouped queries order their series worst first.
import type { InsightsQuery } from "./alarm-spec.ts";

const identifier = (name: string) => `"${name.replaceAll('"', '\\"')}"`;
const value = (text: string) => `'${text.replaceAll("'", "\\'")}'`;

export function insightsSql(query: InsightsQuery): string {
  const schema = [query.namespace, ...query.schema].map(identifier).join(", ");
  const where = Object.entries(query.exclude ?? {}).flatMap(([dimension, values]) =>
    values.map((v) => `${identifier(dimension)} != ${value(v)}`),
  );
  return [
    `SELECT ${query.aggregate}(${identifier(query.metric)}) FROM SCHEMA(${schema})`,
    ...(where.length > 0 ? [`WHERE ${where.join(" AND ")}`] : []),
    // A query returns 500 series at most: the worst ones first, so a stuck group is never among those left out.
    ...(query.groupBy
      ? [
          `GROUP BY ${query.schema.map(identifier).join(", ")}`,
          `ORDER BY ${query.aggregate}() ${query.aggregate === "MIN" ? "ASC" : "DESC"}`,
        ]
      : []),
  ].join(" ");
}
