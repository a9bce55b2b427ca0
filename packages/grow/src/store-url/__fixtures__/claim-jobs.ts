// A child process for the multi-process claim test: opens a store URL, says "ready", waits for a line
// on stdin, then claims until no pending job is left and prints the claimed ids as one JSON line.
// Usage: node --import tsx claim-jobs.ts <store url> <worker>   (a d1:// URL reads CLOUDFLARE_API_* from the environment)
import { createInterface } from 'node:readline';
import { openStore } from '../open-store.js';

const [url, worker] = process.argv.slice(2);
if (url === undefined || worker === undefined) throw new Error('usage: claim-jobs.ts <store url> <worker>');
const store = openStore(url);
await store.countJobs();
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
lines.close();
const ids: string[] = [];
for (;;) {
  const job = await store.claimJob({ worker, leaseMs: 3_600_000 });
  if (job === null) break;
  ids.push(job.id);
}
await store.close();
process.stdout.write(`${JSON.stringify(ids)}\n`);
