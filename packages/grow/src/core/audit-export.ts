import type { RegistryExport } from '@motionreg/primitives';

/** Every entry of an export with where it sits, for checks that span all registries. */
export function exportEntries(document: RegistryExport): { where: string; name: string; depth: Record<string, number> }[] {
  const all: { where: string; name: string; depth: Record<string, number> }[] = [];
  const add = (where: string, list: readonly { name: string; depth: Record<string, number> }[]) => {
    for (const entry of list) all.push({ where, name: entry.name, depth: entry.depth });
  };
  add('static.colors', document.static.colors);
  add('static.sound', document.static.sound);
  for (const [aspect, list] of Object.entries(document.dynamic)) add(`dynamic.${aspect}`, list);
  for (const [aspect, list] of Object.entries(document.narrative)) add(`narrative.${aspect}`, list);
  return all;
}

/**
 * The problems of an export, empty when it is sound: a name used twice (compared without case), a
 * name with a digit, a colour whose depth does not sum to 100 (±0.01).
 */
export function auditRegistryExport(document: RegistryExport): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { where, name } of exportEntries(document)) {
    const key = name.toLowerCase();
    const previous = seen.get(key);
    if (previous !== undefined) problems.push(`name ${JSON.stringify(name)} in ${where} is also used in ${previous}`);
    seen.set(key, where);
    if (/\d/.test(name)) problems.push(`name ${JSON.stringify(name)} in ${where} has a digit`);
  }
  for (const color of document.static.colors) {
    const sum = Object.values(color.depth).reduce((total, pct) => total + pct, 0);
    if (Math.abs(sum - 100) > 0.01) problems.push(`colour ${color.name} depth sums to ${sum}`);
  }
  return problems;
}
