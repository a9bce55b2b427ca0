import type { Command } from 'commander';
import { addExamples } from './help-examples.js';
import { lazyAction } from './lazy-action.js';
import { storeHelp } from './store-help.js';

/** Options of `motionreg serve` as commander hands them over. */
export interface ServeFlags {
  store?: string;
  port: string;
  host: string;
  token?: string;
  readsNeedToken?: boolean;
  clips?: string;
}

/**
 * The action of `motionreg serve`: the registry service (`@motionreg/service`) on Node over the
 * store, until SIGINT or SIGTERM, then a clean close (open requests finish, the store is closed).
 * Prints the URL it listens on as its one line on stdout.
 */
export async function serveAction(flags: ServeFlags): Promise<void> {
  const [{ startNodeService }, { storeUrl }, { invalidInput }, { runSignal }] = await Promise.all([
    import('@motionreg/service'),
    import('./store-option.js'),
    import('@motionreg/primitives'),
    import('../terminal/shutdown.js'),
  ]);
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw invalidInput('cli', `--port ${flags.port}: must be a whole number from 0 to 65535`);
  let token = flags.token ?? process.env.MOTIONREG_TOKEN;
  if (token === undefined || token.length === 0) {
    // why: a service that accepts writes from anyone is never the default; a fresh token is shown once.
    token = crypto.randomUUID();
    process.stderr.write(`[motionreg:cli] no --token or MOTIONREG_TOKEN: writes need this token for this run: ${token}\n`);
  }
  const signal = runSignal();
  const service = await startNodeService({
    storeUrl: storeUrl(flags.store),
    port,
    host: flags.host,
    token,
    readsNeedToken: flags.readsNeedToken === true,
    ...(flags.clips === undefined ? {} : { clipsDirectory: flags.clips }),
  });
  process.stdout.write(`${service.url}\n`);
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await service.close();
}

/** Adds `motionreg serve --store URL --port N [--host 127.0.0.1] [--token T]`. */
export function defineServeCommand(program: Command): Command {
  const command = program
    .command('serve')
    .description('serve the registries over HTTP (the registry service: JSON API, clips, metrics) until Ctrl-C')
    .option('--store <url>', storeHelp)
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8787')
    .option('--host <address>', 'address to listen on; 127.0.0.1 keeps it on this machine', '127.0.0.1')
    .option('--token <token>', 'bearer token every write needs (default $MOTIONREG_TOKEN, else a fresh one printed on stderr)')
    .option('--reads-need-token', 'reads need the token too (health excepted)')
    .option('--clips <dir>', 'folder for job clips (default: beside a SQLite store, registry.clips/)')
    .action(lazyAction(async () => serveAction));
  return addExamples(command, [
    ['serve the default embedded store on 127.0.0.1:8787', 'MOTIONREG_TOKEN=secret motionreg serve'],
    ['another file, another port; then run a loop against it', 'motionreg serve --store sqlite:./shared.db --port 9000 --token secret'],
    ['', 'MOTIONREG_TOKEN=secret motionreg loop --store http://127.0.0.1:9000'],
  ]);
}
