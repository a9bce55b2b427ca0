import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installStopHandlers, requestStop, runSignal, startRun, stopRequested } from './shutdown.js';
import type { StoppableProcess } from './shutdown.js';

function fakeProcess(): StoppableProcess & EventEmitter & { exits: number[]; stdout: EventEmitter; stderr: EventEmitter } {
  const exits: number[] = [];
  return Object.assign(new EventEmitter(), { stdout: new EventEmitter(), stderr: new EventEmitter(), exits, exit: (code: number) => void exits.push(code) });
}

describe('stopping a run', () => {
  it('SIGINT aborts the running command with an AbortError and asks for exit code 130; a second SIGINT exits at once', () => {
    const target = fakeProcess();
    installStopHandlers(target);
    const run = startRun();
    try {
      expect(runSignal()).toBe(run.signal);
      target.emit('SIGINT');
      expect(run.signal.aborted).toBe(true);
      expect((run.signal.reason as Error).name).toBe('AbortError');
      expect([run.stopReason, run.exitCode, stopRequested()]).toEqual(['SIGINT', 130, true]);
      expect(target.exits).toEqual([]);
      target.emit('SIGINT');
      expect(target.exits).toEqual([130]);
    } finally {
      run.end();
    }
  });

  it('SIGTERM asks for 143; an EPIPE on stdout or stderr, or SIGPIPE, asks for 0', () => {
    const cases: [string, (target: ReturnType<typeof fakeProcess>) => void, number][] = [
      ['SIGTERM', (target) => target.emit('SIGTERM'), 143],
      ['stdout EPIPE', (target) => target.stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })), 0],
      ['stderr EPIPE', (target) => target.stderr.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })), 0],
      ['SIGPIPE', (target) => target.emit('SIGPIPE'), 0],
    ];
    for (const [name, stop, code] of cases) {
      const target = fakeProcess();
      installStopHandlers(target);
      const run = startRun();
      stop(target);
      run.end();
      expect([name, run.signal.aborted, run.exitCode]).toEqual([name, true, code]);
      expect(target.exits).toEqual([]);
    }
  });

  it('outside a run, a signal exits at once and a closed pipe changes nothing', () => {
    const exits: number[] = [];
    requestStop('SIGTERM', (code) => exits.push(code));
    requestStop('EPIPE', (code) => exits.push(code));
    expect(exits).toEqual([143]);
    expect(runSignal().aborted).toBe(false);
  });
});
