const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML, both between tags and inside a quoted attribute. Every string that comes
 * from a store (names, keys, prompts, errors, spans) goes through this: a prompt holding `<script>`
 * must show as text, never run.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/** Formats a whole number with thin grouping (12 345), the same on every machine whatever its locale. */
export function formatCount(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');
}

/** A percentage as the page prints it: whole numbers above 10, one decimal below. */
export function formatPercent(value: number): string {
  return value >= 10 || value === 0 ? `${Math.round(value)}` : value.toFixed(1);
}

/** `#rrggbb` of an 8-bit RGB triple (numbers only, so safe inside a style attribute). */
export function hexOf(rgb: readonly [number, number, number]): string {
  return `#${rgb.map((channel) => Math.max(0, Math.min(255, Math.round(channel))).toString(16).padStart(2, '0')).join('')}`;
}

/** Black or white, whichever reads better on `rgb` (WCAG relative luminance). */
export function inkOn(rgb: readonly [number, number, number]): '#111' | '#fff' {
  const linear = rgb.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  return luminance > 0.22 ? '#111' : '#fff';
}

/** Lower-case search text of an entry: what the search box matches against. */
export function searchText(...parts: readonly (string | number | undefined)[]): string {
  return parts.filter((part) => part !== undefined).join(' ').toLowerCase();
}
