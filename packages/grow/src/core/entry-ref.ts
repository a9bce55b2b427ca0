import type { NarrativeOrigin, RegistryKind } from '@motionreg/primitives';

/** The identity of a registry entry: (registry, aspect, origin, key) is unique. */
export interface EntryRef {
  readonly registry: RegistryKind;
  readonly aspect: string;
  /** `''` outside the narrative registry. */
  readonly origin: NarrativeOrigin | '';
  readonly key: string;
}

/** One string per entry identity, for maps. */
export function refKey(ref: EntryRef): string {
  return `${ref.registry}\u001f${ref.aspect}\u001f${ref.origin}\u001f${ref.key}`;
}
