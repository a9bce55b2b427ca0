import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { MotionregError } from '@motionreg/primitives';

/** Where the resolved ffmpeg came from, for diagnostics. */
export type FfmpegSource = 'option' | 'env' | 'ffmpeg-static' | '@ffmpeg-installer/ffmpeg' | 'path';

/** A usable ffmpeg executable. */
export interface ResolvedFfmpeg {
  path: string;
  source: FfmpegSource;
}

/** Options for {@link resolveFfmpeg}. */
export interface ResolveFfmpegOptions {
  /** An explicit ffmpeg path; wins over everything else. */
  ffmpegPath?: string;
  /** Environment to read `FFMPEG_PATH` and `PATH` from. @default process.env */
  env?: NodeJS.ProcessEnv;
}

const require = createRequire(import.meta.url);
let cached: ResolvedFfmpeg | undefined;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function fromPackage(name: 'ffmpeg-static' | '@ffmpeg-installer/ffmpeg'): string | undefined {
  try {
    // why: both packages are optional; a missing package or a failed binary download must fall through, not throw.
    const exported = require(name) as string | { path?: string } | null;
    const path = typeof exported === 'string' ? exported : exported?.path;
    return path && existsSync(path) && isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function fromSearchPath(env: NodeJS.ProcessEnv): string | undefined {
  for (const directory of (env.PATH ?? '').split(delimiter)) {
    if (!directory) continue;
    const candidate = join(directory, process.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg');
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Finds ffmpeg in this order: explicit option → `FFMPEG_PATH` → ffmpeg-static's binary if present →
 * `@ffmpeg-installer/ffmpeg` → `ffmpeg` on `PATH`. Throws `ffmpeg_not_found` when none exists.
 * Without options the answer is cached for the process.
 *
 * @example
 * ```ts
 * const { path } = resolveFfmpeg();
 * ```
 */
export function resolveFfmpeg(options: ResolveFfmpegOptions = {}): ResolvedFfmpeg {
  const useCache = options.ffmpegPath === undefined && options.env === undefined;
  if (useCache && cached) return cached;
  const env = options.env ?? process.env;
  let resolved: ResolvedFfmpeg | undefined;
  if (options.ffmpegPath !== undefined) {
    if (!isExecutable(options.ffmpegPath)) {
      throw new MotionregError('ffmpeg_not_found', `ffmpeg path ${options.ffmpegPath}: not an executable file`, { component: 'media' });
    }
    resolved = { path: options.ffmpegPath, source: 'option' };
  } else if (env.FFMPEG_PATH) {
    if (!isExecutable(env.FFMPEG_PATH)) {
      throw new MotionregError('ffmpeg_not_found', `FFMPEG_PATH ${env.FFMPEG_PATH}: not an executable file`, { component: 'media' });
    }
    resolved = { path: env.FFMPEG_PATH, source: 'env' };
  } else {
    const staticPath = fromPackage('ffmpeg-static');
    const installerPath = staticPath ? undefined : fromPackage('@ffmpeg-installer/ffmpeg');
    const searchPath = staticPath || installerPath ? undefined : fromSearchPath(env);
    if (staticPath) resolved = { path: staticPath, source: 'ffmpeg-static' };
    else if (installerPath) resolved = { path: installerPath, source: '@ffmpeg-installer/ffmpeg' };
    else if (searchPath) resolved = { path: searchPath, source: 'path' };
  }
  if (!resolved) {
    throw new MotionregError(
      'ffmpeg_not_found',
      'no ffmpeg found: set FFMPEG_PATH, install ffmpeg-static or @ffmpeg-installer/ffmpeg, or put ffmpeg on PATH',
      { component: 'media' },
    );
  }
  if (useCache) cached = resolved;
  return resolved;
}
