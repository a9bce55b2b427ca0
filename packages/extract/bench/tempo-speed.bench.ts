/**
 * Speed of the tempo grid search on busy audio: 60 s of clicks every 300 ms under noise bursts at uneven
 * times (about 700 onsets). The floor is the onset envelope of the same audio (one FFT per 5.3 ms hop),
 * measured in the same run; the peak picking and grid search together must take at most a quarter of it
 * (measured: 0.01; the pairwise second-phase search this replaced: 0.86). why this bench: the grid search
 * tries every candidate period through several anchors, so its cost grows with the onset count; a step that
 * looked at every pair of onsets once made 600 onsets take 15 s.
 * Also reports ffmpeg's own decode of the audio, for scale.
 *
 * Run: `npx tsx packages/extract/bench/tempo-speed.bench.ts [--rounds N]`.
 */
import { execa } from 'execa';
import { resolveFfmpeg } from '@motionreg/media';
import { OnsetEnvelope, estimateTempo, pickOnsets } from '@motionreg/extract';
import { decodeAudioSamples } from '../src/decode/decode-audio-samples.js';
import { makeClip } from '../src/__fixtures__/generated-clips.js';
import type { ClipRecipe } from '../src/__fixtures__/generated-clips.js';
import { benchOption, median, twoDecimals, writeSummary } from '@motionreg/primitives/bench';

const rounds = Math.floor(benchOption('rounds', 3));
const seconds = 60;
const recipe: ClipRecipe = {
  name: 'bench-busy-audio-60s',
  description: 'clicks every 300 ms (200 BPM) under noise bursts at uneven times',
  extension: 'mkv',
  args: [
    '-f',
    'lavfi',
    '-i',
    `aevalsrc='if(lt(mod(t\\,0.3)\\,0.004)\\,0.6*sin(2*PI*3000*t)\\,0)+if(lt(mod(t*t\\,0.37)\\,0.02)\\,0.3*(random(0)*2-1)\\,0)':s=48000:d=${seconds}`,
    '-c:a',
    'aac',
  ],
  expected: { width: 0, height: 0, fps: 0, frameCount: 0, hasAudio: true },
};
const path = await makeClip(recipe);
const ffmpeg = resolveFfmpeg().path;

async function floor(): Promise<number> {
  const started = performance.now();
  await execa(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-nostdin', '-i', path, '-f', 'f32le', '-ac', '1', '-ar', '48000', '-y', '/dev/null']);
  return performance.now() - started;
}

const samples: Float32Array[] = [];
for await (const block of decodeAudioSamples(path)) samples.push(block);

function readTempo(): { envelopeMs: number; searchMs: number; onsets: number; bpm: number | null } {
  const started = performance.now();
  const envelope = new OnsetEnvelope(48_000);
  for (const block of samples) envelope.push(block);
  const enveloped = performance.now();
  const onsets = pickOnsets(envelope.envelope(), envelope.hopSeconds, {}, envelope.breadth());
  const tempo = estimateTempo(onsets, { durationSeconds: seconds });
  return { envelopeMs: enveloped - started, searchMs: performance.now() - enveloped, onsets: onsets.length, bpm: tempo?.bpm ?? null };
}

const first = readTempo();
const decodes: number[] = [];
const envelopes: number[] = [];
const searches: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  decodes.push(await floor());
  const reading = readTempo();
  envelopes.push(reading.envelopeMs);
  searches.push(reading.searchMs);
}
const ratio = median(searches) / median(envelopes);
const target = 0.25;
writeSummary({
  bench: 'tempo-search-busy-60s',
  ratio: twoDecimals(ratio),
  target,
  pass: ratio <= target,
  envelopeMs: Math.round(median(envelopes)),
  searchMs: Math.round(median(searches)),
  ffmpegDecodeMs: Math.round(median(decodes)),
  onsets: first.onsets,
  bpm: first.bpm,
  rounds,
});
