import cliProgress from 'cli-progress';

/** A progress display for one task: a bar with counts and ETA on a terminal, nothing otherwise. */
export interface ProgressReporter {
  /** Sets how far the task is (`done` of the total), with an optional short phase label ("audio", "video"). */
  update(done: number, phase?: string): void;
  /** Changes the total (a new phase with its own count). */
  setTotal(total: number): void;
  /** Removes the bar, leaving the terminal clean for the command's own output. */
  stop(): void;
  /** Whether anything is drawn (false off a terminal and with `--json`). */
  readonly active: boolean;
}

/** Options of {@link createProgressReporter}. */
export interface ProgressReporterOptions {
  /** What is being done, shown before the bar: `render clip.mp4`. */
  label: string;
  /** How many units the task has. */
  total: number;
  /** What a unit is called. @default 'frames' */
  unit?: string;
  /** Where to draw. @default process.stderr */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** `--json` was given: draw nothing, whatever the stream. */
  json?: boolean;
}

const silent: ProgressReporter = { update() {}, setTotal() {}, stop() {}, active: false };

/**
 * A progress bar with counts and ETA (cli-progress) on stderr, only when stderr is a terminal and `--json`
 * was not given, so pipes, files and scripts see nothing but the command's own output. The bar clears
 * itself when stopped. Loops use one per run.
 *
 * @example
 * ```ts
 * const progress = createProgressReporter({ label: 'render clip.mp4', total: 120, json: flags.json });
 * await renderClip(spec, { ..., onProgress: ({ done }) => progress.update(done) });
 * progress.stop();
 * ```
 */
export function createProgressReporter(options: ProgressReporterOptions): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  if (options.json === true || stream.isTTY !== true) return silent;
  const unit = options.unit ?? 'frames';
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${options.label} [{bar}] {value}/{total} ${unit} {phase}| {percentage}% | ETA {eta_formatted}`,
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      // why: cli-progress skips drawing on streams it does not consider terminals; ours was checked above.
      noTTYOutput: false,
      etaBuffer: 30,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(1, options.total), 0, { phase: '' });
  let stopped = false;
  return {
    active: true,
    update(done, phase) {
      if (!stopped) bar.update(done, { phase: phase === undefined ? '' : `(${phase}) ` });
    },
    setTotal(total) {
      if (!stopped) bar.setTotal(Math.max(1, total));
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
