import type { SceneSpec, TransitionType } from '@motionreg/primitives';

/** Seconds of the clip's opening and closing transitions (to and from black) when they are not cuts. */
export const edgeTransitionSeconds = 0.25;

/** A gradual transition as planned: between two shots, or from/to black (`null`). */
export interface PlannedTransition {
  type: Exclude<TransitionType, 'cut'>;
  startFrame: number;
  /** Exclusive. */
  endFrame: number;
  fromShot: number | null;
  toShot: number | null;
}

/** Shots, hard cuts and gradual transitions of a clip, in frames. */
export interface Timeline {
  frameCount: number;
  shots: { index: number; startFrame: number; endFrame: number }[];
  /** Frames at which a hard cut starts a new shot. */
  cuts: number[];
  transitions: PlannedTransition[];
  /** Shot of each frame (the shot whose span holds it). */
  shotOf(frame: number): number;
  /** The gradual transition a frame is in, with its progress (0–1, frame centres), or null. */
  transitionAt(frame: number): { transition: PlannedTransition; progress: number } | null;
}

/** Shortest shot kept, in frames: cuts closer than this to the clip's ends or to each other are dropped. */
const minimumShotFrames = 4;

/**
 * Turns the spec's shots and transitions into frames. A cut at `atSeconds` starts its shot at the
 * nearest frame; a gradual transition of `d` frames is centred on that frame. The clip opens and closes
 * with `spec.transition.in` / `.out` from and to black when those are not cuts.
 */
export function planTimeline(spec: SceneSpec, fps: number, frameCount: number): Timeline {
  const starts: number[] = [0];
  const cutTransitions: { type: TransitionType; frames: number }[] = [];
  for (const cut of [...(spec.temporal?.cuts ?? [])].sort((a, b) => a.atSeconds - b.atSeconds)) {
    const frame = Math.round(cut.atSeconds * fps);
    if (frame - starts.at(-1)! < minimumShotFrames || frameCount - frame < minimumShotFrames) continue;
    starts.push(frame);
    cutTransitions.push({ type: cut.transition, frames: cut.transition === 'cut' ? 0 : Math.max(2, Math.round(cut.durationSeconds * fps)) });
  }
  const shots = starts.map((startFrame, index) => ({ index, startFrame, endFrame: starts[index + 1] ?? frameCount }));
  const cuts: number[] = [];
  const transitions: PlannedTransition[] = [];
  // why: an opening or closing transition may take at most an eighth of its shot, so most frames stay exact
  const edgeFrames = Math.min(Math.round(edgeTransitionSeconds * fps), Math.floor(shots[0]!.endFrame / 8), Math.floor((frameCount - shots.at(-1)!.startFrame) / 8));
  if (spec.transition.in !== 'cut' && edgeFrames >= 2) {
    transitions.push({ type: spec.transition.in, startFrame: 0, endFrame: edgeFrames, fromShot: null, toShot: 0 });
  }
  cutTransitions.forEach((cut, index) => {
    const at = starts[index + 1]!;
    if (cut.type === 'cut') {
      cuts.push(at);
      return;
    }
    // why: a transition may take at most a third of either neighbouring shot, so every shot keeps clean frames.
    const before = at - shots[index]!.startFrame;
    const after = shots[index + 1]!.endFrame - at;
    const frames = Math.max(2, Math.min(cut.frames, Math.floor((2 * Math.min(before, after)) / 3)));
    const startFrame = at - Math.floor(frames / 2);
    transitions.push({ type: cut.type, startFrame, endFrame: startFrame + frames, fromShot: index, toShot: index + 1 });
  });
  if (spec.transition.out !== 'cut' && edgeFrames >= 2) {
    transitions.push({ type: spec.transition.out, startFrame: frameCount - edgeFrames, endFrame: frameCount, fromShot: shots.length - 1, toShot: null });
  }
  const shotOfFrame = new Int32Array(frameCount);
  for (const shot of shots) shotOfFrame.fill(shot.index, shot.startFrame, shot.endFrame);
  const transitionOfFrame = new Int32Array(frameCount).fill(-1);
  transitions.forEach((transition, index) => transitionOfFrame.fill(index, transition.startFrame, transition.endFrame));
  return {
    frameCount,
    shots,
    cuts,
    transitions,
    shotOf: (frame) => shotOfFrame[frame] ?? shots.length - 1,
    transitionAt(frame) {
      const index = transitionOfFrame[frame] ?? -1;
      if (index < 0) return null;
      const transition = transitions[index]!;
      return { transition, progress: (frame - transition.startFrame + 0.5) / (transition.endFrame - transition.startFrame) };
    },
  };
}
