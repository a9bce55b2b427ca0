/**
 * Wraps a command's action so its module (and every stage package it imports) loads only when the
 * command runs: `--version`, `--help` and `<cmd> --help` then import nothing but commander.
 *
 * @example
 * ```ts
 * command.action(lazyAction(async () => (await import('./extract.js')).extractAction));
 * ```
 */
export function lazyAction<Args extends unknown[]>(load: () => Promise<(...args: Args) => Promise<void>>): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    const action = await load();
    await action(...args);
  };
}
