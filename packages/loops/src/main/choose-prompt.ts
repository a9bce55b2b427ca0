import { generatePrompts } from '@motionreg/interpret';
import { createSeededRandom, MotionregError } from '@motionreg/primitives';
import type { CreationStrategy, Knowledge } from '@motionreg/primitives';

/** How many of the most used earlier prompts an exploit run picks among. */
export const exploitPoolSize = 10;

/** The prompt of one main-loop run and where it came from. */
export interface ChosenPrompt {
  prompt: string;
  /** `generated` (explore, or exploit on a registry with no earlier prompt) or `earlier` (exploit). */
  origin: 'generated' | 'earlier';
}

/**
 * The prompt of one run. Explore: a newly generated readable prompt (learned names and grown slang in
 * its slots, earlier and recent prompts avoided). Exploit: a good earlier prompt, one of the
 * {@link exploitPoolSize} most used not run in this loop yet, drawn in proportion to its use, so
 * known entries are confirmed and counted; with none, a generated one.
 */
export function choosePrompt(knowledge: Knowledge, strategy: CreationStrategy, seed: number, recent: readonly string[]): ChosenPrompt {
  const random = createSeededRandom(seed);
  if (strategy === 'exploit') {
    const recentSet = new Set(recent.map((prompt) => prompt.toLowerCase()));
    const pool = knowledge.prompts
      .filter((earlier) => !recentSet.has(earlier.prompt.toLowerCase()))
      .sort((a, b) => b.count - a.count || b.lastSeenAt.localeCompare(a.lastSeenAt))
      .slice(0, exploitPoolSize);
    const total = pool.reduce((sum, earlier) => sum + earlier.count, 0);
    let target = random.next() * total;
    for (const earlier of pool) {
      target -= earlier.count;
      if (target < 0) return { prompt: earlier.prompt, origin: 'earlier' };
    }
  }
  const avoid = [...recent, ...knowledge.prompts.map((earlier) => earlier.prompt)];
  const [generated] = generatePrompts({ count: 1, seed, knowledge, linguistic: knowledge.linguistic, avoid });
  if (!generated) throw new MotionregError('internal', `the prompt generator returned no prompt for seed ${seed}`, { component: 'loops' });
  return { prompt: generated.prompt, origin: 'generated' };
}
