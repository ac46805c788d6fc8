import { type MetricUnit, NAMESPACE } from "./metric-names.ts";

export interface MetricDatum {
  name: string;
  unit: MetricUnit;
  /** One value, or up to 100 observations (CloudWatch keeps their distribution, so p99 can be asked). */
  value: number | number[];
}

/** Where metrics go: CloudWatch Embedded Metric Format lines in the cloud and locally. */
export interface MetricsSink {
  put(dimensions: Record<string, string>, data: MetricDatum[], timestamp?: number): void;
}

const MAX_VALUES = 100;

/**
 * One EMF JSON line per call (CloudWatch extracts metrics from log lines of this shape: Lambda and ECS logs
 * need no agent). `write` defaults to stdout.
 */
export function emfSink(
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  namespace = NAMESPACE,
): MetricsSink {
  return {
    put(dimensions, data, timestamp = Date.now()) {
      const present = data.filter((d) => !Array.isArray(d.value) || d.value.length > 0);
      if (present.length === 0) return;
      const record: Record<string, unknown> = {
        _aws: {
          Timestamp: timestamp,
          CloudWatchMetrics: [
            {
              Namespace: namespace,
              Dimensions: [Object.keys(dimensions)],
              Metrics: present.map((d) => ({ Name: d.name, Unit: d.unit })),
            },
          ],
        },
        ...dimensions,
      };
      for (const d of present) record[d.name] = Array.isArray(d.value) ? d.value.slice(-MAX_VALUES) : d.value;
      write(JSON.stringify(record));
    },
  };
}
