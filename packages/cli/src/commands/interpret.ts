import { openStore } from '@motionreg/grow';
import { interpret } from '@motionreg/interpret';
import type { Instruction, Knowledge } from '@motionreg/primitives';

/** Options of `motionreg interpret`. */
export interface InterpretFlags {
  json?: boolean;
  store?: string;
}

function describeInstruction(instruction: Instruction): string {
  const { palette, motion, camera, lighting, audio, narrative, avoid } = instruction;
  const avoided = Object.entries(avoid).filter(([, values]) => values.length > 0).map(([field, values]) => `${field} ${values.join('/')}`);
  const lines = [
    `colours: ${palette.colors.map((color) => color.name).join(', ') || 'none asked'}${palette.modifiers.length > 0 ? ` (${palette.modifiers.join(', ')})` : ''}`,
    `motion: ${motion.speed}, ${motion.smoothness}, ${motion.rhythm}${motion.direction === 'none' ? '' : `, ${motion.direction}`}; camera: ${camera.motion} (${camera.speed}, ${camera.steadiness})`,
    `lighting: ${lighting.preset}, ${lighting.temperature}, ${lighting.contrast} contrast; audio: ${audio.presence}, ${audio.mood}, ${audio.tempo} tempo`,
    `narrative: ${narrative.genre}, ${narrative.tone}, ${narrative.style}${narrative.settings.length > 0 ? `, ${narrative.settings.join('/')}` : ''}${narrative.themes.length > 0 ? `, ${narrative.themes.join('/')}` : ''}`,
    `intensity ${instruction.intensity}; duration ${instruction.durationSeconds === null ? 'not given' : `${instruction.durationSeconds} s`}${avoided.length > 0 ? `; avoid ${avoided.join('; ')}` : ''}`,
    `understood: ${instruction.mappings.filter((mapping) => mapping.domain !== 'subject').map((mapping) => `${mapping.span}→${mapping.canonical} (${mapping.kind})`).join(', ') || 'nothing'}`,
  ];
  if (instruction.unknown.length > 0) lines.push(`not understood: ${instruction.unknown.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** The action of `motionreg interpret "<prompt>"` (defined in `define-interpret.ts`). */
export async function interpretAction(prompt: string, flags: InterpretFlags): Promise<void> {
  let knowledge: Knowledge | undefined;
  if (flags.store !== undefined) {
    const store = openStore(flags.store);
    try {
      knowledge = await store.getKnowledge();
    } finally {
      await store.close();
    }
  }
  const instruction = interpret(prompt, knowledge === undefined ? {} : { knowledge });
  process.stdout.write(flags.json === true ? `${JSON.stringify(instruction, null, 2)}\n` : describeInstruction(instruction));
}
