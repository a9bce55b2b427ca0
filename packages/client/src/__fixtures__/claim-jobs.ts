// A child process for the multi-process claim test: opens a client of the service, says "ready",
// waits for a line on stdin, then claims until no pending job is left and prints the claimed ids as
// one JSON line. Usage: node --import tsx claim-jobs.ts <service url> <worker>  (token in MOTIONREG_TOKEN)
import { createInterface } from 'node:readline';
import { createRegistryClient } from '../registry-client.js';

const [url, worker] = process.argv.slice(2);
if (url === undefined || worker === undefined) throw new Error('usage: claim-jobs.ts <service url> <worker>');
const client = createRegistryClient({ baseUrl: url, ...(process.env.MOTIONREG_TOKEN === undefined ? {} : { token: process.env.MOTIONREG_TOKEN }) });
await client.countJobs();
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
lines.close();
const ids: string[] = [];
for (;;) {
  const job = await client.claimJob({ worker, leaseMs: 3_600_000 });
  if (job === null) break;
  ids.push(job.id);
}
await client.close();
process.stdout.write(`${JSON.stringify(ids)}\n`);
