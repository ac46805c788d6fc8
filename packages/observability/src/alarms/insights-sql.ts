// A Metrics Insights query of the catalog as CloudWatch's SQL. Every identifier is double-quoted (Group is also a
// keyword), every value single-quoted.
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
    ...(query.groupBy ? [`GROUP BY ${query.schema.map(identifier).join(", ")}`] : []),
  ].join(" ");
}
