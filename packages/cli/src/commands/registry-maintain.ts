import { backfillNames, backfillRuns } from '@motionreg/loops';
import { invalidInput, staleJobActions } from '@motionreg/primitives';
import type { BackfillQuery } from '@motionreg/primitives';
import { wholeNumberFlag } from './loop-flags.js';
import { storeUrl, withStore } from './store-option.js';

const printLine = (line: string) => process.stdout.write(`${line}\n`);
const errorLine = (line: string) => process.stderr.write(`${line}\n`);

/** `motionreg registry rename --from NAME --to NAME`: one entry, cascaded whole-word into prompts, instructions and every JSON column. */
export async function renameAction(flags: { store?: string; from: string; to: string; json?: boolean }): Promise<void> {
  const result = await withStore(storeUrl(flags.store), (store) => store.renameEntry({ name: flags.from, newName: flags.to }));
  if (flags.json) {
    printLine(JSON.stringify(result));
    return;
  }
  const cascaded = Object.entries(result.cascaded).filter(([, rows]) => rows > 0).map(([column, rows]) => `${column} ${rows}`);
  printLine(`renamed ${result.registry}.${result.aspect} "${result.oldName}" → "${result.newName}"; cascaded: ${cascaded.length > 0 ? cascaded.join(', ') : 'nothing else used the name'}`);
}

/** `motionreg registry backfill-names`: renames unreadable and clashing names (see `backfillNames`). */
export async function backfillNamesAction(flags: { store?: string; dryRun?: boolean; json?: boolean }): Promise<void> {
  const renamed = await withStore(storeUrl(flags.store), (store) => backfillNames({ store, dryRun: flags.dryRun ?? false, log: flags.json ? errorLine : printLine }));
  if (flags.json) printLine(JSON.stringify(renamed));
  else printLine(`${flags.dryRun ? 'would rename' : 'renamed'} ${renamed.length} ${renamed.length === 1 ? 'entry' : 'entries'}`);
}

/** `motionreg registry backfill-runs [--stale keep|retry|fail]`: missing learning and discovery runs, and stale jobs. */
export async function backfillRunsAction(flags: { store?: string; last: string; stale: string; staleAfter: string; json?: boolean }): Promise<void> {
  if (!(staleJobActions as readonly string[]).includes(flags.stale)) throw invalidInput('cli', `--stale ${flags.stale}: must be keep, retry or fail`);
  const query: BackfillQuery = {
    last: wholeNumberFlag('--last', flags.last, 1),
    staleJobs: flags.stale as BackfillQuery['staleJobs'],
    staleAfterMs: wholeNumberFlag('--stale-after', flags.staleAfter, 1) * 1000,
  };
  const report = await withStore(storeUrl(flags.store), (store) => backfillRuns({ store, ...query, log: flags.json ? errorLine : printLine }));
  if (flags.json) printLine(JSON.stringify({ ...report.result, after: report.after }));
}
