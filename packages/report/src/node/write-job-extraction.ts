import { writeFile } from 'node:fs/promises';
import { extractionSchema, MotionregError } from '@motionreg/primitives';
import type { Extraction } from '@motionreg/primitives';

/** Where a clip's extraction JSON goes: beside the clip, `<clip>.extraction.json` (`a/job.mp4` → `a/job.extraction.json`). */
export function extractionPathOf(clipPath: string): string {
  return `${clipPath.replace(/\.[^./\\]+$/, '')}.extraction.json`;
}

/**
 * Writes what was measured in a clip beside it as JSON (checked against the extraction contract
 * first), so a person can read each job's measurements next to its clip. Returns the path written.
 *
 * @example
 * ```ts
 * const path = await writeJobExtraction(clipPath, extraction); // motionreg-out/clips/<job>.extraction.json
 * ```
 */
export async function writeJobExtraction(clipPath: string, extraction: Extraction): Promise<string> {
  const parsed = extractionSchema.safeParse(extraction);
  if (!parsed.success) {
    throw new MotionregError('invalid_input', `extraction of ${clipPath} does not match the contract: ${parsed.error.issues[0]?.message ?? 'invalid'}`, { component: 'report', cause: parsed.error });
  }
  const path = extractionPathOf(clipPath);
  await writeFile(path, `${JSON.stringify(parsed.data, null, 2)}\n`, 'utf8');
  return path;
}
