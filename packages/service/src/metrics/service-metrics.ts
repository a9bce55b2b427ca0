import type { JobCounts } from '@motionreg/primitives';

/** Upper bounds (seconds) of the request latency histogram's buckets. */
export const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

interface Histogram {
  readonly buckets: number[];
  sum: number;
  count: number;
}

/** Request counters and latencies of one service instance (one Worker isolate, one Node process). */
export interface ServiceMetrics {
  /** Records one answered request. `route` is the route name (`createJob`) or `unmatched`. */
  record(route: string, method: string, status: number, seconds: number): void;
  /** Prometheus text exposition (format 0.0.4) of the counters plus the given gauges. */
  render(gauges: MetricGauges): string;
}

/** Values read from the store when metrics are scraped. */
export interface MetricGauges {
  jobs: JobCounts;
  /** Idempotency keys held (expired ones included until cleaned up). */
  idempotencyKeys: number;
}

/** Escapes a label value as the exposition format requires (backslash, quote, newline). */
function label(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Counters live in memory: a scrape sees this instance's requests since it started. */
export function createServiceMetrics(): ServiceMetrics {
  const requests = new Map<string, { route: string; method: string; status: number; count: number }>();
  const latencies = new Map<string, Histogram>();

  return {
    record(route, method, status, seconds) {
      const key = `${route} ${method} ${status}`;
      const counter = requests.get(key) ?? { route, method, status, count: 0 };
      counter.count += 1;
      requests.set(key, counter);
      const histogram = latencies.get(route) ?? { buckets: latencyBuckets.map(() => 0), sum: 0, count: 0 };
      latencyBuckets.forEach((bound, index) => {
        if (seconds <= bound) histogram.buckets[index] = (histogram.buckets[index] ?? 0) + 1;
      });
      histogram.sum += seconds;
      histogram.count += 1;
      latencies.set(route, histogram);
    },
    render(gauges) {
      const lines: string[] = [
        '# HELP motionreg_http_requests_total Requests answered, by route, method and status.',
        '# TYPE motionreg_http_requests_total counter',
      ];
      for (const counter of [...requests.values()].sort((a, b) => a.route.localeCompare(b.route) || a.status - b.status)) {
        lines.push(`motionreg_http_requests_total{route="${label(counter.route)}",method="${counter.method}",status="${counter.status}"} ${counter.count}`);
      }
      lines.push('# HELP motionreg_http_request_duration_seconds Time to answer a request, by route.', '# TYPE motionreg_http_request_duration_seconds histogram');
      for (const [route, histogram] of [...latencies.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        latencyBuckets.forEach((bound, index) => {
          lines.push(`motionreg_http_request_duration_seconds_bucket{route="${label(route)}",le="${bound}"} ${histogram.buckets[index] ?? 0}`);
        });
        lines.push(
          `motionreg_http_request_duration_seconds_bucket{route="${label(route)}",le="+Inf"} ${histogram.count}`,
          `motionreg_http_request_duration_seconds_sum{route="${label(route)}"} ${histogram.sum}`,
          `motionreg_http_request_duration_seconds_count{route="${label(route)}"} ${histogram.count}`,
        );
      }
      lines.push('# HELP motionreg_jobs Jobs in the store, by status.', '# TYPE motionreg_jobs gauge');
      for (const [status, count] of Object.entries(gauges.jobs)) lines.push(`motionreg_jobs{status="${label(status)}"} ${count}`);
      lines.push(
        '# HELP motionreg_idempotency_keys Idempotency keys held.',
        '# TYPE motionreg_idempotency_keys gauge',
        `motionreg_idempotency_keys ${gauges.idempotencyKeys}`,
      );
      return `${lines.join('\n')}\n`;
    },
  };
}
