import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { resolveFfmpeg } from '@motionreg/media';

const run = promisify(execFile);

/** A short H.264 test-pattern clip made by ffmpeg itself (its `testsrc2` source), different per `hue`. */
export async function makeTestClip(out: string, options: { seconds?: number; width?: number; height?: number; hue?: number } = {}): Promise<string> {
  const { seconds = 2, width = 160, height = 120, hue = 0 } = options;
  await mkdir(dirname(out), { recursive: true });
  await run(resolveFfmpeg().path, [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=24:duration=${seconds}`,
    '-vf', `hue=h=${hue}`, '-pix_fmt', 'yuv420p', '-c:v', 'libx264', '-preset', 'ultrafast', out,
  ]);
  return out;
}
