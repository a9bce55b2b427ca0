/**
 * @packageDocumentation
 * `@motionreg/loops`: one job (`runJob`: prompt → interpret → create → render → extract → grow →
 * record) and the loops of the four kinds of workers on any `RegistryStore`: the main loop (explore,
 * exploit, the store's queue first; `LOOP_EXTRACTION_FOCUS`, `LOOP_EXPLOIT_RATIO_OVERRIDE`), the
 * sound loop (audio only), the interpret loop, and the name and run backfills.
 */
export { runJob, runJobOptionsSchema, jobPhases } from './job/run-job.js';
export type { JobPhase, JobProgress, JobReport, RunJobOptions } from './job/run-job.js';
export { failJob, oneLineError } from './job/fail-job.js';
export { keepLease } from './job/keep-lease.js';
export type { KeepLeaseOptions, LeaseKeeper } from './job/keep-lease.js';
export { isTakenOver } from './job/move-job.js';
export { repeatRuns, repeatOptionsSchema } from './repeat/repeat-runs.js';
export type { RepeatOptions } from './repeat/repeat-runs.js';
export { runMainLoop, mainLoopOptionsSchema, defaultExploitRatio } from './main/run-main-loop.js';
export type { JobSource, MainLoopOptions, MainLoopSummary } from './main/run-main-loop.js';
export { choosePrompt, exploitPoolSize } from './main/choose-prompt.js';
export type { ChosenPrompt } from './main/choose-prompt.js';
export {
  exploitRatioVariable, focusVariable, resolveExploitRatio, resolveFocus, unsetFocusMessage,
} from './main/loop-environment.js';
export type { ResolvedFocus } from './main/loop-environment.js';
export { runSoundLoop, soundLoopOptionsSchema } from './sound/run-sound-loop.js';
export type { SoundLoopOptions, SoundLoopSummary } from './sound/run-sound-loop.js';
export { renderSoundExtraction } from './sound/render-sound.js';
export type { RenderSoundOptions } from './sound/render-sound.js';
export { runInterpretLoop, interpretLoopOptionsSchema, linguisticGrowth, promptPreview } from './interpret/run-interpret-loop.js';
export type { InterpretLoopOptions, InterpretLoopSummary } from './interpret/run-interpret-loop.js';
export { backfillNames, namingHintOf, readingOf } from './backfill/backfill-names.js';
export type { BackfillNamesOptions, NameBackfill, RenameReason } from './backfill/backfill-names.js';
export { backfillRuns } from './backfill/backfill-runs.js';
export type { BackfillRunsOptions, BackfillRunsReport } from './backfill/backfill-runs.js';
export { openStoreUrl, storeUrlForms, type OpenStoreUrlOptions } from './store-url/open-store-url.js';
