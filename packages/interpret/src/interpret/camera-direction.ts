import type { CameraDirection, CameraMotion, MappingKind } from '@motionreg/primitives';
import type { Token } from '../text/tokenize.js';
import type { ResolvedTerm } from './assemble-instruction.js';

/** The axis a camera move travels along, and so which direction words can apply to it. */
type Axis = 'horizontal' | 'vertical' | 'depth' | 'roll';

const axisOf: Partial<Record<CameraMotion, Axis>> = {
  pan: 'horizontal', truck: 'horizontal', tracking: 'horizontal', arc: 'horizontal', whip_pan: 'horizontal',
  tilt: 'vertical', pedestal: 'vertical', crane: 'vertical',
  dolly: 'depth', zoom: 'depth', zoom_out: 'depth',
  roll: 'roll', rotate: 'roll',
};

const axisOfDirection: Record<Exclude<CameraDirection, 'none'>, Axis> = {
  left: 'horizontal', right: 'horizontal', up: 'vertical', down: 'vertical', in: 'depth', out: 'depth',
  clockwise: 'roll', counterclockwise: 'roll',
};

/**
 * Words that give a camera move its direction, and how. `doon` is Scots for down; "back" and "away" are
 * a dolly's way out ("pull back"), "forward" and "closer" its way in.
 */
const directionWords = new Map<string, { direction: Exclude<CameraDirection, 'none'>; kind: MappingKind }>([
  ...(['left', 'leftward', 'leftwards', 'leftwardly'] as const).map((word) => [word, { direction: 'left', kind: word === 'left' ? 'exact' : 'synonym' }] as const),
  ...(['right', 'rightward', 'rightwards', 'rightwardly'] as const).map((word) => [word, { direction: 'right', kind: word === 'right' ? 'exact' : 'synonym' }] as const),
  ...(['up', 'upward', 'upwards', 'skyward', 'skywards', 'heavenward', 'heavenwards', 'upwardly'] as const).map((word) => [word, { direction: 'up', kind: word === 'up' ? 'exact' : 'synonym' }] as const),
  ...(['down', 'downward', 'downwards', 'earthward', 'earthwards', 'downwardly'] as const).map((word) => [word, { direction: 'down', kind: word === 'down' ? 'exact' : 'synonym' }] as const),
  ['doon', { direction: 'down', kind: 'dialect' }],
  ...(['in', 'inward', 'inwards', 'forward', 'forwards', 'closer', 'into'] as const).map((word) => [word, { direction: 'in', kind: word === 'in' ? 'exact' : 'synonym' }] as const),
  ...(['out', 'outward', 'outwards', 'back', 'backward', 'backwards', 'away'] as const).map((word) => [word, { direction: 'out', kind: word === 'out' ? 'exact' : 'synonym' }] as const),
  ['clockwise', { direction: 'clockwise', kind: 'exact' }],
  ...(['anticlockwise', 'counterclockwise', 'widdershins'] as const).map((word) => [word, { direction: 'counterclockwise', kind: 'synonym' }] as const),
]);

/** Verbs inside a camera term that carry its direction ("camera rises", "pull back", "push in"). */
const verbDirections = new Map<string, Exclude<CameraDirection, 'none'>>([
  ['rise', 'up'], ['rises', 'up'], ['rising', 'up'], ['raise', 'up'], ['lift', 'up'], ['lifts', 'up'], ['ascend', 'up'], ['ascends', 'up'],
  ['lower', 'down'], ['lowers', 'down'], ['lowering', 'down'], ['descend', 'down'], ['descends', 'down'], ['drop', 'down'], ['drops', 'down'], ['sinks', 'down'],
  ['push', 'in'], ['pushing', 'in'], ['pushes', 'in'], ['creep', 'in'], ['creeps', 'in'],
  ['pull', 'out'], ['pulls', 'out'], ['pulling', 'out'],
]);

/** Only -ward forms and turning words precede a move ("a slow leftward pan", "an anticlockwise roll"). */
const wordsBefore = new Set(['leftward', 'rightward', 'upward', 'downward', 'skyward', 'inward', 'outward', 'clockwise', 'anticlockwise', 'counterclockwise']);

/** When a direction belongs to another axis, the move a camera operator means ("pan up" is a tilt). */
const reread: Partial<Record<CameraMotion, Partial<Record<Axis, CameraMotion>>>> = {
  pan: { vertical: 'tilt' },
  tilt: { horizontal: 'pan' },
  truck: { vertical: 'pedestal' },
  pedestal: { horizontal: 'truck' },
  zoom: { depth: 'zoom' },
};

/** A camera direction the prompt asked for, the move it applies to (possibly re-read) and the words. */
export interface CameraDirectionReading {
  motion: CameraMotion;
  direction: Exclude<CameraDirection, 'none'>;
  span: string;
  kind: MappingKind;
}

/** How far after a camera term its direction may stand ("pan slowly across to the left"). */
const lookAhead = 6;

/**
 * Reads the direction of the prompt's camera move: a direction word inside the camera term ("pan left",
 * "crane up", "pull back"), or after it within the clause ("whip pan to the left", "the camera pans from
 * left to right": the word after "to" wins over the word after "from"), or a -ward word right before it.
 * A word of another axis either re-reads the move ("pan up" → tilt up) or is not about this move.
 * Returns undefined when the prompt names no direction for its camera move.
 */
export function readCameraDirection(tokens: readonly Token[], terms: readonly ResolvedTerm[], motion: CameraMotion): CameraDirectionReading | undefined {
  const term = terms.find((candidate) => !candidate.negated && candidate.sense.effects.some((effect) => effect.domain === 'camera.motion' && effect.canonical === motion));
  if (term === undefined || axisOf[motion] === undefined) return undefined;
  const cameraTermStarts = new Set(terms.filter((candidate) => candidate !== term && candidate.sense.effects.some((effect) => effect.domain === 'camera.motion')).map((candidate) => candidate.item.start));

  const fits = (direction: Exclude<CameraDirection, 'none'>): CameraMotion | undefined => {
    const axis = axisOfDirection[direction];
    if (axisOf[motion] === axis) {
      // A zoom names its direction by its type: "zoom" can only go in, "zoom out" only out.
      if (motion === 'zoom' && direction !== 'in') return 'zoom_out';
      if (motion === 'zoom_out' && direction !== 'out') return undefined;
      return motion;
    }
    return reread[motion]?.[axis];
  };
  const reading = (direction: Exclude<CameraDirection, 'none'>, span: string, kind: MappingKind): CameraDirectionReading | undefined => {
    const fitted = fits(direction);
    return fitted === undefined ? undefined : { motion: fitted, direction, span, kind };
  };
  const negatedAt = (index: number): boolean => ['not', 'no', 'never', 'nae'].includes(tokens[index - 1]?.text ?? '');

  // Inside the term: "pan left", "crane up", "camera rises", "pull back".
  for (let index = term.item.start; index < term.item.end; index += 1) {
    const text = tokens[index]?.text ?? '';
    const word = directionWords.get(text);
    const found = word === undefined ? undefined : reading(word.direction, text, word.kind);
    if (found !== undefined) return found;
    const verb = verbDirections.get(text);
    const fromVerb = verb === undefined ? undefined : reading(verb, text, 'synonym');
    if (fromVerb !== undefined) return fromVerb;
  }
  // After the term, within the clause and before the next camera move.
  let afterFrom = false;
  for (let index = term.item.end; index < Math.min(tokens.length, term.item.end + lookAhead); index += 1) {
    const token = tokens[index] as Token;
    if (token.boundaryBefore || cameraTermStarts.has(index) || token.text === 'then' || token.text === 'while') break;
    if (token.text === 'from') {
      afterFrom = true;
      continue;
    }
    const word = directionWords.get(token.text);
    if (word === undefined || negatedAt(index)) continue;
    // "from left to right": the starting side is not the direction.
    if (afterFrom) {
      afterFrom = false;
      continue;
    }
    // "counter clockwise", "anti clockwise" (hyphens split).
    const previous = tokens[index - 1]?.text;
    const direction = word.direction === 'clockwise' && (previous === 'counter' || previous === 'anti') ? 'counterclockwise' : word.direction;
    const found = reading(direction, direction === word.direction ? token.text : `${previous ?? ''} ${token.text}`, word.kind);
    if (found !== undefined) return found;
  }
  // Right before it: "a slow leftward pan".
  for (let index = term.item.start - 1; index >= Math.max(0, term.item.start - 2); index -= 1) {
    const text = tokens[index]?.text ?? '';
    const word = wordsBefore.has(text) ? directionWords.get(text) : undefined;
    const found = word === undefined ? undefined : reading(word.direction, text, word.kind);
    if (found !== undefined) return found;
    if (tokens[index + 1]?.boundaryBefore === true) break;
  }
  return undefined;
}
