/**
 * @packageDocumentation
 * `@motionreg/interpret`: English prompts (any standard: British, Scottish, Irish, Welsh,
 * Australian, New Zealand, American; slang and dialect included) into a typed motionreg
 * {@link Instruction}, the linguistic mappings a prompt teaches, and readable prompt generation.
 */
export { interpret } from './interpret/interpret.js';
export type { InterpretOptions } from './interpret/interpret.js';
export { normalizePrompt, maxPromptLength } from './text/normalize-prompt.js';
export { englishVarieties } from './lexicon/lexicon-types.js';
export type { EnglishVariety } from './lexicon/lexicon-types.js';
export type { Instruction, LinguisticEntry, Mapping } from '@motionreg/primitives';
export { extractLinguisticMappings } from './linguistic/extract-linguistic-mappings.js';
export { generatePrompts, isReadablePrompt } from './generate/generate-prompts.js';
export type { GeneratePromptsOptions, GeneratedPrompt, PromptSlot } from './generate/generate-prompts.js';
