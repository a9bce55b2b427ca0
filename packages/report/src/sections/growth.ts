import { dynamicAspects, narrativeAspects } from '@motionreg/primitives';
import type { RegistryExport } from '@motionreg/primitives';
import { escapeHtml, formatCount } from '../html/escape.js';
import type { GrowthPoint } from '../report-input.js';
import { sectionHtml } from './section.js';

/** The chart has at most this many bars; longer histories are summed into this many equal buckets. */
export const maxChartBars = 160;

/**
 * Entries added per run, read from the export alone: a growth stamps every entry it adds with the
 * same first-seen time, so entries grouped by that time are the runs, in order.
 */
export function growthPointsFromExport(registries: RegistryExport): GrowthPoint[] {
  const entries = [
    ...registries.static.colors,
    ...registries.static.sound,
    ...dynamicAspects.flatMap((aspect) => registries.dynamic[aspect]),
    ...narrativeAspects.flatMap((aspect) => registries.narrative[aspect]),
  ];
  const byTime = new Map<string, number>();
  for (const entry of entries) byTime.set(entry.firstSeenAt, (byTime.get(entry.firstSeenAt) ?? 0) + 1);
  return [...byTime.entries()]
    .sort(([left], [right]) => Date.parse(left) - Date.parse(right))
    .map(([at, added]) => ({ at, added }));
}

/** Sums consecutive points into at most `limit` buckets of equal run counts. */
export function bucketGrowth(points: readonly GrowthPoint[], limit: number): { added: number; first: GrowthPoint; last: GrowthPoint }[] {
  const size = Math.max(1, Math.ceil(points.length / limit));
  const buckets: { added: number; first: GrowthPoint; last: GrowthPoint }[] = [];
  for (let start = 0; start < points.length; start += size) {
    const slice = points.slice(start, start + size);
    buckets.push({ added: slice.reduce((sum, point) => sum + point.added, 0), first: slice[0]!, last: slice[slice.length - 1]! });
  }
  return buckets;
}

const chartWidth = 600;
const chartHeight = 160;

/** A small inline SVG: bars of entries added per run under the line of the running total. */
export function growthChartSvg(points: readonly GrowthPoint[]): string {
  const buckets = bucketGrowth(points, maxChartBars);
  const maxAdded = Math.max(1, ...buckets.map((bucket) => bucket.added));
  const total = buckets.reduce((sum, bucket) => sum + bucket.added, 0) || 1;
  const step = chartWidth / buckets.length;
  let running = 0;
  const line: string[] = [`0,${chartHeight}`];
  const bars = buckets
    .map((bucket, index) => {
      running += bucket.added;
      const x = index * step;
      line.push(`${(x + step).toFixed(2)},${(chartHeight - (running / total) * (chartHeight - 6)).toFixed(2)}`);
      const height = Math.max(1, (bucket.added / maxAdded) * chartHeight * 0.55);
      const label = `${bucket.first.at.slice(0, 19).replace('T', ' ')}: +${bucket.added} (total ${running})`;
      return `<rect x="${(x + step * 0.15).toFixed(2)}" y="${(chartHeight - height).toFixed(2)}" width="${Math.max(0.5, step * 0.7).toFixed(2)}" height="${height.toFixed(2)}" class="bar"><title>${escapeHtml(label)}</title></rect>`;
    })
    .join('');
  const area = `${line.join(' ')} ${chartWidth},${chartHeight}`;
  return `<svg class="growth-chart" viewBox="0 0 ${chartWidth} ${chartHeight}" preserveAspectRatio="none" role="img" aria-label="entries added per run and the running total">
<defs><linearGradient id="growth-fill" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="var(--accent)" stop-opacity="0.35"/><stop offset="1" stop-color="var(--accent)" stop-opacity="0.02"/></linearGradient></defs>
<polygon points="${area}" fill="url(#growth-fill)"/>${bars}<polyline points="${line.join(' ')}" class="total-line" vector-effect="non-scaling-stroke"/></svg>`;
}

/** A time for the chart's axis: to the minute, or to the second when both ends fall in one minute. */
function axisTime(at: string, other: string): string {
  const length = at.slice(0, 16) === other.slice(0, 16) ? 19 : 16;
  return `${at.slice(0, length).replace('T', ' ')} UTC`;
}

/** The growth section: the chart with its scale in words (first and last run, total, largest run). */
export function growthSectionHtml(points: readonly GrowthPoint[]): string {
  const total = points.reduce((sum, point) => sum + point.added, 0);
  const largest = Math.max(0, ...points.map((point) => point.added));
  const first = points[0];
  const last = points[points.length - 1];
  const body = first === undefined || last === undefined
    ? ''
    : `<div class="chart-box"><div class="chart-scale"><span>${formatCount(total)} entries</span><span>${formatCount(points.length)} run${points.length === 1 ? '' : 's'}</span><span>largest run +${formatCount(largest)}</span></div>${growthChartSvg(points)}<div class="chart-axis"><time>${escapeHtml(axisTime(first.at, last.at))}</time><span class="legend"><i class="legend-bar"></i>added per run <i class="legend-line"></i>running total</span><time>${escapeHtml(axisTime(last.at, first.at))}</time></div></div>`;
  return sectionHtml({
    id: 'growth',
    title: 'Growth',
    lead: 'New registry entries per run of the loop, oldest on the left. A run that found nothing new adds no bar.',
    body,
    empty: 'No runs yet.',
    isEmpty: points.length === 0,
  });
}
