/**
 * The prompts of `npm run eval:fidelity`: camera moves with a direction (slang included), colour
 * prompts, black and white, dark and bright, and asked beats. Written for the evaluation, not taken from
 * the interpretation set's tuning part.
 */
export const fidelityPrompts: readonly string[] = [
  // camera type and direction
  'slow pan left across a deep blue harbour',
  'pan right over the rooftops',
  'whip pan to the left',
  'the camera swings right across the crowd',
  'tilt up to the sky',
  'tilt down to the street below',
  'truck left along the shopfronts',
  'pedestal up past the window',
  'crane down onto the stage',
  'push in on the candle',
  'pull back to reveal the valley',
  'zoom out from the island',
  'roll the camera anticlockwise',
  'rotate clockwise over the clock face',
  // colours
  'blue hues over a waterfall',
  'a red and gold sunset over the bay',
  'green and yellow fields',
  'a purple neon street',
  'orange leaves on a brown path',
  'deep teal water',
  'a pink and white blossom tree',
  'crimson and teal gradient',
  'a misty forest at dawn',
  'a calm sea',
  'warm pastel sky',
  'a cool blue night',
  // black and white
  'black and white film of a street',
  'greyscale ocean waves',
  'a monochrome city at night',
  // dark and bright
  'a dark moody alley',
  'a bright sunny beach',
  'a dark forest at night',
  'a light, airy white room',
  // beats
  'thumping techno at 128 bpm',
  'slow lo-fi beats, 70 bpm',
  'fast drum and bass, 170 bpm',
];
