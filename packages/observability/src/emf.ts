import { type MetricUnit, NAMESPACE } from "./metric-names.ts";

export interface MetricDatum {
  name: string;
  unit: MetricUnit;
  /** One value, or up to 100 observations (CloudWatch keeps their distribution, so p99 can be asked). */
  value: number | number[];
}

/** Where metrics go: CloudWatch Embedded Metric Format lines in the cloud and locally. */
export interface MetricsSink {
  /**
   * One record of `data` under `dimensions`; with `rollup` the same data also counts without dimensions (one more
   * dimension set: the app-wide series a percentile alarm needs, Metrics Insights having no percentiles).
   */
  put(
    dimensions: Record<string, string>,
    data: MetricDatum[],
    timestamp?: number,
    options?: { rollup?: boolean },
  ): void;
}

const MAX_VALUES = 100;

const stdoutLine = (line: string) => {
  process.stdout.write(`${line}\n`);
};
let defaultWrite: (line: string) => void = stdoutLine;

/**
 * Where sinks made without a `write` send their lines from now on (default stdout, which Lambda and ECS ship to
 * CloudWatch Logs): `npm start` routes them to its metric store and log file. Returns the previous destination.
 */
export function routeMetrics(write: (line: string) => void): (line: string) => void {
  const previous = defaultWrite;
  defaultWrite = write;
  return previous;
}

/**
 * One EMF JSON line per call (CloudWatch extracts metrics from log lines of this shape: Lambda and ECS logs
 * need no agent). Without `write`, lines go where routeMetrics says (stdout by default).
 */
export function emfSink(write?: (line: string) => void, namespace = NAMESPACE): MetricsSink {
  return {
    put(dimensions, data, timestamp = Date.now(), options = {}) {
      const present = data.filter((d) => !Array.isArray(d.value) || d.value.length > 0);
      if (present.length === 0) return;
      const record: Record<string, unknown> = {
        _aws: {
          Timestamp: timestamp,
          CloudWatchMetrics: [
            {
              Namespace: namespace,
              Dimensions: options.rollup ? [Object.keys(dimensions), []] : [Object.keys(dimensions)],
              Metrics: present.map((d) => ({ Name: d.name, Unit: d.unit })),
            },
          ],
        },
        ...dimensions,
      };
      for (const d of present) record[d.name] = Array.isArray(d.value) ? d.value.slice(-MAX_VALUES) : d.value;
      (write ?? defaultWrite)(JSON.stringify(record));
    },
  };
}
