import { instructionSchema, parseOrThrow } from '@motionreg/primitives';
import type { Instruction, PromptGrowthOutcome, RegistryStore } from '@motionreg/primitives';
import { z } from 'zod';

/** Options of {@link growFromPrompt}. */
export interface GrowFromPromptOptions {
  /** What the prompt came from (a job id, an interpretation id); growth is recorded once per source id. */
  sourceId: string;
  /** Who produced the prompt: `loop`, `web`, `generator`, ... @default 'loop' */
  source?: string;
}

const optionsSchema = z.object({ sourceId: z.string().min(1).max(200), source: z.string().min(1).max(40).default('loop') });

/**
 * Grows the interpretation registry (prompt → instruction, one row per distinct prompt) and the
 * linguistic registry (each of the instruction's span → canonical mappings counted per domain) from
 * one interpreted prompt, once per `sourceId`.
 *
 * @example
 * ```ts
 * const instruction = interpret('hella slow pan over the sea');
 * await growFromPrompt(store, instruction, { sourceId: job.id });
 * ```
 */
export async function growFromPrompt(store: RegistryStore, instruction: Instruction, options: GrowFromPromptOptions): Promise<PromptGrowthOutcome> {
  const parsedOptions = parseOrThrow(optionsSchema, options, { component: 'grow', what: 'prompt growth options' });
  const parsedInstruction = parseOrThrow(instructionSchema, instruction, { component: 'grow', what: 'instruction' });
  return store.recordPromptGrowth({ sourceId: parsedOptions.sourceId, prompt: parsedInstruction.prompt, source: parsedOptions.source, instruction: parsedInstruction });
}
