import { nameEntry } from '@motionreg/grow';
import {
  blendNameDomains, colorValueSchema, dynamicAspects, entryNamePattern, MotionregError, narrativeAspects, soundValueSchema, staticAspects,
} from '@motionreg/primitives';
import type { NamingHint, RegistryAddress, RegistryEntry, RegistryStore, RenameResult } from '@motionreg/primitives';

/** Why {@link backfillNames} renames an entry. */
export type RenameReason = 'unreadable' | 'clash';

/** One rename {@link backfillNames} made (or would make, with `dryRun`). */
export interface NameBackfill {
  reason: RenameReason;
  oldName: string;
  newName: string;
  registry: RegistryEntry['registry'];
  aspect: string;
  /** Rows changed per `table.column` by the whole-word cascade (empty on a dry run). */
  cascaded: RenameResult['cascaded'];
}

/** Options of {@link backfillNames}. */
export interface BackfillNamesOptions {
  store: RegistryStore;
  /** Only report what would be renamed. @default false */
  dryRun?: boolean;
  /** @default console.log */
  log?: (line: string) => void;
}

/** Letters only, lower case: two names that read the same ("Sea-Blue", "sea blue") compare equal. */
export const readingOf = (name: string) => name.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();

/** The naming hint an entry's stored measurement gives, the same one growth named it from. */
export function namingHintOf(entry: RegistryEntry): NamingHint {
  if (entry.registry === 'static' && entry.aspect === 'colors') {
    const value = colorValueSchema.pick({ rgb: true }).safeParse(entry.value);
    if (value.success) return { kind: 'color', rgb: value.data.rgb };
  }
  if (entry.registry === 'static' && entry.aspect === 'sound') {
    const value = soundValueSchema.safeParse(entry.value);
    if (value.success) return { kind: 'sound', dominant: value.data.dominant, mix: value.data.mix, strengthPct: value.data.strengthPct };
  }
  const words = entry.key.split(/[^\p{L}]+/u).filter((word) => word.length > 0);
  if (entry.registry === 'dynamic' && Object.keys(entry.depth).length > 0) {
    const domain = (blendNameDomains as readonly string[]).includes(entry.aspect) ? (entry.aspect as (typeof blendNameDomains)[number]) : 'blends';
    return { kind: 'blend', domain, depth: entry.depth, ...(words.length > 0 ? { detail: words.slice(0, 6) } : {}) };
  }
  return { kind: 'words', words: words.length > 0 ? words : ['unnamed'], qualifiers: [entry.aspect.replace(/[^\p{L}]/gu, '') || 'entry', entry.registry] };
}

async function allEntries(store: RegistryStore): Promise<RegistryEntry[]> {
  const addresses: RegistryAddress[] = [
    ...staticAspects.map((aspect) => ({ registry: 'static' as const, aspect })),
    ...dynamicAspects.map((aspect) => ({ registry: 'dynamic' as const, aspect })),
    ...narrativeAspects.map((aspect) => ({ registry: 'narrative' as const, aspect })),
  ];
  return (await Promise.all(addresses.map((address) => store.listEntries(address)))).flat();
}

/**
 * Renames every entry whose name is unreadable (not words of letters: digits, underscores, symbols —
 * names older stores or hand edits left) or clashes with another entry's name read without case and
 * punctuation ("Sea-Blue" beside "Sea Blue"; the less counted one is renamed). The new name comes from
 * the entry's own measurement, the way growth names new entries, and `renameEntry` cascades it, whole
 * words only, into prompts, instructions and every JSON column in the same transaction (seed 000 §1.3).
 *
 * @example
 * ```ts
 * const renamed = await backfillNames({ store });
 * for (const rename of renamed) console.log(rename.oldName, '→', rename.newName);
 * ```
 */
export async function backfillNames(options: BackfillNamesOptions): Promise<NameBackfill[]> {
  const { store, dryRun = false, log = console.log } = options;
  const entries = await allEntries(store);
  const taken = new Set(entries.map((entry) => entry.name.toLowerCase()));
  const readings = new Map<string, RegistryEntry[]>();
  for (const entry of entries) readings.set(readingOf(entry.name), [...(readings.get(readingOf(entry.name)) ?? []), entry]);
  const wanted = new Map<RegistryEntry, RenameReason>();
  for (const entry of entries) if (!entryNamePattern.test(entry.name)) wanted.set(entry, 'unreadable');
  for (const group of readings.values()) {
    // why: the most counted keeps its name, so the fewest prompts and sources change.
    const [, ...others] = [...group].sort((a, b) => b.count - a.count || a.firstSeenAt.localeCompare(b.firstSeenAt));
    for (const entry of others) if (!wanted.has(entry)) wanted.set(entry, 'clash');
  }
  const done: NameBackfill[] = [];
  for (const [entry, reason] of wanted) {
    const newName = nameEntry(namingHintOf(entry), taken);
    taken.add(newName.toLowerCase());
    let cascaded: RenameResult['cascaded'] = {};
    if (!dryRun) {
      try {
        cascaded = (await store.renameEntry({ name: entry.name, newName })).cascaded;
      } catch (error) {
        throw new MotionregError(MotionregError.isInstance(error) ? error.code : 'internal', `cannot rename ${entry.registry}.${entry.aspect} "${entry.name}" to "${newName}": ${error instanceof Error ? error.message : String(error)}`, { component: 'loops', cause: error });
      }
    }
    log(`${dryRun ? 'would rename' : 'renamed'} ${entry.registry}.${entry.aspect} "${entry.name}" → "${newName}" (${reason})`);
    done.push({ reason, oldName: entry.name, newName, registry: entry.registry, aspect: entry.aspect, cascaded });
  }
  return done;
}
