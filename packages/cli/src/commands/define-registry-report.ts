import type { Command } from 'commander';
import { addExamples } from './help-examples.js';
import { lazyAction } from './lazy-action.js';
import { storeHelp } from './store-help.js';

/**
 * Adds `motionreg registry report`: the registries as one self-contained HTML page (swatches,
 * sounds, dynamic entries with frames of their clips, narrative, linguistic growth, diagnostics,
 * growth over time; search and filters that work offline). Reads the store, never writes to it.
 */
export function defineRegistryReportCommand(registry: Command): Command {
  const report = registry
    .command('report')
    .description('write the registries as one self-contained HTML page (opens offline, on a phone too)')
    .option('--store <url>', storeHelp)
    .option('--out <file>', 'where the page goes', './motionreg-out/report.html')
    .option('--clips <dir>', 'a folder of clips named <job id>.mp4, tried when a job\'s recorded clip is gone (default: clips/ beside --out)')
    .option('--no-thumbnails', 'leave out the frame strips (no ffmpeg needed)')
    .option('--max-clips <n>', 'read at most this many clips for frame strips', '48')
    .option('--last <n>', 'how many of the most recent measured jobs diagnostics checks', '20')
    .option('--json', 'print what was written as JSON')
    .action(lazyAction(async () => (await import('./registry-report.js')).reportAction));
  addExamples(report, [
    ['the default embedded store, into motionreg-out/', 'motionreg registry report && open motionreg-out/report.html'],
    ['another SQLite file, without frames', 'motionreg registry report --store sqlite:./other.db --out other.html --no-thumbnails'],
  ]);
  return report;
}
