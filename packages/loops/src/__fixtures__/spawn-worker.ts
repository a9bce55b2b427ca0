import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const workerScript = fileURLToPath(new URL('./loop-worker.ts', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** One line a worker process printed (see loop-worker.ts). */
export const workerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('log'), line: z.string() }),
  z.object({ type: z.literal('job'), jobId: z.string(), source: z.string(), strategy: z.string(), focus: z.string(), added: z.number(), counted: z.number() }),
  z.object({ type: z.literal('paused'), phase: z.string(), jobId: z.string().nullable() }),
  z.object({
    type: z.literal('summary'), worker: z.string(), focus: z.string(), exploitRatio: z.number(), runs: z.number(), completed: z.number(),
    failed: z.number(), claimed: z.number(), explored: z.number(), exploited: z.number(), interrupted: z.boolean(),
  }),
]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;

/** A running worker process and what it has said so far. */
export interface WorkerProcess {
  child: ChildProcess;
  messages: WorkerMessage[];
  /** Resolves with the exit code (or the signal's name) once the process ends. */
  exited: Promise<number | string>;
  /** Resolves with the first message that matches. */
  waitFor(match: (message: WorkerMessage) => boolean): Promise<WorkerMessage>;
  stderr(): string;
}

/** Starts loop-worker.ts in its own Node process (tsx, sources), with `environment` on top of a clean one. */
export function spawnWorker(options: Record<string, unknown>, environment: Record<string, string>): WorkerProcess {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LOOP_')));
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript, JSON.stringify(options)], {
    cwd: repositoryRoot,
    env: { ...base, TSX_TSCONFIG_PATH: join(repositoryRoot, 'tsconfig.json'), ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const messages: WorkerMessage[] = [];
  const waiters: { match: (message: WorkerMessage) => boolean; resolve: (message: WorkerMessage) => void }[] = [];
  let buffered = '';
  let errors = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() === '') continue;
      const message = workerMessageSchema.parse(JSON.parse(line));
      messages.push(message);
      for (const waiter of waiters.filter((candidate) => candidate.match(message))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
  });
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  return {
    child,
    messages,
    exited,
    stderr: () => errors,
    waitFor: (match) => {
      const found = messages.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        waiters.push({ match, resolve });
        void exited.then((code) => reject(new Error(`worker exited (${code}) before the awaited message; stderr: ${errors.slice(-2000)}`)));
      });
    },
  };
}
