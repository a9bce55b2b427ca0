/**
 * @packageDocumentation
 * `@motionreg/render`: a scene spec into a playable H.264/AAC MP4 streamed through ffmpeg, with its ground
 * truth (`<clip>.truth.json`, `clipTruthSchema` from `@motionreg/primitives`): pure colours placed per frame in
 * world cells seen through the camera, pure sounds mixed per audio frame, a beat and melody layer, shots and
 * transitions.
 */
export { renderClip, renderClipOptionsSchema, prepareEncoder } from './clip/render-clip.js';
export { PreparedEncoder } from './clip/prepared-encoder.js';
export type { PreparedSettings } from './clip/prepared-encoder.js';
export { ClipFrameSource, framingCellScale } from './clip/clip-frame-source.js';
export type { ClipFrameSourceOptions } from './clip/clip-frame-source.js';
export type { RenderClipOptions, RenderClipResult, RenderProgress } from './clip/render-clip.js';
export { planCameraPath, resolveCameraDirection, cameraDirectionsFor, cameraRates, whipPanWidthsPerSecond, zoomScaleRange } from './camera/camera-path.js';
export type { CameraPath, CameraPathOptions } from './camera/camera-path.js';
export { planTimeline, edgeTransitionSeconds } from './timeline/plan-timeline.js';
export type { Timeline, PlannedTransition } from './timeline/plan-timeline.js';
export { buildContentClock, cellLifetimeSeconds, maximumChangeShare } from './visual/content-clock.js';
export type { ContentClock } from './visual/content-clock.js';
export { PureCellField, blockSize } from './visual/pure-cell-field.js';
export type { PureCellFieldOptions } from './visual/pure-cell-field.js';
export { GradientField, gradeColor, lightingGrades } from './visual/gradient-field.js';
export type { GradientFieldOptions } from './visual/gradient-field.js';
export { AudioMixer, audibleThresholdDb, silenceThresholdDb } from './audio/audio-mixer.js';
export type { AudioMixerOptions } from './audio/audio-mixer.js';
export { SoundVoice, rumbleCutoffCeilingHz, hissBandHz, toneFloorHz } from './audio/sound-voice.js';
export { encoderArguments, defaultCrf, defaultPreset, x264Params, audioSampleRate, audioBitrate } from './encode/encoder-settings.js';
export type { EncoderArgumentsOptions } from './encode/encoder-settings.js';
