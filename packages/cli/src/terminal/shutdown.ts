/**
 * How a run of the CLI stops early, ending quietly:
 * - SIGINT (Ctrl-C) and SIGTERM abort the running command's signal; the command cleans up (ffmpeg killed,
 *   partial files and temporary folders removed) and the process exits 130 or 143. A second signal exits at once.
 * - A closed pipe (`motionreg extract clip.mp4 --json | head -c 10`: EPIPE on stdout or stderr, or SIGPIPE)
 *   aborts the run the same way and exits 0 with nothing on stderr, like any Unix filter.
 *
 * `bin.ts` installs the process handlers once; `runCli` opens a run; a command's action reads
 * {@link runSignal} and passes it to whatever can stop (`renderClip`, `runJob`, the loops).
 */

/** Why a run stopped early. */
export type StopReason = 'SIGINT' | 'SIGTERM' | 'EPIPE';

/** Exit code for each way of stopping: 128 + the signal's number, and 0 for a reader that went away. */
export const stopExitCodes: Record<StopReason, number> = { SIGINT: 130, SIGTERM: 143, EPIPE: 0 };

/** One run of the CLI (one `runCli` call). */
export interface Run {
  /** Aborted when the run is asked to stop. */
  readonly signal: AbortSignal;
  /** Why it was stopped, if it was. */
  readonly stopReason: StopReason | undefined;
  /** The exit code the stop asks for, if it was stopped. */
  readonly exitCode: number | undefined;
  /** Ends the run: later stops no longer reach it. */
  end(): void;
}

interface ActiveRun {
  controller: AbortController;
  reason: StopReason | undefined;
}

let active: ActiveRun | undefined;
const neverAborted = new AbortController().signal;

/** Opens a run; `runCli` does this around each command. */
export function startRun(): Run {
  const run: ActiveRun = { controller: new AbortController(), reason: undefined };
  active = run;
  return {
    signal: run.controller.signal,
    get stopReason() {
      return run.reason;
    },
    get exitCode() {
      return run.reason === undefined ? undefined : stopExitCodes[run.reason];
    },
    end() {
      if (active === run) active = undefined;
    },
  };
}

/**
 * The signal of the command running now: pass it to anything that can stop cleanly. Outside a run
 * (a command's action called directly) it never aborts.
 */
export function runSignal(): AbortSignal {
  return active?.controller.signal ?? neverAborted;
}

/** True once the running command was asked to stop (its output may be gone: write nothing more). */
export function stopRequested(): boolean {
  return active?.reason !== undefined;
}

/**
 * Asks the running command to stop. A second SIGINT or SIGTERM, or one with no command running, exits
 * at once; a closed pipe with no command running changes nothing (the exit code stands).
 */
export function requestStop(reason: StopReason, exit: (code: number) => void = (code) => process.exit(code)): void {
  const run = active;
  if (run === undefined) {
    if (reason !== 'EPIPE') exit(stopExitCodes[reason]);
    return;
  }
  if (run.reason !== undefined) {
    if (reason !== 'EPIPE') exit(stopExitCodes[reason]);
    return;
  }
  run.reason = reason;
  run.controller.abort(new DOMException(reason === 'EPIPE' ? 'output closed' : `interrupted by ${reason}`, 'AbortError'));
}

/** What {@link installStopHandlers} needs of a process (the real one in `bin.ts`). */
export interface StoppableProcess {
  on(event: 'SIGINT' | 'SIGTERM' | 'SIGPIPE', listener: () => void): unknown;
  stdout: { on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown };
  stderr: { on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown };
  exit(code: number): void;
}

/**
 * Installs, once per process, the handlers that turn SIGINT, SIGTERM, SIGPIPE and EPIPE into
 * {@link requestStop}. They stay for the life of the process: an EPIPE can arrive after the command
 * has returned, and without a listener Node would print it as a crash.
 */
export function installStopHandlers(target: StoppableProcess = process): void {
  const exit = (code: number) => target.exit(code);
  target.on('SIGINT', () => requestStop('SIGINT', exit));
  target.on('SIGTERM', () => requestStop('SIGTERM', exit));
  target.on('SIGPIPE', () => requestStop('EPIPE', exit));
  // why: EPIPE is the usual error; any other write error on our own stdout or stderr leaves nowhere to
  // report it either, so every one ends the run as a closed pipe does.
  const onStreamError = () => requestStop('EPIPE', exit);
  target.stdout.on('error', onStreamError);
  target.stderr.on('error', onStreamError);
}
