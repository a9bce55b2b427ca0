/**
 * @packageDocumentation
 * `@motionreg/extract`: measures every frame and every window of any video ffmpeg reads (colours,
 * decoded sound, motion, camera, gradient, lighting, composition, cuts, tempo) and reads the narrative
 * it shows, kept apart from the narrative it was meant to show.
 */
export { decimationFor, extractClip } from './clip/extract-clip.js';
export type { ExtractClipOptions, ExtractProgress } from './clip/extract-clip.js';
export { writeExtractionLines } from './clip/write-extraction-lines.js';
export type { WriteExtractionLinesOptions } from './clip/write-extraction-lines.js';
export { decodeVideoFrames } from './decode/decode-video-frames.js';
export type { DecodedFrame, DecodeVideoOptions } from './decode/decode-video-frames.js';
export { decodeAudioSamples } from './decode/decode-audio-samples.js';
export type { DecodeAudioOptions } from './decode/decode-audio-samples.js';
export { FixedSizeChunker } from './decode/fixed-size-chunker.js';
export { FrameSampler, histogramBits } from './color/frame-sampler.js';
export type { FrameSamplerOptions, SmallImage } from './color/frame-sampler.js';
export { dominantColors } from './color/dominant-colors.js';
export type { ColorCluster, DominantColorOptions } from './color/dominant-colors.js';
export { ColorNamer, primitiveKnownColors } from './color/color-namer.js';
export type { ColorDescription, KnownColor } from './color/color-namer.js';
export { ClipPalette } from './color/clip-palette.js';
export { FrameSoundAnalyzer, silenceFloorDb } from './sound/frame-sound.js';
export type { FrameSoundOptions } from './sound/frame-sound.js';
export { AudioTrackAnalyzer } from './sound/audio-track-analyzer.js';
export { PowerSpectrum } from './sound/spectrum.js';
export { OnsetEnvelope, pickOnsets } from './tempo/onset-envelope.js';
export type { Onset, OnsetEnvelopeOptions, PickOnsetsOptions } from './tempo/onset-envelope.js';
export { estimateTempo } from './tempo/estimate-tempo.js';
export type { EstimateTempoOptions, TempoEstimate } from './tempo/estimate-tempo.js';
export { buildPyramid } from './motion/image-pyramid.js';
export type { PyramidLevel } from './motion/image-pyramid.js';
export { estimateGlobalMotion } from './motion/global-motion.js';
export type { GlobalMotion, GlobalMotionOptions } from './motion/global-motion.js';
export { classifyCamera, describeMotion, shakesAcrossWindows } from './motion/classify-camera.js';
export type { CameraReading, CameraThresholds, MotionSpeedThresholds, MotionStep, WindowDrift } from './motion/classify-camera.js';
export { frameFeatures, readGradient, thumbnailLab } from './window/frame-features.js';
export type { FrameFeatures, GradientThresholds } from './window/frame-features.js';
export { majority, windowAudio, windowComposition, windowGradient, windowLighting } from './window/summarize-window.js';
export type { WindowThresholds } from './window/summarize-window.js';
export { ShotBoundaryDetector } from './cuts/shot-boundary-detector.js';
export { paletteDistance } from './cuts/shot-boundary-detector.js';
export type { FrameMotion, PaletteColor, ShotBoundaryOptions } from './cuts/shot-boundary-detector.js';
export { intendedNarrative, observedNarrative } from './narrative/read-narrative.js';
export type { NarrativeEvidence } from './narrative/read-narrative.js';
