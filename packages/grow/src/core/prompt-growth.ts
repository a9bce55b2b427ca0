/** A span as the linguistic registry keys it: trimmed, lower-cased, inner whitespace collapsed. */
export function normalizeSpan(span: string): string {
  return span.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** One linguistic row per (span, domain, canonical): a word keeps each of its meanings apart. */
export function linguisticKey(span: string, domain: string, canonical: string): string {
  return `${span}\u001f${domain}\u001f${canonical}`;
}
