import { z } from 'zod';
import { invalidInput } from '../errors/motionreg-error.js';
import { soundMixSchema } from '../contracts/common.js';
import type { SoundDepth, SoundMix } from '../contracts/common.js';
import { soundPrimitives } from '../origins/primitives.js';
import { roundPercentages } from './round-percentages.js';

const strengthSchema = z.number().min(0).max(1);

/**
 * The one depth concept for sound: the shares of the four sound primitives (silence, rumble, tone,
 * hiss) as percentages with two decimals summing to exactly 100, plus the strength as a percentage.
 * The mix is normalised first, so shares that sum to 0.999 (float noise from a measurement) are fine;
 * an all-zero mix is pure silence.
 *
 * @param mix - shares 0–1 of each primitive
 * @param strength - loudness as a fraction 0–1 (e.g. RMS relative to full scale); becomes `strengthPct`
 *
 * @example
 * ```ts
 * soundDepth({ silence: 0, rumble: 0.7, tone: 0.2, hiss: 0.1 }, 0.45);
 * // { silence: 0, rumble: 70, tone: 20, hiss: 10, strengthPct: 45 }
 * ```
 */
export function soundDepth(mix: SoundMix, strength: number): SoundDepth {
  const parsedMix = soundMixSchema.safeParse(mix);
  if (!parsedMix.success) throw invalidInput('primitives', `soundDepth needs shares 0–1 ${JSON.stringify(mix)}: ${parsedMix.error.issues[0]?.message ?? 'invalid mix'}`);
  const parsedStrength = strengthSchema.safeParse(strength);
  if (!parsedStrength.success) throw invalidInput('primitives', `soundDepth needs a strength 0–1 ${String(strength)}: out of range`);
  const shares = soundPrimitives.map((primitive) => parsedMix.data[primitive]);
  const total = shares.reduce((sum, share) => sum + share, 0);
  const percentages = total > 0 ? roundPercentages(shares) : [100, 0, 0, 0];
  return {
    silence: percentages[0]!,
    rumble: percentages[1]!,
    tone: percentages[2]!,
    hiss: percentages[3]!,
    strengthPct: Math.round(parsedStrength.data * 10000) / 100,
  };
}
