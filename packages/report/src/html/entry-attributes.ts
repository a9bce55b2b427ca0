import { escapeHtml, searchText } from './escape.js';

/** What the page's filters read from one item: its registry, name, count and search text. */
export interface FilterableItem {
  /** `static.colors`, `dynamic.camera`, `narrative.mood`, `linguistic` ... (the registry filter matches by prefix). */
  registry: string;
  name: string;
  count: number;
  /** Extra words the search box also matches (key, canonical, prompt). */
  words?: readonly (string | number | undefined)[];
  /** When the item was last seen, ISO-8601 (the "newest" sort). */
  seen?: string;
}

/**
 * The `data-*` attributes (and the `filterable` class hook) that the page's script filters and sorts
 * by. Every value is escaped; the script reads them back as text.
 */
export function entryAttributes(item: FilterableItem): string {
  return [
    `data-registry="${escapeHtml(item.registry)}"`,
    `data-name="${escapeHtml(item.name.toLowerCase())}"`,
    `data-count="${item.count}"`,
    `data-search="${escapeHtml(searchText(item.name, ...(item.words ?? [])))}"`,
    ...(item.seen === undefined ? [] : [`data-seen="${escapeHtml(item.seen)}"`]),
  ].join(' ');
}
