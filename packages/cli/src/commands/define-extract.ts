import type { Command } from 'commander';
import { addExamples } from './help-examples.js';
import { lazyAction } from './lazy-action.js';

/**
 * Adds `motionreg extract FILE`: measures any video and prints the extraction (`--json` for the full
 * JSON record, colours sorted by coverage, largest first; `--jsonl [PATH]` to stream JSON Lines to a file or
 * stdout in flat memory). A bad file exits non-zero with one line on
 * stderr naming the file and the cause. The measuring code loads only when the command runs.
 */
export function defineExtractCommand(program: Command): Command {
  const command = program
    .command('extract')
    .description('measure every frame and window of a video: colours, sound, motion, camera, gradient, lighting, cuts, tempo')
    .argument('<file>', 'any video ffmpeg can read')
    .option('--json', 'print the full extraction as JSON (one record; short clips)')
    .option('--jsonl [path]', 'stream JSON Lines (each frame as measured, each window, then the whole-clip record) to PATH, or stdout when PATH is - or omitted; memory stays flat whatever the length')
    .option('--window <seconds>', 'window length for blended measurements', '0.5')
    .option('--colors <file>', 'JSON array of known colours [{ "name", "rgb": [r, g, b], "key"? }] to name matches after')
    .option('--spec <file>', 'the scene spec (JSON) the clip was made from, for the intended narrative')
    .option('--prompt <text>', 'the prompt the clip was made from, for the intended narrative')
    .action(lazyAction(async () => (await import('./extract.js')).extractAction));
  return addExamples(command, [
    ['a readable summary: size, colours, sound, camera, cuts', 'motionreg extract clip.mp4'],
    ['the full record as JSON, first frame’s colours with jq', 'motionreg extract clip.mp4 --json | jq ".frames[0].colors"'],
    ['compare what was measured with what a prompt intended', 'motionreg extract clip.mp4 --prompt "a calm blue sea" --window 1'],
    ['name colours after your own palette', 'motionreg extract clip.mp4 --colors palette.json --json'],
    ['a feature film in flat memory: JSON Lines to a file, the summary on screen', 'motionreg extract film.mp4 --jsonl film.jsonl'],
    ['stream the lines to another tool: each frame’s brightness', 'motionreg extract film.mp4 --jsonl | jq -c \'select(.type == "frame") | .brightness\''],
  ]);
}
