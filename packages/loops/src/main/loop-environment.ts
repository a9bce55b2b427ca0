import { invalidInput } from '@motionreg/primitives';
import type { GrowthFocus } from '@motionreg/primitives';

/** The environment variable that splits the main loop's workers (seed 000 §1.1, seed 003 §7.5). */
export const focusVariable = 'LOOP_EXTRACTION_FOCUS';
/** The environment variable that overrides the share of exploit runs (0 = explorer, 1 = exploiter). */
export const exploitRatioVariable = 'LOOP_EXPLOIT_RATIO_OVERRIDE';

/** A growth focus and whether it was set on purpose (so the loop can say once when it was not). */
export interface ResolvedFocus {
  focus: GrowthFocus;
  /** `flag` or `environment` when chosen; `unset` when nothing (or something invalid) chose it. */
  from: 'flag' | 'environment' | 'unset';
  /** The invalid value that was ignored, if any. */
  ignored?: string;
}

/**
 * The growth focus: an explicit one (a flag) first, else `LOOP_EXTRACTION_FOCUS` = `frame` | `window`,
 * else `all`. As in the seeds, an invalid value means `all` (reported in `ignored`, never fatal: a
 * worker must not stop over a typo in its focus, it grows everything instead).
 */
export function resolveFocus(explicit: GrowthFocus | undefined, environment: NodeJS.ProcessEnv): ResolvedFocus {
  if (explicit !== undefined) return { focus: explicit, from: 'flag' };
  const raw = environment[focusVariable]?.trim().toLowerCase();
  if (raw === 'frame' || raw === 'window') return { focus: raw, from: 'environment' };
  return raw === undefined || raw === '' || raw === 'all' ? { focus: 'all', from: raw === 'all' ? 'environment' : 'unset' } : { focus: 'all', from: 'unset', ignored: raw };
}

/** The one line a main loop logs at start when its focus was not chosen. */
export function unsetFocusMessage(resolved: ResolvedFocus): string {
  const because = resolved.ignored === undefined ? 'is unset' : `is "${resolved.ignored}", not frame or window`;
  return `${focusVariable} ${because} → Growth [all]. For split workers set ${focusVariable}=frame or =window.`;
}

/**
 * The share of exploit runs: an explicit one first, else `LOOP_EXPLOIT_RATIO_OVERRIDE` (0–1), else
 * `fallback`. Unlike the focus, a bad ratio is refused: it would silently turn an explorer into an
 * exploiter.
 */
export function resolveExploitRatio(explicit: number | undefined, environment: NodeJS.ProcessEnv, fallback: number): number {
  if (explicit !== undefined) return explicit;
  const raw = environment[exploitRatioVariable]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const ratio = Number(raw);
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) throw invalidInput('loops', `${exploitRatioVariable}=${raw}: must be a number from 0 to 1`);
  return ratio;
}
