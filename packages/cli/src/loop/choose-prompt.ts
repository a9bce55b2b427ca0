import { generatePrompts } from '@motionreg/interpret';
import { createSeededRandom } from '@motionreg/primitives';
import type { Knowledge } from '@motionreg/primitives';

/** Share of runs that replay an earlier prompt (so its entries get counted again) rather than a new one. */
export const replayShare = 0.2;

/**
 * The prompt of one loop run: usually a newly generated readable prompt (learned names and grown slang
 * included, earlier and recent prompts avoided); with probability {@link replayShare} an earlier
 * prompt not used in this loop yet, so known entries are confirmed and counted.
 */
export function choosePrompt(knowledge: Knowledge, seed: number, recent: readonly string[]): string {
  const random = createSeededRandom(seed);
  const recentSet = new Set(recent.map((prompt) => prompt.toLowerCase()));
  const replayable = knowledge.prompts.filter((earlier) => !recentSet.has(earlier.prompt.toLowerCase()));
  if (replayable.length > 0 && random.next() < replayShare) {
    return replayable[Math.floor(random.next() * replayable.length)]!.prompt;
  }
  const [generated] = generatePrompts({ count: 1, seed, knowledge, linguistic: knowledge.linguistic, avoid: recent });
  if (!generated) throw new Error('the prompt generator returned no prompt');
  return generated.prompt;
}
