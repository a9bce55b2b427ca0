/**
 * Known-answer clips made by ffmpeg's own generators (lavfi), never by motionreg's renderer, so
 * extraction is judged on video nobody here drew. Shared by the unit tests and the benchmarks.
 * Each recipe carries the answers a correct extractor must give.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { resolveFfmpeg } from '@motionreg/media';
import type { CameraDirection, CameraMotion, ObservedGradientType, Rgb, SoundPrimitive, TransitionType } from '@motionreg/primitives';

/** What a correct extraction of the clip reports (only the fields a recipe knows). */
export interface ExpectedAnswers {
  width: number;
  height: number;
  fps: number;
  frameCount: number;
  hasAudio: boolean;
  /** Colours present in every frame, with their share of the frame. */
  colors?: { rgb: Rgb; coverage: number }[];
  brightness?: number;
  dominantSound?: SoundPrimitive;
  /** Camera type and direction of every full window. */
  camera?: { type: CameraMotion; direction: CameraDirection };
  gradient?: ObservedGradientType;
  cuts?: number[];
  transitions?: { type: TransitionType; startFrame: number; endFrame: number }[];
  /** null when there is no pulse. */
  tempoBpm?: number | null;
  balance?: 'left_heavy' | 'balanced' | 'right_heavy' | 'top_heavy' | 'bottom_heavy';
}

/** One generated clip: ffmpeg arguments (inputs, filters, codecs) and its answers. */
export interface ClipRecipe {
  name: string;
  description: string;
  extension: 'mp4' | 'webm' | 'mkv';
  /** ffmpeg arguments between `-y` and the output path. */
  args: readonly string[];
  expected: ExpectedAnswers;
}

/** Options for sizing recipes (unit tests keep them small; benchmarks scale them up). */
export interface RecipeSize {
  width?: number;
  height?: number;
  fps?: number;
  seconds?: number;
}

const h264 = ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '16', '-pix_fmt', 'yuv420p'];
const aac = ['-c:a', 'aac', '-b:a', '160k'];

// why: rgb24 → yuv420p with the default bicubic scaler smears colour across cell edges; nearest
// neighbour keeps every 2×2 chroma block inside one flat region when edges fall on even pixels.
const toYuv = 'scale=flags=neighbor,format=yuv420p';

function lavfi(graph: string): string[] {
  return ['-f', 'lavfi', '-i', graph];
}

/** A 640×480 still of the Mandelbrot set, looped: rich texture for motion estimation. */
function mandelbrotStill(fps: number, size = '640x480'): string {
  return `mandelbrot=s=${size}:r=${fps},trim=end_frame=1,loop=loop=-1:size=1,setpts=N/${fps}/TB`;
}

/** A flat colour whose audio is the given lavfi audio source. */
function withAudio(name: string, description: string, audio: string, expected: Partial<ExpectedAnswers>, size: RecipeSize = {}): ClipRecipe {
  const { width = 160, height = 120, fps = 24, seconds = 1 } = size;
  return {
    name,
    description,
    extension: 'mp4',
    args: [...lavfi(`color=c=0x336699:s=${width}x${height}:r=${fps}:d=${seconds}`), ...lavfi(audio), '-t', String(seconds), ...h264, ...aac],
    expected: { width, height, fps, frameCount: Math.round(fps * seconds), hasAudio: true, ...expected },
  };
}

/** A textured still seen through a moving crop (`x`, `y` are ffmpeg expressions in t). */
function cropMove(name: string, description: string, x: string, y: string, camera: ExpectedAnswers['camera'], size: RecipeSize = {}): ClipRecipe {
  const { width = 160, height = 120, fps = 24, seconds = 1 } = size;
  return {
    name,
    description,
    extension: 'mp4',
    args: [...lavfi(`${mandelbrotStill(fps)},crop=${width}:${height}:x='${x}':y='${y}'`), '-t', String(seconds), ...h264],
    expected: { width, height, fps, frameCount: Math.round(fps * seconds), hasAudio: false, camera, cuts: [] },
  };
}

/** A gradient drawn with geq in RGB (`value` is an expression of X, Y, W, H in 0–1). */
function gradient(name: string, value: string, type: ObservedGradientType): ClipRecipe {
  const v = `(${value})`;
  return {
    name,
    description: `${type} gradient from dark blue to orange`,
    extension: 'mp4',
    args: [
      ...lavfi(`nullsrc=s=160x120:r=24:d=1,format=gbrp,geq=r='20+230*${v}':g='30+120*${v}':b='160-140*${v}',format=yuv420p`),
      ...h264,
    ],
    expected: { width: 160, height: 120, fps: 24, frameCount: 24, hasAudio: false, gradient: type, camera: { type: 'static', direction: 'none' } },
  };
}

/** A click every `period` seconds (2 kHz, 10 ms), over a quiet flat frame. */
function clickTrack(bpm: number, seconds = 4): ClipRecipe {
  const period = 60 / bpm;
  return withAudio(
    `clicks-${bpm}bpm`,
    `a 10 ms 2 kHz click every ${period.toFixed(3)} s (${bpm} BPM)`,
    `aevalsrc='if(lt(mod(t\\,${period})\\,0.01)\\,0.8*sin(2*PI*2000*t)\\,0)':s=48000:d=${seconds}`,
    { tempoBpm: bpm },
    { width: 64, height: 48, seconds },
  );
}

/** A `noteSeconds` long 440 Hz note every beat, silent between: each note's start and its end are heard. */
function noteTrack(bpm: number, noteSeconds: number, seconds = 4): ClipRecipe {
  const period = 60 / bpm;
  return withAudio(
    `notes-${bpm}bpm-${Math.round(noteSeconds * 1000)}ms`,
    `a ${noteSeconds * 1000} ms 440 Hz note every ${period.toFixed(3)} s (${bpm} BPM), silence between`,
    `aevalsrc='if(lt(mod(t\\,${period})\\,${noteSeconds})\\,0.5*sin(2*PI*440*t)\\,0)':s=48000:d=${seconds}`,
    { tempoBpm: bpm },
    { width: 64, height: 48, seconds },
  );
}

/** The known-answer clips used by the unit tests (small: 160×120 or less, at most 4 s). */
export const unitRecipes: readonly ClipRecipe[] = [
  {
    name: 'flat-red',
    description: 'one flat red frame for a second, no audio',
    extension: 'mp4',
    args: [...lavfi('color=c=0xFF0000:s=160x120:r=24:d=1'), ...h264],
    expected: {
      width: 160, height: 120, fps: 24, frameCount: 24, hasAudio: false,
      colors: [{ rgb: [255, 0, 0], coverage: 1 }], brightness: 0.2126, cuts: [], transitions: [],
      camera: { type: 'static', direction: 'none' }, gradient: 'none', balance: 'balanced',
    },
  },
  {
    name: 'three-stripes-tone',
    description: 'vertical stripes covering 50%, 30% and 20% of the frame, with a 440 Hz tone',
    extension: 'mp4',
    args: [
      ...lavfi(
        "nullsrc=s=160x120:r=24:d=1,format=gbrp,geq=r='if(lt(X,80),230,if(lt(X,128),40,30))':g='if(lt(X,80),40,if(lt(X,128),160,60))':b='if(lt(X,80),40,if(lt(X,128),60,200))'," + toYuv,
      ),
      ...lavfi('sine=f=440:r=48000:d=1'), '-t', '1', ...h264, ...aac,
    ],
    expected: {
      width: 160, height: 120, fps: 24, frameCount: 24, hasAudio: true,
      colors: [{ rgb: [230, 40, 40], coverage: 0.5 }, { rgb: [40, 160, 60], coverage: 0.3 }, { rgb: [30, 60, 200], coverage: 0.2 }],
      dominantSound: 'tone', camera: { type: 'static', direction: 'none' }, gradient: 'none', cuts: [],
    },
  },
  {
    name: 'bright-square-left',
    description: 'a white square on the left third of a black frame',
    extension: 'mp4',
    args: [...lavfi('color=c=black:s=160x120:r=24:d=1,drawbox=x=16:y=40:w=40:h=40:color=white:t=fill'), ...h264],
    expected: {
      width: 160, height: 120, fps: 24, frameCount: 24, hasAudio: false, balance: 'left_heavy',
      colors: [{ rgb: [0, 0, 0], coverage: 1 - 1600 / 19200 }, { rgb: [255, 255, 255], coverage: 1600 / 19200 }],
    },
  },
  {
    name: 'red-blue-cut',
    description: 'red for a second then a blue of the same luma (Rec.601) for a second: one hard cut at frame 24',
    extension: 'mp4',
    args: [...lavfi('color=c=0xFF0000:s=160x120:r=24:d=1[a];color=c=0x0050FF:s=160x120:r=24:d=1[b];[a][b]concat=n=2:v=1:a=0,format=yuv420p'), ...h264],
    expected: { width: 160, height: 120, fps: 24, frameCount: 48, hasAudio: false, cuts: [24], transitions: [] },
  },
  {
    name: 'fade-out-in',
    description: 'red fading to black over 0.5 s, then blue fading in from black over 0.5 s',
    extension: 'mp4',
    args: [
      ...lavfi('color=c=0xFF0000:s=160x120:r=24:d=1,fade=t=out:st=0.5:d=0.5[a];color=c=0x0050FF:s=160x120:r=24:d=1,fade=t=in:st=0:d=0.5[b];[a][b]concat=n=2:v=1:a=0,format=yuv420p'),
      ...h264,
    ],
    expected: {
      width: 160, height: 120, fps: 24, frameCount: 48, hasAudio: false, cuts: [],
      transitions: [{ type: 'fade', startFrame: 12, endFrame: 24 }, { type: 'fade', startFrame: 24, endFrame: 36 }],
    },
  },
  {
    name: 'dissolve',
    description: 'red held 0.5 s, dissolving into blue over 1 s, blue held 0.5 s',
    extension: 'mp4',
    args: [
      ...lavfi(
        "color=c=0xFF0000:s=160x120:r=24:d=2[a];color=c=0x0050FF:s=160x120:r=24:d=2[b];[a][b]blend=all_expr='A*(1-clip((T-0.5),0,1))+B*clip((T-0.5),0,1)',format=yuv420p",
      ),
      ...h264,
    ],
    expected: { width: 160, height: 120, fps: 24, frameCount: 48, hasAudio: false, cuts: [], transitions: [{ type: 'dissolve', startFrame: 12, endFrame: 36 }] },
  },
  cropMove('pan-right', 'a crop sliding right over a still: content moves left, so the camera pans right', '200+60*t', '180', { type: 'pan', direction: 'right' }),
  cropMove('pan-left', 'a crop sliding left: content moves right, the camera pans left', '300-60*t', '180', { type: 'pan', direction: 'left' }),
  cropMove('tilt-up', 'a crop sliding up: content moves down, the camera tilts up', '240', '240-50*t', { type: 'tilt', direction: 'up' }),
  cropMove('tilt-down', 'a crop sliding down: content moves up, the camera tilts down', '240', '140+50*t', { type: 'tilt', direction: 'down' }),
  cropMove('static-still', 'a fixed crop of a still', '240', '180', { type: 'static', direction: 'none' }),
  cropMove(
    'handheld',
    'a crop shaking a few pixels at 3–4 Hz around a fixed point',
    '240+6*sin(2*PI*3.1*t)+3*sin(2*PI*7.3*t)',
    '180+5*sin(2*PI*3.7*t+1)+2*sin(2*PI*6.1*t)',
    { type: 'handheld', direction: 'none' },
  ),
  {
    name: 'zoom-in',
    description: 'zoompan into the centre of a still: content grows',
    extension: 'mp4',
    args: [...lavfi(`${mandelbrotStill(24)},zoompan=z='1+0.01*on':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=1:s=160x120:fps=24`), '-t', '1', ...h264],
    expected: { width: 160, height: 120, fps: 24, frameCount: 24, hasAudio: false, camera: { type: 'zoom', direction: 'in' }, cuts: [] },
  },
  {
    name: 'zoom-out',
    description: 'zoompan out of the centre of a still: content shrinks',
    extension: 'mp4',
    args: [...lavfi(`${mandelbrotStill(24)},zoompan=z='1.4-0.01*on':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=1:s=160x120:fps=24`), '-t', '1', ...h264],
    expected: { width: 160, height: 120, fps: 24, frameCount: 24, hasAudio: false, camera: { type: 'zoom_out', direction: 'out' }, cuts: [] },
  },
  {
    name: 'rotate-clockwise-content',
    description: 'a still rotated clockwise over time (ffmpeg rotate, positive angle): the camera rolls counterclockwise',
    extension: 'mp4',
    args: [...lavfi(`${mandelbrotStill(24)},rotate=a='0.3*t',crop=160:120`), '-t', '1', ...h264],
    expected: { width: 160, height: 120, fps: 24, frameCount: 24, hasAudio: false, camera: { type: 'rotate', direction: 'counterclockwise' }, cuts: [] },
  },
  gradient('gradient-horizontal', 'X/W', 'horizontal'),
  gradient('gradient-vertical', 'Y/H', 'vertical'),
  gradient('gradient-radial', 'min(1,hypot(X-W/2,Y-H/2)/hypot(W/2,H/2))', 'radial'),
  gradient('gradient-angled', '(X+Y)/(W+H)', 'angled'),
  withAudio('sound-tone', 'a 440 Hz sine at ffmpeg\'s default amplitude 1/8 (−21 dBFS RMS)', 'sine=f=440:r=48000:d=1', { dominantSound: 'tone', tempoBpm: null }),
  withAudio('sound-hiss', 'white noise', 'anoisesrc=c=white:r=48000:a=0.3:d=1', { dominantSound: 'hiss', tempoBpm: null }),
  withAudio('sound-rumble', 'white noise low-passed twice at 120 Hz', 'anoisesrc=c=white:r=48000:a=0.8:d=1,lowpass=f=120,lowpass=f=120,volume=4', { dominantSound: 'rumble', tempoBpm: null }),
  withAudio('sound-silence', 'digital silence', 'anullsrc=r=48000:cl=mono', { dominantSound: 'silence', tempoBpm: null }),
  clickTrack(120),
  clickTrack(90),
  clickTrack(150, 3),
  noteTrack(120, 0.1),
  noteTrack(100, 0.2),
  withAudio('sine-beeps', "ffmpeg's sine with a 40 ms beep at 4× the pitch every second (60 BPM)", 'sine=f=440:beep_factor=4:r=48000:d=4', { tempoBpm: 60 }, { width: 64, height: 48, seconds: 4 }),
  withAudio(
    'hiss-hum-handover',
    'white hiss and a quieter 70 Hz hum taking turns every half second (120 BPM): half the beats are a loud sound giving way to a quiet one',
    "aevalsrc='if(lt(mod(t\\,1)\\,0.5)\\,0.4*(random(0)*2-1)\\,0.1*sin(2*PI*70*t))':s=48000:d=4",
    { tempoBpm: 120 },
    { width: 64, height: 48, seconds: 4 },
  ),
  withAudio('noise-pink', 'steady pink noise: no pulse', 'anoisesrc=c=pink:r=48000:a=0.3:d=3', { tempoBpm: null }, { width: 64, height: 48, seconds: 3 }),
  withAudio('tone-chirp', 'a tone gliding from 200 Hz upward: no pulse', "aevalsrc='0.3*sin(2*PI*(200+300*t)*t)':s=48000:d=3", { tempoBpm: null }, { width: 64, height: 48, seconds: 3 }),
  {
    name: 'odd-size-322x242',
    description: 'testsrc2 at an unusual size, 2 frames short of nothing',
    extension: 'mp4',
    args: [...lavfi('testsrc2=s=322x242:r=25:d=0.4'), ...h264],
    expected: { width: 322, height: 242, fps: 25, frameCount: 10, hasAudio: false },
  },
  {
    name: 'tiny-testsrc2',
    description: 'testsrc2 at 64×48: every frame differs and one pipe read holds several frames',
    extension: 'mp4',
    args: [...lavfi('testsrc2=s=64x48:r=25:d=1'), ...h264],
    expected: { width: 64, height: 48, fps: 25, frameCount: 25, hasAudio: false },
  },
  {
    name: 'hd-60fps',
    description: 'testsrc2 at 1280×720, 60 fps, a third of a second, with a tone',
    extension: 'mp4',
    args: [...lavfi('testsrc2=s=1280x720:r=60:d=0.35'), ...lavfi('sine=f=660:r=44100:d=0.35'), '-t', '0.35', ...h264, ...aac],
    expected: { width: 1280, height: 720, fps: 60, frameCount: 21, hasAudio: true, dominantSound: 'tone' },
  },
  {
    name: 'vp9-webm',
    description: 'testsrc2 in VP9 with Opus audio in WebM',
    extension: 'webm',
    args: [...lavfi('testsrc2=s=160x120:r=24:d=0.5'), ...lavfi('sine=f=440:r=48000:d=0.5'), '-t', '0.5', '-c:v', 'libvpx-vp9', '-b:v', '300k', '-deadline', 'realtime', '-cpu-used', '8', '-c:a', 'libopus'],
    expected: { width: 160, height: 120, fps: 24, frameCount: 12, hasAudio: true, dominantSound: 'tone' },
  },
  {
    name: 'h264-10bit',
    description: 'a flat green frame in 10-bit H.264 (High 10, yuv420p10le)',
    extension: 'mp4',
    args: [...lavfi('color=c=0x20C040:s=160x120:r=24:d=0.5'), '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '16', '-pix_fmt', 'yuv420p10le'],
    expected: { width: 160, height: 120, fps: 24, frameCount: 12, hasAudio: false, colors: [{ rgb: [32, 192, 64], coverage: 1 }] },
  },
];

/** Finds a unit recipe by name (throws when absent, so a typo fails the test that made it). */
export function unitRecipe(name: string): ClipRecipe {
  const recipe = unitRecipes.find((candidate) => candidate.name === name);
  if (!recipe) throw new Error(`no fixture recipe named ${name}`);
  return recipe;
}

/** The benchmark clip: testsrc2 with a tone, at any size, rate and length. */
export function benchmarkRecipe(size: Required<RecipeSize>): ClipRecipe {
  const { width, height, fps, seconds } = size;
  return {
    name: `bench-testsrc2-${width}x${height}-${fps}fps-${seconds}s`,
    description: 'testsrc2 with a 440 Hz tone',
    extension: 'mp4',
    args: [...lavfi(`testsrc2=s=${width}x${height}:r=${fps}:d=${seconds}`), ...lavfi(`sine=f=440:r=48000:d=${seconds}`), '-t', String(seconds), ...h264, ...aac],
    expected: { width, height, fps, frameCount: Math.round(fps * seconds), hasAudio: true, dominantSound: 'tone' },
  };
}

/**
 * A long benchmark clip made fast: testsrc2 with a tone, encoded ultrafast at CRF 30 (a 60-minute 720p30
 * file in a few minutes), for memory benchmarks where the picture's quality does not matter.
 */
export function longBenchmarkRecipe(size: Required<RecipeSize>): ClipRecipe {
  const { width, height, fps, seconds } = size;
  return {
    name: `long-testsrc2-${width}x${height}-${fps}fps-${seconds}s`,
    description: 'testsrc2 with a 440 Hz tone, ultrafast',
    extension: 'mp4',
    args: [
      ...lavfi(`testsrc2=s=${width}x${height}:r=${fps}:d=${seconds}`), ...lavfi(`sine=f=440:r=48000:d=${seconds}`), '-t', String(seconds),
      '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '30', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '64k',
    ],
    expected: { width, height, fps, frameCount: Math.round(fps * seconds), hasAudio: true, dominantSound: 'tone' },
  };
}

/** Where generated clips are cached between runs (content-addressed by their arguments). */
export const fixtureDirectory = join(tmpdir(), 'motionreg-extract-fixtures');

/**
 * Makes (or reuses) the clip of a recipe and returns its path. Files are named by a hash of the
 * recipe's arguments, written under a temporary name and renamed, so parallel test files can share them.
 */
export async function makeClip(recipe: ClipRecipe, directory = fixtureDirectory): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(recipe.args)).digest('hex').slice(0, 12);
  const path = join(directory, `${recipe.name}-${hash}.${recipe.extension}`);
  const existing = await stat(path).catch(() => null);
  if (existing && existing.size > 0) return path;
  await mkdir(directory, { recursive: true });
  // why a random name: test workers may be threads of one process and start in the same millisecond
  const partial = `${path}.${randomUUID()}.partial.${recipe.extension}`;
  try {
    await execa(resolveFfmpeg().path, ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...recipe.args, partial]);
    await rename(partial, path);
  } finally {
    await rm(partial, { force: true });
  }
  return path;
}
