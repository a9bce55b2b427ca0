import { z } from 'zod';
import type { Instruction } from '@motionreg/primitives';

/** One labelled prompt of the evaluation set (`eval/prompts.jsonl`). */
export const evalItemSchema = z.object({
  id: z.string().min(1),
  prompt: z.string().min(1),
  /** `standard`, `negation`, `domain`, `duration`, `intensifier`, `spelling`, `dialect:<variety>`, `slang:<variety>`. */
  tags: z.array(z.string()),
  /**
   * Expected values by instruction path (`camera.motion`, `avoid.colors`, `durationSeconds`...).
   * `palette.colors` lists the colour and palette words the prompt asked for (mapping canonicals);
   * `intensity` is `low` (≤ 0.4), `mid` or `high` (≥ 0.6); a key ending in `!` means "anything but".
   */
  expect: z.record(z.string(), z.union([z.string(), z.number(), z.null(), z.array(z.string())])),
});
export type EvalItem = z.infer<typeof evalItemSchema>;

/** Field groups the accuracy is reported by. */
export const fieldGroups = ['palette', 'motion', 'camera', 'lighting', 'audio', 'narrative', 'composition', 'duration', 'avoid', 'intensity'] as const;
export type FieldGroup = (typeof fieldGroups)[number];

/** The group of an instruction path. */
export function groupOf(path: string): FieldGroup {
  if (path === 'language') return 'narrative';
  if (path.startsWith('palette.')) return 'palette';
  if (path.startsWith('motion.')) return 'motion';
  if (path.startsWith('camera.')) return 'camera';
  if (path.startsWith('lighting.')) return 'lighting';
  if (path.startsWith('audio.')) return 'audio';
  if (path.startsWith('narrative.')) return 'narrative';
  if (path === 'durationSeconds') return 'duration';
  if (path.startsWith('avoid.')) return 'avoid';
  if (path === 'intensity') return 'intensity';
  return 'composition';
}

/**
 * Concerns the evaluation also reports on their own (issue 15): each is scored over the items tagged
 * `concern:<name>`, on the paths that concern is about, so a group's figure is not diluted by the other
 * fields its prompts label.
 */
export const concerns = {
  camera_type: ['camera.motion'],
  camera_direction: ['camera.direction'],
  slow_motion: ['motion.speed'],
  steadiness: ['camera.steadiness'],
  colors: ['palette.colors'],
  black_and_white: ['palette.modifiers'],
  animated: ['narrative.style'],
  plain: ['camera.asked'],
} as const satisfies Record<string, readonly string[]>;
export type Concern = keyof typeof concerns;

/**
 * The value at a path, as the evaluation compares it. Besides instruction paths: `camera.asked` lists the
 * camera moves words asked for (a plain prompt expects `[]`); `language` is `other` when the instruction
 * warns that the prompt is not English, else `en`. A field the instruction leaves out reads as `null`.
 */
export function actualValue(instruction: Instruction, path: string): unknown {
  if (path === 'camera.asked') {
    return [...new Set(instruction.mappings.filter((mapping) => mapping.domain === 'camera.motion').map((mapping) => mapping.canonical))];
  }
  if (path === 'language') return (instruction.warnings ?? []).some((warning) => warning.code === 'not_english') ? 'other' : 'en';
  if (path === 'palette.colors') {
    return [...new Set(instruction.mappings.filter((mapping) => mapping.domain === 'palette.colors').map((mapping) => mapping.canonical))];
  }
  if (path === 'intensity') return instruction.intensity >= 0.6 ? 'high' : instruction.intensity <= 0.4 ? 'low' : 'mid';
  let value: unknown = instruction;
  for (const part of path.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  return value ?? null;
}

/** One checked field of one prompt. */
export interface FieldCheck {
  id: string;
  prompt: string;
  path: string;
  group: FieldGroup;
  expected: unknown;
  actual: unknown;
  ok: boolean;
}

function sameSet(left: readonly unknown[], right: readonly unknown[]): boolean {
  const a = new Set(left.map(String));
  const b = new Set(right.map(String));
  return a.size === b.size && [...a].every((value) => b.has(value));
}

/** Checks every labelled field of one item against an instruction. */
export function checkItem(item: EvalItem, instruction: Instruction): FieldCheck[] {
  return Object.entries(item.expect).map(([key, expected]) => {
    const negative = key.endsWith('!');
    const path = negative ? key.slice(0, -1) : key;
    const actual = actualValue(instruction, path);
    let ok: boolean;
    if (Array.isArray(expected)) ok = Array.isArray(actual) && sameSet(expected, actual);
    else ok = actual === expected;
    if (negative) ok = !ok;
    return { id: item.id, prompt: item.prompt, path: key, group: groupOf(path), expected, actual, ok };
  });
}

/** Accuracy per field group over a whole set. */
export interface EvalReport {
  items: number;
  groups: Record<FieldGroup, { correct: number; total: number; accuracy: number }>;
  /** Accuracy per concern (items tagged `concern:<name>`, on that concern's paths); absent when no item has the tag. */
  concerns: Partial<Record<Concern, { correct: number; total: number; accuracy: number }>>;
  failures: FieldCheck[];
}

/** Runs `interpretPrompt` over every item and scores it by field group. */
export function scoreEvalSet(items: readonly EvalItem[], interpretPrompt: (prompt: string) => Instruction): EvalReport {
  const groups = Object.fromEntries(fieldGroups.map((group) => [group, { correct: 0, total: 0, accuracy: 1 }])) as EvalReport['groups'];
  const byConcern: EvalReport['concerns'] = {};
  const failures: FieldCheck[] = [];
  for (const item of items) {
    const itemConcerns = (Object.keys(concerns) as Concern[]).filter((concern) => item.tags.includes(`concern:${concern}`));
    for (const check of checkItem(item, interpretPrompt(item.prompt))) {
      const group = groups[check.group];
      group.total += 1;
      if (check.ok) group.correct += 1;
      else failures.push(check);
      for (const concern of itemConcerns) {
        if (!(concerns[concern] as readonly string[]).includes(check.path)) continue;
        const score = (byConcern[concern] ??= { correct: 0, total: 0, accuracy: 1 });
        score.total += 1;
        if (check.ok) score.correct += 1;
      }
    }
  }
  for (const group of [...Object.values(groups), ...Object.values(byConcern)]) group.accuracy = group.total === 0 ? 1 : group.correct / group.total;
  return { items: items.length, groups, concerns: byConcern, failures };
}

/** Parses the JSONL text of an evaluation set. */
export function parseEvalSet(text: string): EvalItem[] {
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => evalItemSchema.parse(JSON.parse(line)));
}
