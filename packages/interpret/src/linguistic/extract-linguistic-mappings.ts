import { invalidInput, instructionSchema, parseOrThrow, type Instruction, type Mapping, type MappingKind } from '@motionreg/primitives';

/** Kinds worth growing: each records how a word that is not the canonical itself was understood. */
const teachingKinds: ReadonlySet<MappingKind> = new Set(['synonym', 'spelling', 'dialect', 'slang', 'wordnet']);

/**
 * The mappings a prompt taught, for the linguistic registry: every span the interpretation
 * understood through a synonym, spelling, dialect, slang or WordNet (never the canonical word
 * itself, which teaches nothing, nor a registry entry read back), including the meanings the prompt
 * gave an unknown word ("skrrt (meaning fast)"). One mapping per (span, domain, canonical); spans
 * lower-cased as the registry keys them. Things in the scene (`subject`) and durations are skipped.
 *
 * @example
 * ```ts
 * const instruction = interpret('proper dreich, skrrt (meaning really fast)');
 * extractLinguisticMappings(instruction.prompt, instruction);
 * // [{ span: 'dreich', canonical: 'flat', domain: 'lighting.contrast', kind: 'dialect' }, ...,
 * //  { span: 'skrrt', canonical: 'fast', domain: 'motion.speed', kind: 'slang' }]
 * ```
 */
export function extractLinguisticMappings(prompt: string, instruction: Instruction): Mapping[] {
  if (typeof prompt !== 'string') throw invalidInput('interpret', 'cannot extract mappings: the prompt must be a string');
  const parsed = parseOrThrow(instructionSchema, instruction, { component: 'interpret', what: 'instruction to extract mappings from' });
  const seen = new Set<string>();
  const result: Mapping[] = [];
  for (const mapping of parsed.mappings) {
    if (!teachingKinds.has(mapping.kind) || mapping.domain === 'subject' || mapping.domain === 'durationSeconds') continue;
    const span = mapping.span.trim().toLowerCase().replace(/\s+/g, ' ');
    const key = `${span}\u001f${mapping.domain}\u001f${mapping.canonical}`;
    if (span.length === 0 || seen.has(key)) continue;
    seen.add(key);
    result.push({ ...mapping, span });
  }
  return result;
}
