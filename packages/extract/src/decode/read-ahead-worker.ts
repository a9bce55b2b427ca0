/**
 * The source of the worker thread that runs ffmpeg and reads its rgb24 output ahead of the analysis.
 *
 * why: Node reads a pipe only when its event loop is free. With the analysis on the same thread, ffmpeg
 * stalls as soon as the 64 KiB pipe buffer fills, so decoding and analysis take turns. A worker thread
 * keeps draining the pipe into a few shared frame slots while the main thread analyses, so both run at
 * once. It is plain CommonJS evaluated from a string (`eval: true`), so it runs the same from the
 * TypeScript sources (tests) and from the bundle, with no second entry file to ship.
 *
 * Protocol (worker → main, messages): `spawned {pid}`, `layout {width, height, slots}` once, `timeBase {line}`
 * once, `frame {slot, info}` per frame (`info`: the frame's showinfo line, see `frame-times.ts`, or null when
 * ffmpeg printed none), then `end {exitCode, pendingBytes, stderr}` or `error {message}`. A complete frame
 * waits for its showinfo line (ffmpeg prints it before it writes the frame, but the two pipes are read
 * independently); showinfo lines are kept out of the stderr text a failure is explained from. Main → worker: a shared
 * Int32Array `control` (slot i free when `control[i]` is 1; `control[slotCount]` counts releases, and is
 * what the worker waits on with `Atomics.waitAsync` when every slot is taken).
 * why: a `postMessage` per frame from the busy main thread to the worker cost ~1 ms each in profiles;
 * an atomic store and notify cost nothing measurable.
 */
import { showinfoFramePattern, showinfoLinePattern, showinfoTimeBasePattern } from './frame-times.js';

export const readAheadWorkerSource = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { spawn } = require('node:child_process');
const { ffmpegPath, args, slotCount, maxSlotBytes, headChars, tailChars, control } = workerData;
const releases = slotCount;
let waiting = false;
const outputPattern = /Output #0[\s\S]*?Stream #\d+:\d+[^\n]*?: Video: rawvideo[^\n]*?, (\d+)x(\d+)/;
let head = '';
let tail = '';
let layout = null;
let slots = [];
let views = [];
let current = -1;
let filled = 0;
let frameBytes = 0;
let stdoutEnded = false;
let exitCode = null;
let exited = false;
let finished = false;
const pendingChunks = [];
const framePattern = /${showinfoFramePattern.source}/;
const timeBasePattern = /${showinfoTimeBasePattern.source}/;
const showinfoPattern = /${showinfoLinePattern.source}/;
let partialLine = '';
const infoLines = [];
const readySlots = [];
const child = spawn(ffmpegPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
child.stdout.pause();
if (child.pid !== undefined) parentPort.postMessage({ type: 'spawned', pid: child.pid });

function postReady(force) {
  // each complete frame goes out with its showinfo line; lines are dropped once sent (memory stays flat)
  while (readySlots.length > 0 && (force || infoLines.length > 0)) {
    parentPort.postMessage({ type: 'frame', slot: readySlots.shift(), info: infoLines.shift() ?? null });
  }
}

function finish() {
  if (finished || !stdoutEnded || !exited) return;
  finished = true;
  if (partialLine) readLine(partialLine);
  postReady(true);
  parentPort.postMessage({ type: 'end', exitCode, pendingBytes: filled, stderr: head.length < headChars ? head : head + '\n…\n' + tail, sawLayout: layout !== null });
}

function takeSlot() {
  if (current >= 0) return true;
  for (let index = 0; index < slots.length; index += 1) {
    if (Atomics.compareExchange(control, index, 1, 0) === 1) {
      current = index;
      filled = 0;
      return true;
    }
  }
  return false;
}

function waitForRelease() {
  if (waiting) return;
  waiting = true;
  const seen = Atomics.load(control, releases);
  // a release may have happened between the failed scan and now
  if (slots.some((_, index) => Atomics.load(control, index) === 1)) {
    waiting = false;
    drainPending();
    return;
  }
  const result = Atomics.waitAsync(control, releases, seen);
  const resume = () => {
    waiting = false;
    drainPending();
  };
  if (result.async) result.value.then(resume);
  else resume();
}

function consume(chunk) {
  let offset = 0;
  while (offset < chunk.length) {
    if (!takeSlot()) {
      pendingChunks.unshift(chunk.subarray(offset));
      child.stdout.pause();
      waitForRelease();
      return false;
    }
    const take = Math.min(frameBytes - filled, chunk.length - offset);
    views[current].set(chunk.subarray(offset, offset + take), filled);
    filled += take;
    offset += take;
    if (filled === frameBytes) {
      readySlots.push(current);
      postReady(false);
      current = -1;
      filled = 0;
    }
  }
  return true;
}

function drainPending() {
  while (pendingChunks.length > 0) {
    const chunk = pendingChunks.shift();
    if (!consume(chunk)) return;
  }
  if (!stdoutEnded) child.stdout.resume();
  else finish();
}

function readLine(line) {
  if (showinfoPattern.test(line)) {
    if (framePattern.test(line)) {
      infoLines.push(line);
      postReady(false);
    } else if (timeBasePattern.test(line)) {
      parentPort.postMessage({ type: 'timeBase', line });
    }
    return;
  }
  const text = line + '\n';
  if (head.length < headChars) head += text.slice(0, headChars - head.length);
  tail = (tail + text).slice(-tailChars);
  if (layout === null) {
    const match = outputPattern.exec(head);
    if (match) {
      layout = { width: Number(match[1]), height: Number(match[2]) };
      frameBytes = layout.width * layout.height * 3;
      const count = Math.max(2, Math.min(slotCount, Math.floor(maxSlotBytes / frameBytes)));
      for (let index = 0; index < count; index += 1) {
        const buffer = new SharedArrayBuffer(frameBytes);
        slots.push(buffer);
        views.push(new Uint8Array(buffer));
        Atomics.store(control, index, 1);
      }
      parentPort.postMessage({ type: 'layout', width: layout.width, height: layout.height, slots });
      child.stdout.resume();
    }
  }
}

child.stderr.setEncoding('utf8');
child.stderr.on('data', (text) => {
  // ffmpeg ends progress lines with a carriage return; both end a line
  const lines = (partialLine + text).split(/\r?\n|\r/);
  partialLine = lines.pop();
  for (const line of lines) readLine(line);
});
child.stdout.on('data', (chunk) => {
  // why: a paused stream may still deliver a chunk it had already read; it must queue behind the
  // chunks waiting for a slot, or frames would be written out of order.
  if (pendingChunks.length > 0) {
    pendingChunks.push(chunk);
    child.stdout.pause();
    return;
  }
  consume(chunk);
});
child.stdout.on('end', () => {
  stdoutEnded = true;
  if (pendingChunks.length === 0) finish();
});
child.on('error', (error) => {
  parentPort.postMessage({ type: 'error', message: String(error && error.message ? error.message : error) });
});
child.on('close', (code) => {
  exitCode = code;
  exited = true;
  if (pendingChunks.length === 0) finish();
});
parentPort.on('message', (message) => {
  if (message.type === 'stop') child.kill('SIGKILL');
});
`;
