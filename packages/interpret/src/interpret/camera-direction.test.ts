import { describe, expect, it } from 'vitest';
import { interpret } from './interpret.js';

describe('camera direction', () => {
  it.each([
    ['slow pan left across a deep blue harbour', 'pan', 'left'],
    ['whip pan to the left', 'whip_pan', 'left'],
    ['the camera swings right across the crowd', 'pan', 'right'],
    ['the camera pans from left to right', 'pan', 'right'],
    ['pan up to the sky', 'tilt', 'up'],
    ['pull back to reveal the valley', 'dolly', 'out'],
    ['push in on the candle', 'dolly', 'in'],
    ['crane down onto the stage', 'crane', 'down'],
    ['zoom out from the island', 'zoom_out', 'out'],
    ['roll the camera anticlockwise', 'roll', 'counterclockwise'],
    ['a slow leftward pan', 'pan', 'left'],
  ])('%s → %s %s', (prompt, motion, direction) => {
    const instruction = interpret(prompt);
    expect(instruction.camera.motion).toBe(motion);
    expect(instruction.camera.direction).toBe(direction);
    expect(instruction.mappings).toContainEqual(expect.objectContaining({ domain: 'camera.direction', canonical: direction }));
  });

  it('leaves the direction out when none was asked, or for a move a reader only inferred', () => {
    expect(interpret('a slow pan across a misty forest').camera.direction).toBeUndefined();
    expect(interpret('shaky footage, turning left at the lights').camera.direction).toBeUndefined();
  });

  it('reads a direction only for its own move, not the next one', () => {
    const instruction = interpret('pan across the bay, then tilt up to the moon');
    expect(instruction.camera.motion).toBe('pan');
    expect(instruction.camera.direction).toBeUndefined();
  });

  it('does not read the direction word as a thing in the scene or an intensifier', () => {
    const spans = interpret('the camera swings right').mappings.filter((mapping) => mapping.span === 'right').map((mapping) => mapping.domain);
    expect(spans).toEqual(['camera.direction']);
  });
});
