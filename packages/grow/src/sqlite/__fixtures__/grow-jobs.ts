// A child process for the multi-process test: grows jobs into one SQLite file, then prints a summary.
// Usage: node --import tsx grow-jobs.ts <path> <job ids, comma-separated>
import { buildExtraction } from '../../testing/fixtures.js';
import { growFromExtraction } from '../../growth/grow-from-extraction.js';
import { createSqliteStore } from '../sqlite-store.js';
import { jobSeed, sharedPalette } from './grow-jobs-plan.js';

const [path, ids] = process.argv.slice(2);
if (path === undefined || ids === undefined) throw new Error('usage: grow-jobs.ts <path> <job ids>');
const store = createSqliteStore({ path });
let recorded = 0;
let alreadyRecorded = 0;
for (const jobId of ids.split(',')) {
  const outcome = await growFromExtraction(store, buildExtraction({ seed: jobSeed(jobId), palette: sharedPalette }), null, { jobId, prompt: `job ${jobId}` });
  if (outcome.alreadyRecorded) alreadyRecorded += 1;
  else recorded += 1;
}
await store.close();
process.stdout.write(`${JSON.stringify({ recorded, alreadyRecorded })}\n`);
