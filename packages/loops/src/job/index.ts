/**
 * `@motionreg/loops/job`: {@link runJob} alone, for a caller that runs single jobs (the CLI's `render`). The
 * package's root also exports the loops, which import extract, grow and report at once; this entry imports
 * only what a job needs before its clip and loads the later steps when a job runs them.
 */
export { runJob, runJobOptionsSchema, jobPhases } from './run-job.js';
export type { JobPhase, JobProgress, JobReport, RunJobOptions } from './run-job.js';
