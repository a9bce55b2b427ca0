/** The marker `MotionregError` sets (`Symbol.for('motionreg.error')`), read here so printing an error loads no package. */
const motionregErrorMarker = Symbol.for('motionreg.error');

/**
 * One line for any error a command throws: a MotionregError's own message (it already starts with
 * `[motionreg:<component>]` and names its input), else `[motionreg:cli] <message>`. Only the first line is
 * kept: causes and stacks stay out of a user's terminal unless `MOTIONREG_DEBUG=1` (see {@link errorReport}).
 */
export function errorLine(error: unknown): string {
  const isOurs = typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[motionregErrorMarker] === true;
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n').find((line) => line.trim().length > 0)?.trim() ?? 'failed without a message';
  return isOurs || first.startsWith('[motionreg:') ? first : `[motionreg:cli] ${first}`;
}

/** What to print for an error: its one line, or with `MOTIONREG_DEBUG=1` the whole stack and causes too. */
export function errorReport(error: unknown, environment: NodeJS.ProcessEnv = process.env): string {
  const line = `${errorLine(error)}\n`;
  if (environment.MOTIONREG_DEBUG !== '1') return line;
  const details: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 8; depth += 1) {
    details.push(current instanceof Error ? (current.stack ?? current.message) : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return `${line}${details.join('\ncaused by: ')}\n`;
}
