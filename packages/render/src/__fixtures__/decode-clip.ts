import { execa } from 'execa';
import { resolveFfmpeg } from '@motionreg/media';

/** Decodes every video frame of a clip to rgb24 with ffmpeg (tests only: holds all frames in memory). */
export async function decodeVideoFrames(path: string, width: number, height: number): Promise<Uint8Array[]> {
  const { stdout } = await execa(resolveFfmpeg().path, ['-hide_banner', '-loglevel', 'error', '-i', path, '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], {
    encoding: 'buffer',
    maxBuffer: 1 << 30,
  });
  const frameBytes = width * height * 3;
  const frames: Uint8Array[] = [];
  for (let offset = 0; offset + frameBytes <= stdout.length; offset += frameBytes) frames.push(stdout.subarray(offset, offset + frameBytes));
  return frames;
}

/** Decodes a clip's audio to mono float samples at 48 kHz with ffmpeg. */
export async function decodeAudio(path: string): Promise<Float32Array> {
  const { stdout } = await execa(resolveFfmpeg().path, ['-hide_banner', '-loglevel', 'error', '-i', path, '-f', 'f32le', '-ac', '1', '-ar', '48000', 'pipe:1'], {
    encoding: 'buffer',
    maxBuffer: 1 << 30,
  });
  return new Float32Array(stdout.buffer.slice(stdout.byteOffset, stdout.byteOffset + stdout.byteLength));
}
