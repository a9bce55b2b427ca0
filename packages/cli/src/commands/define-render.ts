import type { Command } from 'commander';
import { addExamples } from './help-examples.js';
import { lazyAction } from './lazy-action.js';
import { storeHelp } from './store-help.js';

/** Clip length when neither the prompt nor `--duration` gives one. */
export const defaultDurationSeconds = 2;

/**
 * Adds `motionreg render --prompt "<prompt>" --out clip.mp4`: interprets the prompt, builds a spec from it and
 * the registry's knowledge, and renders `clip.mp4` with `clip.truth.json` beside it. Prints the seed, so
 * the same clip can be made again with `--seed`.
 */
export function defineRenderCommand(program: Command): Command {
  const command = program
    .command('render')
    .description('render a prompt into an H.264/AAC MP4 and its ground truth (<clip>.truth.json)')
    .requiredOption('--prompt <text>', 'what the clip should be, in any English')
    .requiredOption('--out <path>', 'the MP4 to write; the truth goes beside it')
    .option('--seed <n>', 'seed of every random choice (default: a fresh random seed, printed)')
    .option('--width <px>', 'frame width, even', '320')
    .option('--height <px>', 'frame height, even', '240')
    .option('--fps <n>', 'frames per second', '24')
    .option('--duration <seconds>', `clip length, at most 3600 (default: the prompt's, else ${defaultDurationSeconds})`)
    .option('--mode <mode>', 'explore favours underused registry entries, exploit the most used', 'explore')
    .option('--store <url>', `registry to read knowledge from; ${storeHelp}`)
    .option('--origins-only', 'ignore every registry: choose from the origin vocabularies alone')
    .option('--stills <frames>', 'comma-separated frame indices to also write as PNG')
    .option('--wav', 'also write the audio as a WAV')
    .option('--json', 'print what was written as JSON')
    .action(lazyAction(async () => (await import('./render.js')).renderAction));
  return addExamples(command, [
    ['a 2 s clip and its truth file; the seed it drew is printed', 'motionreg render --prompt "neon city at night, whip pan" --out out/clip.mp4'],
    ['the same clip again, larger and longer', 'motionreg render --prompt "neon city at night, whip pan" --seed 7 --width 640 --height 360 --fps 30 --duration 4 --out out/clip.mp4'],
    ['from the origin vocabularies only, with two stills and the audio as WAV', 'motionreg render --prompt "hiss and rumble in the dark" --origins-only --stills 0,12 --wav --out out/dark.mp4'],
    ['using what a registry has learned, favouring its most used entries', 'motionreg render --prompt "golden dunes" --store sqlite:./motionreg-out/registry.db --mode exploit --out out/dunes.mp4'],
  ]);
}
